import Foundation

/// `childplan report`: status, overdue items and coverage as of a day.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        overview: "Report where each task stands, what is overdue, and what each agency carries.",
        discussion: """
            Reads every plan, updates file and registry in the paths given (or in Data/) and prints, as of a day, \
            the status of tasks by group, the overdue items grouped by lead agency, and coverage per agency. \
            Agencies are counted under the body that carries their duties on that day (2025 reorganisation), \
            in the place they belong to: with plans of several provinces or communes loaded, names carry their place, \
            and an agency is asked for with it (agency 'Sở Y tế — tỉnh Quảng Ngãi').
            """,
        arguments: [
            .init(name: "section",
                  help: "status, overdue or coverage: one part of the summary; returns: who has sent their returns; agency NAME: one agency's brief; history PLAN [TASK]: every period's return for a plan's tasks, with evidence and notes; compare PARENT CHILD: how a lower plan covers the plan it implements (each a plan file or id); cascade: the plans level by level, the Decision, the provinces and their communes, with the groups each leaves empty. Without one, the full summary.",
                  isOptional: true),
            DataInput.pathArgument,
        ],
        options: [
            DataInput.asOfOption,
        ] + DataInput.renderingOptions + [
            DataInput.planOption, DataInput.jurisdictionOption, DataInput.agencyOption, DataInput.registryOption, DataInput.strictOption,
        ] + LetterheadSettings.options,
        examples: [
            "childplan report",
            "childplan report overdue --as-of 2026-06-30",
            "childplan report coverage Data/kon-tum-2025.json --lang en",
            "childplan report returns --as-of 2026-11-22",
            "childplan report agency 'so ldtbxh'",
            "childplan report agency 'Sở Y tế — tỉnh Quảng Ngãi'",
            "childplan report history kon-tum-2025 VII.1",
            "childplan report compare qd-27-ttg-2025 thuy-nguyen-2025",
            "childplan report cascade --jurisdiction 'thành phố Hải Phòng'",
            "childplan report --format json -o report.json",
            "childplan report -o bao-cao.docx --letterhead docs/letterhead.example.json --number 130/BC-SYT --report-date 05/12/2026",
            "childplan report overdue ~/ca-nuoc/ --jurisdiction 'tỉnh Quảng Ngãi'",
            "childplan report --plan kon-tum-2025 --plan can-tho-2025",
        ])

    static let sections: [String: ReportSection] = ["status": .status, "overdue": .overdue, "coverage": .coverage]

    static func run(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) -> Outcome {
        var arguments = parsed.positionals
        switch arguments.first {
        case "returns":
            arguments.removeFirst()
            return try render(paths: arguments, parsed: parsed, context: context) { data, asOf throws(UsageError) in
                .returns(ReturnsSummary(data, asOf: asOf))
            }
        case "agency":
            arguments.removeFirst()
            guard !arguments.isEmpty else { throw .missingArgument("name") }
            let name = arguments.removeFirst()
            return try render(paths: arguments, parsed: parsed, context: context) { data, asOf throws(UsageError) in
                let match = try CommandLineValues.agency(name, in: data, on: asOf)
                return .agency(AgencyBrief(askedFor: name, match: match, data: data, asOf: asOf))
            }
        case "cascade":
            arguments.removeFirst()
            return try render(paths: arguments, parsed: parsed, context: context) { data, asOf throws(UsageError) in
                .cascade(PlanCascade(data, asOf: asOf))
            }
        case "history":
            arguments.removeFirst()
            guard !arguments.isEmpty else { throw .missingArgument("plan") }
            let plan = arguments.removeFirst()
            // A task id next, unless it names a file or folder to read.
            var task: String?
            if let next = arguments.first, !FileManager.default.fileExists(atPath: next), let id = UpdatesReader.taskID(next) {
                task = id
                arguments.removeFirst()
            }
            return try history(plan: plan, task: task, paths: arguments, parsed: parsed, context: context)
        case "compare":
            arguments.removeFirst()
            guard arguments.count >= 1 else { throw .missingArgument("parent") }
            guard arguments.count >= 2 else { throw .missingArgument("child") }
            return try compare(parent: arguments[0], child: arguments[1], paths: Array(arguments.dropFirst(2)), parsed: parsed, context: context)
        default:
            var section = ReportSection.summary
            if let first = arguments.first, let chosen = sections[first] {
                section = chosen
                arguments.removeFirst()
            } else if let first = arguments.first, !first.contains("/"), !first.contains("."), !FileManager.default.fileExists(atPath: first),
                      let suggestion = Suggestion.closestWord(to: first, among: CompletionsCommand.reportSections + ["history"]) {
                // A mistyped section, not a missing file: "report stauts".
                throw .unknownSection(first, suggestion: suggestion)
            }
            return try render(section, paths: arguments, parsed: parsed, context: context)
        }
    }

    /// Loads the paths, and renders one section of the summary as the options say.
    static func render(_ section: ReportSection, paths: [String], parsed: ParsedArguments, context: CommandContext)
        throws(UsageError) -> Outcome
    {
        try render(paths: paths, parsed: parsed, context: context) { data, asOf throws(UsageError) in
            .summary(SummaryReport(data, asOf: asOf), section)
        }
    }

    /// Loads the paths, builds a report from the data, and renders it as the options say.
    /// `setsRowsAside`: whether a row of the returns that cannot be read is
    /// left out and listed (a report) or stops the command (a letter of
    /// reminder, which must not remind an agency whose return was misspelt).
    static func render(
        paths: [String], parsed: ParsedArguments, context: CommandContext, setsRowsAside: Bool = true,
        report build: (DataSet, Day) throws(UsageError) -> Report
    ) throws(UsageError) -> Outcome {
        let asOf = try CommandLineValues.day(parsed.value("as-of"), option: "--as-of <date>") ?? context.today
        // `-o bao-cao.xlsx` or `-o bao-cao.docx` says the format.
        let outputExtension = parsed.value("output").map { DataLoader.nameAndExtension(of: $0).extension.lowercased() }
        let impliedFormat = outputExtension.flatMap(OutputFormat.init(rawValue:)).flatMap { $0.isBinary ? $0 : nil }
        let format = parsed.value("format").flatMap(OutputFormat.init(rawValue:)) ?? impliedFormat ?? .markdown
        // A workbook is bytes for a file, not for a terminal's screen.
        if format.isBinary, parsed.value("output") == nil, context.terminal.outputIsTerminal { throw .missingOption("--output <file>") }
        let language = parsed.value("lang").flatMap(Language.init(rawValue:)) ?? .vi
        try CommandLineValues.checkOutput(parsed.value("output"), inputs: [])
        // The Word report's letterhead, checked before any plan is read.
        var letterhead = Letterhead()
        if let option = LetterheadSettings.givenOption(parsed) {
            guard format == .docx else { throw .onlyForWordReport(option: option) }
            switch try LetterheadSettings.letterhead(parsed) {
            case .read(let read): letterhead = read
            case .problems(let problems): return Outcome(stderr: DataInput.lines(problems), exitCode: MessageCatalogue.exitCode(for: problems))
            }
        }

        let loaded = DataInput.load(paths: paths, registryFile: parsed.value("registry"), context: context)
        let diagnostics = loaded.diagnostics
        // A row that cannot be read is left out and listed, unless --strict.
        let strict = parsed.flags.contains("strict") || !setsRowsAside
        let (setAside, others) = strict ? ([], diagnostics) : DataInput.rowsToSetAside(loaded)
        let code = MessageCatalogue.exitCode(for: others)
        guard code == .success else { return Outcome(stderr: DataInput.lines(diagnostics), exitCode: code) }
        // One entry per row left out, with every reason it has (a bad period and a bad date are both said).
        var setAsideRows: [SetAsideRow] = []
        var rowIndex: [String: Int] = [:]
        for diagnostic in setAside {
            let key = "\(diagnostic.location.file)\u{0}\(diagnostic.location.line)"
            let reason = MessageCatalogue.message(for: diagnostic.problem)
            if let index = rowIndex[key] {
                setAsideRows[index].reason += "; " + reason
            } else {
                rowIndex[key] = setAsideRows.count
                setAsideRows.append(SetAsideRow(location: diagnostic.location, reason: reason))
            }
        }
        let notice = setAsideRows.isEmpty ? "" : MessageCatalogue.message(for: .rowsSetAside(setAsideRows.count)) + "\n"

        let selected = try DataInput.selectPlans(loaded.dataSet, parsed: parsed, asOf: asOf)
        let report = try build(selected, asOf)
        let excel = parsed.flags.contains("excel")
        let output = parsed.value("output")
        let inputs = loaded.files.paths + [parsed.value("registry")].compactMap { $0 }
        let writingToTerminal = output == nil || output == "-"
        let options = RenderOptions(language: language, width: context.width, colour: writingToTerminal && context.colour, excel: excel,
                                    pandoc: parsed.flags.contains("pandoc"),
                                    provenance: DataInput.provenance(loaded, paths: paths, registryFile: parsed.value("registry"), context: context,
                                                                     setAside: setAsideRows, selected: selected),
                                    letterhead: letterhead)
        let stderr = DataInput.lines(diagnostics) + notice
        if format == .csv, let output, CommandLineValues.isDirectoryTarget(output) {
            return try CommandLineValues.deliverTables(report, options: options, into: output, inputs: inputs, stderr: stderr)
        }
        return try CommandLineValues.deliver(.report(report, format, options), to: output, inputs: inputs, stderr: stderr)
    }

    /// PLAN is a plan file, or the id of a plan in the paths (or the data directory); TASK one of its tasks.
    static func history(plan reference: String, task: String?, paths: [String], parsed: ParsedArguments, context: CommandContext)
        throws(UsageError) -> Outcome
    {
        if let outcome = PlanReference.directoryRefusal(reference) { return outcome }
        let isFile = FileManager.default.fileExists(atPath: reference)
        let allPaths = paths + (isFile ? [reference] : []) + (paths.isEmpty && !isFile ? [context.defaultDataPath] : [])
        return try render(paths: allPaths, parsed: parsed, context: context) { data, asOf throws(UsageError) in
            guard let plan = data.plans.first(where: { $0.id == reference || $0.id == DataLoader.planID(forFile: reference) }) else {
                throw .unknownPlan(reference, suggestion: Suggestion.closestWord(to: reference, among: data.plans.map(\.id)))
            }
            if let task, !plan.tasks.contains(where: { $0.id == task }) { throw .unknownTask(task, plan: plan.id) }
            return .history(TaskHistory(data, planID: plan.id, taskID: task, asOf: asOf))
        }
    }

    /// PARENT and CHILD are plan files, or ids of plans in the paths (or the data directory).
    static func compare(parent: String, child: String, paths: [String], parsed: ParsedArguments, context: CommandContext)
        throws(UsageError) -> Outcome
    {
        for reference in [parent, child] {
            if let outcome = PlanReference.directoryRefusal(reference) { return outcome }
        }
        let files = [parent, child].filter { FileManager.default.fileExists(atPath: $0) }
        let needsDirectory = files.count < 2 && paths.isEmpty
        let allPaths = paths + files + (needsDirectory ? [context.defaultDataPath] : [])
        return try render(paths: allPaths, parsed: parsed, context: context) { data, asOf throws(UsageError) in
            func plan(_ reference: String) throws(UsageError) -> Plan {
                if let found = data.plans.first(where: { $0.id == reference || $0.id == DataLoader.planID(forFile: reference) }) {
                    return found
                }
                throw .unknownPlan(reference, suggestion: Suggestion.closestWord(to: reference, among: data.plans.map(\.id)))
            }
            return .comparison(PlanComparison(parent: try plan(parent), child: try plan(child), registry: data.registry, on: asOf), asOf: asOf)
        }
    }
}

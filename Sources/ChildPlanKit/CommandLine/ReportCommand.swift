/// `childplan report`: status, overdue items and coverage as of a day.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        overview: "Report where each task stands, what is overdue, and what each agency carries.",
        discussion: """
            Reads every plan, updates file and registry in the paths given (or in Data/) and prints, as of a day, \
            the status of tasks by group, the overdue items grouped by lead agency, and coverage per agency. \
            Agencies are counted under the body that carries their duties on that day (2025 reorganisation).
            """,
        arguments: [
            .init(name: "section", help: "status, overdue or coverage: one part of the report. Without one, the full summary.",
                  isOptional: true),
            DataInput.pathArgument,
        ],
        options: [
            DataInput.asOfOption,
            .init(long: "format", valueName: "format", help: "markdown or json.", defaultDescription: "markdown",
                  allowedValues: OutputFormat.allCases.map(\.rawValue)),
            .init(long: "lang", valueName: "lang", help: "Language of headings and status words: vi or en.",
                  defaultDescription: "vi", allowedValues: Language.allCases.map(\.rawValue)),
            .init(long: "output", short: "o", valueName: "file", help: "Write the report to this file instead of the screen.",
                  defaultDescription: "standard output"),
            DataInput.registryOption,
        ],
        examples: [
            "childplan report",
            "childplan report overdue --as-of 2026-06-30",
            "childplan report coverage Data/kon-tum-2025.json --lang en",
            "childplan report --format json -o report.json",
        ])

    static let sections: [String: ReportSection] = ["status": .status, "overdue": .overdue, "coverage": .coverage]

    static func run(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) -> Outcome {
        var paths = parsed.positionals
        var section = ReportSection.summary
        if let first = paths.first, let chosen = sections[first] {
            section = chosen
            paths.removeFirst()
        }
        return try render(section, paths: paths, parsed: parsed, context: context)
    }

    /// Loads the paths, and renders one section of the report as the options say.
    static func render(_ section: ReportSection, paths: [String], parsed: ParsedArguments, context: CommandContext)
        throws(UsageError) -> Outcome
    {
        let asOf = try CommandLineValues.day(parsed.value("as-of"), option: "--as-of <date>") ?? context.today
        let format = parsed.value("format").flatMap(OutputFormat.init(rawValue:)) ?? .markdown
        let language = parsed.value("lang").flatMap(Language.init(rawValue:)) ?? .vi

        let loaded = DataInput.load(paths: paths, registryFile: parsed.value("registry"), context: context)
        let diagnostics = loaded.diagnostics
        let code = DiagnosticWording.exitCode(for: diagnostics)
        guard code == .success else { return Outcome(stderr: DataInput.lines(diagnostics), exitCode: code) }

        let report = SummaryReport(loaded.dataSet, asOf: asOf)
        let text = format.render(report, section: section, language: language)
        return CommandLineValues.deliver(text, to: parsed.value("output"), stderr: DataInput.lines(diagnostics))
    }
}

/// Reading option values and delivering results, shared by the commands.
enum CommandLineValues {
    static func day(_ text: String?, option: String) throws(UsageError) -> Day? {
        guard let text else { return nil }
        guard let day = Day(parsing: text) else { throw .invalidDate(text, option: option) }
        return day
    }

    /// The result on standard output, or written to a file (atomically).
    static func deliver(_ text: String, to path: String?, stderr: String = "", note: String? = nil) -> Outcome {
        guard let path, path != "-" else { return Outcome(stdout: text, stderr: stderr) }
        do {
            try OutputFile.write(Array(text.utf8), to: path)
        } catch {
            return Outcome(stderr: stderr + "\(path): error: cannot write the output: \(error.reason)\n", exitCode: .cannotCreateOutput)
        }
        return Outcome(stderr: stderr + (note.map { $0 + "\n" } ?? ""))
    }
}

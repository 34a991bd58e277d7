/// `childplan template`: the return form for one agency and one period.
enum TemplateCommand {
    static let spec = CommandSpec(
        name: "template",
        overview: "Write the return form for one agency and one period, to fill in and send back.",
        discussion: """
            Lists the tasks the agency leads (and, marked Phối hợp, those it partners in) with their group, text and \
            timeframe, and empty Tình trạng, Ngày báo cáo, Văn bản and Ghi chú columns, headed in Vietnamese. The \
            filled-in form, dropped into the data directory or given as a path, is read as the agency's updates \
            without any editing. The agency is matched as everywhere: short forms, no diacritics, and predecessors \
            (Sở LĐTBXH gives Sở Y tế's form after March 2025).
            """,
        arguments: [DataInput.pathArgument],
        options: [
            .init(long: "agency", valueName: "agency", help: "The agency, e.g. 'Sở Y tế' or 'so y te'.", isRequired: true),
            .init(long: "period", valueName: "period", help: "2026-H1 for the 6-month report, 2026 for the annual report.",
                  isRequired: true),
            .init(long: "output", short: "o", valueName: "file", help: "Write the form to this file.", defaultDescription: "standard output"),
            .init(long: "format", valueName: "format",
                  help: "csv, or xlsx: an Excel workbook with a drop-down of the status words, a date column, and the task columns locked.",
                  defaultDescription: "xlsx when -o names a .xlsx file, else csv"),
            .init(long: "excel", valueName: nil, help: "Write it the way Excel opens it cleanly: UTF-8 with a BOM, CRLF line ends."),
            .init(long: "semicolon", valueName: nil, help: "Separate cells with ';', as Excel in a Vietnamese locale expects."),
            DataInput.asOfOption,
            DataInput.registryOption,
        ],
        examples: [
            "childplan template --agency 'Sở Y tế' --period 2026 -o bao-cao-so-y-te-2026.xlsx",
            "childplan template --agency 'Sở Y tế' --period 2026 -o bao-cao-so-y-te-2026.csv --excel",
            "childplan template --agency 'so gd&dt' --period 2026-H1 Data/kon-tum-2025.json",
        ])

    static func run(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) -> Outcome {
        guard let name = parsed.value("agency") else { throw .missingOption("--agency <agency>") }
        guard let periodText = parsed.value("period") else { throw .missingOption("--period <period>") }
        let output = parsed.value("output")
        let formatName = parsed.value("format") ?? (output.map { DataLoader.nameAndExtension(of: $0).extension.lowercased() == "xlsx" } == true ? "xlsx" : "csv")
        guard ["csv", "xlsx"].contains(formatName) else { throw .invalidValue(formatName, option: "--format <format>", allowed: ["csv", "xlsx"]) }
        // A workbook is bytes for a file, not for a terminal's screen.
        if formatName == "xlsx", output == nil, context.terminal.outputIsTerminal { throw .missingOption("--output <file>") }
        guard let period = ReportingPeriod(parsing: periodText) else { throw .invalidPeriod(periodText, option: "--period <period>") }
        let asOf = try CommandLineValues.day(parsed.value("as-of"), option: "--as-of <date>") ?? context.today
        let loaded = DataInput.load(paths: parsed.positionals, registryFile: parsed.value("registry"), context: context)
        let code = MessageCatalogue.exitCode(for: loaded.diagnostics)
        guard code == .success else { return Outcome(stderr: DataInput.lines(loaded.diagnostics), exitCode: code) }
        let match = try CommandLineValues.agency(name, in: loaded.dataSet, on: asOf)
        let form = ReturnForm(for: match, period: period, data: loaded.dataSet, asOf: asOf)
        guard !form.rows.isEmpty else {
            throw .agencyWithoutTasks(match.agency.name, suggestions: AgencyQuery.nearest(to: name, in: loaded.dataSet, on: asOf))
        }
        let renderer = ReturnFormRenderer(excel: parsed.flags.contains("excel"), delimiter: parsed.flags.contains("semicolon") ? ";" : ",")
        var bytes = ByteSink()
        if formatName == "xlsx" { bytes.write(renderer.workbook(form)) } else { renderer.write(form, to: &bytes) }
        let note = MessageCatalogue.message(for: .returnForm(
            agency: match.agency.label, formerly: match.agency.predecessor, period: period,
            led: form.rows.filter { $0.role == .lead }.count, partnered: form.rows.filter { $0.role == .partner }.count))
        return try CommandLineValues.deliver(.bytes(bytes.bytes), to: output, inputs: loaded.files.paths, note: note)
    }
}

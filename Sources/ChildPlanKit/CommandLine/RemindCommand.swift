/// `childplan remind`: reminders (đôn đốc) to the agencies whose returns are missing.
enum RemindCommand {
    static let spec = CommandSpec(
        name: "remind",
        overview: "Write reminders (đôn đốc) to every agency whose returns for a period have not come.",
        discussion: """
            One document, one section per agency: the period, its deadline, and the tasks whose updates are missing, \
            ready to paste into an official letter. The period may still be open: a reminder can go out before the \
            deadline.
            """,
        arguments: [DataInput.pathArgument],
        options: [
            .init(long: "period", valueName: "period", help: "2026-H1 for the 6-month report, 2026 for the annual report.",
                  isRequired: true),
            DataInput.asOfOption,
        ] + DataInput.renderingOptions + [
            DataInput.planOption, DataInput.jurisdictionOption, DataInput.agencyOption, DataInput.registryOption,
        ] + LetterheadSettings.options,
        examples: ["childplan remind --period 2026-H1", "childplan remind --period 2026 --as-of 2026-12-10 -o don-doc-2026.md",
                   "childplan remind --period 2026-H1 -o don-doc.docx --letterhead docs/letterhead.example.json --number 131/SYT-PCTE"])

    static func run(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) -> Outcome {
        guard let periodText = parsed.value("period") else { throw .missingOption("--period <period>") }
        guard let period = ReportingPeriod(parsing: periodText) else { throw .invalidPeriod(periodText, option: "--period <period>") }
        return try ReportCommand.render(paths: parsed.positionals, parsed: parsed, context: context, setsRowsAside: false) { data, asOf throws(UsageError) in
            .reminders(ReturnsSummary(data, asOf: asOf, periods: [period]))
        }
    }
}

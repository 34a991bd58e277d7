/// `childplan validate`: every problem in every file, then a count.
enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
        overview: "Check plans, updates and registries and list every problem.",
        discussion: """
            Prints each problem as file:line:column: error|warning: message, then one line with the count. \
            Errors are what stops a file from being read (see README, Exit codes); warnings are what a reader of the \
            plan should look at: agency names the registry does not know (with the closest known names), timeframes \
            not understood, groups left empty, district bodies still leading tasks after 01/07/2025, task texts that \
            look cut off, repeated or garbled; returns given twice, two statuses for one task and period on one day, \
            returns dated after today, periods outside the plan. Exits with 65 when there are errors and 0 when there are only warnings.
            """,
        arguments: [DataInput.pathArgument],
        options: [DataInput.asOfOption, DataInput.registryOption],
        examples: ["childplan validate", "childplan validate Data/kon-tum-2025.csv Data/kon-tum-2025.updates.SAMPLE-illustrative.csv"])

    static func run(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) -> Outcome {
        let asOf = try CommandLineValues.day(parsed.value("as-of"), option: "--as-of <date>") ?? context.today
        let loaded = DataInput.load(paths: parsed.positionals, registryFile: parsed.value("registry"), context: context,
                                    loader: DataLoader(recordsTaskLocations: true), needsPlan: false)
        let data = loaded.dataSet
        let files = loaded.files
        let diagnostics = loaded.diagnostics + DataSetChecks.warnings(loaded, asOf: asOf, today: context.today)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let updates = data.updateCount
        let checked = Notice.Checked(
            files: files.fileCount, planFiles: files.plans.count, updatesFiles: files.updates.count, registries: files.registries.count,
            plans: data.plans.count, tasks: data.plans.reduce(0) { $0 + $1.tasks.count }, updates: updates, errors: errors,
            warnings: warnings)
        let count = MessageCatalogue.message(for: .checked(checked)) + "\n"
        var output = DataInput.lineBytes(diagnostics, reservingAfter: count.utf8.count)
        output += count.utf8
        return Outcome(standardOutput: .bytes(output), exitCode: MessageCatalogue.exitCode(for: diagnostics))
    }
}

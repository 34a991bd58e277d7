/// `childplan agencies`: the agencies the loaded plans name, as carried on a day.
enum AgenciesCommand {
    static let spec = CommandSpec(
        name: "agencies",
        overview: "List the agencies the plans name, as carried today, with how many tasks each leads and partners in.",
        discussion: """
            Each agency is shown under the body that carries its duties on the day (2025 reorganisation), with its \
            kind and level, every spelling the plans used for it, and the number of tasks it leads and partners in. \
            Names the registry does not know are marked, so that they can be corrected or added with --registry.
            """,
        arguments: [DataInput.pathArgument],
        options: [
            DataInput.asOfOption,
        ] + DataInput.renderingOptions + [
            DataInput.planOption, DataInput.jurisdictionOption, DataInput.agencyOption, DataInput.registryOption,
        ],
        examples: ["childplan agencies", "childplan agencies Data/kon-tum-2025.csv --as-of 2025-02-15 --lang en"])

    static func run(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) -> Outcome {
        try ReportCommand.render(.agencies, paths: parsed.positionals, parsed: parsed, context: context)
    }
}

/// The command line: parses the arguments, runs the command, and returns
/// what to print and the exit code. It never prints or exits itself, so
/// tests drive it in-process; `Sources/childplan/main.swift` does the printing.
public enum ChildPlanCLI {
    public static let version = ChildPlanVersion.current

    struct Command: Sendable {
        var spec: CommandSpec
        var run: @Sendable (ParsedArguments, CommandContext) throws(UsageError) -> Outcome
    }

    static let commands: [Command] = [
        Command(spec: ReportCommand.spec, run: ReportCommand.run),
        Command(spec: ImportCommand.spec, run: ImportCommand.run),
        Command(spec: ValidateCommand.spec, run: ValidateCommand.run),
        Command(spec: AgenciesCommand.spec, run: AgenciesCommand.run),
        Command(spec: UpdateCommand.spec, run: UpdateCommand.run),
        Command(spec: TemplateCommand.spec, run: TemplateCommand.run),
        Command(spec: RemindCommand.spec, run: RemindCommand.run),
        Command(spec: CompletionsCommand.spec, run: CompletionsCommand.run),
    ]

    static let helpSpec = CommandSpec(
        name: "help", overview: "Show help for a command.",
        arguments: [.init(name: "command", help: "The command to explain.", isOptional: true)],
        options: [], examples: ["childplan help report"])

    static let rootSpec = CommandSpec(
        name: "",
        overview: "Track the plans that implement Decision 27/QĐ-TTg: where each task stands, what is overdue, who carries what.",
        arguments: [], options: [.init(long: "version", valueName: nil, help: "Show the version.")],
        examples: [
            "childplan report                     # the full report over Data/, as of today",
            "childplan import Data/kon-tum-2025.csv -o kon-tum-2025.json",
            "childplan validate",
        ])

    /// Runs `childplan` with the arguments after the program name. A report
    /// bound for standard output is left in the outcome to be written
    /// (`Outcome.writeStandardOutput(to:)`): the caller decides where its
    /// bytes go and how long the report lives.
    public static func run(
        arguments: [String], environment: [String: String], today: Day, terminal: Terminal = .none
    ) -> Outcome {
        // Every message of the run in one language (`MessageLanguage.swift`).
        MessageCatalogue.$language.withValue(MessageCatalogue.language(arguments: arguments, environment: environment)) {
            runCommand(arguments: arguments, environment: environment, today: today, terminal: terminal)
        }
    }

    private static func runCommand(arguments: [String], environment: [String: String], today: Day, terminal: Terminal) -> Outcome {
        let context = CommandContext(environment: environment, today: today, terminal: terminal)
        guard let first = arguments.first else { return Outcome(stdout: rootHelp) }
        switch first {
        case "--version":
            return Outcome(stdout: version + "\n")
        case "-h", "--help":
            return Outcome(stdout: rootHelp)
        case "help":
            return help(for: Array(arguments.dropFirst()))
        default:
            break
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            let names = commands.map(\.spec.name) + ["help"]
            let error: UsageError = first.hasPrefix("-")
                ? .unknownOption(first, suggestion: Suggestion.closestWord(to: first, among: ["--version", "--help"]))
                : .unknownCommand(first, suggestion: Suggestion.closestWord(to: first, among: names))
            return usageFailure(error, spec: rootSpec)
        }
        do {
            let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), spec: command.spec)
            if parsed.wantsHelp { return Outcome(stdout: command.spec.help) }
            return try command.run(parsed, context)
        } catch {
            return usageFailure(error, spec: command.spec)
        }
    }

    static func help(for arguments: [String]) -> Outcome {
        guard let name = arguments.first else { return Outcome(stdout: rootHelp) }
        if name == "help" || name == "--help" || name == "-h" { return Outcome(stdout: helpSpec.help) }
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            let names = commands.map(\.spec.name)
            return usageFailure(.unknownCommand(name, suggestion: Suggestion.closestWord(to: name, among: names)), spec: helpSpec)
        }
        return Outcome(stdout: command.spec.help)
    }

    static var rootHelp: String {
        let words = HelpCatalogue.words, heading = HelpCatalogue.heading
        var text = CommandSpec.wrap("\(heading("OVERVIEW")): \(words(rootSpec.overview))", width: 80).joined(separator: "\n")
            + "\n\n\(heading("USAGE")): childplan <subcommand>\n\n\(heading("OPTIONS")):\n"
        for option in rootSpec.allOptions {
            text += CommandSpec.entry(option.label, help: words(option.help), defaultDescription: nil)
        }
        text += "\n\(heading("SUBCOMMANDS")):\n"
        for spec in commands.map(\.spec) + [helpSpec] {
            text += CommandSpec.entry(spec.name, help: words(spec.overview), defaultDescription: nil)
        }
        text += "\n  \(heading("See 'childplan help <subcommand>' for detailed help."))\n"
        text += "\n\(heading("EXAMPLES")):\n" + rootSpec.examples.map { "  \($0)\n" }.joined()
        return text
    }

    static func usageFailure(_ error: UsageError, spec: CommandSpec) -> Outcome {
        let usage = spec.name.isEmpty ? "childplan <subcommand>" : spec.usage
        let helpCommand = spec.name.isEmpty ? "childplan --help" : "childplan \(spec.name) --help"
        return Outcome(
            stderr: MessageCatalogue.usageFailure(error, usage: usage, helpCommand: helpCommand),
            exitCode: .usage)
    }
}

/// The parsed command line of one command: option values and positional arguments.
struct ParsedArguments: Sendable {
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []
    var wantsHelp = false

    func value(_ long: String) -> String? { values[long] }
}

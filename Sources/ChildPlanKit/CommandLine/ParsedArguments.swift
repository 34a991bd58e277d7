/// The parsed command line of one command: option values and positional arguments.
struct ParsedArguments: Sendable {
    var values: [String: String] = [:]
    /// Every value an option was given, in order, for options that may be given more than once (`--plan a --plan b`).
    var allValues: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []
    var wantsHelp = false

    func value(_ long: String) -> String? { values[long] }

    /// Every value of an option given more than once, or as a comma-separated list (`--plan a,b`).
    func values(_ long: String) -> [String] {
        (allValues[long] ?? []).flatMap { $0.split(separator: ",") }.map { VietnameseText.tidyName(String($0)) }.filter { !$0.isEmpty }
    }
}

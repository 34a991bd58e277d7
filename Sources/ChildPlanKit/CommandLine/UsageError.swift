/// A command line that cannot be run as written. Printed with the usage
/// line and a pointer to `--help`, exit code 64.
enum UsageError: Error, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?)
    case missingValue(option: String)
    case invalidValue(String, option: String, allowed: [String])
    case invalidDate(String, option: String)
    case missingArgument(String)
    case unexpectedArgument(String)
    case invalidStatus(String, option: String)
    case invalidPeriod(String, option: String)
    case unknownPlan(String, suggestion: String?)
    case unknownTask(String, plan: String)
    case unknownAgency(String, suggestions: [String])
    case missingOption(String)

    /// `'a', 'b' or 'c'`.
    static func list(_ values: [String]) -> String {
        let quoted = values.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }

    /// The closest of `candidates` to a mistyped word, if one is close enough
    /// to be what the user meant (at most two edits, or a prefix of it).
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, EditDistance.between(word.lowercased(), $0.lowercased())) }
        if let (best, distance) = scored.min(by: { $0.1 < $1.1 }), distance <= min(2, max(1, best.count / 3)) {
            return best
        }
        let stripped = word.drop { $0 == "-" }
        if stripped.count >= 3, let prefixed = candidates.first(where: { $0.drop { $0 == "-" }.hasPrefix(stripped) }) {
            return prefixed
        }
        return nil
    }
}

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

    var message: String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            "Unknown command '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
        case .unknownOption(let name, let suggestion):
            "Unknown option '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
        case .missingValue(let option):
            "Missing value for '\(option)'."
        case .invalidValue(let value, let option, let allowed):
            "The value '\(value)' is invalid for '\(option)'. Please provide one of \(UsageError.list(allowed))."
        case .invalidDate(let value, let option):
            "The value '\(value)' is invalid for '\(option)': write a date as YYYY-MM-DD or dd/mm/yyyy."
        case .missingArgument(let name):
            "Missing expected argument '<\(name)>'."
        case .unexpectedArgument(let value):
            "Unexpected argument '\(value)'."
        case .invalidStatus(let value, let option):
            "The value '\(value)' is invalid for '\(option)': use hoàn thành, đang triển khai, chậm tiến độ, chưa triển khai "
                + "or không thực hiện (or completed, inProgress, delayed, notStarted, cancelled)."
        case .invalidPeriod(let value, let option):
            "The value '\(value)' is invalid for '\(option)': write 2025-H1 for the 6-month report or 2025 for the annual report."
        case .unknownPlan(let name, let suggestion):
            "No plan '\(name)' is loaded, and there is no such file." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
        case .unknownTask(let task, let plan):
            "Plan \(plan) has no task '\(task)'."
        case .unknownAgency(let name, let suggestions):
            "No agency in the loaded plans matches '\(name)'." + (suggestions.isEmpty ? "" : " Did you mean \(UsageError.list(suggestions))?")
        case .missingOption(let option):
            "Missing expected option '\(option)'."
        }
    }

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

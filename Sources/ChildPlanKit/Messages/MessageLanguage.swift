/// The language childplan's messages are worded in: Vietnamese unless the
/// user asks otherwise (`--lang en`, `CHILDPLAN_LANG=en`, or an English
/// `LC_ALL`, `LC_MESSAGES` or `LANG`). Set for the length of one command
/// (`ChildPlanCLI.run`), so that every message of that run speaks one language.
extension MessageCatalogue {
    @TaskLocal static var language: Language = .vi

    /// The language asked for by a command line and its environment, in this
    /// order: `--lang vi|en` (or `--lang=en`), `CHILDPLAN_LANG`, then the
    /// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (English when it
    /// starts with `en`); Vietnamese otherwise.
    static func language(arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            let value: String? = argument == "--lang"
                ? (index + 1 < arguments.count ? arguments[index + 1] : nil)
                : (argument.hasPrefix("--lang=") ? String(argument.dropFirst("--lang=".count)) : nil)
            if let value, let language = Language(rawValue: value.lowercased()) { return language }
        }
        if let value = environment["CHILDPLAN_LANG"], let language = Language(rawValue: value.lowercased()) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .vi
        }
        return .vi
    }

    /// The Vietnamese or the English words, as the run's language asks.
    static func say(_ vietnamese: @autoclosure () -> String, _ english: @autoclosure () -> String) -> String {
        // Only the language asked for is worded: validate words half a million warnings over a national set.
        language == .en ? english() : vietnamese()
    }

    /// `lỗi` / `error`, `cảnh báo` / `warning`: the word after `file:line:column:`.
    static func word(for severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: say("lỗi", "error")
        case .warning: say("cảnh báo", "warning")
        }
    }
}

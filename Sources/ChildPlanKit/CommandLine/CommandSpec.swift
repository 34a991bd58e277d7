/// How a command is called: its arguments and options, and its help text.
/// The parser and the help both read from it, so they cannot disagree.
struct CommandSpec: Sendable {
    struct Argument: Sendable {
        var name: String
        var help: String
        var isRepeating = false
        var isOptional = false
        var defaultDescription: String?
    }

    struct Option: Sendable {
        var long: String
        var short: Character?
        var valueName: String?
        var help: String
        var defaultDescription: String?
        /// The values allowed, for options that take one of a list.
        var allowedValues: [String]?
        /// Shown without brackets in the usage line; the command checks it is given.
        var isRequired = false

        var isFlag: Bool { valueName == nil }

        /// `--format <format>`, as messages and the usage line write it.
        var synopsis: String { valueName.map { "--\(long) <\($0)>" } ?? "--\(long)" }

        var label: String {
            let names = short.map { "-\($0), --\(long)" } ?? "--\(long)"
            return valueName.map { "\(names) <\($0)>" } ?? names
        }
    }

    var name: String
    var overview: String
    var discussion: String?
    var arguments: [Argument]
    var options: [Option]
    var examples: [String]

    static let helpOption = Option(long: "help", short: "h", valueName: nil, help: "Show help information.")

    /// Every command takes `--lang`: the language of its messages (and of a report it writes).
    static let languageOption = Option(
        long: "lang", valueName: "lang", help: "Language of messages: vi or en (also CHILDPLAN_LANG, or an English LANG).",
        defaultDescription: "vi", allowedValues: Language.allCases.map(\.rawValue))

    var allOptions: [Option] {
        options + (options.contains { $0.long == "lang" } || name.isEmpty ? [] : [CommandSpec.languageOption]) + [CommandSpec.helpOption]
    }

    var commandPath: String { name.isEmpty ? "childplan" : "childplan \(name)" }

    var usage: String {
        var parts = [commandPath]
        for argument in arguments {
            var text = "<\(argument.name)>"
            if argument.isRepeating { text += " ..." }
            if argument.isOptional { text = "[\(text)]" }
            parts.append(text)
        }
        for option in options {
            parts.append(option.isRequired ? option.synopsis : "[\(option.synopsis)]")
        }
        return parts.joined(separator: " ")
    }

    /// Every text of the help page that is worded in a language: what `HelpCatalogue` must hold in Vietnamese.
    var wordedTexts: [String] {
        [overview] + [discussion].compactMap { $0 } + arguments.flatMap { [$0.help] + [$0.defaultDescription].compactMap { $0 } }
            + allOptions.flatMap { [$0.help] + [$0.defaultDescription].compactMap { $0 } }
    }

    /// The help text, laid out as swift-argument-parser lays it out, in the run's language (`HelpCatalogue`).
    var help: String {
        let words = HelpCatalogue.words, heading = HelpCatalogue.heading
        var text = CommandSpec.wrap("\(heading("OVERVIEW")): \(words(overview))", width: 80).joined(separator: "\n") + "\n\n"
        if let discussion { text += CommandSpec.wrap(words(discussion), width: 80).joined(separator: "\n") + "\n\n" }
        text += "\(heading("USAGE")): \(usage)\n"
        if !arguments.isEmpty {
            text += "\n\(heading("ARGUMENTS")):\n"
            for argument in arguments {
                text += CommandSpec.entry("<\(argument.name)>", help: words(argument.help), defaultDescription: argument.defaultDescription.map(words))
            }
        }
        text += "\n\(heading("OPTIONS")):\n"
        for option in allOptions {
            text += CommandSpec.entry(option.label, help: words(option.help), defaultDescription: option.defaultDescription.map(words))
        }
        if !examples.isEmpty {
            text += "\n\(heading("EXAMPLES")):\n" + examples.map { "  \($0)\n" }.joined()
        }
        return text
    }

    static func entry(_ label: String, help: String, defaultDescription: String?) -> String {
        let body = defaultDescription.map { "\(help) (\(HelpCatalogue.heading("default")): \($0))" } ?? help
        let indent = String(repeating: " ", count: 26)
        let wrapped = wrap(body, width: 80 - indent.count)
        var text = "  " + label
        if label.count + 2 < indent.count - 1 {
            text += String(repeating: " ", count: indent.count - label.count - 2) + wrapped[0] + "\n"
        } else {
            text += "\n" + indent + wrapped[0] + "\n"
        }
        for line in wrapped.dropFirst() { text += indent + line + "\n" }
        return text
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        lines.append(current)
        return lines
    }
}

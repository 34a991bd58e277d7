
/// Parses arguments against a `CommandSpec`, the way swift-argument-parser
/// does: `--option value` and `--option=value`, `-o value`, `--` ends the
/// options, `-h`/`--help` anywhere asks for help. Options that take one of
/// a list are checked here, so commands only see valid values.
enum ArgumentParser {
    static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let (name, inlineValue) = split(argument)
            guard let option = option(named: name, in: spec) else {
                let names = spec.allOptions.map { "--\($0.long)" }
                throw .unknownOption(name, suggestion: Suggestion.closestWord(to: name, among: names))
            }
            if option.long == "help" {
                parsed.wantsHelp = true
                continue
            }
            if option.isFlag {
                parsed.flags.insert(option.long)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, !arguments[index].hasPrefix("-") || arguments[index] == "-" {
                value = arguments[index]
                index += 1
            } else {
                throw .missingValue(option: option.synopsis)
            }
            if let allowed = option.allowedValues, !allowed.contains(value) {
                throw .invalidValue(value, option: option.synopsis, allowed: allowed)
            }
            parsed.values[option.long] = value
            parsed.allValues[option.long, default: []].append(value)
        }
        return parsed
    }

    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    private static func option(named name: String, in spec: CommandSpec) -> CommandSpec.Option? {
        spec.allOptions.first { option in
            name == "--\(option.long)" || option.short.map { name == "-\($0)" } == true
        }
    }
}

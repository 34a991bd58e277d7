import Foundation

/// `childplan completions bash|zsh|fish`: a completion script for the shell,
/// made from the same command specs the parser and the help read.
enum CompletionsCommand {
    static let shells = ["bash", "zsh", "fish"]

    static let spec = CommandSpec(
        name: "completions",
        overview: "Print a shell completion script: commands, options and their values complete on Tab.",
        discussion: """
            Load it in the current shell, or save it where your shell looks for completions.
            """,
        arguments: [.init(name: "shell", help: "bash, zsh or fish.")],
        options: [],
        examples: [
            "childplan completions bash > ~/.local/share/bash-completion/completions/childplan",
            "source <(childplan completions bash)",
            "childplan completions zsh > ~/.zfunc/_childplan",
            "childplan completions fish > ~/.config/fish/completions/childplan.fish",
        ])

    static func run(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) -> Outcome {
        guard let shell = parsed.positionals.first else { throw .missingArgument("shell") }
        if parsed.positionals.count > 1 { throw .unexpectedArgument(parsed.positionals[1]) }
        switch shell {
        case "bash": return Outcome(stdout: bash)
        case "zsh": return Outcome(stdout: zsh)
        case "fish": return Outcome(stdout: fish)
        default: throw .invalidValue(shell, option: "<shell>", allowed: shells)
        }
    }

    /// Commands with their options, and the report's sections.
    static var commands: [CommandSpec] { ChildPlanCLI.commands.map(\.spec) }
    static let reportSections = ["status", "overdue", "coverage", "returns", "agency", "compare", "cascade"]

    /// The values an option takes, where they are a known list.
    static func values(for option: CommandSpec.Option) -> [String]? {
        if let allowed = option.allowedValues { return allowed }
        switch option.long {
        case "status": return ["hoan-thanh", "dang-trien-khai", "cham-tien-do", "chua-trien-khai", "khong-thuc-hien"]
            + Status.allCases.map(\.rawValue)
        default: return nil
        }
    }

    static func optionNames(_ spec: CommandSpec) -> [String] {
        spec.allOptions.flatMap { option in ["--\(option.long)"] + (option.short.map { ["-\($0)"] } ?? []) }
    }

    static var bash: String {
        var script = """
            # bash completion for childplan. Load it with:  source <(childplan completions bash)
            _childplan() {
                local current previous command
                current="${COMP_WORDS[COMP_CWORD]}"
                previous="${COMP_WORDS[COMP_CWORD-1]}"
                command="${COMP_WORDS[1]}"
                if [ "$COMP_CWORD" -eq 1 ]; then
                    COMPREPLY=($(compgen -W "\((commands.map(\.name) + ["help", "--help", "--version"]).joined(separator: " "))" -- "$current"))
                    return
                fi
                case "$command" in

            """
        for spec in commands {
            script += "        \(spec.name))\n            case \"$previous\" in\n"
            for option in spec.options where !option.isFlag {
                let names = (["--\(option.long)"] + (option.short.map { ["-\($0)"] } ?? [])).joined(separator: "|")
                if let values = values(for: option) {
                    script += "                \(names)) COMPREPLY=($(compgen -W \"\(values.joined(separator: " "))\" -- \"$current\")); return ;;\n"
                } else if ["output", "log", "registry"].contains(option.long) {
                    script += "                \(names)) COMPREPLY=($(compgen -f -- \"$current\")); return ;;\n"
                } else {
                    script += "                \(names)) return ;;\n"
                }
            }
            script += "            esac\n"
            let words = optionNames(spec) + (spec.name == "report" ? reportSections : [])
            script += "            if [[ \"$current\" == -* ]] || [ \"\(spec.name)\" = report -a \"$COMP_CWORD\" -eq 2 ]; then\n"
            script += "                COMPREPLY=($(compgen -W \"\(words.joined(separator: " "))\" -- \"$current\"))\n"
            script += "            else\n                COMPREPLY=($(compgen -f -- \"$current\"))\n            fi\n            ;;\n"
        }
        script += """
                help)
                    COMPREPLY=($(compgen -W "\(commands.map(\.name).joined(separator: " "))" -- "$current"))
                    ;;
                esac
            }
            complete -o filenames -F _childplan childplan

            """
        return script
    }

    static var zsh: String {
        var script = "#compdef childplan\n# zsh completion for childplan. Save it as _childplan in a directory of your $fpath.\n\n_childplan() {\n"
        script += "    local -a commands\n    commands=(\n"
        for spec in commands {
            script += "        '\(spec.name):\(zshEscape(spec.overview))'\n"
        }
        script += "        'help:Show help for a command.'\n    )\n"
        script += "    if (( CURRENT == 2 )); then\n        _describe 'command' commands\n        return\n    fi\n"
        script += "    case $words[2] in\n"
        for spec in commands {
            script += "    \(spec.name))\n        _arguments \\\n"
            for option in spec.allOptions {
                let names = option.short.map { "'(-\($0) --\(option.long))'{-\($0),--\(option.long)}" } ?? "'--\(option.long)"
                let quoteOpen = option.short == nil ? "" : "'"
                let help = "[\(zshEscape(option.help))]"
                var action = ""
                if !option.isFlag {
                    if let values = values(for: option) {
                        action = ":\(option.valueName ?? "value"):(\(values.joined(separator: " ")))"
                    } else if ["output", "log", "registry"].contains(option.long) {
                        action = ":\(option.valueName ?? "file"):_files"
                    } else {
                        action = ":\(option.valueName ?? "value"): "
                    }
                }
                script += "            \(names)\(quoteOpen)\(help)\(action)' \\\n"
            }
            if spec.name == "report" {
                script += "            '1:section:(\(reportSections.joined(separator: " ")))' \\\n"
            }
            script += "            '*:path:_files'\n        ;;\n"
        }
        script += "    help)\n        _describe 'command' commands\n        ;;\n    esac\n}\n\n_childplan \"$@\"\n"
        return script
    }

    static var fish: String {
        var script = "# fish completion for childplan. Save it as ~/.config/fish/completions/childplan.fish\n"
        script += "complete -c childplan -f\n"
        let names = commands.map(\.name) + ["help"]
        for spec in commands {
            script += "complete -c childplan -n '__fish_use_subcommand' -a \(spec.name) -d '\(fishEscape(spec.overview))'\n"
        }
        script += "complete -c childplan -n '__fish_use_subcommand' -a help -d 'Show help for a command.'\n"
        script += "complete -c childplan -n '__fish_seen_subcommand_from help' -a '\(names.joined(separator: " "))'\n"
        for spec in commands {
            for option in spec.allOptions {
                var line = "complete -c childplan -n '__fish_seen_subcommand_from \(spec.name)' -l \(option.long)"
                if let short = option.short { line += " -s \(short)" }
                if !option.isFlag {
                    line += " -r"
                    if let values = values(for: option) { line += " -a '\(values.joined(separator: " "))'" }
                    if ["output", "log", "registry"].contains(option.long) { line += " -F" }
                }
                script += line + " -d '\(fishEscape(option.help))'\n"
            }
            if spec.name == "report" {
                script += "complete -c childplan -n '__fish_seen_subcommand_from report' -a '\(reportSections.joined(separator: " "))'\n"
            }
            script += "complete -c childplan -n '__fish_seen_subcommand_from \(spec.name)' -F\n"
        }
        return script
    }

    static func zshEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "'", with: "'\\''").replacingOccurrences(of: "[", with: "\\[")
            .replacingOccurrences(of: "]", with: "\\]").replacingOccurrences(of: ":", with: "\\:")
    }

    static func fishEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}

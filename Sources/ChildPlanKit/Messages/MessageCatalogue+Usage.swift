extension MessageCatalogue {
    /// The sentence after `Error: ` for a command line that cannot be run.
    static func message(for error: UsageError) -> String {
        switch error {
        case .unknownCommand(let name, let suggestion):
            "Unknown command '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
        case .unknownOption(let name, let suggestion):
            "Unknown option '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
        case .missingValue(let option):
            "Missing value for '\(option)'."
        case .invalidValue(let value, let option, let allowed):
            "The value '\(value)' is invalid for '\(option)'. Please provide one of \(list(allowed))."
        case .invalidDate(let value, let option):
            "The value '\(value)' is invalid for '\(option)': write a date as YYYY-MM-DD or dd/mm/yyyy."
        case .dayOutOfRange(let value, let option, let years):
            "The value '\(value)' is invalid for '\(option)': give a day in the years \(years.lowerBound) to \(years.upperBound)."
        case .invalidPlanID(let id, let fromFileName):
            fromFileName
                ? "The plan id '\(id)', taken from the file name, cannot be used: give one with --id, a short name without spaces or '/', such as kon-tum-2025."
                : "The value '\(id)' is invalid for '--id <id>': give a short name without spaces or '/' that does not start with '.', such as kon-tum-2025."
        case .emptyValue(let option):
            "The value '' is invalid for '\(option)': give a file name, or - for standard output."
        case .outputIsInput(let path, let input):
            "The output '\(path)' is a file this command reads (\(input)); writing it would destroy it. Choose another file."
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
        case .dateAfterToday(let value, let today):
            "The value '\(value)' is invalid for '--date <date>': it is after today (\(today.vietnamese)); "
                + "give the day the return was sent, today or earlier."
        case .periodOutsidePlan(let value, let plan, let first, let lastYear):
            "The value '\(value)' is invalid for '--period <period>': plan \(plan) is reported on "
                + (lastYear.map { "from \(first) to \($0)" } ?? "from \(first) on") + "; give a period in that span."
        case .invalidDeadlines(let value, let option):
            "The value '\(value)' is invalid for '\(option)': give the plan's two reporting deadlines, the 6-month one first, "
                + "as the plan words them, e.g. 'trước ngày 10 tháng 6; trước ngày 05 tháng 12' or '15/6; 30/11'."
        case .unknownTask(let task, let plan):
            "Plan \(plan) has no task '\(task)'."
        case .unknownAgency(let name, let suggestions):
            "No agency in the loaded plans matches '\(name)'." + (suggestions.isEmpty ? "" : " Did you mean \(list(suggestions))?")
        case .missingOption(let option):
            "Missing expected option '\(option)'."
        }
    }

    /// `Error: …`, the usage line and where to find help: what a usage error prints.
    static func usageFailure(_ error: UsageError, usage: String, helpCommand: String) -> String {
        "Error: \(VisibleText.visible(message(for: error)))\nUsage: \(usage)\n  See '\(helpCommand)' for more information.\n"
    }

    /// `'a', 'b' or 'c'`.
    static func list(_ values: [String]) -> String {
        let quoted = values.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }
}

/// A command line that cannot be run as written. Printed with the usage
/// line and a pointer to `--help`, exit code 64.
enum UsageError: Error, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?)
    case missingValue(option: String)
    case invalidValue(String, option: String, allowed: [String])
    case invalidDate(String, option: String)
    /// A real day, but outside the years childplan judges (`Limits.years`).
    case dayOutOfRange(String, option: String, years: ClosedRange<Int>)
    case missingArgument(String)
    /// An option given an empty value where a name is needed (`-o ''`).
    case emptyValue(option: String)
    /// A plan id a plan file cannot hold, given with `--id` or taken from the file name.
    case invalidPlanID(String, fromFileName: Bool)
    /// `-o` names a file this run reads.
    case outputIsInput(String, input: String)
    case unexpectedArgument(String)
    case invalidStatus(String, option: String)
    case invalidPeriod(String, option: String)
    case unknownPlan(String, suggestion: String?)
    /// `--jurisdiction` naming a place none of the loaded plans lies in; the places they do lie in.
    case noPlanInJurisdiction(String, places: [String])
    case unknownTask(String, plan: String)
    case unknownAgency(String, suggestions: [String])
    /// An agency name that the loaded plans have in several jurisdictions, asked for without saying which.
    case ambiguousAgency(String, choices: [String])
    case missingOption(String)
    /// `update --date` after today: a return is dated the day it is sent.
    case dateAfterToday(String, today: Day)
    /// `update --period` outside the periods the plan is reported on.
    case periodOutsidePlan(String, plan: String, first: ReportingPeriod, lastYear: Int?)
    /// `template --agency A` for an agency that neither leads nor partners in a task of the plans loaded.
    case agencyWithoutTasks(String, suggestions: [String])
    /// `--agency A` for an agency with no task in the plans chosen.
    case noTasksOfAgency(String, suggestions: [String])
    /// `update --interactive` with nobody at a terminal to answer.
    case needsTerminal
    /// `report stauts`: neither a section nor a file, and near a section's name.
    case unknownSection(String, suggestion: String)
    /// `import --deadlines` not two deadlines worded alike.
    case invalidDeadlines(String, option: String)
    /// `--jurisdiction` that names no province, district, commune or the nation.
    case invalidJurisdiction(String, option: String)
    /// `--table` not a whole number from 1.
    case invalidNumber(String, option: String)
    /// A letterhead option (`--signer`) with a format that has no letterhead: only the Word report has one.
    case onlyForWordReport(option: String)
}

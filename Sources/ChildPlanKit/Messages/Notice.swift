/// What a command says when it has done its work, or while it works: each
/// worded in `MessageCatalogue+Notices.swift`, so that a translation of
/// childplan's messages changes this folder alone.
enum Notice {
    /// `report --format csv -o DIR/`: each table in a file of its own.
    case tablesWritten(names: [String], directory: String)
    /// `import`: a plan made from an appendix.
    case imported(tasks: Int, groups: Int, file: String, planID: String)
    /// `template`: a return form for one agency and period.
    case returnForm(agency: String, formerly: String?, period: ReportingPeriod, led: Int, partnered: Int)
    /// `update`: one update appended to a log.
    case recorded(StatusUpdate, log: String)
    /// `validate`: what was checked and what was found.
    case checked(Checked)
    /// `update` waiting for another that holds the log's lock.
    case waitingForLock(String)
    /// `report`: rows that could not be read, left out of the report and listed.
    case rowsSetAside(Int)
    /// Loading many files on a terminal: how far it has got.
    case reading(done: Int, total: Int)
    /// `update --interactive`: what it is about to ask.
    case interactiveStart(agency: String, period: ReportingPeriod, tasks: Int)
    /// `update --interactive`: one task, and the return it had last.
    case interactiveTask(number: Int, of: Int, planID: String, taskID: String, text: String, timeframe: String, latest: StatusUpdate?)
    case askStatus
    case askDate(Day)
    case askEvidence
    case askNote
    /// An answer that is not one of those asked for.
    case notAnAnswer(String)
    /// `update --interactive`: how many returns were recorded.
    case interactiveDone(recorded: Int, of: Int)

    /// What `validate` read and found.
    struct Checked {
        var files: Int
        var planFiles: Int
        var updatesFiles: Int
        var registries: Int
        var plans: Int
        var tasks: Int
        var updates: Int
        var errors: Int
        var warnings: Int
    }
}

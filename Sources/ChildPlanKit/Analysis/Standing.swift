/// Where a task stands as of a day: the status of its latest relevant
/// update, or `noReport` when it owes an update and has none.
///
/// "No report" is a state of its own: a missing return is never shown as
/// "not started", and "not started" is only ever what a return said. A task
/// with no return that owes none yet is `notYetDue`; one done on request,
/// with no return, is `awaitingRequest`.
public enum Standing: String, CaseIterable, Hashable, Sendable {
    case completed
    case inProgress
    case delayed
    case notStarted
    case cancelled
    case noReport
    /// No return, and none owed yet: no reporting period has closed for it, its deadline has not passed, or it has no timeframe.
    case notYetDue
    /// Done on request (theo đề nghị), no return, no request recorded.
    case awaitingRequest

    public init(_ status: Status) {
        switch status {
        case .completed: self = .completed
        case .inProgress: self = .inProgress
        case .delayed: self = .delayed
        case .notStarted: self = .notStarted
        case .cancelled: self = .cancelled
        }
    }
}

/// Where a task stands as of a day: the status of its latest relevant
/// update, or `noReport` when it owes an update and has none.
///
/// "No report" is a state of its own: a missing return is never shown as "not started".
public enum Standing: String, CaseIterable, Hashable, Sendable {
    case completed
    case inProgress
    case delayed
    case notStarted
    case cancelled
    case noReport

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

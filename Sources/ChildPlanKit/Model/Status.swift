/// What an agency reports about a task for a period.
public enum Status: String, CaseIterable, Sendable, Codable {
    /// chưa triển khai
    case notStarted
    /// đang triển khai
    case inProgress
    /// hoàn thành; for a recurring task, done for that period
    case completed
    /// chậm tiến độ
    case delayed
    /// không thực hiện, with a note saying why
    case cancelled

    /// A task in one of these states can no longer be overdue.
    public var isClosed: Bool { self == .completed || self == .cancelled }
}

/// Why a task is overdue.
public enum OverdueKind: String, Sendable, CaseIterable {
    /// A task with one deadline, past it and not completed or cancelled.
    case pastDue
    /// A recurring task with no update for a reporting period whose deadline has passed.
    case missingReport
    /// A task whose latest update says it is delayed, even when a later
    /// period's report is missing too (that is an item of its own).
    case behindSchedule
}

/// One overdue item: a task, and the deadline it missed.
public struct OverdueItem: Hashable, Sendable {
    public var planID: String
    public var task: PlanTask
    /// The lead agency, as carried on the report's day.
    public var lead: CarriedAgency
    public var kind: OverdueKind
    /// The reporting period concerned; nil for `pastDue`.
    public var period: ReportingPeriod?
    /// The last day on time: the task's deadline, or the period's report deadline.
    public var due: Day
    /// Days since `due`. For `behindSchedule`, the days since the deadline of
    /// the period reported delayed: the order such items are listed in, not a
    /// lateness to show (the report said "delayed", not how late).
    public var daysOverdue: Int
    /// The return that explains the item, if any: for `behindSchedule` the
    /// one that said the task is delayed; for `pastDue` the task's latest; for
    /// `missingReport` the latest before the missing period.
    public var report: StatusUpdate? = nil
    /// The plan words the deadline "trước ngày" (before `due` + 1 day).
    public var dueBefore = false
    /// The deadline is inferred, not in the plan: the task's timeframe, or the plan's reporting deadlines.
    public var dueInferred = false
}

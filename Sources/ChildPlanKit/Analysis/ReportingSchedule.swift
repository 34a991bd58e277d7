/// Which reporting periods of a plan have closed by a day, and which of
/// them a task owes a return for (DESIGN.md §7). Status, overdue, returns
/// and reminders all ask this one place.
///
/// A period counts when it ends on or after the plan's reporting start (its
/// issue date, or 2025-01-01), and it is closed once its report deadline has
/// passed: deadlines are at the end of their day, so a period due 10 June is
/// still open on 10 June and closed on 11 June.
public enum ReportingSchedule {
    public static func closedPeriods(of plan: Plan, asOf day: Day) -> [ReportingPeriod] {
        closedPeriods(from: plan.reportingStart, deadlines: plan.reporting, asOf: day)
    }

    public static func closedPeriods(from start: Day, deadlines: ReportingDeadlines, asOf day: Day) -> [ReportingPeriod] {
        var periods: [ReportingPeriod] = []
        var period = ReportingPeriod.first(endingOnOrAfter: start)
        while period.deadline(under: deadlines) < day {
            periods.append(period)
            period = period.next
        }
        return periods
    }

    /// Whether a period has closed for a plan by a day.
    public static func isClosed(_ period: ReportingPeriod, for plan: Plan, asOf day: Day) -> Bool {
        period.end >= plan.reportingStart && period.deadline(under: plan.reporting) < day
    }

    /// Whether a task is of a kind that owes returns at all: recurring, a
    /// span, or dated. On-request tasks owe nothing until a request is
    /// recorded (`PlanTask.requested`), and a task with no timeframe owes
    /// nothing until it is given one.
    public static func owesReturns(_ task: PlanTask) -> Bool {
        switch task.timeframe.meaning {
        case .recurring, .recurringUntil, .due: true
        case .onRequest: task.requested != nil
        case .unspecified: false
        }
    }

    /// Whether a task owes a return for a period: the period ends on or after
    /// the plan's reporting start, the task owes returns at all, and its duty
    /// had not ended in an earlier period (`dutyEndedIn`, from `dutyEnd`).
    public static func owesReturn(_ task: PlanTask, of plan: Plan, for period: ReportingPeriod, dutyEndedIn: ReportingPeriod?) -> Bool {
        guard owesReturns(task), period.end >= plan.reportingStart else { return false }
        // A task done on request owes from the period its request falls in.
        if case .onRequest = task.timeframe.meaning, let requested = task.requested, period.end < requested { return false }
        guard let dutyEndedIn else { return true }
        return period <= dutyEndedIn
    }

    /// The period of the return after which a task owes no more: the first
    /// that says cancelled; for a dated task, also the first that says
    /// completed; for a span, the first that says completed for a period
    /// ending at or after the span's end (within the span a completed return
    /// is that period's work done). A recurring task stops only when cancelled.
    static func dutyEnd(of task: PlanTask, updates: TaskUpdates) -> ReportingPeriod? {
        for position in updates.indices where endsDuty(updates.status(at: position), of: task, for: updates.period(at: position)) {
            return updates.period(at: position)
        }
        return nil
    }

    /// Whether a return with this status for this period ends the task's duty to report (see `dutyEnd`).
    public static func endsDuty(_ status: Status, of task: PlanTask, for period: ReportingPeriod) -> Bool {
        switch status {
        case .cancelled:
            return true
        case .completed:
            switch task.timeframe.meaning {
            case .due, .onRequest, .unspecified: return true
            case .recurringUntil(let end): return period.end >= end
            case .recurring: return false
            }
        case .notStarted, .inProgress, .delayed:
            return false
        }
    }

    /// The period whose report is due next after a day (the first not yet closed).
    public static func nextOpenPeriod(of plan: Plan, asOf day: Day) -> ReportingPeriod {
        var period = ReportingPeriod.first(endingOnOrAfter: plan.reportingStart)
        while period.deadline(under: plan.reporting) < day { period = period.next }
        return period
    }
}

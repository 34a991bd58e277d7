/// Which reporting periods of a plan have closed by a day.
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

    /// Whether a task owes an update for a period: it is recurring, the
    /// period ends on or after the plan's reporting start, and it was not
    /// reported cancelled in an earlier period.
    public static func owesUpdate(_ task: PlanTask, of plan: Plan, for period: ReportingPeriod, cancelledIn: ReportingPeriod?) -> Bool {
        guard task.timeframe.isRecurring, period.end >= plan.reportingStart else { return false }
        // A task of a span owes nothing for a period that begins after the span ends.
        if case .recurringUntil(let end) = task.timeframe.meaning, period.year > end.year { return false }
        guard let cancelledIn else { return true }
        return period <= cancelledIn
    }

    /// The period whose report is due next after a day (the first not yet closed).
    public static func nextOpenPeriod(of plan: Plan, asOf day: Day) -> ReportingPeriod {
        var period = ReportingPeriod.first(endingOnOrAfter: plan.reportingStart)
        while period.deadline(under: plan.reporting) < day { period = period.next }
        return period
    }
}

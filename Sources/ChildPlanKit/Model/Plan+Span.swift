extension Plan {
    /// The first period the plan is reported for: the first that ends on or after its start.
    public var firstPeriod: ReportingPeriod { ReportingPeriod.first(endingOnOrAfter: reportingStart) }

    /// The year of the plan's last deadline, when every task has one; nil
    /// when a task recurs, waits for a request or has no timeframe (the plan
    /// then has no end its tasks state).
    public var lastYear: Int? {
        var last: Int?
        for task in tasks {
            guard let day = task.timeframe.dueDay else { return nil }
            last = max(last ?? day.year, day.year)
        }
        return last
    }

    /// Whether a return for this period can belong to the plan: the period
    /// ends on or after the plan's start, and begins no later than the year
    /// of its last deadline (when it has one).
    public func spans(_ period: ReportingPeriod) -> Bool {
        period >= firstPeriod && lastYear.map { period.year <= $0 } ?? true
    }
}

extension Plan {
    /// The periods a plan is reported on: from the first that ends on or
    /// after its start, to the year of its last deadline (or span's end) when every task has
    /// one (open-ended when a task recurs, waits for a request or has no
    /// timeframe: the plan then has no end its tasks state).
    public struct Span: Hashable, Sendable {
        public var first: ReportingPeriod
        public var lastYear: Int?

        public func contains(_ period: ReportingPeriod) -> Bool {
            period >= first && lastYear.map { period.year <= $0 } ?? true
        }
    }

    /// Worked out from every task: keep it when asking about many periods.
    public var span: Span {
        var last: Int?
        for task in tasks {
            guard let day = task.timeframe.lastDay else {
                return Span(first: ReportingPeriod.first(endingOnOrAfter: reportingStart), lastYear: nil)
            }
            last = max(last ?? day.year, day.year)
        }
        return Span(first: ReportingPeriod.first(endingOnOrAfter: reportingStart), lastYear: last)
    }
}

/// When a plan's 6-month and annual reports are due (default 10 June and 5 December).
public struct ReportingDeadlines: Hashable, Sendable {
    public var semiannual: MonthDay
    public var annual: MonthDay

    public init(semiannual: MonthDay, annual: MonthDay) {
        self.semiannual = semiannual
        self.annual = annual
    }

    public static let standard = ReportingDeadlines(
        semiannual: MonthDay(month: 6, day: 10)!,
        annual: MonthDay(month: 12, day: 5)!
    )
}

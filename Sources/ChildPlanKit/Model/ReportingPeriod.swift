/// A reporting period: the first half of a year (`2025-H1`, the 6-month
/// report) or the whole year (`2025`, the annual report).
public struct ReportingPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Span: Hashable, Sendable {
        case firstHalf
        case fullYear
    }

    /// Year and span in one number (`year * 2`, plus one for the full
    /// year), ordered as the periods are: 2025-H1 < 2025 < 2026-H1.
    private let packed: Int

    public var year: Int { packed >> 1 }
    public var span: Span { packed & 1 == 0 ? .firstHalf : .fullYear }

    public init(year: Int, span: Span) {
        packed = year << 1 | (span == .firstHalf ? 0 : 1)
    }

    /// The last day the period covers.
    public var end: Day {
        switch span {
        case .firstHalf: Day(year: year, month: 6, day: 30)!
        case .fullYear: Day(year: year, month: 12, day: 31)!
        }
    }

    /// The last day its report is on time under a plan's deadlines: the
    /// deadline as written (`writtenDeadline`), or the day before it when
    /// the plan says "trước ngày" (before).
    public func deadline(under deadlines: ReportingDeadlines) -> Day {
        let written = writtenDeadline(under: deadlines)
        return deadlines.dueBefore ? written.adding(days: -1) : written
    }

    /// The deadline's day as the plan writes it: in the period's year when it
    /// falls in the second half of the period or later (10 June for the first
    /// half, 5 December for the year), else in the year after (an annual
    /// report due 10 January is due in the January after the year it covers).
    public func writtenDeadline(under deadlines: ReportingDeadlines) -> Day {
        switch span {
        case .firstHalf: deadlines.semiannual.in(year: deadlines.semiannual.month >= 4 ? year : year + 1)
        case .fullYear: deadlines.annual.in(year: deadlines.annual.month >= 7 ? year : year + 1)
        }
    }

    /// The period that follows this one: 2025-H1 → 2025 → 2026-H1.
    public var next: ReportingPeriod {
        switch span {
        case .firstHalf: ReportingPeriod(year: year, span: .fullYear)
        case .fullYear: ReportingPeriod(year: year + 1, span: .firstHalf)
        }
    }

    /// The first period that ends on or after a day.
    public static func first(endingOnOrAfter day: Day) -> ReportingPeriod {
        let half = ReportingPeriod(year: day.year, span: .firstHalf)
        return half.end >= day ? half : ReportingPeriod(year: day.year, span: .fullYear)
    }

    /// `2025-H1` or `2025`: the identifier files and the JSON report use.
    public var description: String {
        switch span {
        case .firstHalf: String(year) + "-H1"
        case .fullYear: String(year)
        }
    }

    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        lhs.packed < rhs.packed
    }
}

/// When a plan's 6-month and annual reports are due: by default before 10
/// June and before 5 December, as the plans word them (DESIGN.md §4).
public struct ReportingDeadlines: Hashable, Sendable {
    public var semiannual: MonthDay
    public var annual: MonthDay
    /// The plan words its deadlines "trước ngày D" (before D), as Kon Tum's
    /// "trước ngày 10 tháng 6": a return dated D is late, the last day on
    /// time is the day before. False when it says "ngày D" (by D).
    public var dueBefore: Bool

    public init(semiannual: MonthDay, annual: MonthDay, dueBefore: Bool) {
        self.semiannual = semiannual
        self.annual = annual
        self.dueBefore = dueBefore
    }

    public static let standard = ReportingDeadlines(
        semiannual: MonthDay(month: 6, day: 10)!,
        annual: MonthDay(month: 12, day: 5)!,
        dueBefore: true
    )
}

extension Day {
    /// The day a deadline is written as, this day being the last day on time:
    /// this day, or the day after when the plan words it "trước ngày" (before).
    public func writtenDeadline(before: Bool) -> Day { before ? adding(days: 1) : self }
}

extension ReportingDeadlines {
    /// Reads a plan's own wording of its deadlines, 6-month first:
    /// `trước ngày 10 tháng 6; trước ngày 05 tháng 12`, `10/6, 5/12`,
    /// `06-10; 12-05`. Either both are "trước" (before) or neither; nil for
    /// anything else.
    public init?(wording text: String) {
        let parts = text.split(whereSeparator: { $0 == ";" || $0 == "," }).map { String($0) }
        guard parts.count == 2, let first = Self.day(parts[0]), let second = Self.day(parts[1]), first.before == second.before
        else { return nil }
        self.init(semiannual: first.day, annual: second.day, dueBefore: first.before)
    }

    /// One deadline: `[trước] [ngày] D tháng M`, `D/M` or `MM-DD`.
    static func day(_ text: String) -> (day: MonthDay, before: Bool)? {
        var words = VietnameseText.looseKey(text).split(separator: " ").map(String.init)
        var before = false
        if words.first == "truoc" { before = true; words.removeFirst() }
        if words.first == "ngay" { words.removeFirst() }
        switch words.count {
        case 3 where words[1] == "thang":
            guard let day = Int(words[0]), let month = Int(words[2]), let monthDay = MonthDay(month: month, day: day) else { return nil }
            return (monthDay, before)
        case 1:
            let word = words[0]
            if let monthDay = MonthDay(word) { return (monthDay, before) }
            let numbers = word.split(separator: "/").map { Int($0) }
            guard numbers.count == 2, let day = numbers[0], let month = numbers[1], let monthDay = MonthDay(month: month, day: day)
            else { return nil }
            return (monthDay, before)
        default:
            return nil
        }
    }
}

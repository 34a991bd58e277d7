/// A calendar day with no time or time zone: the unit of every date in a plan.
///
/// Plans, deadlines and returns are all about days, so the model never needs
/// `Date`; comparing and subtracting `Day`s is exact and costs nanoseconds.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Year, month and day in one number (`year << 9 | month << 5 | day`):
    /// four bytes, ordered as the days are. A national data set holds
    /// close to a million of them.
    private let packed: Int32

    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int(packed >> 5 & 0xF) }
    public var day: Int { Int(packed & 0x1F) }

    /// Returns nil when the three numbers do not name a real day (31/02, month 13…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.numberOfDays(inMonth: month, year: year) else { return nil }
        packed = Int32(year << 9 | month << 5 | day)
    }

    public static func numberOfDays(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The last day of a month; `month` must be 1...12.
    public static func lastDay(ofMonth month: Int, year: Int) -> Day? {
        Day(year: year, month: month, day: numberOfDays(inMonth: month, year: year))
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysSinceEpoch`.
    public init(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        packed = Int32(truncatingIfNeeded: year << 9 | month << 5 | day)
    }

    /// Whole days from `other` to `self` (positive when `self` is later).
    public func days(since other: Day) -> Int {
        daysSinceEpoch - other.daysSinceEpoch
    }

    public func adding(days: Int) -> Day {
        Day(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// `YYYY-MM-DD`, the form every file and the JSON report use.
    public var iso: String { tenBytes(yearFirst: true, separator: 0x2D) }

    /// `dd/mm/yyyy`, the form Vietnamese documents use.
    public var vietnamese: String {
        guard (0...9999).contains(year) else { return Day.pad(day, 2) + "/" + Day.pad(month, 2) + "/" + Day.pad(year, 4) }
        return tenBytes(yearFirst: false, separator: 0x2F)
    }

    /// The day in ten bytes written in place, `YYYY-MM-DD` or `DD/MM/YYYY`: a national report writes 60,000 of the
    /// one, and `validate` words half a million of the other.
    private func tenBytes(yearFirst: Bool, separator: UInt8) -> String {
        let (year, month, day) = (self.year, self.month, self.day)
        let (yearAt, monthAt, dayAt) = yearFirst ? (0, 5, 8) : (6, 3, 0)
        // Safe: exactly the ten bytes 0...9 of the ten asked for are written, and 10 returned.
        return String(unsafeUninitializedCapacity: 10) { text in
            func twoDigits(_ value: Int, at offset: Int) {
                text[offset] = 0x30 + UInt8(value / 10)
                text[offset + 1] = 0x30 + UInt8(value % 10)
            }
            twoDigits(year / 100, at: yearAt)
            twoDigits(year % 100, at: yearAt + 2)
            twoDigits(month, at: monthAt)
            twoDigits(day, at: dayAt)
            text[yearFirst ? 4 : 2] = separator
            text[yearFirst ? 7 : 5] = separator
            return 10
        }
    }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        lhs.packed < rhs.packed
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// A day of the year without a year: a plan's recurring report deadline (`06-10`).
public struct MonthDay: Hashable, Sendable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    public init?(month: Int, day: Int) {
        // 29 February is allowed; `in(year:)` moves it to the 28th in common years.
        guard (1...12).contains(month), day >= 1, day <= Day.numberOfDays(inMonth: month, year: 2024) else { return nil }
        self.month = month
        self.day = day
    }

    /// Parses `MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              let month = Int(parts[0]), let day = Int(parts[1]) else { return nil }
        self.init(month: month, day: day)
    }

    public func `in`(year: Int) -> Day {
        Day(year: year, month: month, day: min(day, Day.numberOfDays(inMonth: month, year: year)))!
    }

    /// `MM-DD`.
    public var description: String { Day.pad(month, 2) + "-" + Day.pad(day, 2) }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// Reads the timeframe cell of an appendix (thời gian thực hiện).
///
/// Understood, with or without diacritics and in any case:
/// - recurring: `Thường xuyên`, `Thường xuyên hàng năm`, `Thường xuyên hằng năm`,
///   `Hằng năm`, `Định kỳ`, `Năm 2025 và các năm tiếp theo`, `ongoing`, `annually`;
/// - on request: `Theo đề nghị, hướng dẫn của các Bộ, ngành liên quan.`,
///   `Theo yêu cầu`, `Khi có yêu cầu`, `on request`;
/// - one deadline, the latest the cell names: `Năm 2027` → 2027-12-31,
///   `Quý II/2025` → 2025-06-30, `Tháng 6/2025` → 2025-06-30,
///   `6 tháng đầu năm 2025` → 2025-06-30, `Trước ngày 10/6/2025` → 2025-06-10,
///   `31/12/2025`, `2025-12-31`, `2025-2030` → 2030-12-31.
/// A recurring phrase wins over a date in the same cell, and an on-request
/// phrase over a date. Anything else is unspecified, with what was recognised.
public enum TimeframeParser {
    public static func parse(_ raw: String) -> Timeframe {
        let text = VietnameseText.tidyName(raw)
        guard !text.isEmpty else { return Timeframe(text: text, meaning: .unspecified(.empty)) }
        let tokens = tokenize(VietnameseText.looseKey(text))
        if containsPhrase(recurringPhrases, in: tokens) {
            return Timeframe(text: text, meaning: .recurring)
        }
        if containsPhrase(onRequestPhrases, in: tokens) {
            return Timeframe(text: text, meaning: .onRequest)
        }
        // từ năm 2025 (with no end): every year from then.
        if containsPhrase([["tu", "nam"]], in: tokens), !containsPhrase([["den"], ["toi"], ["to"]], in: tokens) {
            return Timeframe(text: text, meaning: .recurring)
        }
        let (days, spanEnds, problem) = deadlines(in: tokens)
        if problem == nil, let latest = days.max() {
            // giai đoạn 2025 - 2030: every year of the span, done by its end.
            return Timeframe(text: text, meaning: spanEnds.contains(latest) ? .recurringUntil(latest) : .due(latest))
        }
        return Timeframe(text: text, meaning: .unspecified(.notUnderstood(recognised: problem)))
    }

    static let recurringPhrases: [[String]] = [
        ["thuong", "xuyen"], ["hang", "nam"], ["hang", "quy"], ["hang", "thang"], ["dinh", "ky"],
        ["lien", "tuc"], ["cac", "nam", "tiep", "theo"], ["ongoing"], ["annual"], ["annually"],
        ["every", "year"], ["each", "year"], ["yearly"], ["recurring"], ["regularly"], ["continuous"],
        ["continuously"],
    ]

    static let onRequestPhrases: [[String]] = [
        ["theo", "de", "nghi"], ["theo", "yeu", "cau"], ["khi", "co", "yeu", "cau"], ["khi", "co", "de", "nghi"],
        ["theo", "chi", "dao"], ["khi", "co", "chi", "dao"], ["on", "request"], ["upon", "request"],
        ["when", "requested"], ["as", "requested"], ["on", "demand"],
    ]

    enum Token: Equatable {
        case word(String)
        case number(value: Int, width: Int)
        case symbol(Character)
    }

    static func tokenize(_ key: String) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var digits = ""
        func flush() {
            if !word.isEmpty { tokens.append(.word(word)); word = "" }
            if !digits.isEmpty {
                tokens.append(.number(value: Int(digits.prefix(9)) ?? 0, width: digits.count))
                digits = ""
            }
        }
        for character in key {
            if character.isASCIIDigit {
                if !word.isEmpty { flush() }
                digits.append(character)
            } else if character.isLetter {
                if !digits.isEmpty { flush() }
                word.append(character)
            } else {
                flush()
                if character != " " { tokens.append(.symbol(character)) }
            }
        }
        flush()
        return tokens
    }

    static func containsPhrase(_ phrases: [[String]], in tokens: [Token]) -> Bool {
        for phrase in phrases where tokens.count >= phrase.count {
            for start in 0...(tokens.count - phrase.count) {
                if phrase.indices.allSatisfy({ tokens[start + $0] == .word(phrase[$0]) }) { return true }
            }
        }
        return false
    }

    /// Every deadline the tokens name, and a note of the first date-like
    /// thing that could not be read (`30/6` with no year, `31/02/2025`,
    /// `quý V`): when there is one, the cell is not understood at all rather
    /// than read as something it does not say.
    static func deadlines(in tokens: [Token]) -> (days: [Day], spanEnds: [Day], problem: String?) {
        var days: [Day] = []
        var spanEnds: [Day] = []
        var problem: String?
        func note(_ text: String) { if problem == nil { problem = text } }
        var index = 0
        func number(_ offset: Int, width: ClosedRange<Int>) -> Int? {
            guard index + offset >= 0, index + offset < tokens.count, case .number(let value, let w) = tokens[index + offset],
                  width.contains(w) else { return nil }
            return value
        }
        func symbol(_ offset: Int, in set: Set<Character>) -> Character? {
            guard index + offset >= 0, index + offset < tokens.count, case .symbol(let s) = tokens[index + offset], set.contains(s) else {
                return nil
            }
            return s
        }
        func word(_ offset: Int, in set: Set<String>) -> String? {
            guard index + offset >= 0, index + offset < tokens.count, case .word(let w) = tokens[index + offset], set.contains(w) else {
                return nil
            }
            return w
        }
        /// A year after an optional `/`, `-` or `năm` at `offset`: (year, tokens used).
        func year(after offset: Int) -> (Int, Int)? {
            if let y = number(offset, width: 4...4) { return (y, 1) }
            if symbol(offset, in: ["/", "-"]) != nil || word(offset, in: ["nam", "of"]) != nil,
               let y = number(offset + 1, width: 4...4) { return (y, 2) }
            return nil
        }
        /// A quarter numeral at `offset`: 1-4 or i-iv.
        func quarter(_ offset: Int) -> Int? {
            if let q = number(offset, width: 1...1), (1...4).contains(q) { return q }
            if let roman = word(offset, in: ["i", "ii", "iii", "iv"]) { return RomanNumeral.value(of: roman) }
            return nil
        }
        while index < tokens.count {
            // dd/mm/yyyy, d-m-yyyy, d.m.yyyy; "trước (ngày) D" is due the day before D
            if let d = number(0, width: 1...2), let s = symbol(1, in: ["/", "-", "."]), let m = number(2, width: 1...2),
               symbol(3, in: [s]) != nil, let y = number(4, width: 4...4) {
                let before = word(-1, in: ["truoc", "before"]) != nil || (word(-1, in: ["ngay"]) != nil && word(-2, in: ["truoc"]) != nil)
                if let day = Day(year: y, month: m, day: d) { days.append(before ? day.adding(days: -1) : day) } else { note("\(d)/\(m)/\(y), which is not a real day") }
                index += 5
                continue
            }
            // yyyy-mm-dd
            if let y = number(0, width: 4...4), symbol(1, in: ["-"]) != nil, let m = number(2, width: 1...2),
               symbol(3, in: ["-"]) != nil, let d = number(4, width: 1...2) {
                if let day = Day(year: y, month: m, day: d) { days.append(day) } else { note("\(y)-\(m)-\(d), which is not a real day") }
                index += 5
                continue
            }
            // quý II/2025, quý 2 năm 2025, Q2 2025
            if word(0, in: ["quy", "q", "quarter"]) != nil {
                if let q = quarter(1), let (y, used) = year(after: 2) {
                    if let day = Day.lastDay(ofMonth: q * 3, year: y) { days.append(day) }
                    index += 2 + used
                    continue
                }
                note("a quarter that is not I, II, III or IV with a year")
            }
            // 6 tháng đầu năm 2025 (first half), 6 tháng cuối năm 2025 (second half)
            if number(0, width: 1...1) == 6, word(1, in: ["thang"]) != nil {
                var offset = 2
                var lastMonth = 6
                if word(offset, in: ["dau"]) != nil { offset += 1 } else if word(offset, in: ["cuoi"]) != nil {
                    offset += 1
                    lastMonth = 12
                }
                if let (y, used) = year(after: offset) {
                    if let day = Day.lastDay(ofMonth: lastMonth, year: y) { days.append(day) }
                    index += offset + used
                    continue
                }
            }
            // tháng 6/2025, tháng 6 năm 2025
            if word(0, in: ["thang", "month"]) != nil, let m = number(1, width: 1...2), let (y, used) = year(after: 2) {
                if (1...12).contains(m), let day = Day.lastDay(ofMonth: m, year: y) { days.append(day) } else { note("month \(m), which is not a month") }
                index += 2 + used
                continue
            }
            // 06/2025
            if let m = number(0, width: 1...2), symbol(1, in: ["/"]) != nil, let y = number(2, width: 4...4) {
                if (1...12).contains(m), let day = Day.lastDay(ofMonth: m, year: y) { days.append(day) } else { note("month \(m), which is not a month") }
                index += 3
                continue
            }
            // 2025-2030, 2025 đến 2030, 2025 đến năm 2030
            if let first = number(0, width: 4...4), symbol(1, in: ["-"]) != nil || word(1, in: ["den", "to", "toi"]) != nil {
                let yearWord = word(2, in: ["nam"]) != nil ? 1 : 0
                if let last = number(2 + yearWord, width: 4...4), last >= first {
                    if let day = Day(year: last, month: 12, day: 31) {
                        days.append(day)
                        spanEnds.append(day)
                    }
                    index += 3 + yearWord
                    continue
                }
            }
            // năm 2027, 2027
            if let y = number(0, width: 4...4), (1990...2100).contains(y) {
                days.append(Day(year: y, month: 12, day: 31)!)
                index += 1
                continue
            }
            // 30/6 with no year: not a deadline, but worth naming in the warning.
            if let d = number(0, width: 1...2), symbol(1, in: ["/"]) != nil, let m = number(2, width: 1...2) {
                note("\(d)/\(m) without a year")
            }
            index += 1
        }
        return (days, spanEnds, problem)
    }
}

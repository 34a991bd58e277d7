import Foundation
import Testing

@testable import ChildPlanKit

@Suite("Vietnamese text")
struct TextTests {
    @Test func nfcComposesDecomposedText() {
        let nfd = "Sở Lao động - Thương binh và Xã hội".decomposedStringWithCanonicalMapping
        #expect(Array(VietnameseText.nfc(nfd).utf8) == Array("Sở Lao động - Thương binh và Xã hội".utf8))
    }

    @Test("Spellings of one name share a match key", arguments: [
        "Sở Lao động – Thương binh và Xã hội",  // en dash
        "Sở Lao động — Thương binh và Xã hội",  // em dash
        "Sở  Lao động -\nThương binh   và Xã hội",  // doubled spaces, line break
        "SỞ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI",
        "Sở\u{00A0}Lao động - Thương binh và Xã hội",  // non-breaking space
    ])
    func matchKeys(spelling: String) {
        #expect(VietnameseText.matchKey(spelling) == VietnameseText.matchKey("Sở Lao động - Thương binh và Xã hội"))
        #expect(VietnameseText.matchKey(spelling.decomposedStringWithCanonicalMapping)
            == VietnameseText.matchKey("Sở Lao động - Thương binh và Xã hội"))
    }

    @Test func looseKeyFoldsDiacriticsAndD() {
        #expect(VietnameseText.looseKey("Sở Y tế") == "so y te")
        #expect(VietnameseText.looseKey("Đường") == "duong")
        #expect(VietnameseText.looseKey("Văn hoá") == VietnameseText.looseKey("Văn hóa"))
        #expect(VietnameseText.looseKey("Uỷ ban") == VietnameseText.looseKey("Ủy ban"))
    }

    /// The keys as first written: compose, lower-case the whole string, fold
    /// white space and dashes; decompose and drop marks for the loose key.
    /// The fast keys must agree with these on every input.
    static func referenceMatchKey(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in VietnameseText.nfc(text).lowercased().unicodeScalars {
            if VietnameseText.isSpaceLike(scalar) || VietnameseText.isLineBreak(scalar) {
                pendingSpace = !scalars.isEmpty
            } else if VietnameseText.isDash(scalar) {
                scalars.append("-")
                pendingSpace = false
            } else if !VietnameseText.isInvisible(scalar) {
                if pendingSpace, scalars.last != "-" { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    static func referenceLooseKey(_ text: String) -> String {
        VietnameseText.looseKeyDecomposing(referenceMatchKey(text))
    }

    @Test func fastKeysAgreeWithTheReferenceOnEveryLetterAndOnMixedText() {
        var samples: [String] = []
        let ranges: [ClosedRange<UInt32>] = [0x00...0x24F, 0x300...0x3FF, 0x1E00...0x1EFF, 0x2000...0x206F, 0x2126...0x212B, 0xFE20...0xFE2F, 0xFEFF...0xFF0F]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                samples.append("A\(Character(scalar))b")
                samples.append(" \(Character(scalar)) - x")
            }
        }
        samples += [
            "Sở Lao động – Thương binh và Xã hội", "ỦY BAN NHÂN DÂN TỈNH KON TUM", "  Đoàn TNCS Hồ Chí Minh\n",
            "Sở LĐ-TB&XH", "Bộ Y tế\u{200B}", "ΣΟΦΙΑ", "İstanbul", "Ångström \u{212B}", "Sở Y tế".decomposedStringWithCanonicalMapping,
            "e\u{301}\u{302}", " \u{0301}a", "",
        ]
        let alphabet = Array("aAăĂâÂđĐeEêÊoOôÔơƠuUưƯyYiI àÀáÁảẢãÃạẠềỀếẾểỂễỄệỆ-–—\n\t\u{A0}\u{200B}\u{301}\u{309}ΣσÇçß")
        // Mixed strings of every length up to 12, from a fixed walk through the alphabet.
        for number in 0..<2000 {
            samples.append(String((0..<(number % 13)).map { alphabet[(number * 31 + $0 * $0 * 7 + $0) % alphabet.count] }))
        }
        for sample in samples {
            #expect(VietnameseText.matchKey(sample) == Self.referenceMatchKey(sample), "\(sample.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(VietnameseText.looseKey(sample) == Self.referenceLooseKey(sample), "\(sample.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func tidyKeepsBulletLinesAndCollapsesSpaces() {
        let cell = "  - Tuyên  truyền  sâu rộng.\r\n\n- Truyền\tthông.  "
        #expect(VietnameseText.tidy(cell) == "- Tuyên truyền sâu rộng.\n- Truyền thông.")
        #expect(VietnameseText.tidyName("Sở Lao động -\nThương binh và\nXã hội") == "Sở Lao động - Thương binh và Xã hội")
    }

    @Test("Partner cells split on ';' and line breaks, never on commas", arguments: [
        ("Các sở, ban ngành, đơn vị liên quan; UBND các huyện, thành phố",
         ["Các sở, ban ngành, đơn vị liên quan", "UBND các huyện, thành phố"]),
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Sở Tư pháp\nCông an tỉnh", ["Sở Tư pháp", "Công an tỉnh"]),
        // A PDF line break inside a name is not a separator
        ("Các sở, ban ngành, đơn vị\nliên quan; UBND các\nhuyện, thành phố",
         ["Các sở, ban ngành, đơn vị liên quan", "UBND các huyện, thành phố"]),
        ("Sở Lao động - Thương\nbinh và Xã hội; các sở, ban,\nngành, đơn vị liên\nquan",
         ["Sở Lao động - Thương binh và Xã hội", "các sở, ban, ngành, đơn vị liên quan"]),
        ("- Sở Y tế\n- Sở Tư pháp", ["Sở Y tế", "Sở Tư pháp"]),
        ("", []),
        (" ; ", []),
    ])
    func partnerCells(cell: String, expected: [String]) {
        #expect(AgencyList.split(cell) == expected)
    }

    @Test("Roman numerals", arguments: [("I", 1), ("iv", 4), ("VII", 7), ("VIII", 8), ("XIV", 14)])
    func romanNumerals(text: String, value: Int) {
        #expect(RomanNumeral.value(of: text) == value)
        #expect(RomanNumeral.string(for: value) == text.uppercased())
    }

    @Test func theOneNumeralReaderReadsExactlyWhatIsWrittenAsANumeral() {
        // The reference: every canonical numeral, written by `string(for:)`.
        var canonical: [String: Int] = [:]
        for value in 1...3999 { canonical[RomanNumeral.string(for: value)] = value }
        for (text, value) in canonical { #expect(RomanNumeral.value(ofCapitals: Array(text.utf8)) == value, "\(text)") }
        var generator = SeededGenerator(seed: 1507)
        let letters = Array("IVXLCDMA".utf8)
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...6, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            #expect(RomanNumeral.value(ofCapitals: bytes) == canonical[String(decoding: bytes, as: UTF8.self)], "\(bytes)")
        }
        // Task ids read their group with it: only the seven groups, in capitals.
        #expect(PlanTask.place(ofID: "IV.3")?.group == .services && PlanTask.place(ofID: "IV.3")?.number == 3)
        for id in ["VIII.1", "IIII.1", "iv.3", "IV.", ".3", "IV.03", "IV.0"] { #expect(PlanTask.place(ofID: id) == nil, "\(id)") }
    }

    @Test func eachGroupIsWrittenWithTheNumeralOfItsNumber() {
        for group in TaskGroup.allCases {
            #expect(group.romanNumeral == RomanNumeral.string(for: group.number))
            #expect(PlanTask.id(group: group, number: 12) == RomanNumeral.string(for: group.number) + ".12")
        }
        #expect(ReportingPeriod(year: 2025, span: .firstHalf).description == "2025-H1")
        #expect(ReportingPeriod(year: 2025, span: .fullYear).description == "2025")
    }

    @Test("Not Roman numerals", arguments: ["IIII", "IL", "A", "", "VX", "1"])
    func notRomanNumerals(text: String) {
        #expect(RomanNumeral.value(of: text) == nil)
    }
}

@Suite("Days and reporting periods")
struct DayTests {
    @Test("A day in Vietnamese is dd/mm/yyyy, zeros and all", arguments: [
        ("2026-12-01", "01/12/2026"), ("2025-07-01", "01/07/2025"), ("2030-01-31", "31/01/2030"), ("1999-10-09", "09/10/1999"),
    ])
    func vietnameseDays(iso: String, expected: String) {
        let day = Build.day(iso)
        #expect(day.vietnamese == expected)
        #expect(day.vietnamese == Day.pad(day.day, 2) + "/" + Day.pad(day.month, 2) + "/" + Day.pad(day.year, 4))
    }

    @Test("Dates as files and offices write them", arguments: [
        ("2025-06-10", "2025-06-10"), ("10/6/2025", "2025-06-10"), ("10/06/2025", "2025-06-10"),
        (" 05/12/2025 ", "2025-12-05"), ("5-12-2025", "2025-12-05"), ("29/02/2024", "2024-02-29"),
    ])
    func parses(text: String, iso: String) {
        #expect(Day(parsing: text)?.iso == iso)
    }

    @Test("Not dates", arguments: ["31/02/2025", "2025-13-01", "11/22/2026", "2025/06/10", "10/6", "", "hôm qua", "10/6-2025", "29/02/2025"])
    func rejects(text: String) {
        #expect(Day(parsing: text) == nil)
    }

    @Test("ISO days have four-digit years and two-digit months and days", arguments: [1, 9, 10, 99, 100, 999, 1000, 2025, 9999])
    func isoDays(year: Int) {
        for (month, day) in [(1, 1), (2, 28), (9, 9), (10, 10), (12, 31)] {
            let expected = Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2)
            #expect(Day(year: year, month: month, day: day)?.iso == expected)
        }
    }

    @Test func tenCharacterDatesReadAsTheGeneralRulesReadThem() {
        var generator = SeededGenerator(seed: 1010)
        let alphabet = Array("0123456789012345678900/-. a".utf8)
        var shapes = ["31/12/2025", "2025-12-31", "29.02.2024", "29-02-2025", "2025/12/31", "00/00/0000", "12/31/2025"].map { Array($0.utf8) }
        for _ in 0..<5000 {
            var bytes = (0..<10).map { _ in alphabet.randomElement(using: &generator)! }
            // Most random strings fail at once: put separators where dates have them half the time.
            if Bool.random(using: &generator) {
                let separator = Array("/-.".utf8).randomElement(using: &generator)!
                if Bool.random(using: &generator) { (bytes[2], bytes[5]) = (separator, separator) } else { (bytes[4], bytes[7]) = (separator, separator) }
            }
            shapes.append(bytes)
        }
        for bytes in shapes {
            bytes.withUnsafeBufferPointer { buffer in
                #expect(Day.parse(utf8: buffer) == Day.parseAnyShape(utf8: buffer), "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }

    @Test func arithmetic() {
        let due = Build.day("2027-12-31")
        #expect(Build.day("2028-01-01").days(since: due) == 1)
        #expect(Build.day("2026-11-22").days(since: Build.day("2025-06-10")) == 530)
        #expect(Day(daysSinceEpoch: due.daysSinceEpoch) == due)
        #expect(Build.day("2024-02-28").adding(days: 1).iso == "2024-02-29")
        #expect(Build.day("1970-01-01").daysSinceEpoch == 0)
    }

    @Test("Periods", arguments: [
        ("2025-H1", "2025-H1"), ("2025-h1", "2025-H1"), ("H1/2025", "2025-H1"), ("6 tháng đầu năm 2025", "2025-H1"),
        ("6 thang 2025", "2025-H1"), ("2025", "2025"), ("Năm 2025", "2025"), ("cả năm 2025", "2025"),
    ])
    func periods(text: String, id: String) {
        #expect(ReportingPeriod(parsing: text)?.description == id)
    }

    @Test("Not periods", arguments: ["2025-H2", "Q2/2025", "", "2025-2026", "năm ngoái"])
    func notPeriods(text: String) {
        #expect(ReportingPeriod(parsing: text) == nil)
    }

    @Test("A plan's own wording of its deadlines", arguments: [
        ("trước ngày 10 tháng 6; trước ngày 05 tháng 12", "06-10", "12-05", true),
        ("Trước ngày 10/6, trước ngày 5/12", "06-10", "12-05", true),
        ("truoc ngay 15 thang 6; truoc ngay 30 thang 11", "06-15", "11-30", true),
        ("ngày 15/6; ngày 30/11", "06-15", "11-30", false),
        ("06-20; 12-15", "06-20", "12-15", false),
    ])
    func deadlineWording(text: String, semiannual: String, annual: String, before: Bool) throws {
        let deadlines = try #require(ReportingDeadlines(wording: text))
        #expect(deadlines == ReportingDeadlines(semiannual: MonthDay(semiannual)!, annual: MonthDay(annual)!, dueBefore: before))
    }

    @Test("Not a plan's deadlines", arguments: ["trước ngày 10 tháng 6", "trước ngày 10/6; ngày 5/12", "31/2; 5/12", "10 tháng sáu; 5/12", ""])
    func notDeadlineWording(text: String) {
        #expect(ReportingDeadlines(wording: text) == nil)
    }

    @Test func periodsOrderAndDeadlines() {
        let h1 = ReportingPeriod(year: 2025, span: .firstHalf)
        #expect(h1 < h1.next && h1.next < h1.next.next)
        #expect(h1.next.next.description == "2026-H1")
        // "trước ngày 10 tháng 6", "trước ngày 05 tháng 12": the last days on time are 9 June and 4 December.
        #expect(h1.writtenDeadline(under: .standard).iso == "2025-06-10")
        #expect(h1.deadline(under: .standard).iso == "2025-06-09")
        #expect(h1.next.deadline(under: .standard).iso == "2025-12-04")
        let custom = ReportingDeadlines(semiannual: MonthDay("06-15")!, annual: MonthDay("11-30")!, dueBefore: false)
        #expect(h1.deadline(under: custom).iso == "2025-06-15")
    }

    @Test("A period closes on the day its deadline is written before", arguments: [
        ("2025-06-09", [String]()), ("2025-06-10", ["2025-H1"]), ("2025-12-04", ["2025-H1"]),
        ("2025-12-05", ["2025-H1", "2025"]), ("2026-11-22", ["2025-H1", "2025", "2026-H1"]),
    ])
    func closedPeriods(asOf: String, expected: [String]) {
        let periods = ReportingSchedule.closedPeriods(from: Build.day("2025-01-01"), deadlines: .standard, asOf: Build.day(asOf))
        #expect(periods.map(\.description) == expected)
    }

    @Test func periodsStartAtTheIssueDate() {
        // A plan issued in August owes nothing for the first half of that year.
        let periods = ReportingSchedule.closedPeriods(from: Build.day("2025-08-01"), deadlines: .standard, asOf: Build.day("2026-11-22"))
        #expect(periods.map(\.description) == ["2025", "2026-H1"])
    }
}

@Suite("Status words")
struct StatusWordTests {
    @Test("Vietnamese and English, with or without diacritics", arguments: [
        ("Hoàn thành", Status.completed), ("hoan thanh", .completed), ("Đã hoàn thành", .completed), ("completed", .completed),
        ("Đang triển khai", .inProgress), ("dang trien khai", .inProgress), ("inProgress", .inProgress), ("in progress", .inProgress),
        ("Chậm tiến độ", .delayed), ("CHAM TIEN DO", .delayed), ("delayed", .delayed),
        ("Chưa triển khai", .notStarted), ("not started", .notStarted), ("notStarted", .notStarted),
        ("Không thực hiện", .cancelled), ("cancelled", .cancelled), ("canceled", .cancelled),
        ("Hoàn thành".decomposedStringWithCanonicalMapping, .completed),
    ])
    func words(word: String, status: Status) {
        #expect(Status(word: word) == status)
    }

    @Test("Unknown words", arguments: ["xong rồi", "", "50%", "ok"])
    func unknown(word: String) {
        #expect(Status(word: word) == nil)
    }
}

@Suite("Tidying fast path")
struct TidyFastPathTests {
    /// Every character the slow path treats specially, alone and in company.
    static let pieces = [
        "a", "Sở", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{AD}", "\u{1680}", "\u{2000}",
        "\u{2009}", "\u{200B}", "\u{200D}", "\u{2013}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{2060}", "\u{3000}",
        "\u{FEFF}", "\u{0301}", "\u{0323}", "\u{1AB0}", "\u{1AC0}", "\u{1DC4}", "\u{20D0}", "\u{FE20}", "đ", "Ủy", "-", "x y",
    ]

    @Test func theBytesLookedAtAreExactlyThoseTheChecksHandle() {
        let looked = (0...255).filter { VietnameseText.mayBeUntidy(UInt8($0)) }
        #expect(looked == Array(0...0x20) + [0xC2, 0xCC, 0xCD, 0xE1, 0xE2, 0xE3, 0xEF])
    }

    @Test func theFastPathNeverSkipsATextTheSlowPathWouldChange() {
        var checked = 0
        for first in Self.pieces {
            for second in Self.pieces {
                for third in ["", "b", " ", "\n", "e\u{0301}"] {
                    let text = first + second + third
                    checked += 1
                    for lineBreaks in [true, false] where VietnameseText.isTidy(text, allowingLineBreaks: lineBreaks) {
                        let slow = VietnameseText.tidyLines(text).joined(separator: lineBreaks ? "\n" : " ")
                        #expect(slow == text && Array(slow.utf8) == Array(text.utf8), "\(text.unicodeScalars.map { $0.value })")
                    }
                }
            }
        }
        #expect(checked > 5000)
        // Every character of the blocks the fast path looks into, between letters.
        for range: ClosedRange<UInt32> in [0x80...0x2FF, 0x300...0x36F, 0x1680...0x1680, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x2000...0x20FF, 0x3000...0x3000, 0xFE00...0xFEFF] {
            for value in range {
                let text = "a\(Character(Unicode.Scalar(value)!))b"
                if VietnameseText.isTidy(text, allowingLineBreaks: true) {
                    #expect(VietnameseText.tidyLines(text).joined(separator: "\n") == text, "U+\(String(value, radix: 16))")
                }
            }
        }
        #expect(VietnameseText.isTidy("Sở Lao động – Thương binh và Xã hội “trẻ em” • …", allowingLineBreaks: false))
        #expect(VietnameseText.isTidy("Sở Lao động - Thương binh và Xã hội", allowingLineBreaks: false))
        #expect(VietnameseText.isTidy("- dòng một\n- dòng hai", allowingLineBreaks: true))
        #expect(!VietnameseText.isTidy("- dòng một\n- dòng hai", allowingLineBreaks: false))
    }
}

@Suite("Composing decomposed text")
struct CompositionTests {
    @Test func composingAgreesWithFoundationForEveryLetterAndMarks() {
        let letters = Array("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYdđDĐnNcCgGzZ ") + ["ạ", "ấ", "Ự"].map(Character.init)
        let marks: [String] = (0x300...0x36F).map { String(Unicode.Scalar($0)!) }
        let vietnamese = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}", "\u{302}", "\u{306}", "\u{31B}"]
        var checked = 0
        var composedByUs = 0
        for letter in letters {
            for first in marks {
                let text = "x\(letter)\(first)y"
                #expect(VietnameseText.nfc(text) == text.precomposedStringWithCanonicalMapping)
                #expect(Array(VietnameseText.nfc(text).unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
                checked += 1
            }
            for first in vietnamese {
                for second in vietnamese {
                    let text = "\(letter)\(first)\(second)"
                    let ours = LatinComposition.compose(text)
                    if ours != nil { composedByUs += 1 }
                    #expect(Array(VietnameseText.nfc(text).unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars),
                            "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                    checked += 1
                }
            }
        }
        #expect(checked > 4000)
        #expect(composedByUs > 50)
        // The fast path does the common work: every Vietnamese letter, decomposed, composes without Foundation.
        for (_, variants) in VietnameseLetters.withDiacritics {
            for letter in variants + variants.uppercased() {
                #expect(LatinComposition.compose(String(letter).decomposedStringWithCanonicalMapping) == String(letter))
            }
        }
        let sentence = "Sở Lao động - Thương binh và Xã hội; Ủy ban nhân dân tỉnh; trẻ em “đặc biệt” – quyền"
        #expect(LatinComposition.compose(sentence.decomposedStringWithCanonicalMapping) == sentence)
        #expect(LatinComposition.compose("Å\u{0301}\u{212B}") == nil)
        // The hash table holds exactly the pairs.
        for (key, letter) in LatinComposition.pairs {
            let (base, mark) = (Unicode.Scalar(UInt32(key >> 32))!, Unicode.Scalar(UInt32(key & 0xFFFF_FFFF))!)
            #expect(LatinComposition.composed(base, mark) == letter)
        }
        #expect(LatinComposition.composed("q", "\u{0301}") == nil)
    }
}

@Suite("Terminal widths")
struct DisplayWidthTests {
    @Test func widthsAreCharacterCountsForEveryLetterMarkAndPunctuation() {
        var samples = ["", "Sở Lao động – Thương binh", "“trẻ em” • …", "e\u{301}\u{323}", "\u{301}a", "a\n\u{301}", "a\r\nb",
                       "Đoàn TNCS", "日本語", "👩‍👩‍👧", "a\u{200D}b", "ﬁ", "\t"]
        for value in UInt32(0x0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            samples.append("a\(Character(scalar))b")
            samples.append("\(Character(scalar))")
            samples.append("x \u{301}\(String(scalar))\u{323}")
        }
        for sample in samples {
            #expect(TextWriter.displayWidth(sample) == sample.count, "\(sample.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

@Suite("Trimming")
struct TrimmingTests {
    @Test("Trailing copies of a character go, and nothing else", arguments: [
        ("Sở Y tế   ", " ", "Sở Y tế"), ("II.", ".", "II"), ("3)).", ")", "3))."), ("a))", ")", "a"), ("", " ", ""), ("   ", " ", ""),
        ("e \u{301}", " ", "e \u{301}"), ("a…", "…", "a"), ("x\r\n", "\n", "x\r\n"), ("1.2..", ".", "1.2"),
    ])
    func trims(text: String, character: String, expected: String) {
        let trimmed = text.trimmingSuffix(Character(character))
        #expect(trimmed == expected)
        var reference = text
        while reference.last == Character(character) { reference.removeLast() }
        #expect(trimmed == reference)
    }
}

@Suite("Splitting at a byte")
struct SplittingTests {
    @Test("Pieces agree with splitting on characters", arguments: [
        "", "a", "\n", "a\nb", "\na\n\nb\n", "dòng một\ndòng hai", "  hai  từ ", "e\u{301}\nx", "một\n\n\nbốn",
    ])
    func agrees(text: String) {
        for (byte, character) in [(UInt8(0x0A), Character("\n")), (0x20, " ")] {
            for omitting in [true, false] {
                #expect(text.split(atASCII: byte, omittingEmpty: omitting)
                    == text.split(separator: character, omittingEmptySubsequences: omitting))
            }
        }
    }
}

@Suite("Days and periods packed")
struct PackedValueTests {
    @Test func daysRoundTripAndOrderAsTheCalendarDoes() {
        var previous: Day?
        for number in stride(from: -800_000, through: 2_900_000, by: 97) {
            let day = Day(daysSinceEpoch: number)
            #expect(day.daysSinceEpoch == number)
            #expect(Day(year: day.year, month: day.month, day: day.day) == day || day.year < 1 || day.year > 9999)
            if let previous { #expect(previous < day && !(day < previous)) }
            previous = day
        }
        #expect(Day(year: 2025, month: 12, day: 31)! < Day(year: 2026, month: 1, day: 1)!)
        #expect(Day(year: 2026, month: 2, day: 28)!.iso == "2026-02-28")
    }

    @Test func periodsKeepTheirYearSpanAndOrder() {
        let periods = (2020...2031).flatMap { [ReportingPeriod(year: $0, span: .firstHalf), ReportingPeriod(year: $0, span: .fullYear)] }
        #expect(periods.sorted() == periods)
        #expect(periods.map { $0.end } == periods.map { $0.end }.sorted())
        for period in periods {
            #expect(ReportingPeriod(year: period.year, span: period.span) == period)
            #expect(period.next > period)
        }
    }
}

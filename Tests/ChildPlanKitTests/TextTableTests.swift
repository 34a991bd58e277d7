import Foundation
import Testing

@testable import ChildPlanKit

/// The terminal table's rows are written as bytes (`TextWriter.row`); this is
/// the string-by-string way they were written before, which they must equal.
@Suite("Terminal table rows")
struct TextTableTests {
    static let bold = "\u{1B}[1m", red = "\u{1B}[1;31m", reset = "\u{1B}[0m"

    /// The reference: each cell split at its line breaks and wrapped, each line padded as `TextWriter.pad` pads,
    /// styled when colour is on and the padded cell is not empty, joined by the gap, trailing spaces trimmed.
    static func referenceRow(
        _ cells: [String], widths: [Int], rightAligned: [Bool], gap: Int, colour: Bool, style: (Int, String) -> String?
    ) -> String {
        let wrapped = cells.enumerated().map { column, cell in
            cell.split(atASCII: 0x0A, omittingEmpty: false).flatMap { TextWriter.wrap(String($0), width: widths[column]) }
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            cells.indices.map { column in
                let text = line < wrapped[column].count ? wrapped[column][line] : ""
                let padded = TextWriter.pad(text, to: widths[column], right: rightAligned[column])
                return style(column, text).map { colour && !padded.isEmpty ? $0 + padded + reset : padded } ?? padded
            }.joined(separator: String(repeating: " ", count: gap)).trimmingSuffix(" ")
        }.joined(separator: "\n")
    }

    static let hostileCells = [
        "", " ", "  ", "0", "–", "12", "Sở Y tế", "  Sở  Y tế  ", "Sở Y tế\nBộ Công an", "\n", "a\n\nb",
        "Ủy ban nhân dân tỉnh Quảng Ngãi chủ trì phối hợp",
        "Ủy ban nhân dân xã".decomposedStringWithCanonicalMapping,
        "ke-hoach-tinh-quang-ngai-2025-phu-luc.csv", "một_từ_rất_dài_không_có_chỗ_ngắt_nào_cả",
        "Tiếng Việt có dấu: ầ ẫ ặ ợ ữ", "漢字 wide", "tab\there", "trailing ", " leading",
    ]

    static func style(_ column: Int, _ text: String) -> String? {
        if column == 1, !text.isEmpty, text != "0", text != "–" { return red }
        return column == 2 ? bold : nil
    }

    @Test("Rows written as bytes equal the reference", arguments: [false, true])
    func rowsEqualTheReference(colour: Bool) {
        var generator = SeededGenerator(seed: 2026)
        for round in 0..<2_000 {
            let columns = 1 + Int(generator.next() % 4)
            let cells = (0..<columns).map { _ in
                let parts = 1 + Int(generator.next() % 3)
                return (0..<parts).map { _ in Self.hostileCells[Int(generator.next() % UInt64(Self.hostileCells.count))] }.joined(separator: " ")
            }
            let widths = (0..<columns).map { _ in Int(generator.next() % 24) }
            let rightAligned = (0..<columns).map { _ in generator.next() % 2 == 0 }
            let gap = 1 + round % 2
            let made = TextWriter.row(cells, widths: widths, rightAligned: rightAligned, gap: gap, colour: colour, style: Self.style)
            let reference = Self.referenceRow(cells, widths: widths, rightAligned: rightAligned, gap: gap, colour: colour, style: Self.style)
            #expect(Array(made.utf8) == Array(reference.utf8), "\(cells) widths \(widths) right \(rightAligned) gap \(gap)")
            if made != reference { return }
        }
    }

    @Test("The widest word is counted as measuring each word split out would count it")
    func widestWordEqualsTheReference() {
        var generator = SeededGenerator(seed: 1812)
        let pieces = Self.hostileCells + ["\u{301}a", "a \u{301}b", "🙂 x", "e\u{301}\u{302}", "\u{200B}"]
        for _ in 0..<3_000 {
            let text = (0..<(1 + Int(generator.next() % 4))).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
            let reference = text.split(atASCII: 0x0A, omittingEmpty: true)
                .flatMap { String($0).split(atASCII: 0x20, omittingEmpty: true) }.map { TextWriter.displayWidth(String($0)) }.max() ?? 0
            #expect(TextWriter.widestWord(text) == reference, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("Lines found in one pass over the bytes are wrap's, with their widths")
    func onePassEqualsWrap() {
        var generator = SeededGenerator(seed: 3011)
        let ordinary = ["Sở", "Y", "tế", "–", "“Bộ”", "…", "Ủy", "ban", "nhân", "dân", "xã".decomposedStringWithCanonicalMapping, "(II.3)", "31/12/2027"]
        let pieces = Self.hostileCells + ["\u{301}a", "a \u{301}b", "🙂 x", "e\u{301}\u{302}", "\u{200B}"] + ordinary + ordinary + ordinary
        var laidOut = 0
        for _ in 0..<5_000 {
            let text = (0..<(1 + Int(generator.next() % 8))).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
                .joined(separator: generator.next() % 5 == 0 ? "  " : " ")
            let width = Int(generator.next() % 30)
            guard let lines = TextWriter.wrappedInOnePass(text, width: width) else { continue }
            laidOut += 1
            let reference = TextWriter.wrap(text, width: width)
            #expect(lines.map(\.0) == reference, "\(text.unicodeScalars.map { String($0.value, radix: 16) }) width \(width)")
            #expect(lines.map(\.1) == reference.map(TextWriter.displayWidth))
        }
        #expect(laidOut > 1_000, "most texts are laid out in one pass")
    }

    @Test("A cell that fits is its own line, measured once; others are wrapped", arguments: [
        ("Sở Y tế", 10, [("Sở Y tế", 7)]),
        ("Sở Y tế", 4, [("Sở Y", 4), ("tế", 2)]),
        ("Sở  Y tế", 10, [("Sở Y tế", 7)]),
        (" Sở Y tế", 10, [("Sở Y tế", 7)]),
        ("", 10, [("", 0)]),
    ])
    func measuredLines(text: String, width: Int, expected: [(String, Int)]) {
        let lines = TextWriter.measuredLines(text, width: width)
        #expect(lines.map(\.0) == expected.map(\.0))
        #expect(lines.map(\.1) == expected.map(\.1))
    }
}

@Suite("Searching bytes")
struct ByteSearchTests {
    @Test("containsBytes(of:) answers as a search of the bytes does", arguments: [
        ("bảo vệ trẻ em", "trẻ em", true), ("bảo vệ trẻ em", "tre em", false), ("bảo vệ trẻ em", "", true),
        ("", "a", false), ("ab", "abc", false), ("aab", "ab", true), ("giáo dục nghề nghiệp", "nghề nghiệp", true),
        ("giáo dục nghề nghiệp", "nghiệp x", false), ("abc", "c", true),
    ])
    func containsBytes(text: String, key: String, expected: Bool) {
        #expect(text.containsBytes(of: key) == expected)
        #expect(text.containsBytes(of: key) == (key.isEmpty || text.utf8.firstRange(of: key.utf8) != nil))
    }
}

import Foundation
import Testing

@testable import ChildPlanKit

@Suite("CSV reader")
struct CSVParserTests {
    func rows(_ text: String, delimiter: UInt8? = nil) throws -> [[String]] {
        try CSVTable.rows(utf8: Array(text.utf8), delimiter: delimiter)
    }

    @Test("RFC 4180 cases", arguments: [
        ("a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ("a,b\n1,2", [["a", "b"], ["1", "2"]]),  // no final line break
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),  // CRLF
        ("a,b\r1,2\r", [["a", "b"], ["1", "2"]]),  // lone CR (old Mac Excel)
        ("a,\"b,c\"\n", [["a", "b,c"]]),  // quoted delimiter
        ("a,\"say \"\"hi\"\"\"\n", [["a", "say \"hi\""]]),  // doubled quotes
        ("a,\"line 1\nline 2\"\nx,y\n", [["a", "line 1\nline 2"], ["x", "y"]]),  // quoted line break
        ("a,\"line 1\r\nline 2\"\r\nx,y\r\n", [["a", "line 1\r\nline 2"], ["x", "y"]]),
        ("a,,c\n", [["a", "", "c"]]),  // empty field
        ("a,b,\n", [["a", "b", ""]]),  // trailing empty field
        ("\"\",\"\"\n", [["", ""]]),  // empty quoted fields
        ("a\n\nb\n", [["a"], [""], ["b"]]),  // blank line is a record with one empty field
        ("a,b\"c\n", [["a", "b\"c"]]),  // quote inside an unquoted field is text
        ("\"ab\"c,d\n", [["abc", "d"]]),  // text after a closing quote is kept
        ("\"a\"\"b\nc\"x,\"\"\"\"\n\"e\"\n", [["a\"b\ncx", "\""], ["e"]]),  // both at once, and a field that is one quote
        ("a;\"b\";c\n", [["a;\"b\";c"]]),  // a quote that does not open the field
    ])
    func rfc4180(text: String, expected: [[String]]) throws {
        #expect(try rows(text, delimiter: 0x2C) == expected)
    }

    @Test("Detects the delimiter", arguments: [
        ("a,b,c\n1,2,3\n", UInt8(ascii: ",")),
        ("a;b;c\n1;2;3\n", UInt8(ascii: ";")),
        ("a\tb\tc\n1\t2\t3\n", UInt8(ascii: "\t")),
        // Commas inside Vietnamese names do not fool it: the cells are quoted in a ';' file
        ("STT;Nhiệm vụ;Cơ quan chủ trì\n1;\"Rà soát, góp ý\";\"Sở Văn hóa, Thể thao và Du lịch\"\n", UInt8(ascii: ";")),
        // ';' inside quoted partner cells of a ',' file
        ("no,task,lead,partners\n1,x,Sở Y tế,\"Sở A; Sở B; Sở C\"\n", UInt8(ascii: ",")),
        // a title line above the table
        ("Phụ lục kế hoạch\nSTT;Nhiệm vụ;Cơ quan chủ trì\n1;a;b\n", UInt8(ascii: ";")),
        // lone CR and CRLF line ends, a quoted line break
        ("a;b;c\r1;2;3\r4;5;6", UInt8(ascii: ";")),
        ("a\tb\r\n\"1,\r\n2\"\t3\r\n", UInt8(ascii: "\t")),
    ])
    func detectsDelimiter(text: String, expected: UInt8) {
        #expect(CSVParser.detectDelimiter(in: Array(text.utf8)) == expected)
    }

    @Test("finds the first byte that can split a record as a byte-by-byte search does")
    func delimiterScanAgreesWithASearch() {
        var generator = SeededGenerator(seed: 65)
        let scanned = Set(Array("\t\n\r\",;".utf8))
        let alphabet = Array("a \t\n\r\",;<\u{01}\u{0B}ư".utf8) + [0x2C | 0x80, 0x3B | 0x80, 0x89]
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let end = Int.random(in: 0...bytes.count, using: &generator)
            let start = Int.random(in: 0...end, using: &generator)
            let expected = bytes[start..<end].firstIndex(where: scanned.contains) ?? end
            let found = bytes.withUnsafeBufferPointer { CSVParser.firstDelimiterScanByte(in: $0, from: start, to: end) }
            #expect(found == expected, "\(bytes) from \(start) to \(end)")
        }
    }

    @Test("finds the first of three bytes as a byte-by-byte search does")
    func firstOfAgreesWithASearch() {
        var generator = SeededGenerator(seed: 4180)
        let alphabet = Array("a,;\"\r\n\u{01}ư".utf8)
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let start = Int.random(in: 0...bytes.count, using: &generator)
            let expected = bytes[start...].firstIndex { $0 == 0x2C || $0 == 0x0D || $0 == 0x0A } ?? bytes.count
            let found = bytes.withUnsafeBufferPointer { CSVParser.firstOf(0x2C, 0x0D, 0x0A, in: $0, from: start) }
            #expect(found == expected, "\(bytes) from \(start)")
        }
    }

    @Test("reads back what an RFC 4180 writer wrote, for fields of every length and kind")
    func readsBackRandomTables() throws {
        var generator = SeededGenerator(seed: 2025)
        let pieces = ["a", "Sở Y tế", ",", ";", "\"", "\"\"", "\n", "\r\n", " ", "0123456789", "ư"]
        for _ in 0..<300 {
            let delimiter = [",", ";", "\t"].randomElement(using: &generator)!
            let width = Int.random(in: 1...5, using: &generator)
            let table = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                (0..<width).map { _ in
                    (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                }
            }
            let lineEnd = Bool.random(using: &generator) ? "\r\n" : "\n"
            let text = table.map { row in
                row.map { field in
                    field.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r\n" || String($0) == delimiter })
                        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                }.joined(separator: delimiter)
            }.joined(separator: lineEnd) + lineEnd
            var parser = CSVParser(utf8: Array(text.utf8), delimiter: UInt8(ascii: delimiter.unicodeScalars.first!))
            var read: [[String]] = []
            while try parser.nextRecord() { read.append((0..<parser.record.count).map { field in parser.record.withBytes(field) { String(decoding: $0, as: UTF8.self) } }) }
            #expect(read == table, "\(text.debugDescription)")
        }
    }

    @Test func headersFoundAgainByTheirBytesKeepTheirOwnLine() throws {
        let cache = ReadingCache()
        let header = "Kế hoạch,Nhiệm vụ,Kỳ báo cáo,Tình trạng,Ngày báo cáo\n"
        let files = ["Báo cáo của Sở Y tế\n" + header, header + "p,I.1,2026-H1,completed,2026-06-01\n", "Báo cáo của Sở Y tế\n\n" + header]
        for (file, line) in zip(files, [2, 1, 3]) {
            let bytes = Array(file.utf8)
            let (_, cached) = try CSVSource.table(for: bytes, file: "u.csv", kind: nil, cache: cache).get()
            let (_, fresh) = try CSVSource.table(for: bytes, file: "u.csv", kind: nil).get()
            #expect(cached.line == line && fresh.line == line)
            #expect(cached.kind == .updates && cached.columns == fresh.columns && cached.titles == fresh.titles)
        }
        // The same row asked for as an appendix header is not one: the kind asked for is part of the key.
        #expect(throws: Diagnostic.self) { try CSVSource.table(for: Array(header.utf8), file: "u.csv", kind: .appendix, cache: cache).get() }
    }

    @Test func columnRoleOrdinalsAreTheirPlacesAmongAllCases() {
        for (place, role) in ColumnRole.allCases.enumerated() { #expect(role.ordinal == place, "\(role)") }
    }

    @Test func honoursExcelSeparatorLine() throws {
        var parser = CSVParser(utf8: Array("sep=;\na;b\n1;2\n".utf8))
        #expect(parser.delimiter == UInt8(ascii: ";"))
        #expect(try parser.nextRecord())
        #expect(parser.record.strings == ["a", "b"])
        #expect(parser.record.line == 2)
    }

    @Test func unterminatedQuoteNamesTheOpeningQuote() {
        var parser = CSVParser(utf8: Array("a,b\n1,\"never closed\n2,3\n".utf8), delimiter: 0x2C)
        #expect(throws: CSVParser.SyntaxError(problem: .unterminatedQuote, line: 2, column: 3)) {
            while try parser.nextRecord() {}
        }
    }

    @Test func positionsCountCharactersAndQuotedLineBreaks() throws {
        var parser = CSVParser(utf8: Array("Sở,\"a\nb\",c\nđ,e\n".utf8), delimiter: 0x2C)
        #expect(try parser.nextRecord())
        #expect(parser.record.position(ofField: 0) == (1, 1))
        #expect(parser.record.position(ofField: 1) == (1, 4))  // "Sở," is three characters
        #expect(parser.record.position(ofField: 2) == (2, 4))  // after the quoted line break
        #expect(try parser.nextRecord())
        #expect(parser.record.line == 3)
        #expect(parser.record.position(ofField: 1) == (3, 3))
    }

    @Test func columnsCountLettersNotCombiningMarks() throws {
        let nfd = "Sở Y tế".decomposedStringWithCanonicalMapping
        var parser = CSVParser(utf8: Array("\(nfd),x\n".utf8), delimiter: 0x2C)
        #expect(try parser.nextRecord())
        #expect(parser.record.position(ofField: 1) == (1, 9))  // as in "Sở Y tế,x"
    }

    @Test func decomposedTextComesOutComposed() throws {
        let nfd = "Sở Y tế".decomposedStringWithCanonicalMapping
        let table = try rows("\(nfd),x\n")
        #expect(table[0][0].unicodeScalars.count == "Sở Y tế".unicodeScalars.count)
        #expect(Array(table[0][0].utf8) == Array("Sở Y tế".utf8))
    }

    @Test func trailingEmptyColumnsAreNotCounted() throws {
        var parser = CSVParser(utf8: Array("a,b,,,\n".utf8), delimiter: 0x2C)
        #expect(try parser.nextRecord())
        #expect(parser.record.count == 5)
        #expect(parser.record.trimmedCount == 2)
    }

    // MARK: csv-spectrum (DESIGN.md §13)

    static let spectrumCases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.csvSpectrum.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }()

    static let spectrumIsPresent = Testing.ConditionTrait.enabled(
        if: FileManager.default.fileExists(atPath: Repository.csvSpectrum.path),
        "csv-spectrum not found at ../shared/conformance/csv-spectrum beside the repository")

    @Test("csv-spectrum conformance", spectrumIsPresent, arguments: spectrumCases)
    func csvSpectrum(name: String) throws {
        let csv = try Repository.bytes(Repository.csvSpectrum.appendingPathComponent("\(name).csv").path)
        let json = try Data(contentsOf: Repository.csvSpectrum.appendingPathComponent("\(name).json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: String]])
        let table = try CSVTable.rows(utf8: csv, delimiter: 0x2C)
        let header = try #require(table.first)
        let records = table.dropFirst().map { row in
            Dictionary(uniqueKeysWithValues: zip(header, row).map { ($0, $1) })
        }
        #expect(records == expected)
    }

    @Test(spectrumIsPresent)
    func csvSpectrumHasAllElevenCases() {
        #expect(Self.spectrumCases.count == 11)
    }
}

@Suite("Source text decoding")
struct SourceTextTests {
    /// Where `firstInvalidUTF8` stops: the text before it is well-formed
    /// (the standard library agrees), and no scalar starts there.
    @Test("finds the first ill-formed byte, as the standard library's decoder sees it")
    func firstInvalidUTF8AgreesWithTheStandardLibrary() {
        var generator = SeededGenerator(seed: 27)
        let pieces: [[UInt8]] = [
            Array("Nhiệm vụ ".utf8), Array("abcdefgh".utf8), Array("Ư".utf8), Array("😀".utf8), Array("a\u{0301}".utf8),
            [0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE1, 0xBA],
            [0xC3], [0xFF], [0xF0, 0x9F, 0x98], [0xEF, 0xBB, 0xBF], [0xC2, 0xA0],
            // The edges of the four-byte checks: the lowest and highest of each length, and near misses.
            [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xEF, 0xBF, 0xBF], [0xC1, 0xBF],
            [0xE1, 0x41, 0x80], [0xE1, 0x80, 0xC0], [0xC3, 0xC3], [0xF8, 0x80, 0x80, 0x80],
        ]
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let found = SourceText.firstInvalidUTF8(in: bytes)
            let whole = String(validating: bytes, as: UTF8.self)
            #expect((found == nil) == (whole != nil), "\(bytes)")
            if let found {
                #expect(String(validating: bytes[..<found], as: UTF8.self) != nil, "\(bytes)")
                for length in 1...4 where found + length <= bytes.count {
                    #expect(String(validating: bytes[found..<found + length], as: UTF8.self)?.unicodeScalars.count != 1, "\(bytes)")
                }
            }
        }
    }

    @Test func stripsUTF8ByteOrderMark() throws {
        let decoded = try SourceText.utf8(from: [0xEF, 0xBB, 0xBF] + Array("a,b".utf8)).get()
        #expect(decoded == Array("a,b".utf8))
    }

    @Test("Reads UTF-16 with a byte-order mark", arguments: [false, true])
    func readsUTF16(bigEndian: Bool) throws {
        let text = "STT\tNhiệm vụ\n1\tSở Y tế 😀\n"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        #expect(try SourceText.utf8(from: bytes).get() == Array(text.utf8))
    }

    /// "STT,Nhiệm vụ,Cơ quan chủ trì / I,Nhóm, / 1,Rà soát,Sở Tư pháp" as Excel on a Vietnamese
    /// Windows saves it with plain "CSV (Comma delimited)": Windows-1258, tones as combining bytes.
    static let windows1258: [UInt8] = [83, 84, 84, 44, 78, 104, 105, 234, 242, 109, 32, 118, 117, 242, 44, 67, 245, 32, 113, 117, 97, 110, 32, 99, 104, 117, 210, 32, 116, 114, 105, 204, 10, 73, 44, 78, 104, 243, 109, 44, 10, 49, 44, 82, 224, 32, 115, 111, 225, 116, 44, 83, 245, 210, 32, 84, 253, 32, 112, 104, 225, 112, 10]

    @Test func refusesWindows1258AndSaysWhereAndWhat() {
        guard case .failure(let failure) = SourceText.utf8(from: Self.windows1258) else {
            Issue.record("Windows-1258 bytes were accepted")
            return
        }
        #expect(failure.problem == .notUnicode(.windows1258))
        #expect((failure.line, failure.column) == (1, 8))  // the ê of "Nhiệm"
    }

    @Test func damagedUTF16SaysWhereInCharacters() {
        // "S", then a lone low surrogate
        guard case .failure(let failure) = SourceText.utf8(from: [0xFF, 0xFE, 0x53, 0x00, 0x00, 0xDC]) else {
            Issue.record("damaged UTF-16 was accepted")
            return
        }
        #expect(failure.problem == .invalidUTF16(bigEndian: false))
        #expect((failure.line, failure.column) == (1, 2))
    }

    @Test func findsTheFirstInvalidByte() {
        #expect(SourceText.firstInvalidUTF8(in: Array("abcdefghij".utf8)) == nil)
        #expect(SourceText.firstInvalidUTF8(in: Array("abcdefghijk".utf8) + [0xC3]) == 11)  // cut-off sequence
        #expect(SourceText.firstInvalidUTF8(in: [0x61, 0xC0, 0x80]) == 1)  // overlong
        #expect(SourceText.firstInvalidUTF8(in: [0xED, 0xA0, 0x80]) == 0)  // surrogate
        #expect(SourceText.firstInvalidUTF8(in: Array("Sở Y tế".utf8)) == nil)
    }
}

/// Issue 15, point 6: what a spreadsheet would change is guarded in CSV, and every cell reads back as it was written.
@Suite("CSV cells a spreadsheet would change")
struct SpreadsheetGuardTests {
    @Test(arguments: [
        ("1/1", true), ("3-4", true), ("05/06/2026", true), ("2026-11-22", true), ("007", true), ("12345678901234567", true),
        ("=SUM(A1)", true), ("- Tuyên truyền", true), ("+84 912", true), ("@x", true),
        ("12", false), ("0", false), ("2025-H1", false), ("I.1", false), ("1/2/3/4", false), ("trước ngày 05/12/2026", false), ("16,0%", false),
        ("dòng 1\ndòng 2", false),
    ])
    func guardedOnlyWhereASpreadsheetWouldChangeIt(text: String, guarded: Bool) throws {
        let written = CSVWriter().record([text, String(repeating: "Trẻ em ", count: 300)])
        #expect(written.hasPrefix("'") == guarded || written.hasPrefix("\"'") == guarded, "\(written.prefix(20))")
        var parser = CSVParser(utf8: Array(written.utf8))
        #expect(try parser.nextRecord())
        #expect(parser.record.string(0) == text)
        #expect(parser.record.string(1) == String(repeating: "Trẻ em ", count: 300), "a long text is never cut")
        #expect(parser.record.string(1).count == 2100)
    }

    /// The updates log guards only formulas: its dates stay dates.
    @Test func theLogKeepsItsDatesAsDates() {
        #expect(CSVWriter(guardsDaysAndNumbers: false).record(["05/06/2026", "- x"]) == "05/06/2026,'- x\n")
    }
}

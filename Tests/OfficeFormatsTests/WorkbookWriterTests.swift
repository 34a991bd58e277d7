import Foundation
import Testing

@testable import OfficeFormats

@Suite struct WorkbookWriterTests {
    /// Hostile texts come back as written, less what XML 1.0 cannot hold; a formula-like text stays text.
    @Test func textsComeBackAsWrittenAndNeverAsFormulas() throws {
        let texts = ["=1+1", "<b>&amp;</b> \"quoted\" 'single'", "dòng 1\ndòng 2\r\ndòng 3", "nul\u{0}bell\u{7}end\u{FFFE}", "- Tuyên truyền", "\t@cmd"]
        var sheet = WorkbookWriter.Sheet(name: "Phụ lục", rows: texts.map { [WorkbookWriter.Cell(.text($0), .wrapped)] })
        sheet.rows.append([WorkbookWriter.Cell(.number(3)), WorkbookWriter.Cell(.number(0.25), .percent), WorkbookWriter.Cell(.day(20244), .day)])
        let bytes = WorkbookWriter(sheets: [sheet]).finished()
        let workbook = try Workbook(bytes: bytes)
        let table = try workbook.table(of: workbook.sheets[0])
        #expect(table.rows.prefix(texts.count).map { $0.texts.first } == [
            "=1+1", "<b>&amp;</b> \"quoted\" 'single'", "dòng 1\ndòng 2\r\ndòng 3", "nulbellend", "- Tuyên truyền", "\t@cmd",
        ])
        let numbers = try #require(table.rows.last)
        #expect(numbers.texts.prefix(2) == ["3", "0.25"])
        #expect(numbers.cells.last?.day == 20244)
        let sheetXML = String(decoding: try #require(try ZipArchive(bytes: bytes).contents(ofEntryNamed: "xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(!sheetXML.contains("<f>"), "no formula is ever written")
    }

    @Test func theSameSheetsGiveTheSameBytes() {
        let sheet = WorkbookWriter.Sheet(name: "A", rows: [[WorkbookWriter.Cell(.text("Sở Y tế"))]])
        #expect(WorkbookWriter(sheets: [sheet]).finished() == WorkbookWriter(sheets: [sheet]).finished())
    }

    @Test(arguments: [
        ("Phụ lục", [], "Phụ lục"), ("Tình trạng theo nhóm nhiệm vụ của kế hoạch", [], "Tình trạng theo nhóm nhiệm vụ"), ("Tìnhtrạngtheonhómnhiệmvụcủakếhoạch", [], "Tìnhtrạngtheonhómnhiệmvụcủakếho"),
        ("a/b:c[d]*?\\", [], "a-b-c-d----"), ("'", [], "Sheet"), ("Phụ lục", ["phụ lục"], "Phụ lục (2)"),
    ] as [(String, Set<String>, String)])
    func sheetNamesExcelAccepts(wanted: String, taken: Set<String>, name: String) {
        #expect(WorkbookWriter.sheetName(wanted, taken: taken) == name)
        #expect(WorkbookWriter.sheetName(wanted, taken: taken).count <= 31)
    }

    @Test func validationProtectionAndFrozenHeaderAreWritten() throws {
        var sheet = WorkbookWriter.Sheet(name: "Mẫu", rows: [
            [WorkbookWriter.Cell(.text("Nhiệm vụ"), .header), WorkbookWriter.Cell(.text("Tình trạng"), .header), WorkbookWriter.Cell(.text("Ngày"), .header)],
            [WorkbookWriter.Cell(.text("I.1"), .wrapped), WorkbookWriter.Cell(.empty, .answer), WorkbookWriter.Cell(.empty, .answerDay)],
        ])
        sheet.frozenRows = 1
        sheet.filterRow = 1
        sheet.isProtected = true
        sheet.validations = [
            .init(column: 2, firstRow: 2, lastRow: 2, rule: .list(["Hoàn thành", "Đang triển khai"]), error: "Chọn một"),
            .init(column: 3, firstRow: 2, lastRow: 2, rule: .day, error: "Ghi ngày"),
        ]
        let bytes = WorkbookWriter(sheets: [sheet]).finished()
        let archive = try ZipArchive(bytes: bytes)
        let xml = String(decoding: try #require(try archive.contents(ofEntryNamed: "xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<autoFilter ref="A1:C2"/>"#))
        #expect(xml.contains(#"<sheetProtection sheet="1""#) && !xml.contains("password"))
        #expect(xml.contains(#"<dataValidation type="list" allowBlank="1" showDropDown="0" showErrorMessage="1" errorTitle="childplan" error="Chọn một" sqref="B2:B2"><formula1>&quot;Hoàn thành,Đang triển khai&quot;</formula1></dataValidation>"#))
        #expect(xml.contains(#"<dataValidation type="date" operator="between""#) && xml.contains(#"sqref="C2:C2""#))
        #expect(xml.contains(#"<c r="A2" s="2" t="inlineStr">"#) && xml.contains(#"<c r="B2" s="3"/>"#) && xml.contains(#"<c r="C2" s="4"/>"#))
        let styles = String(decoding: try #require(try archive.contents(ofEntryNamed: "xl/styles.xml")), as: UTF8.self)
        // Styles 3 and 4 (answers) are the only unlocked ones; 4 and 6 show dd/mm/yyyy.
        #expect(styles.components(separatedBy: #"<protection locked="0"/>"#).count - 1 == 2)
        #expect(styles.contains(#"<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>"#))
        // Our reader takes its own date style for a date.
        let workbook = try Workbook(bytes: WorkbookWriter(sheets: [WorkbookWriter.Sheet(name: "D", rows: [[WorkbookWriter.Cell(.day(1), .answerDay)]])]).finished())
        #expect(try workbook.table(of: workbook.sheets[0]).rows.first?.cells.first?.day == 1)
    }
}

/// The XML escaper against a reference that goes scalar by scalar, on texts made of the characters that matter.
@Suite("XML escaping")
struct XMLEscapingTests {
    static let pieces = ["a", "ệ", "&", "<", ">", "\"", "'", "\t", "\r", "\u{1}", "\u{B}", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}", "ï", "\u{E000}", " ", "\n", "😀", "Ỹ"]

    /// Each scalar escaped, or dropped when XML 1.0 forbids it; a line feed written as `lineBreak`.
    static func reference(_ text: String, lineBreak: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += lineBreak
            case "\t": result.unicodeScalars.append(scalar)
            case "\r": result += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test func theEscaperAgreesWithTheScalarByScalarReference() {
        var random = TestRandom(state: 15)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            var bytes: [UInt8] = []
            XMLText.appendEscaped(text, lineBreak: Array("<br/>".utf8), to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == Self.reference(text, lineBreak: "<br/>"), "\(text.unicodeScalars.map(\.value))")
            #expect(XMLText.escaped(text) == Self.reference(text, lineBreak: "\n"), "\(text.unicodeScalars.map(\.value))")
        }
    }
}

import Foundation
import Testing

@testable import OfficeFormats

/// Small Word and Excel files made by hand, one feature each.
enum HandMade {
    static let wordNamespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    static func docx(body: String) -> [UInt8] {
        var writer = ZipWriter()
        writer.add("[Content_Types].xml", Array("<Types/>".utf8))
        writer.add("_rels/.rels", Array(#"""
            <Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """#.utf8))
        writer.add("word/document.xml", Array("<w:document \(wordNamespace)><w:body>\(body)</w:body></w:document>".utf8))
        return writer.finished()
    }

    static func xlsx(sheets: [(name: String, xml: String)], shared: [String] = [], styles: String? = nil, date1904: Bool = false) -> [UInt8] {
        var writer = ZipWriter()
        writer.add("_rels/.rels", Array(#"""
            <Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """#.utf8))
        let sheetList = sheets.indices.map { #"<sheet name="\#(sheets[$0].name)" sheetId="\#($0 + 1)" r:id="rIdS\#($0)"/>"# }.joined()
        writer.add("xl/workbook.xml", Array(#"<workbook xmlns:r="r"><workbookPr date1904="\#(date1904 ? 1 : 0)"/><sheets>\#(sheetList)</sheets></workbook>"#.utf8))
        var relationships = sheets.indices.map {
            #"<Relationship Id="rIdS\#($0)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }
        relationships.append(#"<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>"#)
        relationships.append(#"<Relationship Id="rIdST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#)
        writer.add("xl/_rels/workbook.xml.rels", Array("<Relationships>\(relationships.joined())</Relationships>".utf8))
        for (index, sheet) in sheets.enumerated() {
            writer.add("xl/worksheets/sheet\(index + 1).xml", Array("<worksheet><sheetData>\(sheet.xml)</sheetData></worksheet>".utf8))
        }
        writer.add("xl/sharedStrings.xml", Array("<sst>\(shared.joined())</sst>".utf8))
        writer.add("xl/styles.xml", Array((styles ?? #"<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#).utf8))
        return writer.finished()
    }

    static func cell(_ text: String, _ properties: String = "") -> String {
        "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
    }
}

@Suite struct WordDocumentTests {
    func paragraphs(_ body: String) throws -> [String] {
        try WordDocument(bytes: HandMade.docx(body: body)).blocks.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
    }

    @Test func textIsWhatWordShows() throws {
        let body = """
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>\
            <w:r><w:t>Sở</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">Y tế </w:t><w:br/><w:t>dòng 2</w:t></w:r>\
            <w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:noBreakHyphen/></w:r></w:p>\
            <w:p><w:ins w:id="1"><w:r><w:t>thêm</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>bỏ</w:delText></w:r></w:del></w:p>\
            <w:p><w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t>trong ô nhập</w:t></w:r></w:sdtContent></w:sdt></w:p>\
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>/9</w:t></w:r></w:fldSimple></w:p>\
            <w:p><w:r><w:br w:type="page"/><w:t>sau</w:t></w:r></w:p>
            """
        #expect(try paragraphs(body) == ["Sở\tY tế \ndòng 2\u{B7}-", "thêm", "trong ô nhập", "3/9", "sau"])
    }

    @Test func tablesBecomeGrids() throws {
        let body = """
            <w:p><w:r><w:t>PHỤ LỤC</w:t></w:r></w:p>\
            <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>\
            <w:tr><w:trPr><w:tblHeader/></w:trPr>\(HandMade.cell("STT"))\(HandMade.cell("Nhiệm vụ"))\(HandMade.cell("Chủ trì"))</w:tr>\
            <w:tr>\(HandMade.cell("I. Nhóm một", "<w:gridSpan w:val=\"3\"/>"))</w:tr>\
            <w:tr>\(HandMade.cell("1"))\(HandMade.cell("Việc một"))\(HandMade.cell("Sở Y tế", "<w:vMerge w:val=\"restart\"/>"))</w:tr>\
            <w:tr>\(HandMade.cell("2"))\(HandMade.cell("Việc hai"))<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>\
            <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>\(HandMade.cell("Việc ba"))\(HandMade.cell("Sở Tư pháp"))</w:tr>\
            <w:tr>\(HandMade.cell(""))<w:tc><w:p><w:r><w:t>ngoài</w:t></w:r></w:p><w:tbl><w:tr>\(HandMade.cell("a"))\(HandMade.cell("b"))</w:tr></w:tbl></w:tc>\(HandMade.cell("x"))</w:tr>\
            </w:tbl>
            """
        let document = try WordDocument(bytes: HandMade.docx(body: body))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first?.table)
        #expect(table.columnCount == 3)
        #expect(table.rows.map(\.texts) == [
            ["STT", "Nhiệm vụ", "Chủ trì"], ["I. Nhóm một"], ["1", "Việc một", "Sở Y tế"], ["2", "Việc hai", "Sở Y tế"],
            ["", "Việc ba", "Sở Tư pháp"], ["", "ngoài\na b", "x"],
        ])
        #expect(table.rows[0].isRepeatedHeader)
        #expect(table.rows[1].spanningCell?.span == 3)
        #expect(table.rows[2].spanningCell == nil)
    }

    @Test func aDocumentWithoutItsPartIsRefused() throws {
        var writer = ZipWriter()
        writer.add("word/other.xml", [])
        #expect(throws: OfficeProblem.missingPart("word/document.xml")) { try WordDocument(bytes: writer.finished()) }
    }
}

@Suite struct WorkbookTests {
    @Test func cellsAreWhatExcelShows() throws {
        let styles = #"<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;Ngày&quot; 0"/></numFmts>"#
            + #"<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>"#
        let shared = ["<si><t>Sở Y tế</t></si>", "<si><r><rPr><b/></rPr><t>Sở </t></r><r><t>Tư pháp</t></r><rPh><t>ふりがな</t></rPh></si>"]
        let rows = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>trong ô</t></is></c></row>\
            <row r="3"><c r="A3"><v>1</v></c><c r="B3"><v>2.5</v></c><c r="C3"><v>0.30000000000000004</v></c><c r="D3" t="b"><v>1</v></c>\
            <c r="E3" t="str"><f>A1&amp;"x"</f><v>Sở Y tếx</v></c><c r="F3" t="e"><v>#N/A</v></c><c r="G3" s="3"><v>7</v></c></row>\
            <row r="4"><c r="A4" s="1"><v>45813</v></c><c r="B4" s="2"><v>45813.75</v></c><c r="C4" s="1"><v>60</v></c><c r="D4" s="1"><v>61</v></c>\
            <c r="E4" s="1"><v>59</v></c><c r="F4" s="1"><v>1</v></c></row>\
            <row r="5"><c r="A5"/><c r="B5" t="s"><v>0</v></c></row>\
            <row r="9"/><row r="1048576"/>
            """
        let workbook = try Workbook(bytes: HandMade.xlsx(sheets: [("Phụ lục", rows)], shared: shared, styles: styles))
        #expect(workbook.sheets.map(\.name) == ["Phụ lục"])
        let table = try workbook.table(of: workbook.sheets[0])
        #expect(table.rows.map(\.number) == [1, 3, 4, 5])
        #expect(table.rows.map(\.texts) == [
            ["Sở Y tế", "Sở Tư pháp", "trong ô"],
            ["1", "2.5", "0.3", "TRUE", "Sở Y tếx", "#N/A", "7"],
            ["", "", "", "", "", ""],
            ["", "Sở Y tế"],
        ])
        // 2025-06-05 (with a time of day), then serial 60 (Excel's 29 February 1900) and 61 both 1900-03-01,
        // 59 1900-02-28, 1 1900-01-01: as days from 1970-01-01.
        #expect(table.rows[2].cells.map(\.day) == [20244, 20244, -25508, -25508, -25509, -25567])
    }

    @Test func the1904DateSystem() throws {
        let rows = #"<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>44351</v></c></row>"#
        let workbook = try Workbook(bytes: HandMade.xlsx(sheets: [("S", rows)], date1904: true))
        #expect(try workbook.table(of: workbook.sheets[0]).rows[0].cells.map(\.day) == [-24107, 20244])
    }

    @Test func mergedRangesCoverTheirRows() throws {
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>I. Nhóm</t></is></c><c r="B1" t="inlineStr"><is><t>bị che</t></is></c></row>\
            <row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Sở Y tế</t></is></c></row>\
            <row r="3"><c r="A3"><v>2</v></c></row><row r="4"><c r="A4"><v>3</v></c><c r="B4" t="inlineStr"><is><t>Sở Tư pháp</t></is></c></row>\
            </sheetData><mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B2:B3"/></mergeCells><sheetData>
            """
        let workbook = try Workbook(bytes: HandMade.xlsx(sheets: [("S", rows)]))
        let table = try workbook.table(of: workbook.sheets[0])
        #expect(table.rows.map(\.texts) == [["I. Nhóm"], ["1", "Sở Y tế"], ["2", "Sở Y tế"], ["3", "Sở Tư pháp"]])
        #expect(table.rows[0].spanningCell?.span == 3)
    }

    @Test func cellsThatPointNowhereAreRefused() throws {
        let rows = #"<row r="1"><c r="A1" t="s"><v>5</v></c></row>"#
        let workbook = try Workbook(bytes: HandMade.xlsx(sheets: [("S", rows)]))
        #expect(throws: OfficeProblem.missingSharedString(cell: "A1", index: 5)) { try workbook.table(of: workbook.sheets[0]) }
        let outside = try Workbook(bytes: HandMade.xlsx(sheets: [("S", #"<row r="1"><c r="XFE1"><v>1</v></c></row>"#)]))
        #expect(throws: OfficeProblem.cellOutOfRange("XFE1")) { try outside.table(of: outside.sheets[0]) }
    }

    @Test(arguments: [("dd/mm/yyyy", true), ("[$-42A]d mmmm yyyy", true), ("0.00", false), ("\"Ngày\" 0", false), ("[Red]0", false), ("General", false), ("yyyy\\-mm", true)])
    func dateFormats(code: String, isDate: Bool) {
        #expect(Workbook.isDateFormat(code) == isDate)
    }

    @Test func cellReferences() {
        #expect(Workbook.cellReference("C12")! == (3, 12))
        #expect(Workbook.cellReference("$AB$3")! == (28, 3))
        #expect(Workbook.cellReference("XFD1048576")! == (16384, 1_048_576))
        #expect(Workbook.cellReference("XFE1") == nil)
        #expect(Workbook.cellReference("A0") == nil)
        #expect(Workbook.columnName(28) == "AB")
    }
}

import Foundation
import OfficeFormats
import Testing

@testable import ChildPlanKit

/// Word and Excel small enough to write by hand, for the cases LibreOffice's files do not show.
enum OfficeFile {
    static func docx(body: String) -> [UInt8] {
        var writer = ZipWriter()
        writer.add("word/document.xml", Array(
            #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\#(body)</w:body></w:document>"#.utf8))
        return writer.finished()
    }

    static func row(_ cells: [String]) -> String {
        "<w:tr>" + cells.map { "<w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>"
    }

    static func table(_ rows: [[String]]) -> String { "<w:tbl>" + rows.map(row).joined() + "</w:tbl>" }

    /// A workbook of one sheet of inline strings, named `sheet`.
    static func xlsx(sheet: String, rows: [[String]]) -> [UInt8] {
        var writer = ZipWriter()
        writer.add("xl/workbook.xml", Array(#"<workbook><sheets><sheet name="\#(sheet)" r:id="rId1"/></sheets></workbook>"#.utf8))
        writer.add("xl/_rels/workbook.xml.rels", Array(
            #"<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8))
        let data = rows.enumerated().map { index, cells in
            "<row r=\"\(index + 1)\">" + cells.enumerated().map { column, text in
                text.isEmpty ? "" : #"<c r="\#(Workbook.columnName(column + 1))\#(index + 1)" t="inlineStr"><is><t>\#(text)</t></is></c>"#
            }.joined() + "</row>"
        }.joined()
        writer.add("xl/worksheets/sheet1.xml", Array("<worksheet><sheetData>\(data)</sheetData></worksheet>".utf8))
        return writer.finished()
    }

    static func write(_ bytes: [UInt8], named name: String, in folder: URL? = nil) throws -> String {
        let directory = try folder ?? Build.temporaryDirectory()
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static let header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
}

@Suite("Word and Excel input")
struct OfficeInputTests {
    static func fixture(_ name: String) -> String { Repository.fixture("office/" + name) }

    static func shippedKonTum() throws -> Plan {
        let (loaded, _) = PlanJSONCodec.read(utf8: try Repository.bytes(Repository.dataFile("kon-tum-2025.json")), file: "kon-tum-2025.json")
        return try #require(loaded?.plan)
    }

    static func imported(_ path: String) throws -> (LoadedPlan?, [Diagnostic], DocumentDetails?) {
        AppendixImporter.read(try Repository.bytes(path), file: path, planID: "kon-tum-2025", defaultTimeframe: nil, choice: .init())
    }

    /// LibreOffice's Word and Excel files of the Kon Tum appendix (group rows merged across, partner and
    /// timeframe cells merged down, the Word table split in two) read to exactly the shipped plan's tasks.
    @Test(arguments: ["kon-tum-2025.docx", "kon-tum-2025.xlsx"])
    func theKonTumAppendixReadsAsShipped(file: String) throws {
        let (loaded, diagnostics, _) = try Self.imported(Self.fixture(file))
        #expect(diagnostics.isEmpty)
        let plan = try #require(loaded?.plan)
        #expect(plan.tasks == (try Self.shippedKonTum().tasks))
    }

    @Test func theKonTumDocumentIsTwoTablesJoinedUnderItsHeaderBlock() throws {
        let document = try WordDocument(bytes: try Repository.bytes(Self.fixture("kon-tum-2025.docx")))
        #expect(document.tables.count == 3)
        #expect(document.tables[2].table.rows.first?.isRepeatedHeader == true)
        let (loaded, _, _) = try Self.imported(Self.fixture("kon-tum-2025.docx"))
        let locations = try #require(loaded?.taskLocations)
        #expect(locations["I.1"]?.row.part == .table(2))
        #expect(locations["VII.1"]?.row.part == .table(3))
    }

    @Test func theKonTumDocumentStatesItsDetails() throws {
        let details = try #require(try Self.imported(Self.fixture("kon-tum-2025.docx")).2)
        let shipped = try Self.shippedKonTum()
        #expect(details.issuer == "UBND tỉnh Kon Tum")
        #expect(details.title == shipped.title)
        #expect(details.document == "…/KH-UBND")
        #expect(details.implements == "27/QĐ-TTg")
        #expect(details.deadlines == ReportingDeadlines(wording: "trước ngày 10 tháng 6; trước ngày 05 tháng 12"))
        #expect(details.issued == nil, "the day is left blank in the document")
        #expect(details.dateLine == "Kon Tum, ngày tháng 02 năm 2025")
    }

    /// An option given wins over what the document states; what it does not give comes from the document.
    @Test func optionsWinOverTheDocument() throws {
        let output = try Build.temporaryDirectory().appendingPathComponent("kh.json").path
        let outcome = Build.run(["import", Self.fixture("kon-tum-2025.docx"), "--deadlines", "15/6; 30/11", "--issuer", "UBND tỉnh Quảng Ngãi",
                                 "-o", output])
        #expect(outcome.exitCode == .success, "\(outcome.stderr)")
        let (loaded, _) = PlanJSONCodec.read(utf8: try Repository.bytes(output), file: output)
        let plan = try #require(loaded?.plan)
        #expect(plan.reporting == ReportingDeadlines(wording: "15/6; 30/11"))
        #expect(plan.issuer == "UBND tỉnh Quảng Ngãi")
        #expect(plan.implements == "27/QĐ-TTg", "from the document")
        #expect(!outcome.stderr.contains("Reporting deadlines:"), "the document's deadlines are not said when the option gives them")
    }

    @Test(arguments: [
        (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "Số: 97/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Cần Thơ, ngày 26 tháng 4 năm 2025", "KẾ HOẠCH", "Thực hiện Quyết định số 27/QĐ-TTg của Thủ tướng Chính phủ"],
         "UBND thành phố Cần Thơ", "97/KH-UBND", "2025-04-26", "27/QĐ-TTg"),
        (["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1234/KH-SGDĐT", "Hải Phòng, ngày 5/3/2025", "KẾ HOẠCH",
          "Thực hiện Kế hoạch số 90/KH-UBND của UBND thành phố"],
         "Sở Giáo dục và Đào tạo thành phố Hải Phòng", "1234/KH-SGDĐT", "2025-03-05", "90/KH-UBND"),
    ])
    func detailsOfOtherHeaderBlocks(lines: [String], issuer: String, number: String, day: String, parent: String) {
        let details = DocumentDetails(lines: lines)
        #expect(details.issuer == issuer)
        #expect(details.document == number)
        #expect(details.issued == Build.day(day))
        #expect(details.implements == parent)
    }

    /// One lead cell merged over three tasks is the lead of each; a line break in a cell is kept.
    @Test(arguments: ["merged-leads.docx", "merged-leads.xlsx"])
    func aMergedLeadCellLeadsEachTaskItSpans(file: String) throws {
        let (loaded, diagnostics, _) = try Self.imported(Self.fixture(file))
        #expect(!diagnostics.contains { $0.severity == .error })
        let tasks = try #require(loaded?.plan.tasks)
        #expect(tasks.map(\.id) == ["I.1", "I.2", "I.3", "II.1"])
        #expect(tasks.map(\.lead) == ["Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã"])
        #expect(tasks.map(\.timeframe.text) == ["Năm 2026", "Năm 2026", "Quý II/2026", "Năm 2026"])
        #expect(tasks[1].text == "Tuyên truyền Luật Trẻ em\ntrên loa truyền thanh")
    }

    /// The sample returns, opened in Calc and saved as a workbook (dates now real dates), read as the CSV is.
    @Test func returnsFromExcelReadAsTheirCSV() throws {
        let csvPath = Repository.dataFile("kon-tum-2025.updates.SAMPLE-illustrative.csv")
        let csv = try #require(UpdatesReader.read(utf8: try Repository.bytes(csvPath), file: csvPath).0)
        let loaded = DataLoader().load(paths: [Self.fixture("kon-tum-2025.updates.SAMPLE-illustrative.xlsx")])
        #expect(loaded.diagnostics.isEmpty)
        let workbook = try #require(loaded.updates.first)
        #expect(workbook.updates == csv.updates)
        #expect(workbook.location(of: 0).description.hasSuffix("kon-tum-2025.updates.SAMPLE-illustrative.xlsx:kon-tum-2025.updates.SAMPLE-ill!A4"))
        #expect(loaded.illustrative.count == 1, "the file name marks it as sample data")
    }

    /// A data folder's Word plan and Excel return are read; Office's lock files are passed over.
    @Test func aDataFolderOfWordAndExcel() throws {
        let folder = try Build.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.fixture("kon-tum-2025.docx"), toPath: folder.appendingPathComponent("kon-tum-2025.docx").path)
        try FileManager.default.copyItem(atPath: Self.fixture("kon-tum-2025.updates.SAMPLE-illustrative.xlsx"),
                                         toPath: folder.appendingPathComponent("bao-cao.xlsx").path)
        try Data([0x01, 0x02]).write(to: folder.appendingPathComponent("~$kon-tum-2025.docx"))
        let loaded = DataLoader().load(paths: [folder.path])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.plans.map(\.plan.id) == ["kon-tum-2025"])
        #expect(loaded.plans.first?.plan.issuer == "UBND tỉnh Kon Tum", "the document's details come with the plan")
        #expect(loaded.updates.first?.updates.count == 48)
        let outcome = Build.run("report", "status", folder.path, "--as-of", "2026-07-01", "--format", "json")
        #expect(outcome.exitCode == .success)
        let reference = Build.run("report", "status", Repository.dataFile("kon-tum-2025.json"),
                                  Repository.dataFile("kon-tum-2025.updates.SAMPLE-illustrative.csv"), "--as-of", "2026-07-01", "--format", "json")
        func status(_ json: String) -> String {
            String(json[json.range(of: "\"status\"")!.lowerBound..<json.range(of: "\"files\"")!.lowerBound])
        }
        #expect(status(outcome.stdout) == status(reference.stdout))
    }

    /// Word's own numbering in the STT column (the cell's text is empty), a group numeral beside a title merged
    /// across the rest of the row, and decomposed (NFD) text: read as the CSV of the same table is.
    @Test func automaticNumberingMergedTitlesAndDecomposedText() throws {
        func numbered() -> String { #"<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr></w:p></w:tc>"# }
        func cell(_ text: String, span: Int = 1) -> String {
            let properties = span > 1 ? #"<w:tcPr><w:gridSpan w:val="\#(span)"/></w:tcPr>"# : ""
            return "<w:tc>\(properties)<w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
        }
        let nfd = "Rà soát văn bản về trẻ em".decomposedStringWithCanonicalMapping
        let body = "<w:tbl>" + OfficeFile.row(OfficeFile.header)
            + "<w:tr>" + cell("II") + cell("Truyền thông", span: 4) + "</w:tr>"
            + "<w:tr>" + numbered() + cell(nfd) + cell("Sở Y tế") + cell("") + cell("Năm 2026") + "</w:tr>"
            + "<w:tr>" + numbered() + cell("Tập huấn") + cell("Sở Tư pháp") + cell("") + cell("Năm 2026") + "</w:tr></w:tbl>"
        let path = try OfficeFile.write(OfficeFile.docx(body: body), named: "ke-hoach.docx")
        let (loaded, diagnostics, _) = AppendixImporter.read(try Repository.bytes(path), file: path, planID: "p", defaultTimeframe: nil)
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        let tasks = try #require(loaded?.plan.tasks)
        #expect(tasks.map(\.id) == ["II.1", "II.2"])
        #expect(tasks[0].text == "Rà soát văn bản về trẻ em".precomposedStringWithCanonicalMapping)
        #expect(tasks[0].text.unicodeScalars.count == "Rà soát văn bản về trẻ em".precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    /// The plan's Word document and the CSV typed from it, side by side: one plan, the document's details kept;
    /// a CSV that says otherwise is the same id twice (65).
    @Test func theDocumentAndTheCSVTypedFromItAreOnePlan() throws {
        let folder = try Build.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.fixture("kon-tum-2025.docx"), toPath: folder.appendingPathComponent("kon-tum-2025.docx").path)
        let csv = folder.appendingPathComponent("kon-tum-2025.csv")
        try FileManager.default.copyItem(atPath: Repository.dataFile("kon-tum-2025.csv"), toPath: csv.path)
        let assembled = DataSet.assemble(DataLoader().load(paths: [folder.path]))
        #expect(assembled.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(assembled.dataSet.plans.map(\.issuer) == ["UBND tỉnh Kon Tum"])

        let changed = try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: ",Sở Tư pháp,", with: ",Sở Y tế,")
        try Data(changed.utf8).write(to: csv)
        let differing = DataSet.assemble(DataLoader().load(paths: [folder.path]))
        #expect(differing.diagnostics.map(\.problem) == [.duplicatePlan(id: "kon-tum-2025", otherFile: csv.path)])
    }

    // MARK: Where a problem is

    @Test func aProblemInADocumentIsNamedByTableRowAndColumn() throws {
        let body = "<w:p/>" + OfficeFile.table([["x", "y"]]) + OfficeFile.table([OfficeFile.header, ["I", "Nhóm", "", "", ""], ["1", "Rà soát", "", "", "2026"]])
        let path = try OfficeFile.write(OfficeFile.docx(body: body), named: "ke-hoach.docx")
        let outcome = Build.runByDefault("import", path)
        #expect(outcome.exitCode == .dataError)
        #expect(outcome.stderr.hasPrefix("\(path): bảng 2, dòng 3, cột 3: lỗi: nhiệm vụ I.1 chưa có cơ quan chủ trì"))
        let english = Build.run("import", path)
        #expect(english.stderr.hasPrefix("\(path): table 2, row 3, column 3: error: "))
    }

    @Test func aProblemInAWorkbookIsNamedBySheetAndCell() throws {
        let rows = [["PHỤ LỤC"], OfficeFile.header, ["I", "Nhóm", "", "", ""], ["1", "Rà soát", "Sở Y tế", "", "2026"], ["X", "Sai", "Sở Y tế", "", "2026"]]
        let path = try OfficeFile.write(OfficeFile.xlsx(sheet: "Phụ lục", rows: rows), named: "phu-luc.xlsx")
        let outcome = Build.runByDefault("import", path)
        #expect(outcome.exitCode == .dataError)
        #expect(outcome.stderr.hasPrefix("\(path):Phụ lục!A5: lỗi: "), "\(outcome.stderr)")
    }

    // MARK: Choosing the table or sheet

    @Test func theTableOrSheetCanBeChosenAndIsListedWhenNoneMatches() throws {
        let appendix = [OfficeFile.header, ["I", "Nhóm", "", "", ""], ["1", "Rà soát", "Sở Y tế", "", "2026"]]
        let other = [["Tên", "Ghi chú"], ["a", "b"]]
        let document = try OfficeFile.write(OfficeFile.docx(body: OfficeFile.table(other) + OfficeFile.table(appendix)), named: "kh.docx")
        #expect(Build.run("import", document).exitCode == .success)
        #expect(Build.run("import", document, "--table", "2").exitCode == .success)
        let wrong = Build.runByDefault("import", document, "--table", "1")
        #expect(wrong.exitCode == .dataError)
        #expect(wrong.stderr.contains("không tìm thấy bảng phụ lục"))
        #expect(wrong.stderr.contains("1: Tên | Ghi chú"))
        #expect(wrong.stderr.contains("--table N"))
        let missing = Build.runByDefault("import", document, "--table", "5")
        #expect(missing.stderr.contains("văn bản không có bảng số 5: văn bản có 2 bảng"))
        #expect(Build.run("import", document, "--table", "0").exitCode == .usage)

        let none = try OfficeFile.write(OfficeFile.docx(body: OfficeFile.table(other)), named: "khac.docx")
        let notFound = Build.run("import", none)
        #expect(notFound.exitCode == .dataError)
        #expect(notFound.stderr.contains("the document's tables (number: first row): 1: Tên | Ghi chú"))

        var writer = ZipWriter()
        writer.add("xl/workbook.xml", Array(
            #"<workbook><sheets><sheet name="Ghi chú" r:id="a"/><sheet name="Phụ lục" r:id="b"/></sheets></workbook>"#.utf8))
        writer.add("xl/_rels/workbook.xml.rels", Array(
            #"<Relationships><Relationship Id="a" Target="s1.xml"/><Relationship Id="b" Target="s2.xml"/></Relationships>"#.utf8))
        writer.add("xl/s1.xml", Array(#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tên</t></is></c></row></sheetData></worksheet>"#.utf8))
        let second = OfficeFile.xlsx(sheet: "x", rows: appendix)
        writer.add("xl/s2.xml", try #require(try ZipArchive(bytes: second).contents(ofEntryNamed: "xl/worksheets/sheet1.xml")))
        let workbook = try OfficeFile.write(writer.finished(), named: "kh.xlsx")
        #expect(Build.run("import", workbook).exitCode == .success, "the first sheet with the header")
        #expect(Build.run("import", workbook, "--sheet", "phu luc").exitCode == .success)
        let noSheet = Build.runByDefault("import", workbook, "--sheet", "Tổng hợp")
        #expect(noSheet.stderr.contains("bảng tính không có trang tính 'Tổng hợp'; các trang tính: 'Ghi chú', 'Phụ lục'"))
        let notThere = Build.runByDefault("import", workbook, "--sheet", "Ghi chú")
        #expect(notThere.stderr.contains("các trang tính (tên: dòng đầu): Ghi chú: Tên"))
    }

    // MARK: What cannot be read, and the way out

    static let compoundDocument: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)

    @Test(arguments: [
        ("ke-hoach.doc", compoundDocument, "là tệp Word cũ (.doc, Word 97–2003), không đọc được: mở bằng Word và lưu lại dưới dạng .docx"),
        ("phu-luc.xls", compoundDocument, "là tệp Excel cũ (.xls, Excel 97–2003), không đọc được: mở bằng Excel và lưu lại dưới dạng .xlsx"),
        ("phu-luc.csv", compoundDocument, "là tệp Word cũ (.doc, Word 97–2003)"),
        ("bao-mat.docx", compoundDocument + "EncryptedPackage".utf8.flatMap { [$0, 0] }, "tệp đã được đặt mật khẩu nên không đọc được: mở bằng Word"),
        ("ke-hoach.pdf", Array("%PDF-1.7\n".utf8), "là tệp PDF, không đọc được bảng trong đó: mở bằng Word"),
        ("phu-luc.csv", Array("%PDF-1.4\n\u{B5}\u{B6}\u{B7}\u{B8}".utf8), "là tệp PDF"),
        ("ke-hoach.odt", Array("x".utf8), "là tệp OpenDocument (.odt, .ods), chưa đọc được: trong LibreOffice chọn File > Save As"),
        ("phu-luc.ods", Array("x".utf8), "là tệp OpenDocument"),
        ("nen.csv", { var writer = ZipWriter(); writer.add("a.txt", [1]); return writer.finished() }(), "là tệp nén (ZIP) nhưng không phải văn bản Word"),
        ("hong.docx", Array(OfficeFile.docx(body: "").prefix(40)), "tệp Word/Excel bị hỏng hoặc không trọn vẹn"),
        ("doctype.docx", { var writer = ZipWriter(); writer.add("word/document.xml", Array("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>".utf8)); return writer.finished() }(),
         "phần 'word/document.xml' có khai báo DOCTYPE"),
    ])
    func refusedWithTheWayOut(name: String, bytes: [UInt8], message: String) throws {
        let path = try OfficeFile.write(bytes, named: name)
        for command in [["import", path], ["validate", path]] {
            let outcome = Build.runByDefault(command)
            #expect(outcome.exitCode == .dataError, "\(command)")
            let text = outcome.stderr + outcome.stdout
            #expect(text.contains("\(path): lỗi: \(message)"), "\(text)")
            #expect(!text.contains("TCVN3"))
        }
    }

    /// A Word file of one part whose central directory entry `edit` changes (offsets from the entry's start).
    static func damagedDocument(_ edit: (inout [UInt8], Int) -> Void, name: String = "word/document.xml") -> [UInt8] {
        var writer = ZipWriter()
        writer.add(name, Array("<a/>".utf8))
        var bytes = writer.finished()
        edit(&bytes, bytes.count - 22 - 46 - name.utf8.count)
        return bytes
    }

    static func put(_ value: UInt32, _ width: Int, at offset: Int, in bytes: inout [UInt8]) {
        for index in 0..<width { bytes[offset + index] = UInt8((value >> UInt32(8 * index)) & 0xFF) }
    }

    /// Each limit of the container reaches the user as words, with exit 65, through `import` and `report`.
    @Test(arguments: [
        ("zip64", damagedDocument { bytes, entry in put(0xFFFF_FFFF, 4, at: entry + 24, in: &bytes) },
         "tệp dùng dạng nén ZIP64 dành cho tệp rất lớn, không đọc được"),
        ("encrypted", damagedDocument { bytes, entry in put(1 | 1 << 11, 2, at: entry + 8, in: &bytes) }, "tệp đã được mã hóa bằng mật khẩu"),
        ("bzip2", damagedDocument { bytes, entry in put(12, 2, at: entry + 10, in: &bytes) },
         "phần 'word/document.xml' nén theo cách 12 không được hỗ trợ (chỉ đọc 'stored' và 'deflate')"),
        ("huge", damagedDocument { bytes, entry in put(300 << 20, 4, at: entry + 24, in: &bytes) },
         "phần 'word/document.xml' lớn quá 256 MB khi giải nén"),
        ("crc", damagedDocument { bytes, entry in put(7, 4, at: entry + 16, in: &bytes) },
         "phần 'word/document.xml' của tệp bị hỏng (sai kích thước hoặc mã kiểm tra CRC-32)"),
        ("dotdot", damagedDocument({ _, _ in }, name: "word/../../document.xml"),
         "tệp chứa phần có tên bất thường 'word/../../document.xml' (đường dẫn tuyệt đối hoặc '..')"),
    ] as [(String, [UInt8], String)])
    func theContainersLimitsInWords(name: String, bytes: [UInt8], message: String) throws {
        let path = try OfficeFile.write(bytes, named: "\(name).docx")
        for command in [["import", path], ["report", path]] {
            let outcome = Build.runByDefault(command)
            #expect(outcome.exitCode == .dataError, "\(command)")
            #expect(outcome.stderr.contains("\(path): lỗi: \(message)"), "\(outcome.stderr)")
        }
    }

    /// The limits of point 1 reach the user as words, with exit 65.
    @Test func aZipBombIsRefusedInWords() throws {
        var writer = ZipWriter()
        writer.add("word/document.xml", Array("<a/>".utf8))
        var bytes = writer.finished()
        let central = bytes.count - 22 - 46 - "word/document.xml".utf8.count
        bytes[central + 10] = 8
        for (index, value) in [0x00, 0x00, 0x50, 0x00].enumerated() { bytes[central + 24 + index] = UInt8(value) }
        let path = try OfficeFile.write(bytes, named: "bom.docx")
        let outcome = Build.runByDefault("import", path)
        #expect(outcome.exitCode == .dataError)
        #expect(outcome.stderr.contains("phần 'word/document.xml' nở ra gấp 1310720 lần khi giải nén (quá 200 lần): tệp có dấu hiệu là 'bom nén', không đọc"))
    }
}

/// Issue 15, point 5: the return form as a workbook, filled in and dropped into the data folder, read back as that
/// agency's updates with no editing.
@Suite("Return forms in Excel")
struct ReturnFormWorkbookTests {
    static let agency = "Sở Y tế — tỉnh Quảng Ngãi"

    /// Fills every Chủ trì row of a form as an agency would in Excel: a status word chosen and a real date typed.
    static func filled(_ form: [UInt8], status: String, day: Int) throws -> [UInt8] {
        let archive = try ZipArchive(bytes: form)
        var writer = ZipWriter()
        for entry in archive.entries {
            var contents = try archive.contents(of: entry)
            if entry.name == "xl/worksheets/sheet1.xml" {
                var xml = String(decoding: contents, as: UTF8.self)
                var rows = xml.components(separatedBy: "<row ")
                for index in rows.indices where rows[index].contains(">Chủ trì<") {
                    let number = rows[index].prefix { $0 != " " && $0 != ">" }.dropFirst(3).prefix { $0 != "\"" }
                    rows[index] = rows[index]
                        .replacingOccurrences(of: #"<c r="I\#(number)" s="3"/>"#, with: #"<c r="I\#(number)" s="3" t="inlineStr"><is><t>\#(status)</t></is></c>"#)
                        .replacingOccurrences(of: #"<c r="J\#(number)" s="4"/>"#, with: #"<c r="J\#(number)" s="4"><v>\#(day + 25_569)</v></c>"#)
                }
                xml = rows.joined(separator: "<row ")
                contents = Array(xml.utf8)
            }
            writer.add(entry.name, contents)
        }
        return writer.finished()
    }

    @Test func aFilledFormMovesThatAgencysFiguresAndNoOneElses() throws {
        let folder = try Build.copyOfShippedData()
        let form = folder.appendingPathComponent("mau.xlsx").path
        let written = Build.runByDefault(["template", folder.path, "--agency", Self.agency, "--period", "2026", "--as-of", "2026-11-22", "-o", form])
        #expect(written.exitCode == .success, "\(written.stderr)")
        let blank = try Repository.bytes(form)
        #expect(String(decoding: try #require(try ZipArchive(bytes: blank).contents(ofEntryNamed: "xl/worksheets/sheet1.xml")), as: UTF8.self)
            .contains(#"<formula1>&quot;Hoàn thành,Đang triển khai,Chậm tiến độ,Chưa triển khai,Không thực hiện&quot;</formula1>"#))

        // Blank, the form is a return with nothing filled in: every row passed over.
        let before = Build.run(["report", "returns", folder.path, "--as-of", "2026-12-10", "--format", "json"])
        #expect(before.exitCode == .success, "\(before.stderr)")

        let day = Build.day("2026-11-30").daysSinceEpoch
        try Data(try Self.filled(blank, status: "Hoàn thành", day: day)).write(to: URL(fileURLWithPath: form))
        let loaded = DataLoader().load(paths: [form])
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        let updates = try #require(loaded.updates.first?.updates)
        #expect(updates.count == 7)
        #expect(updates.allSatisfy { $0.status == .completed && $0.date == Build.day("2026-11-30") && $0.agency == "Sở Y tế" })

        let after = Build.run(["report", "returns", folder.path, "--as-of", "2026-12-10", "--format", "json"])
        #expect(after.exitCode == .success, "\(after.stderr)")
        func annual(_ json: String) throws -> [String: (received: Int, expected: Int)] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let agencies = try #require((object["returns"] as? [String: Any])?["agencies"] as? [[String: Any]])
            var figures: [String: (Int, Int)] = [:]
            for row in agencies where row["period"] as? String == "2026" {
                let place = (row["jurisdiction"] as? [String: Any])?["name"] as? String ?? ""
                figures["\(row["agency"] as? String ?? "") — \(place)"] = (row["received"] as? Int ?? -1, row["expected"] as? Int ?? -1)
            }
            return figures
        }
        let (old, new) = (try annual(before.stdout), try annual(after.stdout))
        #expect(old.keys.sorted() == new.keys.sorted())
        for key in old.keys where key != Self.agency {
            #expect(old[key]?.received == new[key]?.received, "\(key)")
        }
        #expect(old[Self.agency]?.received == 0)
        // Every return it owes for 2026 is in (a task on request owes none: 7 rows filled, 6 owed).
        #expect(new[Self.agency]?.received == new[Self.agency]?.expected)
        #expect((new[Self.agency]?.received ?? 0) > 0)
    }
}

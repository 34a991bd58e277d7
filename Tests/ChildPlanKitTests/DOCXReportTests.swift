import Foundation
import OfficeFormats
import Testing

@testable import ChildPlanKit

/// Issue 15, point 1 (in part): `report --format docx`, a báo cáo in the layout of Decree 30/2020/NĐ-CP.
@Suite("Reports as Word documents")
struct DOCXReportTests {
    static let report = Report.summary(SummaryReport(Build.shippedData(), asOf: Build.day("2026-11-22")), .status)

    static func bytes(_ report: Report, language: Language = .vi) -> [UInt8] {
        var sink = ByteSink()
        OutputFormat.docx.write(report, options: RenderOptions(language: language), to: &sink)
        return sink.bytes
    }

    static func documentXML(_ bytes: [UInt8]) throws -> String {
        String(decoding: try #require(try ZipArchive(bytes: bytes).contents(ofEntryNamed: "word/document.xml")), as: UTF8.self)
    }

    @Test func goldenDocumentPart() throws {
        let bytes = Self.bytes(Self.report)
        try Snapshot.check(try Self.documentXML(bytes), named: "report-status-vi.docx.document.xml")
        #expect(Self.bytes(Self.report) == bytes, "the same report gives the same bytes")
    }

    /// A4, margins 20/20/30/20 mm, Times New Roman 14 pt, page numbers from page 2, the header block and motto.
    @Test func thePageAndTheHeaderBlockAreTheDecrees() throws {
        let bytes = Self.bytes(Self.report)
        let xml = try Self.documentXML(bytes)
        #expect(xml.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(xml.contains(#"<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701""#))
        #expect(xml.contains("<w:titlePg/>") && xml.contains(#"<w:headerReference w:type="default""#))
        let styles = String(decoding: try #require(try ZipArchive(bytes: bytes).contents(ofEntryNamed: "word/styles.xml")), as: UTF8.self)
        #expect(styles.contains(#"w:ascii="Times New Roman""#) && styles.contains(#"<w:sz w:val="28"/>"#))
        let header = String(decoding: try #require(try ZipArchive(bytes: bytes).contents(ofEntryNamed: "word/header1.xml")), as: UTF8.self)
        #expect(header.contains(" PAGE ") && header.contains(#"<w:jc w:val="center"/>"#))
        // Read back by our own Word reader: the motto, the number and date lines, BÁO CÁO, and the repeated header rows.
        let document = try WordDocument(bytes: bytes)
        let headerBlock = try #require(document.tables.first?.table)
        #expect(headerBlock.rows[0].texts.joined(separator: "\n").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"))
        #expect(headerBlock.rows[0].texts.first?.contains("Số: …/BC-…") == true)
        #expect(document.blocks.contains(.paragraph("BÁO CÁO")))
        // The report's tables, between the header block and the closing block (Nơi nhận, signature).
        let tables = document.tables.dropFirst().dropLast()
        #expect(!tables.isEmpty && tables.allSatisfy { $0.table.rows.first?.isRepeatedHeader == true })
        #expect(xml.contains("Nơi nhận:") && xml.contains("THỦ TRƯỞNG CƠ QUAN"))
    }

    /// A table too wide for a portrait page goes on landscape pages with the heading that leads into it and the note
    /// under it; the report around it stays portrait, and only the first page goes without a number.
    @Test func wideTablesGoOnLandscapePages() throws {
        var wide = ReportDocument.Table(name: "wide", title: "Rộng", columns: (1...12).map { "Không thực hiện \($0)" }, rightAligned: Set(1...11))
        wide.add(["Nhóm nhiệm vụ thứ nhất"] + (1...11).map(String.init))
        var narrow = ReportDocument.Table(name: "narrow", title: "Hẹp", columns: ["A", "B"])
        narrow.add(["1", "2"])
        let document = ReportDocument(title: "T", blocks: [
            .paragraph("Mở đầu."), .heading(level: 2, text: "I. Bảng rộng"), .paragraph("Dẫn."), .table(wide), .paragraph("Ghi chú."),
            .heading(level: 2, text: "II. Bảng hẹp"), .table(narrow),
        ])
        let xml = try Self.documentXML(DOCXReportWriter(language: .vi).write(document))
        let sections = xml.components(separatedBy: "<w:sectPr>").dropFirst().map { $0.components(separatedBy: "</w:sectPr>")[0] }
        #expect(sections.count == 3)
        #expect(sections.map { $0.contains(#"w:orient="landscape""#) } == [false, true, false])
        #expect(sections.map { $0.contains("<w:titlePg/>") } == [true, false, false])
        #expect(sections.allSatisfy { $0.contains(#"<w:headerReference w:type="default" r:id="rId3"/>"#) })
        // The first section ends after the opening; the landscape one holds the heading, the lead-in, the table and its note.
        let landscape = try #require(xml.range(of: #"w:orient="landscape""#))
        let firstBreak = try #require(xml.range(of: "<w:sectPr>"))
        #expect(xml[..<firstBreak.lowerBound].contains("Mở đầu.") && !xml[..<firstBreak.lowerBound].contains("I. Bảng rộng"))
        #expect(xml[firstBreak.upperBound..<landscape.lowerBound].contains("Ghi chú."))
        #expect(!xml[firstBreak.upperBound..<landscape.lowerBound].contains("II. Bảng hẹp"))
        // On a landscape page the table spans 247 mm: its columns add up to 14,003 twips.
        let grid = try #require(xml.components(separatedBy: "<w:tblGrid>").dropFirst(2).first?.components(separatedBy: "</w:tblGrid>").first)
        let widths = grid.components(separatedBy: #"w:w=""#).dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(widths.count == 12 && abs(widths.reduce(0, +) - 14003) <= 12)
    }

    /// The cells written by copying (`CellTemplate`) are exactly what the reference, `cell`, writes, for every look.
    @Test func cellsWrittenFromTemplatesAreTheReferences() {
        let writer = DOCXReportWriter(language: .vi)
        let texts = ["", "12", "Sở Y tế", "dòng 1\ndòng 2\n", "<b>&\"x\"\u{1}\r\t", "\n", "a\r\nb", "a\u{FFFE}b", "\u{E000}", "- Truyền thông\n+ x"]
        for bold in [false, true] {
            for right in [false, true] {
                let template = DOCXReportWriter.CellTemplate(writer, bold: bold, right: right)
                for text in texts {
                    var bytes: [UInt8] = []
                    template.append(text, to: &bytes)
                    #expect(String(decoding: bytes, as: UTF8.self) == writer.cell(text, bold: bold, right: right), "\(text.debugDescription)")
                }
            }
        }
    }

    /// A letter of reminder is a công văn: "V/v …" under its number, no "BÁO CÁO" title, each addressee's letter on
    /// a page of its own ending with its "Nơi nhận" and signature, and no landscape pages.
    @Test func aLetterOfReminderIsLaidOutAsALetter() throws {
        let data = Build.shippedData()
        let reminders = Report.reminders(ReturnsSummary(data, asOf: Build.day("2026-11-22"), periods: [ReportingPeriod(year: 2026, span: .firstHalf)]))
        let bytes = Self.bytes(reminders)
        let document = try WordDocument(bytes: bytes)
        let header = try #require(document.tables.first?.table.rows.first?.texts.first)
        #expect(header.hasSuffix("Số: …/…\nV/v đôn đốc gửi báo cáo kết quả thực hiện kế hoạch: 6 tháng đầu năm 2026"))
        #expect(!document.blocks.contains(.paragraph("BÁO CÁO")))
        let xml = try Self.documentXML(bytes)
        let addressees = xml.components(separatedBy: "Kính gửi: ").count - 1
        #expect(addressees >= 2)
        #expect(xml.components(separatedBy: "<w:pageBreakBefore/>").count - 1 == addressees - 1)
        #expect(xml.components(separatedBy: "Nơi nhận:").count - 1 == addressees, "each letter ends with its own")
        #expect(!xml.contains(#"w:orient="landscape""#))
    }

    /// Texts from the data are escaped, controls XML forbids dropped, and a line break stays a line break.
    @Test func hostileTextsAreEscaped() throws {
        var table = ReportDocument.Table(name: "t", title: "T", columns: ["A", "B"], rightAligned: [1])
        table.add(["<script>&amp;\u{1}\u{B}\"x\"", "3"])
        table.add(["dòng 1\ndòng 2", "4"])
        let document = ReportDocument(title: "Tiêu đề <b>", blocks: [.table(table)])
        let bytes = DOCXReportWriter(language: .vi).write(document)
        let read = try WordDocument(bytes: bytes)
        let texts = try #require(read.tables.dropFirst().first?.table.rows.map(\.texts))
        #expect(texts == [["A", "B"], ["<script>&amp;\"x\"", "3"], ["dòng 1\ndòng 2", "4"]])
        #expect(read.blocks.contains(.paragraph("Tiêu đề <b>")))
        #expect(try Self.documentXML(bytes).contains(#"<w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">3</w:t>"#))
    }

    @Test func aReportDocumentInTheDataFolderIsPassedOver() throws {
        let folder = try Build.copyOfShippedData()
        let written = Build.run(["report", folder.path, "--as-of", "2026-11-22", "-o", folder.appendingPathComponent("bao-cao.docx").path])
        #expect(written.exitCode == .success, "\(written.stderr)")
        let again = Build.run(["validate", folder.path, "--as-of", "2026-11-22"])
        #expect(again.exitCode == .success)
        #expect(again.stdout.contains("bao-cao.docx: warning: a report childplan wrote, not data: skipped"))
    }
}

import Foundation
import OfficeFormats
import Testing

@testable import ChildPlanKit

/// Issue 15, point 4: `report --format xlsx`, a sheet per table with typed cells.
@Suite("Reports as Excel workbooks")
struct XLSXReportTests {
    static let report = Report.summary(SummaryReport(Build.shippedData(), asOf: Build.day("2026-11-22")), .status)

    static func bytes(_ report: Report, language: Language = .vi) -> [UInt8] {
        var sink = ByteSink()
        OutputFormat.xlsx.write(report, options: RenderOptions(language: language), to: &sink)
        return sink.bytes
    }

    static func part(_ name: String, of bytes: [UInt8]) throws -> String {
        String(decoding: try #require(try ZipArchive(bytes: bytes).contents(ofEntryNamed: name)), as: UTF8.self)
    }

    /// Golden files of the parts (not of the zip's bytes): the workbook's sheets, and the table of the status by group.
    @Test func goldenParts() throws {
        let bytes = Self.bytes(Self.report)
        try Snapshot.check(try Self.part("xl/workbook.xml", of: bytes), named: "report-status-vi.xlsx.workbook.xml")
        try Snapshot.check(try Self.part("xl/worksheets/sheet2.xml", of: bytes), named: "report-status-vi.xlsx.sheet2.xml")
        #expect(Self.bytes(Self.report) == bytes, "the same report gives the same bytes")
    }

    /// Every table of the CSV is a sheet with the same rows; numbers are numbers, percentages fractions, days days.
    @Test func everyTableIsASheetOfTypedCells() throws {
        let full = Report.summary(SummaryReport(Build.shippedData(), asOf: Build.day("2026-11-22")), .summary)
        let document = OutputFormat.visibleDocument(for: full, options: RenderOptions()).namingPlans()
        let tables = CSVReportWriter().tables(of: document).filter { $0.name != "notice" }
        let workbook = try Workbook(bytes: Self.bytes(full))
        #expect(workbook.sheets.count == tables.count + 1)
        #expect(workbook.sheets.first?.name == "Báo cáo")
        for (table, sheet) in zip(tables, workbook.sheets.dropFirst()) {
            let read = try workbook.table(of: sheet)
            #expect(read.rows.count == table.rows.count, "\(table.title)")
            for (written, row) in zip(table.rows, read.rows) {
                for (column, text) in written.enumerated() where !text.isEmpty {
                    let cell = row.cells.first { $0.column == column + 1 }
                    if let number = XLSXReportWriter.wholeNumber(text) {
                        #expect(cell?.text == String(number))
                    } else if let fraction = XLSXReportWriter.percentage(text) {
                        #expect(cell.flatMap { Double($0.text) }.map { abs($0 - fraction) < 1e-9 } == true, "\(text)")
                    } else if let day = XLSXReportWriter.day(text) {
                        #expect(cell?.day == day.daysSinceEpoch)
                    } else {
                        #expect(cell?.text == text.replacingOccurrences(of: "\r", with: ""), "\(table.title): \(text)")
                    }
                }
            }
        }
        // The status by group's header is frozen and filtered.
        let statusSheet = try Self.part("xl/worksheets/sheet2.xml", of: Self.bytes(Self.report))
        #expect(statusSheet.contains(#"state="frozen""#) && statusSheet.contains("<autoFilter "))
    }

    @Test(arguments: [
        ("12", "number"), ("0", "number"), ("007", "text"), ("1234567890123456", "text"), ("16,0%", "percent"), ("33.3%", "percent"),
        ("22/11/2026", "day"), ("2026-11-22", "day"), ("1/1", "text"), ("2025-H1", "text"), ("-", "text"), ("I.1", "text"),
    ])
    func cellTypes(text: String, kind: String) {
        let cell = XLSXReportWriter(language: .vi).cell(text)
        let found = switch cell.value {
        case .number: cell.style == .percent ? "percent" : "number"
        case .day: "day"
        default: "text"
        }
        #expect(found == kind)
    }

    /// A report workbook dropped into a data folder is passed over (a warning), not read as data; a return form is read.
    @Test func aReportWorkbookInTheDataFolderIsPassedOver() throws {
        let folder = try Build.copyOfShippedData()
        let written = Build.run(["report", folder.path, "--as-of", "2026-11-22", "-o", folder.appendingPathComponent("bao-cao.xlsx").path])
        #expect(written.exitCode == .success, "\(written.stderr)")
        let again = Build.run(["validate", folder.path, "--as-of", "2026-11-22"])
        #expect(again.exitCode == .success)
        #expect(again.stdout.contains("bao-cao.xlsx: warning: a report childplan wrote, not data: skipped"))
    }
}

import OfficeFormats

/// Writes a report document as an Excel workbook: a first sheet with the
/// report's title, notice and text, then one sheet per table (tables split by
/// a label joined, as in CSV). Header rows bold, frozen and filtered; column
/// widths fitted to the text; cells typed as Excel would want them — whole
/// numbers as numbers, `33,3%` as 0.333 with a percent format, `22/11/2026`
/// or `2026-11-22` as a real day shown dd/mm/yyyy — and everything else a
/// text cell, which no formula can come from. It lays out; it does not count.
struct XLSXReportWriter {
    let language: Language

    /// The workbook's bytes, joined (for tests; a report is written from `workbook(_:)` piece by piece).
    func write(_ document: ReportDocument) -> [UInt8] {
        workbook(document).finished()
    }

    func workbook(_ document: ReportDocument) -> WorkbookWriter {
        var taken: Set<String> = []
        func name(_ wanted: String) -> String {
            let chosen = WorkbookWriter.sheetName(wanted, taken: taken)
            taken.insert(chosen)
            return chosen
        }
        var front: [[WorkbookWriter.Cell]] = [[WorkbookWriter.Cell(.text(document.title), .title)]]
        for block in document.blocks {
            switch block {
            case .notice(let title, let text):
                front += [[WorkbookWriter.Cell(.text(title), .title)], [WorkbookWriter.Cell(.text(text), .paragraph)]]
            case .heading(_, let text) where text != document.title: front.append([WorkbookWriter.Cell(.text(text), .title)])
            case .heading: continue
            case .paragraph(let text): front.append([WorkbookWriter.Cell(.text(text), .paragraph)])
            case .list(let items): front += items.map { [WorkbookWriter.Cell(.text("– " + $0), .paragraph)] }
            case .table, .bars, .heatMap: continue
            }
        }
        var sheets = [WorkbookWriter.Sheet(name: name(language == .vi ? "Báo cáo" : "Report"), rows: front)]
        sheets[0].columnWidths = [120]
        for table in CSVReportWriter().tables(of: document) where table.name != "notice" {
            guard let header = table.rows.first else { continue }
            var rows = [header.map { WorkbookWriter.Cell(.text($0), .header) }]
            rows += table.rows.dropFirst().map { $0.map(cell) }
            var sheet = WorkbookWriter.Sheet(name: name(table.title), rows: rows)
            sheet.frozenRows = 1
            sheet.filterRow = 1
            // Each column as wide as its longest line, within 8 and 60 characters: counted in one pass over each cell.
            var longest = [Int](repeating: 0, count: header.count)
            for row in table.rows {
                for (column, text) in row.enumerated() where column < longest.count {
                    var line = 0
                    for scalar in text.unicodeScalars {
                        if scalar == "\n" { line = 0 } else { line += 1; if line > longest[column] { longest[column] = line } }
                    }
                }
            }
            sheet.columnWidths = longest.map { Double(min(max($0 + 2, 8), 60)) }
            sheets.append(sheet)
        }
        var workbook = WorkbookWriter(sheets: sheets, title: document.title)
        // Marked as a report, so that one dropped into a data folder is passed over rather than read as data.
        workbook.category = ChildPlanMark.reportCategory
        return workbook
    }

    /// A cell of a table, typed: a whole number, a percentage, a day, or text.
    func cell(_ text: String) -> WorkbookWriter.Cell {
        if let number = XLSXReportWriter.wholeNumber(text) { return WorkbookWriter.Cell(.number(Double(number)), .wrapped) }
        if let fraction = XLSXReportWriter.percentage(text) { return WorkbookWriter.Cell(.number(fraction), .percent) }
        if let day = XLSXReportWriter.day(text) { return WorkbookWriter.Cell(.day(day.daysSinceEpoch), .day) }
        return WorkbookWriter.Cell(.text(text), .wrapped)
    }

    /// `12` → 12; nil for anything else, and for digits a number would change (a leading zero, more than 15 digits).
    static func wholeNumber(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard let first = utf8.first, utf8.count <= 15, utf8.allSatisfy({ $0 &- 0x30 < 10 }), utf8.count == 1 || first != 0x30 else { return nil }
        return Int(text)
    }

    /// `33,3%` or `33.3%` → 0.333.
    static func percentage(_ text: String) -> Double? {
        guard text.utf8.last == UInt8(ascii: "%"), text.utf8.count <= 12 else { return nil }
        let number = text.dropLast().replacingOccurrences(of: ",", with: ".")
        guard !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "." }), let value = Double(number) else { return nil }
        return value / 100
    }

    /// `22/11/2026` or `2026-11-22` → that day.
    static func day(_ text: String) -> Day? {
        guard text.utf8.count == 10, text.utf8.allSatisfy({ $0 &- 0x30 < 10 || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") }) else { return nil }
        return Day(parsing: text)
    }
}

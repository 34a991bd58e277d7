import OfficeFormats

/// The rows of a Word table (or of several, joined) or of an Excel sheet, as
/// records for the table readers: each row's cells by column, where it was
/// read (`SourcePart`, row, column), and a heading that spans the row read
/// as a group row (`I. Hoàn thiện …` → `I` | `Hoàn thiện …`).
struct OfficeRecords: RecordSource {
    struct Row {
        var part: SourcePart
        var row: OfficeTable.Row
    }

    private let rows: [Row]
    private var index = -1
    private(set) var record = CSVRecord(cells: [], row: 0, part: .table(0))
    let byteCount: Int

    init(rows: [Row]) {
        self.rows = rows
        byteCount = rows.reduce(0) { total, row in total + row.row.cells.reduce(0) { $0 + $1.text.utf8.count + 1 } }
    }

    init(table: OfficeTable, part: SourcePart) {
        self.init(rows: table.rows.map { Row(part: part, row: $0) })
    }

    mutating func nextRecord() throws(CSVParser.SyntaxError) -> Bool {
        index += 1
        guard index < rows.count else { return false }
        let row = rows[index]
        record = CSVRecord(cells: OfficeRecords.fields(of: row.row), row: row.row.number, part: row.part)
        return true
    }

    /// A row's texts by column; a heading across the row that starts with a
    /// Roman numeral is cut into the numeral (in its first column) and the
    /// rest (in the next), as a group row of the appendix stands.
    static func fields(of row: OfficeTable.Row) -> [String] {
        var texts = row.texts
        for cell in row.cells where cell.day != nil && cell.column <= texts.count {
            texts[cell.column - 1] = Day(daysSinceEpoch: cell.day!).iso
        }
        if let heading = row.spanningCell, let (numeral, rest) = groupHeading(heading.text) {
            if texts.count < heading.column + 1 { texts += Array(repeating: "", count: heading.column + 1 - texts.count) }
            texts[heading.column - 1] = numeral
            texts[heading.column] = rest
        }
        return texts
    }

    /// `I. Hoàn thiện …`, `II - Truyền thông`, `III) …` → the numeral and the rest; nil for anything else.
    static func groupHeading(_ text: String) -> (String, String)? {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        let numeral = trimmed.prefix { "IVXLivxl".contains($0) }
        guard !numeral.isEmpty, RomanNumeral.value(of: String(numeral)) != nil else { return nil }
        let after = trimmed.dropFirst(numeral.count)
        guard let separator = after.first, ".):-–— \t\n".contains(separator) else { return nil }
        let rest = after.drop { ".):-–— \t\n".contains($0) }
        return (String(numeral), String(rest))
    }
}

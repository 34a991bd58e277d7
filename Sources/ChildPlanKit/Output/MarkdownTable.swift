/// A GitHub-flavoured markdown table whose cells are escaped, so that a
/// `|` or a line break in a task text never breaks the table.
struct MarkdownTable {
    enum Alignment {
        case left
        case right
    }

    var columns: [String]
    var alignments: [Alignment]
    var rows: [(cells: [String], bold: Bool)] = []

    init(columns: [String], rightAligned: Set<Int> = []) {
        self.columns = columns
        alignments = columns.indices.map { rightAligned.contains($0) ? .right : .left }
    }

    /// Adds a row of plain text; `bold` sets every non-empty cell in bold (a total row).
    mutating func add(_ row: [String], bold: Bool = false) { rows.append((row, bold)) }

    /// The dashes under each column title, one per character the column
    /// needs: its widest cell, but no more than 30 (long texts wrap), and no
    /// fewer than its title's longest word, plus four for the cell's padding. GitHub ignores the
    /// count; pandoc takes the columns' relative widths from it when it makes
    /// a Word table, so names get room and counts keep theirs.
    var separator: String {
        let widths = columns.indices.map { column -> Int in
            var widest = 0
            for row in rows where column < row.cells.count {
                widest = max(widest, Self.widestLine(of: row.cells[column], atMost: 30, atLeast: widest))
                if widest >= 30 { break }
            }
            let titleWord = columns[column].split(separator: " ").map(\.count).max() ?? 0
            return max(3, titleWord, widest) + 4
        }
        return "|" + zip(widths, alignments).map { width, alignment in
            alignment == .right ? String(repeating: "-", count: width - 1) + ":|" : String(repeating: "-", count: width) + "|"
        }.joined()
    }

    /// The characters in the longest line of a cell, counted only when it
    /// could beat `atLeast` (a line never has more characters than bytes),
    /// and no more than `atMost`.
    static func widestLine(of cell: String, atMost limit: Int, atLeast known: Int) -> Int {
        guard cell.utf8.count > known else { return known }
        var widest = known
        for line in cell.split(atASCII: 0x0A, omittingEmpty: true) where line.utf8.count > widest {
            widest = max(widest, min(limit, line.count))
            if widest >= limit { break }
        }
        return widest
    }

    var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 * (rows.count + 2))
        appendLine(columns, bold: false, to: &bytes)
        bytes += separator.utf8
        bytes.append(0x0A)
        for row in rows { appendLine(row.cells, bold: row.bold, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func appendLine(_ cells: [String], bold: Bool, to bytes: inout [UInt8]) {
        bytes.append(0x7C)
        for cell in cells {
            bytes.append(0x20)
            let emphasised = bold && !cell.isEmpty
            if emphasised { bytes += "**".utf8 }
            MarkdownText.appendEscaped(cell, lineBreak: "<br>", to: &bytes)
            if emphasised { bytes += "**".utf8 }
            bytes += " |".utf8
        }
        bytes.append(0x0A)
    }
}

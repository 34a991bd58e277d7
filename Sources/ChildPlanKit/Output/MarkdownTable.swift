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
            let cells = rows.map { column < $0.cells.count ? $0.cells[column] : "" }
            let widest = cells.flatMap { $0.split(separator: "\n").map(\.count) }.max() ?? 0
            let titleWord = columns[column].split(separator: " ").map(\.count).max() ?? 0
            return max(3, titleWord, min(30, widest)) + 4
        }
        return "|" + zip(widths, alignments).map { width, alignment in
            alignment == .right ? String(repeating: "-", count: width - 1) + ":|" : String(repeating: "-", count: width) + "|"
        }.joined()
    }

    var text: String {
        var lines = [line(columns, bold: false)]
        lines.append(separator)
        lines += rows.map { line($0.cells, bold: $0.bold) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String], bold: Bool) -> String {
        let escaped = cells.map { cell in
            let text = MarkdownText.escapeCell(cell)
            return bold && !text.isEmpty ? "**\(text)**" : text
        }
        return "| " + escaped.joined(separator: " | ") + " |"
    }
}

/// Escaping for text from the data placed into markdown.
enum MarkdownText {
    /// Inline text: characters markdown or HTML would act on are escaped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|": result += "\\\(character)"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A table cell: escaped as inline text, line breaks as `<br>`.
    static func escapeCell(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escape(String($0)) }
            .joined(separator: "<br>")
    }
}

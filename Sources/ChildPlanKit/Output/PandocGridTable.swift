/// A table as pandoc's grid table (`report --format markdown --pandoc`): the one markdown table whose cells keep
/// their line breaks through `pandoc -o bao-cao.docx` (pandoc drops a GitHub table's `<br>`, raw HTML, from
/// Word). Each line break becomes a hard break (a backslash at the line's end); long texts wrap inside their
/// column; text that pandoc would read as a list, a heading or markup is escaped.
///
///     +--------------+-------------------------+-------:+
///     | Cơ quan      | Nội dung                | Số     |
///     +==============+=========================+=======:+
///     | Sở Y tế      | \- Truyền thông về bảo\ | 12     |
///     |              | vệ trẻ em;\             |        |
///     |              | \- Tập huấn             |        |
///     +--------------+-------------------------+--------+
struct PandocGridTable {
    var columns: [String]
    var rightAligned: Set<Int>
    var rows: [(cells: [String], bold: Bool)] = []

    /// Widths are counted as pandoc counts them: a combining mark 0, a wide (East Asian) character 2, others 1.
    static func width(_ text: Substring) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: width += isWide(scalar.value) ? 2 : 1
            }
        }
        return width
    }

    /// East Asian wide and full-width characters, and the emoji blocks, as pandoc's layout counts them.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
             0x1F900...0x1F9FF, 0x20000...0x3FFFD: true
        default: false
        }
    }

    /// The lines of a cell, escaped: its words wrapped to `width` (a longer word stands alone), a line break a hard break.
    static func lines(_ cell: String, bold: Bool, width: Int) -> [String] {
        let hardLines = cell.split(separator: "\n", omittingEmptySubsequences: false).map { escapedLine(String($0)) }
        var lines: [String] = []
        for (index, hardLine) in hardLines.enumerated() {
            var current = ""
            for word in hardLine.split(separator: " ") {
                if !current.isEmpty, self.width(current[...]) + 1 + self.width(word) > width {
                    lines.append(current)
                    current = ""
                }
                current += current.isEmpty ? String(word) : " " + word
            }
            lines.append(index < hardLines.count - 1 ? current + "\\" : current)
        }
        guard bold, !cell.isEmpty else { return lines }
        lines[0] = "**" + lines[0]
        lines[lines.count - 1] += "**"
        return lines
    }

    /// A line of text escaped for pandoc's markdown: inline markup as in every markdown cell, and what would start a
    /// block at the line's start — a list marker ("- ", "IV. ", "1) ", "(a) "), a heading, a definition.
    static func escapedLine(_ line: String) -> String {
        var escaped = MarkdownText.escape(line)
        guard let first = escaped.first else { return escaped }
        if "-+#:~=".contains(first) { return "\\" + escaped }
        // "IV. Phát triển…", "1. …", "a) …": a short run of letters or digits and a period or parenthesis.
        let marker = escaped.prefix { $0.isLetter || $0.isNumber }
        let afterMarker = escaped.dropFirst(marker.count)
        if !marker.isEmpty, marker.count <= 8, let next = afterMarker.first, next == "." || next == ")",
           afterMarker.dropFirst().first.map({ $0 == " " }) ?? true {
            escaped.insert("\\", at: escaped.index(escaped.startIndex, offsetBy: marker.count))
        } else if first == "(" {
            escaped.insert("\\", at: escaped.startIndex)
        }
        return escaped
    }

    var text: String {
        // Each column as wide as its longest line of data up to 30 (its title's longest word and its data's longest
        // word at least), and four more for a hard break's backslash or a total's bold marks; pandoc takes the columns'
        // relative widths from these.
        let allRows = [(cells: columns, bold: false)] + rows
        let widths = columns.indices.map { column -> Int in
            var widest = 3
            for (index, row) in allRows.enumerated() where column < row.cells.count {
                for hardLine in row.cells[column].split(separator: "\n") {
                    let line = PandocGridTable.escapedLine(String(hardLine))
                    // A title wraps at its words; data lines ask for room up to 30.
                    if index > 0 { widest = max(widest, min(PandocGridTable.width(line[...]), 30)) }
                    for word in line.split(separator: " ") { widest = max(widest, PandocGridTable.width(word)) }
                }
            }
            return widest + 4
        }
        func rule(_ character: Character, aligned: Bool) -> String {
            "+" + widths.indices.map { column in
                let dashes = String(repeating: character, count: widths[column] + 2)
                return aligned && rightAligned.contains(column) ? dashes.dropLast() + ":" : dashes
            }.joined(separator: "+") + "+\n"
        }
        func row(_ cells: [String], bold: Bool) -> String {
            let cellLines = widths.indices.map { column in
                PandocGridTable.lines(column < cells.count ? cells[column] : "", bold: bold, width: widths[column] - (bold ? 4 : 1))
            }
            let height = cellLines.map(\.count).max() ?? 1
            return (0..<height).map { index in
                "|" + widths.indices.map { column in
                    let line = index < cellLines[column].count ? cellLines[column][index] : ""
                    return " " + line + String(repeating: " ", count: max(0, widths[column] - PandocGridTable.width(line[...]))) + " "
                }.joined(separator: "|") + "|\n"
            }.joined()
        }
        var text = rule("-", aligned: false) + row(columns, bold: false) + rule("=", aligned: true)
        for line in rows { text += row(line.cells, bold: line.bold) + rule("-", aligned: false) }
        return text
    }
}

/// Writes a report document for a terminal: columns aligned and sized to
/// the terminal's width, long texts wrapped, headings in bold and overdue
/// counts in red when colour is on. Widths are counted in characters as a
/// terminal shows them, so a Vietnamese letter with its tone marks, even
/// decomposed, is one column.
struct TextWriter {
    var width: Int
    var colour: Bool

    private static let bold = "\u{1B}[1m"
    private static let red = "\u{1B}[1;31m"
    private static let reset = "\u{1B}[0m"

    func write(_ document: ReportDocument) -> String {
        var output: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                let lines = TextWriter.wrap(text, width: width)
                let rule = String(repeating: level == 1 ? "=" : (level == 2 ? "-" : " "), count: lines.map(TextWriter.displayWidth).max() ?? 0)
                output.append(lines.map { styled($0, TextWriter.bold) }.joined(separator: "\n") + (level < 3 ? "\n" + rule : ""))
            case .paragraph(let text):
                output.append(text.split(atASCII: 0x0A, omittingEmpty: true).flatMap { TextWriter.wrap(String($0), width: width) }.joined(separator: "\n"))
            case .notice(_, let text):
                output.append(TextWriter.wrap(text, width: width).map { styled($0, TextWriter.bold) }.joined(separator: "\n"))
            case .list(let items):
                output.append(items.flatMap { item in
                    TextWriter.wrap(item, width: width - 2).enumerated().map { ($0.offset == 0 ? "• " : "  ") + $0.element }
                }.joined(separator: "\n"))
            case .table(let table):
                output.append(self.table(table))
            case .bars(let chart):
                output.append(bars(chart))
            case .heatMap:
                // The table that follows gives the same counts.
                continue
            }
        }
        return output.joined(separator: "\n\n") + "\n"
    }

    private func styled(_ text: String, _ style: String) -> String {
        colour && !text.isEmpty ? style + text + TextWriter.reset : text
    }

    private func bars(_ chart: ReportDocument.BarChart) -> String {
        let labelWidth = chart.bars.map { TextWriter.displayWidth($0.label) }.max() ?? 0
        let captionWidth = chart.bars.map { TextWriter.displayWidth($0.caption) }.max() ?? 0
        // Label, bar and figure on one line when a bar of ten fits beside them; else the label on a line of its own.
        let besideLabels = width - labelWidth - captionWidth - 4 >= 10
        let barWidth = besideLabels ? min(40, width - labelWidth - captionWidth - 4) : max(5, min(40, width - captionWidth - 2))
        return chart.bars.map { bar in
            let filled = Int((Double(barWidth) * max(0, min(100, bar.percent)) / 100).rounded())
            let drawn = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled) + " " + bar.caption
            return besideLabels ? TextWriter.pad(bar.label, to: labelWidth) + " " + drawn : bar.label + "\n" + drawn
        }.joined(separator: "\n")
    }

    private func table(_ table: ReportDocument.Table) -> String {
        let count = table.columns.count
        let rows = table.rows.map { row in (0..<count).map { $0 < row.cells.count ? row.cells[$0] : "" } }
        guard let (gap, widths) = fittedColumns(titles: table.columns.map(\.title), rows: rows) else { return records(table, rows: rows) }
        let separator = String(repeating: " ", count: gap)
        let rightAligned = table.columns.map { $0.alignment == .right }
        @Sendable func render(_ cells: [String], style: (Int, String) -> String?) -> String {
            TextWriter.row(cells, widths: widths, rightAligned: rightAligned, gap: gap, colour: colour, style: style)
        }
        let header = render(table.columns.map(\.title)) { _, _ in TextWriter.bold }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: separator)
        // Rows are laid out on every core (a national overdue table has 100,000 of them), each on its own.
        let body = Parallel.array(count: rows.count, ranges: Parallel.ranges(of: rows.count, splitFrom: 256)) { range, slots in
            for index in range {
                let isTotal = table.rows[index].isTotal
                slots.put(render(rows[index]) { column, text in
                    if table.columns[column].isAlert, !text.isEmpty, text != "0", text != "–" { return TextWriter.red }
                    return isTotal ? TextWriter.bold : nil
                }, at: index)
            }
        }
        return ([header, rule] + body).joined(separator: "\n")
    }

    /// Two spaces between columns, or one when the table cannot fit otherwise, and the columns' widths; nil when
    /// even then a word would have to be broken (the table is then laid out as records, as wide as the terminal).
    private func fittedColumns(titles: [String], rows: [[String]]) -> (gap: Int, widths: [Int])? {
        for gap in [2, 1] {
            let widths = TextWriter.columnWidths(titles: titles, rows: rows, available: width - gap * (titles.count - 1))
            if widths.reduce(0, +) + gap * (titles.count - 1) <= width { return (gap, widths) }
        }
        return nil
    }

    /// A table row's lines: each cell wrapped into its column's width and
    /// padded to it (right-aligned columns on the left), the columns `gap`
    /// spaces apart, `style` (given the column and the line's text) around a
    /// padded cell when colour is on, spaces at the end of a line dropped.
    /// Written as bytes: a national report's tables have 100,000 rows.
    /// `TextTableTests` holds the string-by-string reference it must equal.
    static func row(
        _ cells: [String], widths: [Int], rightAligned: [Bool], gap: Int, colour: Bool, style: (Int, String) -> String?
    ) -> String {
        let wrapped = cells.enumerated().map { column, cell in
            cell.utf8.contains(0x0A)
                ? cell.split(atASCII: 0x0A, omittingEmpty: false).flatMap { measuredLines(String($0), width: widths[column]) }
                : measuredLines(cell, width: widths[column])
        }
        let height = wrapped.map(\.count).max() ?? 1
        var output: [UInt8] = []
        output.reserveCapacity((widths.reduce(0, +) + gap * widths.count + 16) * height)
        for line in 0..<height {
            if line > 0 { output.append(0x0A) }
            let lineStart = output.count
            for column in cells.indices {
                if column > 0 { output.append(contentsOf: repeatElement(0x20, count: gap)) }
                let (text, textWidth) = line < wrapped[column].count ? wrapped[column][line] : ("", 0)
                let padding = max(0, widths[column] - textWidth)
                let style = colour && !(text.isEmpty && padding == 0) ? style(column, text) : nil
                if let style { output.append(contentsOf: style.utf8) }
                if rightAligned[column] { output.append(contentsOf: repeatElement(0x20, count: padding)) }
                output.append(contentsOf: text.utf8)
                if !rightAligned[column] { output.append(contentsOf: repeatElement(0x20, count: padding)) }
                if style != nil { output.append(contentsOf: TextWriter.reset.utf8) }
            }
            while output.count > lineStart, output[output.count - 1] == 0x20 { output.removeLast() }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `wrap`'s lines with their widths; a text that fits as it is (no runs
    /// of spaces, none at either end) is its own line, measured once.
    static func measuredLines(_ text: String, width: Int) -> [(String, Int)] {
        let textWidth = displayWidth(text)
        if textWidth <= width, !text.isEmpty, text.utf8.first != 0x20, text.utf8.last != 0x20, !hasRunOfSpaces(text) {
            return [(text, textWidth)]
        }
        return wrappedInOnePass(text, width: width) ?? wrap(text, width: width).map { ($0, displayWidth($0)) }
    }

    /// `wrap`'s lines with their widths, found in one pass over the text's bytes without making a string of each
    /// word, for a text with no run of spaces, no word wider than a line, and only characters counted by their
    /// scalars (a letter and its marks, dashes, quotes): nearly every cell. Nil for any other text, which `wrap`
    /// lays out. `TextTableTests` checks it against `wrap`.
    static func wrappedInOnePass(_ text: String, width: Int) -> [(String, Int)]? {
        guard width > 0, !hasRunOfSpaces(text) else { return nil }
        var text = text
        return text.withUTF8 { bytes -> [(String, Int)]? in
            var lines: [(String, Int)] = []
            // The line being filled: from the start of its first word to the end of its last, and its width.
            var lineStart = -1, lineEnd = 0, lineWidth = 0
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x20 { index += 1; continue }
                let wordStart = index
                var wordWidth = 0
                while index < bytes.count, bytes[index] != 0x20 {
                    let lead = bytes[index]
                    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    guard index + length <= bytes.count else { return nil }
                    // The scalar's value: the lead byte's own bits, then six from each byte after it.
                    var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
                    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    guard ScalarRole.count(value, into: &wordWidth) else { return nil }
                    index += length
                }
                guard wordWidth <= width else { return nil }
                if lineStart < 0 {
                    (lineStart, lineEnd, lineWidth) = (wordStart, index, wordWidth)
                } else if lineWidth + 1 + wordWidth <= width {
                    (lineEnd, lineWidth) = (index, lineWidth + 1 + wordWidth)
                } else {
                    lines.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self), lineWidth))
                    (lineStart, lineEnd, lineWidth) = (wordStart, index, wordWidth)
                }
            }
            if lineStart >= 0 {
                lines.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self), lineWidth))
            } else if lines.isEmpty {
                lines.append(("", 0))
            }
            return lines
        }
    }

    private static func hasRunOfSpaces(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x20, previous == 0x20 { return true }
            previous = byte
        }
        return false
    }

    /// A table too wide for the terminal, row by row: each cell on lines of its own under its column's title,
    /// wrapped between words, a blank line between rows.
    private func records(_ table: ReportDocument.Table, rows: [[String]]) -> String {
        var blocks: [String] = []
        for (index, row) in rows.enumerated() {
            var lines: [String] = []
            for (column, cell) in row.enumerated() where !cell.isEmpty {
                // The title in bold, and an alert count in red, on the first line; what follows wraps indented.
                let title = table.columns[column].title + ":"
                let value = cell.split(atASCII: 0x0A, omittingEmpty: true).joined(separator: " ")
                let alert = table.columns[column].isAlert && cell != "0" && cell != "–"
                for (number, line) in TextWriter.wrap(title + " " + value, width: width - 2).enumerated() {
                    guard number == 0, line.hasPrefix(title) else { lines.append((number == 0 ? "" : "  ") + line); continue }
                    let rest = String(line.dropFirst(title.count))
                    lines.append(styled(title, TextWriter.bold) + (alert ? " " + styled(String(rest.dropFirst()), TextWriter.red) : rest))
                }
            }
            if table.rows[index].isTotal { lines = lines.map { styled($0, TextWriter.bold) } }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Widths that fit `available` columns where possible: each column first
    /// gets room for its cells and for the longest word of its title; room
    /// left over lets titles stand on one line; when even the first is too
    /// wide, the widest columns are narrowed (their text wraps between
    /// words), down to their longest word. A table that does not fit even so
    /// is laid out row by row (`records`).
    static func columnWidths(titles: [String], rows: [[String]], available: Int) -> [Int] {
        let content = widestCells(titles.indices, in: rows) { cell in
            !cell.utf8.contains(0x0A) ? displayWidth(cell) : cell.split(atASCII: 0x0A, omittingEmpty: true).map { displayWidth(String($0)) }.max() ?? 0
        }
        let titleWord = titles.map { $0.split(separator: " ").map { displayWidth(String($0)) }.max() ?? 0 }
        let titleFull = titles.map(displayWidth)
        var widths = titles.indices.map { max(1, content[$0], titleWord[$0]) }
        var spare = available - widths.reduce(0, +)
        if spare > 0 {
            for column in widths.indices.sorted(by: { titleFull[$0] - widths[$0] < titleFull[$1] - widths[$1] }) where titleFull[column] > widths[column] {
                let grow = min(spare, titleFull[column] - widths[column])
                widths[column] += grow
                spare -= grow
            }
            return widths
        }
        let contentWord = widestCells(titles.indices, in: rows, measure: widestWord)
        let floor = titles.indices.map { max(1, titleWord[$0], contentWord[$0]) }
        while widths.reduce(0, +) > available,
              let widest = widths.indices.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] }) {
            widths[widest] -= 1
        }
        return widths
    }

    /// The width of a text's widest word, words as `wrap` finds them:
    /// between spaces, on each line. Counted scalar by scalar as
    /// `displayWidth` counts them; a word with anything else in it (another
    /// script, a mark with no letter before it) is measured as a string.
    static func widestWord(_ text: String) -> Int {
        let scalars = text.unicodeScalars
        var widest = 0, width = 0, isPlain = true
        var start = scalars.startIndex
        func endWord(at end: String.UnicodeScalarView.Index) {
            widest = max(widest, isPlain ? width : displayWidth(String(scalars[start..<end])))
            width = 0
            isPlain = true
        }
        var index = start
        while index < scalars.endIndex {
            let value = scalars[index].value
            if value == 0x20 || value == 0x0A {
                endWord(at: index)
                start = scalars.index(after: index)
            } else {
                if !ScalarRole.count(value, into: &width) { isPlain = false }
            }
            index = scalars.index(after: index)
        }
        endWord(at: scalars.endIndex)
        return widest
    }

    /// The largest `measure` of each column's cells, measured on every core for a long table.
    private static func widestCells(_ columns: Range<Int>, in rows: [[String]], measure: @Sendable (String) -> Int) -> [Int] {
        let parts = Parallel.map(Parallel.ranges(of: rows.count, splitFrom: 256)) { range in columns.map { column in range.map { measure(rows[$0][column]) }.max() ?? 0 } }
        return columns.map { column in parts.map { $0[column] }.max() ?? 0 }
    }

    /// Columns a text takes in a terminal: one per character (grapheme), so
    /// combining marks add nothing. Latin and Vietnamese text, dashes and
    /// quotes are counted by their scalars (a letter and the marks on it are
    /// one character); anything else is left to `String.count`.
    static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars where !ScalarRole.count(scalar.value, into: &width) { return text.count }
        return width
    }

    static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - displayWidth(text)))
        return right ? padding + text : text + padding
    }

    /// Words wrapped into lines of at most `width` columns. A word longer than a line (a file name) is broken
    /// after a `-`, `.`, `/`, `_` or `,` within it where one falls in the line, and cut only when none does.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(atASCII: 0x20, omittingEmpty: true) {
            var word = String(word)
            var wordWidth = displayWidth(word)
            while wordWidth > width {
                if !current.isEmpty { lines.append(current); current = ""; currentWidth = 0 }
                let head = Array(word.prefix(width))
                let cut = head.lastIndex(where: { "-./_,".contains($0) }).map { $0 + 1 } ?? head.count
                lines.append(String(head[..<cut]))
                word = String(word.dropFirst(cut))
                wordWidth = displayWidth(word)
            }
            if current.isEmpty {
                current = word
                currentWidth = wordWidth
            } else if currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
            } else {
                lines.append(current)
                current = word
                currentWidth = wordWidth
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

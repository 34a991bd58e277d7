/// Writes a report document as GitHub-flavoured markdown, or with pandoc's
/// grid tables (`--pandoc`), whose cells keep their line breaks into Word.
/// Text from the data is escaped, so that it never becomes markup.
struct MarkdownWriter {
    var gridTables = false

    func write(_ document: ReportDocument) -> String {
        document.blocks.compactMap(block).joined(separator: "\n")
    }

    private func block(_ block: ReportDocument.Block) -> String? {
        switch block {
        case .heading(let level, let text):
            return String(repeating: "#", count: level) + " " + MarkdownText.escape(text) + "\n"
        case .paragraph(let text):
            return text.split(atASCII: 0x0A, omittingEmpty: false).map { MarkdownText.escape(String($0)) }
                .joined(separator: "\n\n") + "\n"
        case .notice(_, let text):
            return "> **" + MarkdownText.escape(text) + "**\n"
        case .table(let table) where gridTables:
            var grid = PandocGridTable(columns: table.columns.map(\.title),
                                       rightAligned: Set(table.columns.indices.filter { table.columns[$0].alignment == .right }))
            for row in table.rows { grid.rows.append((row.cells, row.isTotal)) }
            return grid.text
        case .table(let table):
            var markdown = MarkdownTable(
                columns: table.columns.map(\.title),
                rightAligned: Set(table.columns.indices.filter { table.columns[$0].alignment == .right }))
            for row in table.rows { markdown.add(row.cells, bold: row.isTotal) }
            return markdown.text
        case .list(let items):
            return items.map { "- " + MarkdownText.escape($0) }.joined(separator: "\n") + "\n"
        case .bars, .heatMap:
            // The tables that follow the charts say the same in markdown.
            return nil
        }
    }
}

/// Writes the tables of a report document as CSV (RFC 4180). Tables split
/// by a label (overdue items per lead agency) are joined into one, with the
/// label as the first column. Cells that a spreadsheet would take for a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return,
/// as Vietnamese task texts starting "- " do) get a leading `'`, which
/// childplan's own reader removes again.
struct CSVReportWriter {
    /// For Excel: a BOM and CRLF line ends.
    var excel = false

    struct NamedTable {
        var name: String
        var title: String
        var rows: [[String]]
    }

    /// The document's tables, joined by name, in order of first appearance.
    func tables(of document: ReportDocument) -> [NamedTable] {
        var tables: [NamedTable] = []
        for block in document.blocks {
            if case .notice(let title, let text) = block {
                tables.append(NamedTable(name: "notice", title: title, rows: [[text]]))
                continue
            }
            guard case .table(let table) = block else { continue }
            let header = (table.group.map { [$0.title] } ?? []) + table.columns.map(\.title)
            let rows = table.rows.map { (table.group.map { [$0.value] } ?? []) + $0.cells }
            if let index = tables.firstIndex(where: { $0.name == table.name }), table.group != nil {
                tables[index].rows += rows
            } else {
                tables.append(NamedTable(name: table.name, title: table.title, rows: [header] + rows))
            }
        }
        return tables
    }

    private var writer: CSVWriter { CSVWriter(lineEnd: excel ? "\r\n" : "\n") }
    private var byteOrderMark: String { excel ? "\u{FEFF}" : "" }

    /// One table as a file of its own.
    func file(_ table: NamedTable) -> String {
        byteOrderMark + writer.table(table.rows)
    }

    /// Every table in one stream: a lone table as it is; several, each under
    /// a one-cell row with its title and after an empty line.
    func write(_ document: ReportDocument) -> String {
        let tables = tables(of: document)
        guard tables.count != 1 else { return file(tables[0]) }
        let lineEnd = excel ? "\r\n" : "\n"
        return byteOrderMark + tables.map { writer.record([$0.title]) + writer.table($0.rows) }.joined(separator: lineEnd)
    }
}

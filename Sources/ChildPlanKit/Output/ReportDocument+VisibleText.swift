extension ReportDocument {
    /// The document with every text in it passed through `transform`: how
    /// text from the data is made visible (`VisibleText`) before any
    /// format but JSON lays it out.
    func mappingText(_ transform: (String) -> String) -> ReportDocument {
        var document = self
        document.title = transform(title)
        document.planNames = planNames.mapValues(transform)
        document.blocks = blocks.map { block -> Block in
            switch block {
            case .heading(let level, let text): return .heading(level: level, text: transform(text))
            case .paragraph(let text): return .paragraph(transform(text))
            case .notice(let title, let text): return .notice(title: transform(title), text: transform(text))
            case .list(let items): return .list(items.map(transform))
            case .table(var table):
                table.title = transform(table.title)
                table.group = table.group.map { (transform($0.title), transform($0.value)) }
                for index in table.columns.indices { table.columns[index].title = transform(table.columns[index].title) }
                for index in table.rows.indices {
                    // Rows are many and nearly all unchanged: a row is rebuilt only when a cell changes.
                    let cells = table.rows[index].cells
                    guard let first = cells.indices.first(where: { transform(cells[$0]) != cells[$0] }) else { continue }
                    table.rows[index].cells = Array(cells[..<first]) + cells[first...].map(transform)
                }
                return .table(table)
            case .bars(var chart):
                chart.title = transform(chart.title)
                chart.description = transform(chart.description)
                for index in chart.bars.indices {
                    chart.bars[index].label = transform(chart.bars[index].label)
                    chart.bars[index].title = transform(chart.bars[index].title)
                    chart.bars[index].caption = transform(chart.bars[index].caption)
                }
                return .bars(chart)
            case .heatMap(var map):
                map.title = transform(map.title)
                map.description = transform(map.description)
                map.columnLabels = map.columnLabels.map(transform)
                map.rowLabels = map.rowLabels.map(transform)
                return .heatMap(map)
            }
        }
        return document
    }
}

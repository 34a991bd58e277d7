/// Writes a report document as one self-contained HTML page: no external
/// files, scripts or fonts, so it works offline and can be mailed as it is;
/// it prints on A4. Charts are inline SVG drawn here, readable without
/// colour (labels and patterns) and described in words for screen readers.
/// Every piece of text from the data is escaped.
struct HTMLWriter {
    let language: Language

    func write(_ document: ReportDocument) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="childplan \(ChildPlanVersion.current)">
            <title>\(HTMLText.escape(document.title))</title>
            <style>\(HTMLWriter.style)</style>
            </head>
            <body>
            <main>

            """
        var chartNumber = 0
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                html += "<h\(level)>\(HTMLText.escape(text))</h\(level)>\n"
            case .paragraph(let text):
                html += text.split(atASCII: 0x0A, omittingEmpty: true).map { "<p>\(HTMLText.escape(String($0)))</p>\n" }.joined()
            case .notice(_, let text):
                html += "<p class=\"notice\"><strong>\(HTMLText.escape(text))</strong></p>\n"
            case .list(let items):
                html += "<ul>\n" + items.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let table):
                html += self.table(table)
            case .bars(let chart):
                chartNumber += 1
                html += bars(chart, id: "chart\(chartNumber)")
            case .heatMap(let map):
                chartNumber += 1
                html += heatMap(map, id: "chart\(chartNumber)")
            }
        }
        return html + "</main>\n</body>\n</html>\n"
    }

    static let style = """

        @page { size: A4; margin: 14mm 12mm; }
        body { font-family: "Times New Roman", "Noto Serif", "DejaVu Serif", serif; font-size: 11pt; color: #000;
               background: #fff; margin: 0; }
        main { max-width: 190mm; margin: 0 auto; padding: 8mm 4mm; }
        h1 { font-size: 16pt; text-align: center; margin: 0 0 4mm; }
        h2 { font-size: 13pt; margin: 7mm 0 2mm; break-after: avoid; }
        h3 { font-size: 11.5pt; margin: 5mm 0 2mm; break-after: avoid; }
        p { margin: 1.5mm 0; }
        table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 2mm 0 3mm; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 0.6pt solid #444; padding: 1mm 1.4mm; vertical-align: top; text-align: left; }
        th { background: #e8e8e8; font-weight: bold; }
        td.number { text-align: right; white-space: nowrap; }
        th.number { text-align: right; }
        tr.total td { font-weight: bold; background: #f2f2f2; }
        figure { margin: 3mm 0; break-inside: avoid; }
        figcaption { font-size: 9pt; font-style: italic; margin-top: 1mm; }
        svg { width: 100%; height: auto; font-family: "Times New Roman", "Noto Serif", "DejaVu Serif", serif; }
        @media print { main { padding: 0; max-width: none; } }

        """

    private func table(_ table: ReportDocument.Table) -> String {
        func cellClass(_ column: Int) -> String {
            column < table.columns.count && table.columns[column].alignment == .right ? " class=\"number\"" : ""
        }
        var html = "<table>\n<thead><tr>"
        for (index, column) in table.columns.enumerated() {
            html += "<th scope=\"col\"\(cellClass(index))>\(HTMLText.escape(column.title))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += row.isTotal ? "<tr class=\"total\">" : "<tr>"
            for (index, cell) in row.cells.enumerated() {
                let lines = cell.split(atASCII: 0x0A, omittingEmpty: false).map { HTMLText.escape(String($0)) }
                html += "<td\(cellClass(index))>\(lines.joined(separator: "<br>"))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// Horizontal bars, one per row, with the figure written beside each.
    private func bars(_ chart: ReportDocument.BarChart, id: String) -> String {
        let labelWidth = 330.0
        let barWidth = 260.0
        let rowHeight = 26.0
        let height = rowHeight * Double(chart.bars.count) + 10
        var svg = """
            <figure>
            <svg viewBox="0 0 720 \(format(height))" role="img" aria-labelledby="\(id)-title \(id)-desc">
            <title id="\(id)-title">\(HTMLText.escape(chart.title))</title>
            <desc id="\(id)-desc">\(HTMLText.escape(chart.description))</desc>
            <defs><pattern id="\(id)-fill" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#555"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="3"/></pattern></defs>

            """
        for (index, bar) in chart.bars.enumerated() {
            let y = 5 + rowHeight * Double(index)
            let width = barWidth * max(0, min(100, bar.percent)) / 100
            svg += "<text x=\"0\" y=\"\(format(y + 17))\" font-size=\"13\">\(HTMLText.escape(bar.title))</text>\n"
            svg += "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 4))\" width=\"\(format(barWidth))\" height=\"16\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.8\"/>\n"
            if width > 0 {
                svg += "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 4))\" width=\"\(format(width))\" height=\"16\" fill=\"url(#\(id)-fill)\"/>\n"
            }
            svg += "<text x=\"\(format(labelWidth + barWidth + 8))\" y=\"\(format(y + 17))\" font-size=\"13\">\(HTMLText.escape(bar.caption))</text>\n"
        }
        return svg + "</svg>\n<figcaption>\(HTMLText.escape(chart.title))</figcaption>\n</figure>\n"
    }

    /// The agency × group grid: in each cell the left half is the tasks led
    /// (solid, darker for more), the right half the tasks partnered
    /// (hatched, denser for more), each with its count written in it.
    private func heatMap(_ map: ReportDocument.HeatMap, id: String) -> String {
        let columns = map.columnLabels.count
        let longest = map.rowLabels.map(\.count).max() ?? 10
        let labelWidth = Double(min(max(longest, 10), 60)) * 6.6 + 8
        let cellWidth = 52.0
        let cellHeight = 22.0
        let top = 40.0
        let width = labelWidth + cellWidth * Double(columns) + 4
        let height = top + cellHeight * Double(map.rowLabels.count) + 4
        let most = max(1, map.cells.flatMap { $0.map { max($0.lead, $0.partner) } }.max() ?? 1)
        var svg = """
            <figure>
            <svg viewBox="0 0 \(format(width)) \(format(height))" role="img" aria-labelledby="\(id)-title \(id)-desc">
            <title id="\(id)-title">\(HTMLText.escape(map.title))</title>
            <desc id="\(id)-desc">\(HTMLText.escape(map.description))</desc>
            <defs>
            """
        for level in 1...4 {
            let spacing = 9 - 2 * level
            svg += "<pattern id=\"\(id)-hatch\(level)\" width=\"\(spacing)\" height=\"\(spacing)\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"\(spacing)\" stroke=\"#000\" stroke-width=\"1.2\"/></pattern>"
        }
        svg += "</defs>\n"
        svg += "<text x=\"0\" y=\"14\" font-size=\"11\">\(HTMLText.escape(map.leadLegend)) · \(HTMLText.escape(map.partnerLegend))</text>\n"
        for (index, label) in map.columnLabels.enumerated() {
            let x = labelWidth + cellWidth * Double(index) + cellWidth / 2
            svg += "<text x=\"\(format(x))\" y=\"\(format(top - 6))\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\">\(HTMLText.escape(label))</text>\n"
        }
        for (row, label) in map.rowLabels.enumerated() {
            let y = top + cellHeight * Double(row)
            let shown = label.count > 60 ? String(label.prefix(59)) + "…" : label
            svg += "<text x=\"0\" y=\"\(format(y + 15))\" font-size=\"11\">\(HTMLText.escape(shown))</text>\n"
            for (column, cell) in map.cells[row].enumerated() {
                let x = labelWidth + cellWidth * Double(column)
                let half = cellWidth / 2
                let shade = cell.lead == 0 ? "#fff" : gray(1 - 0.15 - 0.55 * Double(cell.lead) / Double(most))
                svg += "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(half))\" height=\"\(format(cellHeight))\" fill=\"\(shade)\" stroke=\"#000\" stroke-width=\"0.6\"/>\n"
                svg += "<rect x=\"\(format(x + half))\" y=\"\(format(y))\" width=\"\(format(half))\" height=\"\(format(cellHeight))\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.6\"/>\n"
                if cell.partner > 0 {
                    let density = min(4, 1 + (cell.partner * 3) / most)
                    svg += "<rect x=\"\(format(x + half))\" y=\"\(format(y))\" width=\"\(format(half))\" height=\"\(format(cellHeight))\" fill=\"url(#\(id)-hatch\(density))\" opacity=\"0.45\"/>\n"
                }
                svg += cellText(cell.lead, prefix: language == .vi ? "CT" : "L", x: x + half / 2, y: y + 15, bold: true)
                svg += cellText(cell.partner, prefix: language == .vi ? "PH" : "P", x: x + half * 1.5, y: y + 15, bold: false)
            }
        }
        return svg + "</svg>\n<figcaption>\(HTMLText.escape(map.title)). \(HTMLText.escape(map.leadLegend)); \(HTMLText.escape(map.partnerLegend)).</figcaption>\n</figure>\n"
    }

    private func cellText(_ count: Int, prefix: String, x: Double, y: Double, bold: Bool) -> String {
        guard count > 0 else {
            return "<text x=\"\(format(x))\" y=\"\(format(y))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#777\">·</text>\n"
        }
        return "<text x=\"\(format(x))\" y=\"\(format(y))\" font-size=\"10\" text-anchor=\"middle\"\(bold ? " font-weight=\"bold\"" : "")>"
            + "<tspan fill=\"#000\" stroke=\"#fff\" stroke-width=\"2.5\" paint-order=\"stroke\">\(count) \(prefix)</tspan></text>\n"
    }

    private func gray(_ lightness: Double) -> String {
        let value = Int((max(0, min(1, lightness)) * 255).rounded())
        let hex = String(value, radix: 16)
        let pair = hex.count == 1 ? "0" + hex : hex
        return "#" + pair + pair + pair
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

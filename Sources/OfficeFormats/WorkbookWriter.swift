/// Writes an Excel (`.xlsx`) workbook: sheets of typed cells, a fixed set of
/// styles, frozen and filtered header rows, column widths, drop-down and date
/// validation, and sheet protection without a password (cells left open for
/// answers). Text is always a text cell (an inline string), so no formula can
/// arise from the data; characters XML 1.0 forbids are dropped. The same
/// sheets give the same bytes (`ZipWriter`'s fixed timestamp).
public struct WorkbookWriter: Sendable {
    /// The styles a cell can have (indexes into `cellXfs`).
    public enum Style: Int, Sendable {
        case plain = 0
        /// Bold, wrapped, shaded: a header row.
        case header
        /// Wrapped text.
        case wrapped
        /// Open for an answer on a protected sheet, wrapped.
        case answer
        /// Open for an answer, shown dd/mm/yyyy.
        case answerDay
        /// Bold: a title line.
        case title
        /// A day, shown dd/mm/yyyy.
        case day
        /// A fraction shown as a percentage with one decimal.
        case percent
        /// Wrapped text without borders: a paragraph.
        case paragraph
    }

    public enum Value: Hashable, Sendable {
        case text(String)
        case number(Double)
        /// Days from 1970-01-01.
        case day(Int)
        case empty
    }

    public struct Cell: Hashable, Sendable {
        public var value: Value
        public var style: Style

        public init(_ value: Value, _ style: Style = .plain) {
            self.value = value
            self.style = style
        }
    }

    /// A rule on the cells of one column from `firstRow` to `lastRow`.
    public struct Validation: Hashable, Sendable {
        public enum Rule: Hashable, Sendable {
            /// One of these words, offered as a drop-down.
            case list([String])
            /// A day.
            case day
        }

        public var column: Int
        public var firstRow: Int
        public var lastRow: Int
        public var rule: Rule
        /// Shown when a wrong value is typed.
        public var error: String

        public init(column: Int, firstRow: Int, lastRow: Int, rule: Rule, error: String) {
            self.column = column
            self.firstRow = firstRow
            self.lastRow = lastRow
            self.rule = rule
            self.error = error
        }
    }

    public struct Sheet: Hashable, Sendable {
        public var name: String
        public var rows: [[Cell]]
        /// Widths in characters, by column from the first.
        public var columnWidths: [Double] = []
        /// Rows kept in view when scrolling (the header and what is above it).
        public var frozenRows = 0
        /// The header row (1-based) that gets filter buttons.
        public var filterRow: Int?
        public var validations: [Validation] = []
        /// Protected without a password: cells not styled as answers cannot be changed by mistake.
        public var isProtected = false

        public init(name: String, rows: [[Cell]]) {
            self.name = name
            self.rows = rows
        }
    }

    public var sheets: [Sheet] = []
    public var title: String?
    /// The document's category (`cp:category`), by which a reader can tell what wrote it.
    public var category: String?

    public init(sheets: [Sheet] = [], title: String? = nil) {
        self.sheets = sheets
        self.title = title
    }

    /// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not empty, unique among `taken`.
    public static func sheetName(_ wanted: String, taken: Set<String>) -> String {
        var name = String(wanted.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimming("' ")
        if name.isEmpty { name = "Sheet" }
        if name.count > 31 {
            // Cut at a word's end when one is near, not mid-word.
            let cut = String(name.prefix(31))
            let lastSpace = cut.lastIndex(of: " ").map { cut.distance(from: cut.startIndex, to: $0) } ?? 0
            name = lastSpace >= 20 ? String(cut.prefix(lastSpace)) : cut
        }
        var candidate = name
        var number = 2
        while taken.contains(where: { $0.lowercased() == candidate.lowercased() }) {
            let suffix = " (\(number))"
            candidate = String(name.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return candidate
    }

    /// The workbook's bytes.
    public func finished() -> [UInt8] {
        archive().finished()
    }

    /// Hands the workbook to `emit` in pieces, in order, without joining them (`ZipWriter.write(to:)`).
    public func write(to emit: ([UInt8]) -> Void) {
        archive().write(to: emit)
    }

    private func archive() -> ZipWriter {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(contentTypes.utf8))
        zip.add("_rels/.rels", Array(WorkbookWriter.packageRelationships.utf8))
        zip.add("docProps/core.xml", Array(coreProperties.utf8))
        zip.add("xl/workbook.xml", Array(workbook.utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8))
        zip.add("xl/styles.xml", Array(WorkbookWriter.styles.utf8))
        for (index, sheet) in sheets.enumerated() {
            zip.add("xl/worksheets/sheet\(index + 1).xml", WorkbookWriter.sheetXML(sheet))
        }
        return zip
    }

    // MARK: Parts

    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    var contentTypes: String {
        WorkbookWriter.header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
            + sheets.indices.map {
                #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            }.joined()
            + "</Types>"
    }

    static let packageRelationships = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + "</Relationships>"

    var coreProperties: String {
        WorkbookWriter.header + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/">"#
            + "<dc:title>\(XMLText.escaped(title ?? ""))</dc:title><dc:creator>childplan</dc:creator>"
            + (category.map { "<cp:category>\(XMLText.escaped($0))</cp:category>" } ?? "") + "</cp:coreProperties>"
    }

    var workbook: String {
        WorkbookWriter.header + #"<workbook xmlns="\#(WorkbookWriter.main)" xmlns:r="\#(WorkbookWriter.relationshipsNamespace)"><sheets>"#
            + sheets.enumerated().map { #"<sheet name="\#(XMLText.escaped($1.name))" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
            + "</sheets></workbook>"
    }

    var workbookRelationships: String {
        WorkbookWriter.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + sheets.indices.map {
                #"<Relationship Id="rId\#($0 + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
            }.joined()
            + #"<Relationship Id="rId\#(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
            + "</Relationships>"
    }

    /// The styles, in `Style`'s order. Format 164 is dd/mm/yyyy, as Vietnamese offices write days.
    static let styles = header + #"<styleSheet xmlns="\#(main)">"#
        + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>"#
        + #"<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFD9E2F3"/></patternFill></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill></fills>"#
        + #"<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="9">"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
        + #"<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>"#
        + #"<xf numFmtId="164" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top"/><protection locked="0"/></xf>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>"#
        + #"<xf numFmtId="10" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
        + "</cellXfs></styleSheet>"

    static func sheetXML(_ sheet: Sheet) -> [UInt8] {
        // Written as bytes: a national report's sheet is tens of megabytes, never copied out of a string.
        var xml = Array((header + #"<worksheet xmlns="\#(main)" xmlns:r="\#(relationshipsNamespace)">"#).utf8)
        if sheet.frozenRows > 0 {
            let topLeft = "A\(sheet.frozenRows + 1)"
            xml += (#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="\#(sheet.frozenRows)" topLeftCell="\#(topLeft)" activePane="bottomLeft" state="frozen"/>"#
                + #"<selection pane="bottomLeft" activeCell="\#(topLeft)" sqref="\#(topLeft)"/></sheetView></sheetViews>"#).utf8
        }
        if !sheet.columnWidths.isEmpty {
            xml += ("<cols>" + sheet.columnWidths.enumerated().map {
                #"<col min="\#($0 + 1)" max="\#($0 + 1)" width="\#(String(format2: $1))" customWidth="1"/>"#
            }.joined() + "</cols>").utf8
        }
        xml += "<sheetData>".utf8
        // Column letters made once for the sheet, not once a cell.
        let columnNames = (0..<(sheet.rows.map(\.count).max() ?? 0)).map { Workbook.columnName($0 + 1) }
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = String(rowIndex + 1)
            // Office does not fit a row to wrapped text when it opens a file: the height is given, from the lines the text takes.
            let lines = WorkbookWriter.lines(of: row, widths: sheet.columnWidths)
            xml += (lines > 1 ? #"<row r="\#(number)" ht="\#(String(format2: Double(lines) * 15.75))" customHeight="1">"# : #"<row r="\#(number)">"#).utf8
            for (columnIndex, cell) in row.enumerated() {
                let style = cell.style == .plain ? "" : #" s="\#(cell.style.rawValue)""#
                switch cell.value {
                case .text(let text) where !text.isEmpty:
                    xml += #"<c r=""#.utf8
                    xml += columnNames[columnIndex].utf8
                    xml += number.utf8
                    xml += "\"".utf8
                    xml += style.utf8
                    xml += #" t="inlineStr"><is><t xml:space="preserve">"#.utf8
                    XMLText.appendEscaped(text, to: &xml)
                    xml += "</t></is></c>".utf8
                case .number(let value):
                    xml += (#"<c r="\#(columnNames[columnIndex])\#(number)"\#(style)><v>\#(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))</v></c>"#).utf8
                case .day(let days):
                    xml += #"<c r="\#(columnNames[columnIndex])\#(number)"\#(style)><v>\#(days + 25_569)</v></c>"#.utf8
                default:
                    if cell.style != .plain { xml += #"<c r="\#(columnNames[columnIndex])\#(number)"\#(style)/>"#.utf8 }
                }
            }
            xml += "</row>".utf8
        }
        xml += "</sheetData>".utf8
        if sheet.isProtected {
            xml += #"<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0" sort="0"/>"#.utf8
        }
        if let filterRow = sheet.filterRow, let width = sheet.rows[safe: filterRow - 1]?.count, width > 0 {
            xml += #"<autoFilter ref="A\#(filterRow):\#(Workbook.columnName(width))\#(max(filterRow, sheet.rows.count))"/>"#.utf8
        }
        if !sheet.validations.isEmpty {
            xml += #"<dataValidations count="\#(sheet.validations.count)">"#.utf8
            for validation in sheet.validations {
                let column = Workbook.columnName(validation.column)
                let range = "\(column)\(validation.firstRow):\(column)\(validation.lastRow)"
                let error = #"showErrorMessage="1" errorTitle="childplan" error="\#(XMLText.escaped(validation.error))""#
                switch validation.rule {
                case .list(let words):
                    let list = XMLText.escaped("\"" + words.joined(separator: ",") + "\"")
                    xml += #"<dataValidation type="list" allowBlank="1" showDropDown="0" \#(error) sqref="\#(range)"><formula1>\#(list)</formula1></dataValidation>"#.utf8
                case .day:
                    xml += #"<dataValidation type="date" operator="between" allowBlank="1" \#(error) sqref="\#(range)"><formula1>36526</formula1><formula2>73415</formula2></dataValidation>"#.utf8
                }
            }
            xml += "</dataValidations>".utf8
        }
        xml += "</worksheet>".utf8
        return xml
    }
}

extension WorkbookWriter {
    /// The lines the row's wrapped cells take at their columns' widths (characters per line about the width).
    static func lines(of row: [Cell], widths: [Double]) -> Int {
        var most = 1
        for (index, cell) in row.enumerated() {
            switch cell.style {
            case .header, .wrapped, .answer, .paragraph: break
            default: continue
            }
            guard case .text(let text) = cell.value, index < widths.count else { continue }
            let perLine = max(1, Int(widths[index] * 1.1))
            // Each line of the text takes a screen line for every `perLine` characters (an empty one, one).
            var lines = 0, length = 0
            for scalar in text.unicodeScalars {
                if scalar == "\n" {
                    lines += max(1, (length + perLine - 1) / perLine)
                    length = 0
                } else {
                    length += 1
                }
            }
            lines += max(1, (length + perLine - 1) / perLine)
            most = max(most, lines)
        }
        return min(most, 40)
    }
}

extension String {
    /// A width as Excel writes it: up to two decimals, no trailing zeros.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = hundredths % 100
        self = fraction == 0 ? "\(whole)" : fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    func trimming(_ characters: String) -> String {
        var text = Substring(self)
        while let first = text.first, characters.contains(first) { text = text.dropFirst() }
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

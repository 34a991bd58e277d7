/// The body of a Word (`.docx`) document: its paragraphs and tables in order.
///
/// Text is what Word shows: runs, tabs, line breaks (a line break in a cell
/// is a line break in its text), symbols and non-breaking hyphens; tracked
/// insertions kept and deletions dropped; content controls read through;
/// fields by their shown result, never their code. A table becomes an
/// `OfficeTable` (`gridSpan` across, `vMerge` down); a table inside a cell
/// becomes lines of that cell's text.
public struct WordDocument: Sendable {
    public enum Block: Hashable, Sendable {
        case paragraph(String)
        /// A top-level table and its 1-based place among the document's tables.
        case table(OfficeTable, index: Int)
    }

    public var blocks: [Block]

    public var tables: [(index: Int, table: OfficeTable)] {
        blocks.compactMap { if case .table(let table, let index) = $0 { (index, table) } else { nil } }
    }

    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    public init(bytes: [UInt8]) throws(OfficeProblem) {
        let package = try OfficePackage(bytes: bytes)
        let main = try package.mainPart(default: "word/document.xml")
        guard let blocks = try package.readXML(main, { (reader: inout XMLReader) throws(XMLProblem) in
            var body = WordBodyReader(reader: reader)
            let blocks = try body.read()
            reader = body.reader
            return blocks
        }) else { throw .missingPart(main) }
        self.blocks = blocks
    }
}

/// Walks `word/document.xml`, one element at a time.
struct WordBodyReader {
    var reader: XMLReader
    private var tableCount = 0

    init(reader: XMLReader) {
        self.reader = reader
    }

    /// Elements whose content is read as if it stood in their place: content
    /// controls, custom XML, tracked insertions and moves, hyperlinks, smart tags.
    static let transparent: Set<String> = ["sdt", "sdtContent", "customXml", "ins", "moveTo", "hyperlink", "smartTag", "fldSimple", "dir", "bdo"]
    /// Elements whose content is never shown text: properties, deletions,
    /// field codes, drawings, and the fallback copy of alternate content.
    static let hidden: Set<String> = [
        "pPr", "rPr", "sdtPr", "sdtEndPr", "del", "moveFrom", "delText", "instrText", "delInstrText", "drawing", "pict", "object",
        "Fallback", "footnoteReference", "endnoteReference", "commentReference", "tblPrEx", "bookmarkStart", "proofErr",
    ]

    mutating func read() throws(XMLProblem) -> [WordDocument.Block] {
        while let event = try reader.next() {
            if case .start("body") = event { return try blocks() }
        }
        return []
    }

    /// The paragraphs and tables inside the element just started.
    private mutating func blocks() throws(XMLProblem) -> [WordDocument.Block] {
        var blocks: [WordDocument.Block] = []
        let depth = reader.depth
        while reader.depth >= depth, let event = try reader.next() {
            guard case .start(let name) = event else { continue }
            switch name {
            case "p": blocks.append(.paragraph(try paragraph()))
            case "tbl":
                tableCount += 1
                let index = tableCount
                blocks.append(.table(try table(), index: index))
            case _ where WordBodyReader.transparent.contains(name): continue
            default: try reader.skipElement()
            }
        }
        return blocks
    }

    /// The paragraph just started: its text. (A number Word draws by list numbering is not text: an STT cell
    /// numbered that way reads empty, and takes the next number as an empty one does.)
    private mutating func paragraph() throws(XMLProblem) -> String {
        var text = ""
        let depth = reader.depth
        while reader.depth >= depth, let event = try reader.next() {
            guard case .start(let name) = event else { continue }
            switch name {
            case "t": text += try reader.text()
            case "tab", "ptab": text += "\t"
            case "br", "cr":
                let type = reader.attribute("type")
                if type == nil || type == "textWrapping" { text += "\n" }
            case "noBreakHyphen": text += "-"
            case "sym":
                if let code = reader.attribute("char").flatMap({ UInt32($0, radix: 16) }) {
                    // Symbol fonts put their characters in the private area F000–F0FF.
                    let value = (0xF020...0xF0FF).contains(code) ? code - 0xF000 : code
                    if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
                }
            case _ where WordBodyReader.hidden.contains(name): try reader.skipElement()
            default: continue
            }
        }
        return text
    }

    private struct CellProperties {
        var span = 1
        var continuesAbove = false
        var continuesLeft = false
    }

    private mutating func table() throws(XMLProblem) -> OfficeTable {
        var rows: [OfficeTable.Row] = []
        var gridColumns = 0
        var above: [Int: String] = [:]
        let depth = reader.depth
        while reader.depth >= depth, let event = try reader.next() {
            guard case .start(let name) = event else { continue }
            switch name {
            case "tblGrid":
                let inside = reader.depth
                while reader.depth >= inside, let inner = try reader.next() {
                    if case .start("gridCol") = inner { gridColumns += 1 }
                }
            case "tr":
                let row = try tableRow(number: rows.count + 1, above: above)
                above = Dictionary(row.cells.map { ($0.column, $0.text) }, uniquingKeysWith: { first, _ in first })
                rows.append(row)
            case _ where WordBodyReader.transparent.contains(name): continue
            default: try reader.skipElement()
            }
        }
        let widest = rows.map { $0.cells.last.map { $0.column + $0.span - 1 } ?? 0 }.max() ?? 0
        return OfficeTable(rows: rows, columnCount: max(gridColumns, widest))
    }

    /// The row just started. `above` is the row above's text by column, which a continued vertical merge carries down.
    private mutating func tableRow(number: Int, above: [Int: String]) throws(XMLProblem) -> OfficeTable.Row {
        var cells: [OfficeTable.Cell] = []
        var isHeader = false
        var column = 1
        let depth = reader.depth
        while reader.depth >= depth, let event = try reader.next() {
            guard case .start(let name) = event else { continue }
            switch name {
            case "trPr":
                let inside = reader.depth
                while reader.depth >= inside, let inner = try reader.next() {
                    guard case .start(let property) = inner else { continue }
                    if property == "tblHeader" { isHeader = !["0", "false", "off"].contains(reader.attribute("val") ?? "1") }
                    if property == "gridBefore", cells.isEmpty { column += max(0, Int(reader.attribute("val") ?? "0") ?? 0) }
                }
            case "tc":
                let (properties, text) = try tableCell()
                if properties.continuesLeft, let last = cells.indices.last {
                    cells[last].span += properties.span
                } else {
                    let value = properties.continuesAbove ? above[column] ?? "" : text
                    cells.append(OfficeTable.Cell(column: column, text: value, span: properties.span))
                }
                column += properties.span
            case _ where WordBodyReader.transparent.contains(name): continue
            default: try reader.skipElement()
            }
        }
        return OfficeTable.Row(number: number, cells: cells, isRepeatedHeader: isHeader)
    }

    /// The cell just started: how it merges, and its text (paragraphs as lines).
    private mutating func tableCell() throws(XMLProblem) -> (CellProperties, String) {
        var properties = CellProperties()
        var lines: [String] = []
        let depth = reader.depth
        while reader.depth >= depth, let event = try reader.next() {
            guard case .start(let name) = event else { continue }
            switch name {
            case "tcPr":
                let inside = reader.depth
                while reader.depth >= inside, let inner = try reader.next() {
                    guard case .start(let property) = inner else { continue }
                    let value = reader.attribute("val")
                    switch property {
                    case "gridSpan": properties.span = max(1, min(Int(value ?? "1") ?? 1, 1024))
                    case "vMerge": properties.continuesAbove = value == nil || value == "continue"
                    case "hMerge": properties.continuesLeft = value == nil || value == "continue"
                    default: break
                    }
                }
            case "p": lines.append(try paragraph())
            case "tbl":
                let nested = try table()
                for row in nested.rows {
                    let texts = row.cells.map(\.text).filter { !$0.isEmpty }
                    if !texts.isEmpty { lines.append(texts.joined(separator: " ")) }
                }
            case _ where WordBodyReader.transparent.contains(name): continue
            default: try reader.skipElement()
            }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return (properties, lines.joined(separator: "\n"))
    }
}

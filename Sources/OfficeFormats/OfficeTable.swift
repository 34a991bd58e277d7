/// A table as Word and Excel hold it, cut into a grid: rows of cells, each at
/// its column, merged cells already resolved.
///
/// - A vertically merged cell (Word's `vMerge`, an Excel merged range) gives
///   its value to every row it spans: one lead cell over three tasks is the
///   lead of each.
/// - A horizontally merged cell keeps its value in its first column and says
///   how many columns it spans; the columns it covers are empty.
///
/// Rows are sparse (only the cells that hold something or start a span), so
/// that a sheet claiming sixteen thousand columns costs what it holds.
public struct OfficeTable: Hashable, Sendable {
    public struct Cell: Hashable, Sendable {
        /// 1-based grid column.
        public var column: Int
        public var text: String
        /// The columns the cell covers, itself included.
        public var span: Int
        /// For a date (an Excel number shown as a date): the day, as days from 1970-01-01; `text` is then empty.
        public var day: Int?

        public init(column: Int, text: String, span: Int = 1, day: Int? = nil) {
            self.column = column
            self.text = text
            self.span = span
            self.day = day
        }

        public var isEmpty: Bool { text.isEmpty && day == nil }
    }

    public struct Row: Hashable, Sendable {
        /// 1-based: the row within a Word table, or the sheet's row number.
        public var number: Int
        /// Ascending by column.
        public var cells: [Cell]
        /// Word's "repeat as header row at the top of each page" (`tblHeader`).
        public var isRepeatedHeader: Bool

        public init(number: Int, cells: [Cell], isRepeatedHeader: Bool = false) {
            self.number = number
            self.cells = cells
            self.isRepeatedHeader = isRepeatedHeader
        }

        /// The texts of columns 1 through the last that holds something (a date's is empty: see `Cell.day`).
        public var texts: [String] {
            guard let last = cells.last(where: { !$0.isEmpty })?.column else { return [] }
            var texts = [String](repeating: "", count: last)
            for cell in cells where cell.column <= last { texts[cell.column - 1] = cell.text }
            return texts
        }

        /// The one cell holding text, when it spans more than one column:
        /// a heading across the row.
        public var spanningCell: Cell? {
            let filled = cells.filter { !$0.isEmpty }
            guard filled.count == 1, filled[0].span > 1 else { return nil }
            return filled[0]
        }
    }

    public var rows: [Row]
    /// The widest the grid is, from the table's own grid or its rows.
    public var columnCount: Int

    public init(rows: [Row], columnCount: Int) {
        self.rows = rows
        self.columnCount = columnCount
    }
}

/// Why a Word or Excel file cannot be read.
public enum OfficeProblem: Error, Hashable, Sendable {
    case archive(ZipProblem)
    /// A part's XML is broken or refused.
    case xml(XMLProblem, part: String)
    /// The part that holds the document or workbook is missing.
    case missingPart(String)
    /// A cell that points at a shared string the workbook does not have.
    case missingSharedString(cell: String, index: Int)
    /// A cell reference beyond Excel's grid (column XFD, row 1,048,576).
    case cellOutOfRange(String)
    /// Merged ranges that overlap so much that resolving them would take far longer than the sheet is large.
    case tooManyMergedCells(limit: Int)
}

/// Reads the parts of an Office file (a ZIP archive) that the readers need.
struct OfficePackage {
    let archive: ZipArchive

    init(bytes: [UInt8]) throws(OfficeProblem) {
        do { archive = try ZipArchive(bytes: bytes) } catch { throw .archive(error) }
    }

    /// The part's bytes, or nil when the package has no such part.
    func part(_ name: String) throws(OfficeProblem) -> [UInt8]? {
        do { return try archive.contents(ofEntryNamed: name) } catch { throw .archive(error) }
    }

    /// Reads a part's XML through `body`, naming the part in any problem.
    func readXML<Result>(_ name: String, _ body: (inout XMLReader) throws(XMLProblem) -> Result) throws(OfficeProblem) -> Result? {
        guard let bytes = try part(name) else { return nil }
        var reader = XMLReader(bytes)
        do { return try body(&reader) } catch { throw .xml(error, part: name) }
    }

    /// A part's relationships: id → (type, target part name), targets
    /// resolved against the part's folder.
    func relationships(of partName: String) throws(OfficeProblem) -> [String: (type: String, target: String)] {
        let folder = partName.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let file = partName.split(separator: "/").last.map(String.init) ?? ""
        let relsName = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        let found = try readXML(relsName) { (reader: inout XMLReader) throws(XMLProblem) in
            var relationships: [String: (type: String, target: String)] = [:]
            while let event = try reader.next() {
                guard case .start("Relationship") = event, let id = reader.attribute("Id"), let target = reader.attribute("Target"),
                      reader.attribute("TargetMode") != "External" else { continue }
                relationships[id] = (reader.attribute("Type") ?? "", OfficePackage.resolve(target, in: folder))
            }
            return relationships
        }
        return found ?? [:]
    }

    /// The main part (the document, the workbook), as the package's own relationships name it.
    func mainPart(default defaultName: String) throws(OfficeProblem) -> String {
        let relationships = try self.relationships(of: "")
        return relationships.values.first { $0.type.hasSuffix("/officeDocument") }?.target ?? defaultName
    }

    static func resolve(_ target: String, in folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}

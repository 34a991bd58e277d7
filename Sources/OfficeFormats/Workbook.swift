import Foundation

/// An Excel (`.xlsx`) workbook: its sheets by name, each read when asked for
/// as an `OfficeTable` of the texts Excel shows.
///
/// Shared strings (rich-text runs joined, phonetic guides left out), inline
/// strings, numbers as written plainly (an STT of 1 is "1"), booleans,
/// formulas by their cached value, and numbers under a date format as the
/// day (`Cell.day`; the 1900 system with its leap-year slip, or the 1904
/// one). A merged range gives its top-left value to each row it spans and
/// covers the columns it spans. The `dimension` a sheet claims is ignored;
/// only the rows it holds are read.
public struct Workbook: Sendable {
    public struct Sheet: Hashable, Sendable {
        public var name: String
        public var part: String
    }

    public let sheets: [Sheet]
    private let package: OfficePackage
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>
    private let uses1904: Bool

    public init(bytes: [UInt8]) throws(OfficeProblem) {
        let package = try OfficePackage(bytes: bytes)
        self.package = package
        let main = try package.mainPart(default: "xl/workbook.xml")
        let relationships = try package.relationships(of: main)
        let read = try package.readXML(main) { (reader: inout XMLReader) throws(XMLProblem) -> (sheets: [Sheet], uses1904: Bool) in
            var sheets: [Sheet] = []
            var uses1904 = false
            while let event = try reader.next() {
                guard case .start(let name) = event else { continue }
                if name == "workbookPr", let value = reader.attribute("date1904") { uses1904 = value == "1" || value == "true" }
                if name == "sheet", let id = reader.attribute("id"), let target = relationships[id]?.target {
                    sheets.append(Sheet(name: reader.attribute("name") ?? target, part: target))
                }
            }
            return (sheets, uses1904)
        }
        guard let read else { throw .missingPart(main) }
        sheets = read.sheets
        uses1904 = read.uses1904
        var sharedStrings: [String] = []
        if let part = relationships.values.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target {
            sharedStrings = try package.readXML(part, Workbook.readSharedStrings) ?? []
        }
        self.sharedStrings = sharedStrings
        var dateStyles: Set<Int> = []
        if let part = relationships.values.first(where: { $0.type.hasSuffix("/styles") })?.target {
            dateStyles = try package.readXML(part, Workbook.readDateStyles) ?? []
        }
        self.dateStyles = dateStyles
    }

    // MARK: Shared strings and styles

    static func readSharedStrings(_ reader: inout XMLReader) throws(XMLProblem) -> [String] {
        var strings: [String] = []
        while let event = try reader.next() {
            if case .start("si") = event { strings.append(try richText(&reader)) }
        }
        return strings
    }

    /// The text of the string element just started (`si` or `is`): its `t`, or its runs' `t`s, without phonetic guides.
    static func richText(_ reader: inout XMLReader) throws(XMLProblem) -> String {
        var text = ""
        let depth = reader.depth
        while reader.depth >= depth, let event = try reader.next() {
            guard case .start(let name) = event else { continue }
            if name == "t" { text += try reader.text() } else if name == "rPh" || name == "rPr" { try reader.skipElement() }
        }
        return text
    }

    /// The cell styles (indexes into `cellXfs`) whose number format shows a date.
    static func readDateStyles(_ reader: inout XMLReader) throws(XMLProblem) -> Set<Int> {
        var customDates: Set<Int> = []
        var styles: Set<Int> = []
        var inCellFormats = false
        var index = 0
        while let event = try reader.next() {
            switch event {
            case .start("numFmt"):
                if let id = reader.attribute("numFmtId").flatMap({ Int($0) }), isDateFormat(reader.attribute("formatCode") ?? "") {
                    customDates.insert(id)
                }
            case .start("cellXfs"): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf") where inCellFormats:
                let format = reader.attribute("numFmtId").flatMap { Int($0) } ?? 0
                if builtInDateFormats.contains(format) || customDates.contains(format) { styles.insert(index) }
                index += 1
            default: break
            }
        }
        return styles
    }

    /// Excel's built-in date and time formats (ECMA-376 §18.8.30), with the East Asian ones.
    static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// True when a format code shows a date: it has a day, month or year
    /// code outside quoted text, brackets and escapes.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        var escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": inQuote.toggle()
            case "\\", "_", "*": if !inQuote { escaped = true }
            case "[": if !inQuote { inBracket = true }
            case "]": if !inQuote { inBracket = false }
            case "d", "y", "m": if !inQuote, !inBracket { return true }
            case ";": return false
            default: break
            }
        }
        return false
    }

    // MARK: Sheets

    /// The most work resolving merged ranges may take, in rows visited: far beyond any real sheet.
    public static let mergeWorkLimit = 20_000_000

    /// The sheet's cells as a table.
    public func table(of sheet: Sheet) throws(OfficeProblem) -> OfficeTable {
        guard let bytes = try package.part(sheet.part) else { throw .missingPart(sheet.part) }
        var reader = XMLReader(bytes)
        var table: OfficeTable
        do {
            table = try readSheet(&reader)
        } catch let problem as XMLProblem {
            throw .xml(problem, part: sheet.part)
        } catch let problem as OfficeProblem {
            throw problem
        } catch {
            throw .missingPart(sheet.part)
        }
        while table.rows.last?.cells.allSatisfy(\.isEmpty) == true { table.rows.removeLast() }
        return table
    }

    private func readSheet(_ reader: inout XMLReader) throws -> OfficeTable {
        var rows: [OfficeTable.Row] = []
        var merges: [(top: Int, left: Int, bottom: Int, right: Int)] = []
        var rowNumber = 0
        var column = 0
        while let event = try reader.next() {
            guard case .start(let name) = event else { continue }
            switch name {
            case "row":
                rowNumber = reader.attribute("r").flatMap { Int($0) } ?? rowNumber + 1
                guard (1...1_048_576).contains(rowNumber) else { throw OfficeProblem.cellOutOfRange("\(rowNumber)") }
                if rows.last?.number != rowNumber { rows.append(OfficeTable.Row(number: rowNumber, cells: [])) }
                column = 0
            case "c":
                let reference = reader.attribute("r")
                if let reference {
                    guard let (cellColumn, cellRow) = Workbook.cellReference(reference) else { throw OfficeProblem.cellOutOfRange(reference) }
                    column = cellColumn
                    if cellRow != rowNumber {
                        rowNumber = cellRow
                        rows.append(OfficeTable.Row(number: rowNumber, cells: []))
                    }
                } else {
                    column += 1
                    guard column <= 16_384 else { throw OfficeProblem.cellOutOfRange(Workbook.columnName(column) + "\(rowNumber)") }
                }
                if rows.isEmpty {
                    rowNumber = max(rowNumber, 1)
                    rows.append(OfficeTable.Row(number: rowNumber, cells: []))
                }
                let type = reader.attribute("t") ?? "n"
                let style = reader.attribute("s").flatMap { Int($0) } ?? 0
                let cell = try self.cell(&reader, column: column, type: type, style: style,
                                         reference: reference ?? Workbook.columnName(column) + "\(rowNumber)")
                if !cell.isEmpty { rows[rows.count - 1].cells.append(cell) }
            case "mergeCell":
                guard let reference = reader.attribute("ref") else { continue }
                let corners = reference.split(separator: ":")
                guard let first = corners.first, let (left, top) = Workbook.cellReference(String(first)) else { continue }
                let (right, bottom) = corners.count > 1 ? Workbook.cellReference(String(corners[1])) ?? (left, top) : (left, top)
                merges.append((min(top, bottom), min(left, right), max(top, bottom), max(left, right)))
            default: break
            }
        }
        for index in rows.indices where !rows[index].cells.isSorted { rows[index].cells.sort { $0.column < $1.column } }
        try Workbook.applyMerges(merges, to: &rows)
        let widest = rows.map { $0.cells.last.map { $0.column + $0.span - 1 } ?? 0 }.max() ?? 0
        return OfficeTable(rows: rows, columnCount: widest)
    }

    /// The cell just started, as Excel shows it.
    private func cell(_ reader: inout XMLReader, column: Int, type: String, style: Int, reference: String) throws -> OfficeTable.Cell {
        let text = try cellText(&reader, type: type, style: style, reference: reference)
        if type == "n", dateStyles.contains(style), let number = Double(text), let day = Workbook.day(serial: number, uses1904: uses1904) {
            return OfficeTable.Cell(column: column, text: "", day: day)
        }
        return OfficeTable.Cell(column: column, text: text)
    }

    private func cellText(_ reader: inout XMLReader, type: String, style: Int, reference: String) throws -> String {
        var value = ""
        var inline = ""
        let depth = reader.depth
        while reader.depth >= depth, let event = try reader.next() {
            guard case .start(let name) = event else { continue }
            switch name {
            case "v": value = try reader.text()
            case "is": inline = try Workbook.richText(&reader)
            case "f": try reader.skipElement()
            default: break
            }
        }
        switch type {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                throw OfficeProblem.missingSharedString(cell: reference, index: Int(value) ?? -1)
            }
            return sharedStrings[index]
        case "inlineStr": return inline
        case "str", "e": return value
        case "b": return value == "1" || value == "true" ? "TRUE" : "FALSE"
        case "d": return String(value.prefix(10))
        default:
            guard let number = Double(value) else { return value }
            // A date keeps its serial here, for `cell` to read.
            if dateStyles.contains(style) { return value }
            return Workbook.plainNumber(number, written: value)
        }
    }

    /// A number as Excel's General format shows it: whole numbers without a
    /// decimal point, others to fifteen significant digits.
    static func plainNumber(_ number: Double, written: String) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        guard number.isFinite else { return written }
        var text = String(format: "%.15g", number)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// An Excel date serial as days from 1970-01-01. In the 1900 system serial
    /// 60 is the 29 February 1900 that never was (Lotus's slip, kept by Excel),
    /// read as 1 March; in the 1904 system serial 0 is 1 January 1904. The time
    /// of day, if any, is left out.
    static func day(serial: Double, uses1904: Bool) -> Int? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        if uses1904 { return whole - 24_107 }
        guard whole >= 1 else { return nil }
        return whole > 60 ? whole - 25_569 : whole - 25_568
    }

    /// `C12` → (3, 12); nil beyond Excel's grid or for anything else.
    public static func cellReference(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit: column = column * 26 + Int(byte - 64)
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit: column = column * 26 + Int(byte - 96)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - 48)
            default: return nil
            }
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        guard column >= 1, row >= 1 else { return nil }
        return (column, row)
    }

    /// 3 → `C`, 28 → `AB`.
    public static func columnName(_ column: Int) -> String {
        var name = ""
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// Gives each merged range's top-left value to the first column of every
    /// row it spans, with the range's width; other cells inside it are dropped.
    static func applyMerges(_ merges: [(top: Int, left: Int, bottom: Int, right: Int)], to rows: inout [OfficeTable.Row]) throws {
        var work = 0
        for merge in merges {
            var index = rows.partitionPoint { $0.number < merge.top }
            let value = index < rows.count && rows[index].number == merge.top
                ? rows[index].cells.first { $0.column == merge.left }?.text ?? "" : ""
            while index < rows.count, rows[index].number <= merge.bottom {
                work += 1
                if work > mergeWorkLimit { throw OfficeProblem.tooManyMergedCells(limit: mergeWorkLimit) }
                var cells = rows[index].cells.filter { $0.column < merge.left || $0.column > merge.right }
                let place = cells.partitionPoint { $0.column < merge.left }
                cells.insert(OfficeTable.Cell(column: merge.left, text: value, span: merge.right - merge.left + 1), at: place)
                rows[index].cells = cells
                index += 1
            }
        }
    }
}

extension Array {
    /// The first index whose element is not `belongsBefore`, for an array partitioned that way (binary search).
    func partitionPoint(_ belongsBefore: (Element) -> Bool) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if belongsBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension [OfficeTable.Cell] {
    /// True when the cells are in column order, as Excel writes them.
    var isSorted: Bool { zip(self, dropFirst()).allSatisfy { $0.column < $1.column } }
}

import OfficeFormats

/// Where something was read: a file, and a 1-based line and column within it.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// In a Word document or Excel workbook: the table or sheet (`line` is then its row).
    public var part: SourcePart?

    public init(file: String, line: Int, column: Int, part: SourcePart? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.part = part
    }

    /// A problem with the file as a whole (it is missing, or a directory) has no line.
    public static func wholeFile(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 0, column: 0)
    }

    /// `file:line:column`, the prefix every diagnostic starts with; just
    /// `file` for a problem with the whole file.
    public var description: String {
        switch part {
        case _ where line == 0: file
        case nil: "\(file):\(line):\(column)"
        case .sheet(let name): "\(file):\(name)!\(Workbook.columnName(column))\(line)"
        case .table(let number): "\(file): table \(number), row \(line), column \(column)"
        }
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.part?.order ?? 0, lhs.line, lhs.column) < (rhs.file, rhs.part?.order ?? 0, rhs.line, rhs.column)
    }
}

/// Where in a Word document or Excel workbook a row was read.
public enum SourcePart: Hashable, Sendable {
    /// The document's table with this 1-based number.
    case table(Int)
    /// The workbook's sheet with this name.
    case sheet(String)

    var order: Int {
        if case .table(let number) = self { number } else { 0 }
    }
}

import Foundation

/// Writes CSV records per RFC 4180: a field is quoted when it holds the
/// delimiter, a quote, a line break or leading/trailing space; quotes inside
/// are doubled. A field a spreadsheet would evaluate as a formula (starting
/// with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`;
/// `CSVRecord.string` takes it off again when childplan reads the file.
public struct CSVWriter: Sendable {
    public var delimiter: Character
    public var lineEnd: String
    /// Quote every field, as some spreadsheets do.
    public var quoteAll: Bool

    public init(delimiter: Character = ",", lineEnd: String = "\n", quoteAll: Bool = false) {
        self.delimiter = delimiter
        self.lineEnd = lineEnd
        self.quoteAll = quoteAll
    }

    /// The characters that make a spreadsheet evaluate a cell.
    public static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// The text with a leading `'` when a spreadsheet would take it for a formula.
    public static func neutralized(_ text: String) -> String {
        guard let first = text.utf8.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    public func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(delimiter)) + lineEnd
    }

    public func table(_ rows: [[String]]) -> String {
        rows.map(record).joined()
    }

    func field(_ raw: String) -> String {
        let text = CSVWriter.neutralized(raw)
        let needsQuotes = quoteAll || text.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

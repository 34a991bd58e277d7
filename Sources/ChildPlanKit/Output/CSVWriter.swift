import Foundation

/// Writes CSV records per RFC 4180: a field is quoted when it holds the
/// delimiter, a quote, a line break or leading/trailing space; quotes inside
/// are doubled.
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

    public func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(delimiter)) + lineEnd
    }

    public func table(_ rows: [[String]]) -> String {
        rows.map(record).joined()
    }

    func field(_ text: String) -> String {
        let needsQuotes = quoteAll || text.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

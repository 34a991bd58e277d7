import Foundation

/// Writes CSV records per RFC 4180: a field is quoted when it holds the
/// delimiter, a quote, a line break or leading/trailing space; quotes inside
/// are doubled. A field a spreadsheet would evaluate as a formula (starting
/// with `=`, `+`, `-`, `@`, tab or carriage return), or read as a date or a
/// number that is not its text (`1/1`, `007`), gets a leading `'`;
/// `CSVRecord.string` takes it off again when childplan reads the file.
public struct CSVWriter: Sendable {
    public var delimiter: Character
    public var lineEnd: String
    /// Quote every field, as some spreadsheets do.
    public var quoteAll: Bool
    /// Guard days and numbers a spreadsheet would change (`1/1`, `007`), as in a report. The updates log
    /// does not: its dates are meant to be read as dates, and earlier rows are not guarded.
    public var guardsDaysAndNumbers: Bool

    public init(delimiter: Character = ",", lineEnd: String = "\n", quoteAll: Bool = false, guardsDaysAndNumbers: Bool = true) {
        self.delimiter = delimiter
        self.lineEnd = lineEnd
        self.quoteAll = quoteAll
        self.guardsDaysAndNumbers = guardsDaysAndNumbers
    }

    /// The text with a leading `'` when a spreadsheet would take it for a formula, or read it as a date or a
    /// number that is not the text (`SpreadsheetFormula.needsGuard`).
    public static func neutralized(_ text: String, guardingDaysAndNumbers: Bool = true) -> String {
        let needsGuard = guardingDaysAndNumbers
            ? SpreadsheetFormula.needsGuard(text.utf8) : text.utf8.first.map(SpreadsheetFormula.starts.contains) == true
        return needsGuard ? "'" + text : text
    }

    public func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(delimiter)) + lineEnd
    }

    public func table(_ rows: [[String]]) -> String {
        rows.map(record).joined()
    }

    /// One field, quoted when it must be; looked at byte by byte, so a
    /// quote or line break followed by a combining mark still counts.
    func field(_ raw: String) -> String {
        let text = CSVWriter.neutralized(raw, guardingDaysAndNumbers: guardsDaysAndNumbers)
        let delimiterByte = delimiter.asciiValue ?? 0x2C
        let utf8 = text.utf8
        let needsQuotes = quoteAll || utf8.first == 0x20 || utf8.last == 0x20
            || utf8.contains { $0 == delimiterByte || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return text }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(utf8.count + 8)
        for byte in utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }
}

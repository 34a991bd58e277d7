/// What a spreadsheet would change in a cell of a CSV file it opens: a
/// formula it would evaluate (CSV injection), or a date or number it would
/// read the text as (`1/1`, `3-4`, `05/06/2026` — a different day in another
/// locale —, `007`, a number longer than Excel's 15 digits). The CSV writer
/// guards such cells with a leading `'`, and the CSV reader takes the guard
/// off again, so both ask `needsGuard` of the same bytes.
enum SpreadsheetFormula {
    /// The first bytes that make a spreadsheet evaluate a cell.
    static let starts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// True when a spreadsheet would not keep the text as it is.
    static func needsGuard<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard let first = bytes.first else { return false }
        if starts.contains(first) { return true }
        func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
        if bytes.allSatisfy(isDigit) { return bytes.count > 15 || (bytes.count > 1 && first == UInt8(ascii: "0")) }
        return looksLikeDay(bytes)
    }

    /// `1/1`, `3-4`, `05/06/2026`, `2026-11-22`: one to four digits, then one or two more parts of digits
    /// after `/` or `-`, which a spreadsheet reads as a day.
    static func looksLikeDay<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var parts = 1
        var digits = 0
        for byte in bytes {
            if byte &- 0x30 < 10 {
                digits += 1
                if digits > 4 { return false }
            } else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") {
                guard digits > 0 else { return false }
                parts += 1
                digits = 0
                if parts > 3 { return false }
            } else {
                return false
            }
        }
        return parts >= 2 && digits > 0
    }
}

/// What makes a spreadsheet take a cell for a formula (CSV injection): the
/// CSV writer guards such cells with a leading `'`, and the CSV reader
/// takes the guard off again, so both must agree on these bytes.
enum SpreadsheetFormula {
    /// The first bytes that make a spreadsheet evaluate a cell.
    static let starts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]
}

/// A whole CSV file as rows of strings: for small files and tests.
public enum CSVTable {
    public static func rows(utf8 bytes: [UInt8], delimiter: UInt8? = nil) throws(CSVParser.SyntaxError) -> [[String]] {
        var parser = CSVParser(utf8: bytes, delimiter: delimiter)
        var rows: [[String]] = []
        while try parser.nextRecord() { rows.append(parser.record.strings) }
        return rows
    }
}

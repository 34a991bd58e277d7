/// Where the readers of tables (appendix, updates, registry) take their
/// records from: a CSV file (`CSVParser`), or the rows of a Word table or
/// Excel sheet (`OfficeRecords`), so that every rule of reading a table is
/// written once.
protocol RecordSource {
    var record: CSVRecord { get }
    /// The size of the input, in bytes, to reserve room by.
    var byteCount: Int { get }
    /// Moves to the next record; false at the end.
    mutating func nextRecord() throws(CSVParser.SyntaxError) -> Bool
}

extension CSVParser: RecordSource {}

/// Collects the diagnostics of one file as it is read.
struct DiagnosticLog {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    mutating func error(_ problem: InputProblem, line: Int, column: Int) {
        diagnostics.append(.error(problem, at: SourceLocation(file: file, line: line, column: column)))
    }

    mutating func warning(_ problem: InputProblem, line: Int, column: Int) {
        diagnostics.append(.warning(problem, at: SourceLocation(file: file, line: line, column: column)))
    }

    mutating func error(_ problem: InputProblem, in record: CSVRecord, field: Int?) {
        diagnostics.append(.error(problem, at: record.location(ofField: field, file: file)))
    }

    mutating func warning(_ problem: InputProblem, in record: CSVRecord, field: Int?) {
        diagnostics.append(.warning(problem, at: record.location(ofField: field, file: file)))
    }

    /// An error for a row with more filled cells than the header has columns.
    /// Short rows are fine: spreadsheets drop trailing empty cells.
    mutating func checkWidth(of record: CSVRecord, header: CSVHeader) -> Bool {
        let filled = record.trimmedCount
        guard filled <= header.titles.count else {
            error(.raggedRow(fields: filled, columns: header.titles.count), in: record, field: header.titles.count)
            return false
        }
        return true
    }
}

/// Opens a CSV file's bytes for reading: decodes them to UTF-8 and sets up
/// the parser, or says why it cannot, with the place in the file.
enum CSVSource {
    static func parser(for bytes: [UInt8], file: String) -> Result<CSVParser, Diagnostic> {
        if bytes.isEmpty { return .failure(.error(.emptyFile, at: SourceLocation(file: file, line: 1, column: 1))) }
        switch SourceText.utf8(from: bytes) {
        case .success(let utf8):
            if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                return .failure(.error(.emptyFile, at: SourceLocation(file: file, line: 1, column: 1)))
            }
            return .success(CSVParser(utf8: utf8))
        case .failure(let failure):
            return .failure(diagnostic(for: failure, file: file))
        }
    }

    /// Opens a CSV file up to and including its header row, which must name
    /// the columns its kind needs. With `kind`, only that kind's header is
    /// looked for; without, the kind is told from the header.
    static func table(
        for bytes: [UInt8], file: String, kind: FileKind?, cache: ReadingCache? = nil
    ) -> Result<(CSVParser, CSVHeader), Diagnostic> {
        var parser: CSVParser
        switch self.parser(for: bytes, file: file) {
        case .success(let opened): parser = opened
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        do {
            let found = if let cache {
                try cache.header(in: &parser, expecting: kind)
            } else {
                try CSVHeader.find(in: &parser, expecting: kind)
            }
            guard let header = found else {
                return .failure(.error(.headerNotFound(kind ?? .appendix), at: SourceLocation(file: file, line: 1, column: 1)))
            }
            let missing = header.missingRequiredRoles
            guard missing.isEmpty else {
                return .failure(.error(.missingColumns(missing.map(CSVHeader.displayName), header.kind),
                                       at: SourceLocation(file: file, line: header.line, column: 1)))
            }
            return .success((parser, header))
        } catch {
            return .failure(diagnostic(for: error, file: file))
        }
    }

    static func diagnostic(for failure: SourceText.DecodingError, file: String) -> Diagnostic {
        .error(failure.problem, at: SourceLocation(file: file, line: failure.line, column: failure.column))
    }

    static func diagnostic(for error: CSVParser.SyntaxError, file: String) -> Diagnostic {
        .error(error.problem, at: SourceLocation(file: file, line: error.line, column: error.column))
    }
}

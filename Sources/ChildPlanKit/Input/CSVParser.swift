/// An RFC 4180 reader over UTF-8 bytes, one record at a time.
///
/// It works on bytes, never `Character`s: a field is a byte range until a
/// caller asks for its `String`. Beyond RFC 4180 it accepts what
/// spreadsheets write: `,` `;` or tab (detected, or Excel's `sep=;` first
/// line), LF, CRLF or a lone CR, and a final line without a line break.
/// Quoted fields may hold delimiters, doubled quotes and line breaks; text
/// after a closing quote is kept as written rather than refused.
public struct CSVParser {
    public struct SyntaxError: Error, Hashable, Sendable {
        public var problem: InputProblem
        public var line: Int
        public var column: Int
    }

    public let delimiter: UInt8
    public private(set) var record: CSVRecord
    /// The size of the input, in bytes.
    public var byteCount: Int { bytes.count }
    private let bytes: [UInt8]
    private var index: Int
    private var line = 1
    private var lineStart: Int

    static let quote: UInt8 = 0x22
    static let carriageReturn: UInt8 = 0x0D
    static let lineFeed: UInt8 = 0x0A
    public static let candidateDelimiters: [UInt8] = [0x2C, 0x3B, 0x09]
    /// The bytes `detectDelimiter` stops at, as bits: tab, LF, CR, `"`, `,` and `;`.
    private static let delimiterScanBytes: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x22 | 1 << 0x2C | 1 << 0x3B

    /// `bytes` must be UTF-8 without a BOM (see `SourceText`). With no
    /// delimiter given, it is detected from the first records.
    public init(utf8 bytes: [UInt8], delimiter: UInt8? = nil) {
        self.bytes = bytes
        var start = 0
        var chosen = delimiter
        if let (hinted, afterHint) = CSVParser.excelSeparatorHint(in: bytes) {
            chosen = chosen ?? hinted
            start = afterHint
            line = 2
        }
        self.delimiter = chosen ?? CSVParser.detectDelimiter(in: bytes, from: start)
        index = start
        lineStart = start
        record = CSVRecord(source: bytes)
    }

    /// Excel writes `sep=;` as a first line to say which delimiter follows.
    static func excelSeparatorHint(in bytes: [UInt8]) -> (UInt8, Int)? {
        guard bytes.count >= 5, bytes[0] | 0x20 == 0x73, bytes[1] | 0x20 == 0x65, bytes[2] | 0x20 == 0x70,
              bytes[3] == 0x3D else { return nil }
        let separator = bytes[4]
        var next = 5
        guard next == bytes.count || bytes[next] == carriageReturn || bytes[next] == lineFeed else { return nil }
        if next < bytes.count, bytes[next] == carriageReturn { next += 1 }
        if next < bytes.count, bytes[next] == lineFeed { next += 1 }
        return (separator, next)
    }

    /// Picks the delimiter that splits the first records into the most
    /// consistent number of fields (more than one); ties go to more fields,
    /// then to `,` before `;` before tab. One pass over the first 20 records
    /// (at most 64 KB), counting all three candidates outside quotes.
    public static func detectDelimiter(in bytes: [UInt8], from start: Int = 0) -> UInt8 {
        var fieldCounts: [[Int]] = [[], [], []]
        bytes.withUnsafeBufferPointer { buffer in
            var comma = 1, semicolon = 1, tab = 1
            var records = 0
            var inQuotes = false
            var index = start
            let end = min(buffer.count, start + 65_536)
            func endRecord() {
                fieldCounts[0].append(comma)
                fieldCounts[1].append(semicolon)
                fieldCounts[2].append(tab)
                (comma, semicolon, tab) = (1, 1, 1)
                records += 1
            }
            while records < 20 {
                index = firstDelimiterScanByte(in: buffer, from: index, to: end)
                guard index < end else { break }
                let byte = buffer[index]
                index += 1
                if byte == quote {
                    inQuotes.toggle()
                } else if !inQuotes {
                    switch byte {
                    case 0x2C: comma += 1
                    case 0x3B: semicolon += 1
                    case 0x09: tab += 1
                    case lineFeed: endRecord()
                    default:  // carriage return
                        endRecord()
                        if index < end, buffer[index] == lineFeed { index += 1 }
                    }
                }
            }
            if (comma, semicolon, tab) != (1, 1, 1) { endRecord() }
        }
        var best: (delimiter: UInt8, agreeing: Int, fields: Int) = (0x2C, 0, 0)
        for (candidate, delimiter) in candidateDelimiters.enumerated() {
            var agreement: [Int: Int] = [:]
            for fields in fieldCounts[candidate] where fields > 1 { agreement[fields, default: 0] += 1 }
            guard let (fields, agreeing) = agreement.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if agreeing > best.agreeing || (agreeing == best.agreeing && fields > best.fields) {
                best = (delimiter, agreeing, fields)
            }
        }
        return best.delimiter
    }

    /// The first tab, LF, CR, `"`, `,` or `;` from `start` on (before `end`),
    /// or `end`: eight bytes at a time (`ByteWords`).
    static func firstDelimiterScanByte(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        ByteWords.firstIndex(in: buffer, from: start, to: end) { word in
            ByteWords.equal(word, 0x09) | ByteWords.equal(word, 0x0A) | ByteWords.equal(word, 0x0D)
                | ByteWords.equal(word, 0x22) | ByteWords.equal(word, 0x2C) | ByteWords.equal(word, 0x3B)
        } isWanted: { byte in
            byte < 0x3C && (1 << UInt64(byte)) & delimiterScanBytes != 0
        }
    }

    private init(bytes: [UInt8], start: Int, delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
        index = start
        lineStart = start
        record = CSVRecord(source: bytes)
    }

    /// Reads the next record into `record`; false at the end of the input.
    ///
    /// A field is kept as a range of the input when it can be (unquoted, or
    /// quoted with no doubled quote and nothing after the closing quote);
    /// only other quoted fields are copied out, unescaped.
    public mutating func nextRecord() throws(SyntaxError) -> Bool {
        guard index < bytes.count else { return false }
        record.removeAll()
        let delimiter = self.delimiter
        let count = bytes.count
        var i = index
        var line = self.line
        var lineStart = self.lineStart
        var failure: SyntaxError?
        bytes.withUnsafeBufferPointer { buffer in
            fields: while true {
                let fieldStart = i
                let fieldLine = line
                let fieldLineStart = lineStart
                if i < count, buffer[i] == CSVParser.quote {
                    // Where the closing quote is, and whether the field can stay a range of the input.
                    var close = i + 1
                    var plain = true
                    var breaks = 0
                    var lastBreakEnd = lineStart
                    while close < count {
                        close = CSVParser.firstOf(CSVParser.quote, CSVParser.lineFeed, CSVParser.carriageReturn, in: buffer, from: close)
                        guard close < count else { break }
                        let byte = buffer[close]
                        if byte == CSVParser.quote {
                            if close + 1 < count, buffer[close + 1] == CSVParser.quote {
                                plain = false
                                close += 2
                                continue
                            }
                            break
                        }
                        if byte == CSVParser.lineFeed || byte == CSVParser.carriageReturn {
                            if byte == CSVParser.carriageReturn, close + 1 < count, buffer[close + 1] == CSVParser.lineFeed { close += 1 }
                            breaks += 1
                            lastBreakEnd = close + 1
                        }
                        close += 1
                    }
                    guard close < count else {
                        failure = SyntaxError(
                            problem: .unterminatedQuote, line: fieldLine,
                            column: TextColumn.column(in: buffer, lineStart: fieldLineStart, offset: fieldStart))
                        break fields
                    }
                    line += breaks
                    lineStart = lastBreakEnd
                    let after = close + 1
                    let endsHere = after == count || buffer[after] == delimiter
                        || buffer[after] == CSVParser.carriageReturn || buffer[after] == CSVParser.lineFeed
                    if plain, endsHere {
                        record.addField(
                            sourceRange: (fieldStart + 1)..<close, line: fieldLine, lineStart: fieldLineStart, offset: fieldStart)
                        i = after
                    } else {
                        // Unescape the doubled quotes, then keep any text after the closing quote as written.
                        record.beginCopiedField()
                        var run = fieldStart + 1
                        var position = fieldStart + 1
                        while position < close {
                            if buffer[position] == CSVParser.quote {
                                record.copy(UnsafeBufferPointer(rebasing: buffer[run...position]))
                                position += 2
                                run = position
                            } else {
                                position += 1
                            }
                        }
                        if run < close { record.copy(UnsafeBufferPointer(rebasing: buffer[run..<close])) }
                        let runEnd = CSVParser.firstOf(delimiter, CSVParser.carriageReturn, CSVParser.lineFeed, in: buffer, from: after)
                        if runEnd > after { record.copy(UnsafeBufferPointer(rebasing: buffer[after..<runEnd])) }
                        record.endCopiedField(line: fieldLine, lineStart: fieldLineStart, offset: fieldStart)
                        i = runEnd
                    }
                } else {
                    let runEnd = CSVParser.firstOf(delimiter, CSVParser.carriageReturn, CSVParser.lineFeed, in: buffer, from: i)
                    record.addField(sourceRange: i..<runEnd, line: fieldLine, lineStart: fieldLineStart, offset: fieldStart)
                    i = runEnd
                }
                if i < count, buffer[i] == delimiter {
                    // A row of commas without end (a file that is no table) would take
                    // memory far beyond its size: rows are held to a number of cells.
                    guard record.count < Limits.cellsPerRow else {
                        failure = SyntaxError(
                            problem: .tooManyCells(limit: Limits.cellsPerRow), line: line,
                            column: TextColumn.column(in: buffer, lineStart: lineStart, offset: i))
                        break fields
                    }
                    i += 1
                    continue fields
                }
                if i < count {
                    if buffer[i] == CSVParser.carriageReturn, i + 1 < count, buffer[i + 1] == CSVParser.lineFeed { i += 1 }
                    i += 1
                    line += 1
                    lineStart = i
                }
                break fields
            }
        }
        if let failure {
            index = count
            throw failure
        }
        index = i
        self.line = line
        self.lineStart = lineStart
        return true
    }
}

extension CSVParser {
    /// The offset of the first byte at or after `start` that is `a`, `b` or
    /// `c`; `buffer.count` if none is. Eight bytes at a time (`ByteWords`).
    @inline(__always)
    static func firstOf(_ a: UInt8, _ b: UInt8, _ c: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ByteWords.firstIndex(in: buffer, from: start, to: buffer.count) { word in
            ByteWords.equal(word, a) | ByteWords.equal(word, b) | ByteWords.equal(word, c)
        } isWanted: { byte in
            byte == a || byte == b || byte == c
        }
    }
}

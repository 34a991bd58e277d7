/// The fields of one CSV record, kept as unescaped bytes until asked for:
/// most as ranges of the input, quoted ones with doubled quotes copied out.
public struct CSVRecord {
    private struct Field {
        /// Where the field's bytes are: in the input, or in `copied`.
        var start: Int
        var end: Int
        var isCopied: Bool
        /// Where the field starts (its opening quote, if any), for messages.
        var line: Int
        var lineStart: Int
        var offset: Int
    }

    private let source: [UInt8]
    private var copied: [UInt8] = []
    private var fields: [Field] = []
    private var copyStart = 0
    /// For a row of a Word table or an Excel sheet: the table or sheet. Its
    /// fields are then its columns, and `line` is the row.
    public private(set) var part: SourcePart?

    init(source: [UInt8]) {
        self.source = source
        fields.reserveCapacity(16)
    }

    /// A row of a table read from a Word document or an Excel sheet: one
    /// field per column from the first, `row` its row there.
    init(cells: [String], row: Int, part: SourcePart) {
        var source: [UInt8] = []
        var fields: [Field] = []
        fields.reserveCapacity(cells.count)
        for (index, cell) in cells.enumerated() {
            let start = source.count
            source += cell.utf8
            fields.append(Field(start: start, end: source.count, isCopied: false, line: row, lineStart: -1, offset: index + 1))
        }
        self.source = source
        self.fields = fields
        self.part = part
        if fields.isEmpty { self.fields = [Field(start: 0, end: 0, isCopied: false, line: row, lineStart: -1, offset: 1)] }
    }

    mutating func removeAll() {
        fields.removeAll(keepingCapacity: true)
        copied.removeAll(keepingCapacity: true)
    }

    mutating func addField(sourceRange: Range<Int>, line: Int, lineStart: Int, offset: Int) {
        fields.append(Field(
            start: sourceRange.lowerBound, end: sourceRange.upperBound, isCopied: false, line: line, lineStart: lineStart, offset: offset))
    }

    mutating func beginCopiedField() { copyStart = copied.count }

    mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>) { copied.append(contentsOf: bytes) }

    mutating func endCopiedField(line: Int, lineStart: Int, offset: Int) {
        fields.append(Field(start: copyStart, end: copied.count, isCopied: true, line: line, lineStart: lineStart, offset: offset))
    }

    /// The number of fields, counting trailing empty ones.
    public var count: Int { fields.count }

    /// The number of fields up to the last one that is not empty.
    public var trimmedCount: Int {
        var count = fields.count
        while count > 0, isEmpty(count - 1) { count -= 1 }
        return count
    }

    /// The line the record starts on.
    public var line: Int { fields.first?.line ?? 1 }

    /// True when every field is empty or white space: a blank spreadsheet row.
    public var isBlank: Bool {
        (0..<count).allSatisfy { field in withBytes(field) { $0.allSatisfy { $0 == 0x20 || $0 == 0x09 } } }
    }

    public func isEmpty(_ field: Int) -> Bool {
        field >= count || fields[field].end == fields[field].start
    }

    /// The field's bytes, valid only inside `body`. Past the last field, empty.
    func withBytes<Result>(_ field: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        guard field < count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let found = fields[field]
        // Each array is borrowed where it is, not copied into a temporary (a retain and release per cell).
        if found.isCopied {
            return try copied.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[found.start..<found.end])) }
        }
        return try source.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[found.start..<found.end])) }
    }

    /// The field as text in NFC; empty past the last field. A leading `'`
    /// that guards a formula-like cell (`'- Tuyên truyền`, as childplan and
    /// careful spreadsheets write it) is taken off.
    public func string(_ field: Int) -> String {
        let raw = withUnguardedBytes(field) { String(decoding: $0, as: UTF8.self) }
        return withBytes(field, CSVRecord.mayNeedComposition) ? VietnameseText.nfc(raw) : raw
    }

    /// Calls `body` with the field's bytes, less a leading `'` that guards a formula-like cell.
    func withUnguardedBytes<Result>(_ field: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withBytes(field) { bytes in
            let guarded = bytes.count > 1 && bytes[0] == UInt8(ascii: "'") && SpreadsheetFormula.needsGuard(bytes.dropFirst())
            return body(guarded ? UnsafeBufferPointer(rebasing: bytes.dropFirst()) : bytes)
        }
    }

    /// The field tidied for storing (`VietnameseText.tidy`, or `tidyName`
    /// when line breaks are not kept): straight from its bytes when, as
    /// nearly always, there is nothing to tidy.
    public func tidyString(_ field: Int, keepingLineBreaks: Bool) -> String {
        let clean = withUnguardedBytes(field) { text -> String? in
            guard VietnameseText.isTidy(utf8: text, allowingLineBreaks: keepingLineBreaks) else { return nil }
            return String(decoding: text, as: UTF8.self)
        }
        if let clean { return clean }
        return keepingLineBreaks ? VietnameseText.tidy(string(field)) : VietnameseText.tidyName(string(field))
    }

    /// Where a field is, for a message: its line and column, or its table or sheet, row and column.
    func location(ofField field: Int?, file: String) -> SourceLocation {
        let (line, column) = field.map(position(ofField:)) ?? (line, 1)
        return SourceLocation(file: file, line: line, column: column, part: part)
    }

    /// Every field as text.
    public var strings: [String] { (0..<count).map(string) }

    /// Decomposed Vietnamese carries combining marks, whose UTF-8 lead bytes are 0xCC and 0xCD.
    static func mayNeedComposition(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 == 0xCC || $0 == 0xCD }
    }

    /// Line and 1-based column (in characters) where a field starts; past
    /// the last field, just after the end of the last one.
    public func position(ofField field: Int) -> (line: Int, column: Int) {
        if part != nil { return (line, field + 1) }
        if field < count {
            let found = fields[field]
            return source.withUnsafeBufferPointer {
                (found.line, TextColumn.column(in: $0, lineStart: found.lineStart, offset: found.offset))
            }
        }
        guard let last = fields.indices.last else { return (line, 1) }
        let (line, column) = position(ofField: last)
        let length = withBytes(last) { bytes in bytes.indices.filter { TextColumn.startsVisibleCharacter(bytes, at: $0) }.count }
        return (line, column + length + 1)
    }
}

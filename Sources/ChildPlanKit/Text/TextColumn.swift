/// Columns as a user sees them in an editor: one per character, where a
/// letter written with combining tone marks (decomposed text from a PDF)
/// is still one character.
enum TextColumn {
    /// The 1-based column of `offset` on a line starting at `lineStart`, in UTF-8 bytes.
    static func column(in bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, offset: Int) -> Int {
        var column = 1
        var index = lineStart
        while index < offset {
            // An ASCII byte is always one character: the common case, counted without the checks.
            if bytes[index] < 0x80 {
                column += 1
            } else if startsVisibleCharacter(bytes, at: index) {
                column += 1
            }
            index += 1
        }
        return column
    }

    static func column(in bytes: [UInt8], lineStart: Int, offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { column(in: $0, lineStart: lineStart, offset: offset) }
    }

    /// True for the first byte of a scalar that is not a combining mark
    /// (U+0300–U+036F: UTF-8 0xCC 0x80–0xBF and 0xCD 0x80–0xAF).
    static func startsVisibleCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte & 0xC0 == 0x80 { return false }
        if byte == 0xCC { return false }
        if byte == 0xCD, index + 1 < bytes.count, bytes[index + 1] < 0xB0 { return false }
        return true
    }
}

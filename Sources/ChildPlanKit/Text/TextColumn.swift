/// Columns as a user sees them in an editor: one per character, where a
/// letter written with combining tone marks (decomposed text from a PDF)
/// is still one character.
enum TextColumn {
    /// The 1-based column of `offset` on a line starting at `lineStart`, in UTF-8 bytes.
    static func column(in bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, offset: Int) -> Int {
        var column = 1
        var index = lineStart
        // Eight bytes at a time: each byte that is not a UTF-8 continuation
        // byte (10xxxxxx) starts a character, unless a combining mark might
        // be among them (lead byte 0xCC or 0xCD), which the byte loop handles.
        if let base = bytes.baseAddress {
            while index + 8 <= offset {
                let word = ByteWords.load(base, at: index)
                if word & ByteWords.highs == 0 {  // ASCII: a character per byte
                    column += 8
                    index += 8
                    continue
                }
                if hasMarkLead(word) { break }
                let continuation = word & ~(word << 1) & ByteWords.highs
                column += 8 - continuation.nonzeroBitCount
                index += 8
            }
        }
        while index < offset {
            if startsVisibleCharacter(bytes, at: index) { column += 1 }
            index += 1
        }
        return column
    }

    /// True when a byte of the word is 0xCC or 0xCD (the lead bytes of U+0300–U+036F).
    @inline(__always)
    private static func hasMarkLead(_ word: UInt64) -> Bool {
        // 0xCC and 0xCD differ only in their lowest bit: clear it, then look for 0xCC.
        ByteWords.equal(word & ~ByteWords.ones, 0xCC) != 0
    }

    /// Columns asked for in order along a line, each counted on from the
    /// last: what `column(in:lineStart:offset:)` gives, in one pass over a
    /// long line instead of one per question.
    struct Counter {
        private var lineStart = 0
        private var offset = 0
        private var column = 1

        mutating func column(in bytes: [UInt8], lineStart: Int, offset: Int) -> Int {
            if lineStart != self.lineStart || offset < self.offset { (self.lineStart, self.offset, column) = (lineStart, lineStart, 1) }
            column += TextColumn.column(in: bytes, lineStart: self.offset, offset: offset) - 1
            self.offset = offset
            return column
        }
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

/// How a scalar of Latin or Vietnamese text counts toward its characters
/// (graphemes), without Unicode's segmentation rules: where these say
/// `.other`, count by `Character`s instead.
enum ScalarRole {
    /// A character of its own: printable ASCII and Latin-1, Latin Extended,
    /// Vietnamese letters, dashes, quotes, bullets and the ellipsis.
    case character
    /// A combining mark (U+0300–U+036F): part of the character before it, if any.
    case mark
    /// Anything else: controls, joiners, other scripts, emoji.
    case other

    init(_ value: UInt32) {
        switch value {
        case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E: self = .character
        case 0x300...0x36F: self = .mark
        default: self = .other
        }
    }
}

extension ScalarRole {
    /// Counts a scalar into `characters` as a terminal shows it: a character one more, a mark on the character
    /// before it nothing. False, and nothing counted, for a scalar that cannot be counted so (a control, another
    /// script, a mark with nothing before it): such text is measured by `Character`s instead.
    static func count(_ value: UInt32, into characters: inout Int) -> Bool {
        switch ScalarRole(value) {
        case .character:
            characters += 1
            return true
        case .mark where characters > 0: return true
        default: return false
        }
    }
}

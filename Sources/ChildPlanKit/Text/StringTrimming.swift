extension String {
    /// The text without the copies of `character` it ends with. For a
    /// character that is one ASCII byte (a space, `.`, `)`), the bytes are
    /// counted from the end, rather than characters taken off one by one.
    func trimmingSuffix(_ character: Character) -> String {
        guard let byte = character.asciiValue, byte != 0x0A, byte != 0x0D else {
            var copy = self
            while copy.last == character { copy.removeLast() }
            return copy
        }
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == byte { end = utf8.index(before: end) }
        return end == utf8.endIndex ? self : String(self[..<end])
    }
}

extension String {
    /// The text split at an ASCII byte (a line break, a space), found by
    /// bytes rather than characters. Unlike `split(separator:)` on
    /// characters, a `\r\n` pair is split at its `\n`; tidy text has none.
    func split(atASCII byte: UInt8, omittingEmpty: Bool) -> [Substring] {
        let whole = self[...]
        var pieces: [Substring] = []
        var start = whole.utf8.startIndex
        var index = start
        while index < whole.utf8.endIndex {
            if whole.utf8[index] == byte {
                if !omittingEmpty || index > start { pieces.append(whole[start..<index]) }
                start = whole.utf8.index(after: index)
            }
            index = whole.utf8.index(after: index)
        }
        if !omittingEmpty || start < whole.utf8.endIndex { pieces.append(whole[start..<whole.utf8.endIndex]) }
        return pieces
    }
}

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

extension String {
    /// Whether `other`'s UTF-8 bytes stand somewhere in this text's: a search
    /// for keys already in one form (`VietnameseText.matchKey`), without
    /// Foundation's NSString or the standard library's generic searching,
    /// both of which cost more than the search itself on short keys.
    func containsBytes(of other: String) -> Bool {
        var text = self, other = other
        return text.withUTF8 { haystack in
            other.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard needle.count <= haystack.count else { return false }
                var start = 0
                while start <= haystack.count - needle.count {
                    if haystack[start] == first {
                        var matched = 1
                        while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                        if matched == needle.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}

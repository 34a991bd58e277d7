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

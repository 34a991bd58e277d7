/// The opening of a long task text, for tables that name a task rather than quote it.
enum TextExcerpt {
    /// The first line, cut at a word boundary to at most `limit` characters, with `…` when cut.
    static func of(_ text: String, limit: Int = 90) -> String {
        let lineEnd = text.utf8.firstIndex(of: 0x0A) ?? text.utf8.endIndex
        let firstLine = text[..<lineEnd]
        let cutOff = lineEnd != text.utf8.endIndex
        guard let end = characterEnd(of: firstLine, after: limit) else {
            return cutOff ? firstLine + " …" : String(firstLine)
        }
        var excerpt = firstLine[..<end]
        if let lastSpace = excerpt.utf8.lastIndex(of: 0x20) { excerpt = excerpt[..<lastSpace] }
        return String(excerpt).trimmingTrailing(",;:") + "…"
    }

    /// Where the text's character number `count + 1` starts, or nil when it
    /// has `count` characters or fewer. Latin and Vietnamese text is walked
    /// by scalars (a letter and the marks on it are one character); other
    /// text by `Character`s.
    static func characterEnd(of text: Substring, after count: Int) -> String.Index? {
        guard text.utf8.count > count else { return nil }
        var characters = 0
        var index = text.unicodeScalars.startIndex
        while index < text.unicodeScalars.endIndex {
            switch ScalarRole(text.unicodeScalars[index].value) {
            case .character:
                if characters == count { return index }
                characters += 1
            case .mark where characters > 0:
                break
            default:
                return text.index(text.startIndex, offsetBy: count, limitedBy: text.endIndex).flatMap { $0 == text.endIndex ? nil : $0 }
            }
            index = text.unicodeScalars.index(after: index)
        }
        return nil
    }
}

extension String {
    /// The text without any of `characters` at its end, in any order.
    fileprivate func trimmingTrailing(_ characters: String) -> String {
        var text = self
        while let last = text.last, characters.contains(last) { text.removeLast() }
        return text
    }
}

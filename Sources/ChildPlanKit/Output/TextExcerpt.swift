/// The opening of a long task text, for tables that name a task rather than quote it.
enum TextExcerpt {
    /// The first line, cut at a word boundary to at most `limit` characters, with `…` when cut.
    static func of(_ text: String, limit: Int = 90) -> String {
        let firstLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let cutOff = firstLine.utf8.count < text.utf8.count
        // Characters are counted only as far as the limit (never more characters than bytes).
        let fits = firstLine.utf8.count <= limit
            || firstLine.index(firstLine.startIndex, offsetBy: limit + 1, limitedBy: firstLine.endIndex) == nil
        guard !fits else { return cutOff ? firstLine + " …" : firstLine }
        var excerpt = String(firstLine.prefix(limit))
        if let lastSpace = excerpt.lastIndex(of: " ") { excerpt = String(excerpt[..<lastSpace]) }
        while let last = excerpt.last, last == "," || last == ";" || last == ":" { excerpt.removeLast() }
        return excerpt + "…"
    }
}

/// Heuristics on task texts.
enum TextChecks {
    /// Words a Vietnamese sentence does not end on: a text ending on one was
    /// probably cut off when copied.
    static let connectives: Set<String> = [
        "va", "cua", "cac", "cho", "trong", "voi", "de", "ve", "theo", "tai", "nhung", "duoc", "la", "co", "hoac",
        "hay", "den", "tu", "nham", "bang", "qua", "nhu", "khi", "ma", "thi", "cung", "vao", "tren", "duoi", "giua",
    ]

    /// True when the text ends on a comma, dash or connective, or leaves a
    /// parenthesis open. `looseKey`, when given, is `VietnameseText.looseKey(text)`.
    static func looksTruncated(_ text: String, looseKey: String? = nil) -> Bool {
        let trimmed = text.trimmingSuffix(" ")
        guard let last = trimmed.unicodeScalars.last else { return false }
        if [",", ";", ":", "(", "/", "-", "–", "—"].contains(last) { return true }
        // Without a "(" byte there is no "(" character to leave open.
        if trimmed.utf8.contains(0x28), trimmed.filter({ $0 == "(" }).count > trimmed.filter({ $0 == ")" }).count { return true }
        let key = trimmed.utf8.count == text.utf8.count ? looseKey ?? VietnameseText.looseKey(trimmed) : VietnameseText.looseKey(trimmed)
        let lastWord = key.split(separator: " ").last.map(String.init) ?? ""
        return connectives.contains(lastWord)
    }

    /// A sentence of four words or more that the text holds twice (a paste done twice).
    static func repeatedSentence(in text: String) -> String? {
        // Two sentences need a separator with text after it.
        guard let separator = text.utf8.firstIndex(where: { $0 == 0x2E || $0 == 0x3B || $0 == 0x0A }),
              text.utf8[text.utf8.index(after: separator)...].contains(where: { $0 != 0x2E && $0 != 0x3B && $0 != 0x0A && $0 != 0x20 })
        else { return nil }
        var seen: Set<String> = []
        for sentence in text.split(whereSeparator: { $0 == "." || $0 == ";" || $0 == "\n" }) {
            let tidy = VietnameseText.tidyName(String(sentence)).trimmingSuffix(" ")
            let trimmed = tidy.hasPrefix("- ") ? String(tidy.dropFirst(2)) : tidy
            guard trimmed.split(separator: " ").count >= 4 else { continue }
            if !seen.insert(VietnameseText.looseKey(trimmed)).inserted { return trimmed }
        }
        return nil
    }

    /// Latin-1 letters and signs that Vietnamese never uses, but that TCVN3
    /// or VNI text shows when it was opened as another encoding and saved as Unicode.
    static let foreignLatin: Set<Character> = Set("¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ")

    /// A short excerpt around the first garbled-looking run, when at least
    /// two such characters stand in the text.
    static func garbledSample(_ text: String) -> String? {
        // Each of those characters is one Latin-1 scalar: fewer than two such scalars, fewer than two such characters.
        guard text.unicodeScalars.lazy.filter({ $0.value >= 0xA1 && $0.value <= 0xFF && foreignLatin.contains(Character($0)) })
            .prefix(2).count == 2 else { return nil }
        let characters = Array(text)
        let hits = characters.indices.filter { foreignLatin.contains(characters[$0]) }
        guard hits.count >= 2, let first = hits.first else { return nil }
        let start = max(0, first - 8)
        let end = min(characters.count, first + 12)
        return String(characters[start..<end])
    }
}

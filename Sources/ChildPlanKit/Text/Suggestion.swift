/// "Did you mean …": the one scorer of what a user may have meant, for a
/// mistyped command-line word and for an unknown agency name.
enum Suggestion {
    /// The closest of `candidates` to a mistyped word (a command, an option,
    /// a plan id), if one is close enough to be what the user meant (at most
    /// two edits, or a prefix of it).
    static func closestWord(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, EditDistance.between(word.lowercased(), $0.lowercased())) }
        if let (best, distance) = scored.min(by: { $0.1 < $1.1 }), distance <= min(2, max(1, best.count / 3)) {
            return best
        }
        let stripped = word.drop { $0 == "-" }
        if stripped.count >= 3, let prefixed = candidates.first(where: { $0.drop { $0 == "-" }.hasPrefix(stripped) }) {
            return prefixed
        }
        return nil
    }

    /// A key made ready for scoring once: its letters and its words. A
    /// registry's spellings are made into these once, not for every name
    /// looked up.
    struct Key: Sendable {
        let letters: [Character]
        let words: Set<Substring>

        init(_ text: String) {
            letters = Array(text)
            words = Set(text.split(separator: " "))
        }
    }

    /// Up to `limit` names whose keys are closest to `key`, best first (then
    /// by name): each candidate scores by its best key, and only those alike
    /// enough (`similarity` above 0) are named. Keys are loose keys
    /// (`AgencyNameKey.loose`), so that case, diacritics and abbreviations do not count.
    static func closestNames(to key: String, among candidates: [(name: String, keys: [Key])], limit: Int = 3) -> [String] {
        let key = Key(key)
        var scored: [(name: String, score: Double)] = []
        for candidate in candidates {
            let best = candidate.keys.map { similarity(key, $0) }.max() ?? 0
            if best > 0 { scored.append((candidate.name, best)) }
        }
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }.prefix(limit).map(\.name)
    }

    /// How alike two keys are, 0 to 1, or 0 when they are not alike
    /// enough to suggest: half their words or more in common (Dice), or
    /// three quarters of their letters (edit distance) for a misspelling.
    static func similarity(_ a: String, _ b: String) -> Double {
        similarity(Key(a), Key(b))
    }

    static func similarity(_ a: Key, _ b: Key) -> Double {
        let dice = a.words.isEmpty || b.words.isEmpty
            ? 0 : 2 * Double(a.words.intersection(b.words).count) / Double(a.words.count + b.words.count)
        let longest = max(a.letters.count, b.letters.count)
        // Three quarters of the letters: at most a quarter of them edited.
        var letters = 0.0
        if longest > 0, let distance = EditDistance.within(a.letters, b.letters, limit: longest / 4) {
            letters = 1 - Double(distance) / Double(longest)
        }
        return max(dice >= 0.5 ? dice : 0, letters >= 0.75 ? letters : 0)
    }
}

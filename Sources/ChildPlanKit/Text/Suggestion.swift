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

    /// Up to `limit` names whose keys are closest to `key`, best first (then
    /// by name): each candidate scores by its best key, and only those alike
    /// enough (`similarity` above 0) are named. Keys are loose keys
    /// (`AgencyNameKey.loose`), so that case, diacritics and abbreviations do not count.
    static func closestNames(to key: String, among candidates: [(name: String, keys: [String])], limit: Int = 3) -> [String] {
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
        let wordsA = Set(a.split(separator: " "))
        let wordsB = Set(b.split(separator: " "))
        let dice = wordsA.isEmpty || wordsB.isEmpty ? 0 : 2 * Double(wordsA.intersection(wordsB).count) / Double(wordsA.count + wordsB.count)
        let longest = max(a.count, b.count)
        let letters = longest == 0 ? 0 : 1 - Double(EditDistance.between(a, b)) / Double(longest)
        return max(dice >= 0.5 ? dice : 0, letters >= 0.75 ? letters : 0)
    }
}

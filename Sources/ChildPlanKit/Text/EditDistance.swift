/// Levenshtein distance: the fewest single-character insertions, deletions
/// and substitutions that turn one text into another. For "did you mean".
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The distance if it is at most `limit`, else nil: only the band of
    /// cells within `limit` of the diagonal is worked out, and the work stops
    /// as soon as a whole row is past the limit. What "did you mean" asks of
    /// every spelling in a registry.
    static func within(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        let big = limit + 1
        var previous = (0...b.count).map { min($0, big) }
        var current = [Int](repeating: big, count: b.count + 1)
        for i in 1...a.count {
            let from = max(1, i - limit)
            let to = min(b.count, i + limit)
            current[0] = i <= limit ? i : big
            if from > 1 { current[from - 1] = big }
            var rowMinimum = current[0]
            for j in from...to {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution, big)
                rowMinimum = min(rowMinimum, current[j])
            }
            if to < b.count { current[to + 1] = big }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}

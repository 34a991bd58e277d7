import Foundation

/// The words of many task texts, for scoring how alike two texts are
/// (`PlanComparison`): each distinct word is numbered by how rare it is
/// (rank 0 the rarest), each text keeps its words in that order with the
/// weight of the words from each position to its end.
///
/// A word's weight is log(1 + texts / texts holding it); the score of two
/// texts is the weight they share over the weight of all their words.
struct TaskWords {
    /// For each text, its words' ranks, rarest first.
    let ranks: [[Int]]
    /// For each text, `suffix[i]`: the weight of its words from position i on; `suffix[0]` is its whole weight.
    let suffix: [[Double]]
    let weightOfRank: [Double]

    init(texts: [String]) {
        var number: [Substring: Int] = [:]
        var textsHolding: [Int] = []
        let wordNumbers = texts.map { text in
            PlanComparison.words(of: text).map { word -> Int in
                let next = number.count
                let id = number[word, default: next]
                if id == next { number[word] = id; textsHolding.append(0) }
                textsHolding[id] += 1
                return id
            }
        }
        let total = Double(max(texts.count, 1))
        // Rarest first; words held by as many texts keep the order they were first seen in.
        let byRarity = textsHolding.indices.sorted { (textsHolding[$0], $0) < (textsHolding[$1], $1) }
        var rankOf = [Int](repeating: 0, count: byRarity.count)
        for (rank, id) in byRarity.enumerated() { rankOf[id] = rank }
        weightOfRank = byRarity.map { log(1 + total / Double(textsHolding[$0])) }
        ranks = wordNumbers.map { $0.map { rankOf[$0] }.sorted() }
        suffix = ranks.map { [weightOfRank] ranks in
            var sums = [Double](repeating: 0, count: ranks.count + 1)
            for position in ranks.indices.reversed() { sums[position] = sums[position + 1] + weightOfRank[ranks[position]] }
            return sums
        }
    }

    /// The score of texts `a` and `b`, counting only words from positions `from.a` and `from.b` on as shared.
    func score(_ a: Int, _ b: Int, from: (a: Int, b: Int) = (0, 0)) -> Double {
        let wordsA = ranks[a], wordsB = ranks[b]
        var i = from.a, j = from.b
        var shared = 0.0
        while i < wordsA.count, j < wordsB.count {
            if wordsA[i] == wordsB[j] {
                shared += weightOfRank[wordsA[i]]
                i += 1
                j += 1
            } else if wordsA[i] < wordsB[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let union = suffix[a][0] + suffix[b][0] - shared
        return union <= 0 ? 0 : shared / union
    }

    /// How many of a text's rarest words two texts scoring `threshold` or
    /// more must share one of: two such texts share their first common word
    /// within both these prefixes, since the words after a prefix weigh less
    /// than `threshold` times the text's whole weight (a prefix filter). The
    /// margin keeps a rounding error from shortening a prefix.
    func prefixLength(_ text: Int, threshold: Double) -> Int {
        let bound = threshold * suffix[text][0] * (1 - 1e-9)
        var length = 0
        while length < ranks[text].count, suffix[text][length] >= bound { length += 1 }
        return length
    }

    /// Some texts indexed by the words of their prefixes, each in a group, to
    /// find the pairs that score `threshold` or more without trying every pair.
    struct Candidates {
        struct Posting {
            var text: Int
            var position: Int
        }

        let words: TaskWords
        let threshold: Double
        /// Postings of each rank in each group: index `rank * groupSlots + group.number`.
        private var postings: [[Posting]]
        /// For each text, the last text it was met by (`forEachPair`), so that each pair is scored once.
        private var lastMetBy: [Int]
        private static let groupSlots = TaskGroup.allCases.count + 1

        init(_ words: TaskWords, tasks: [Int], groups: [TaskGroup], threshold: Double) {
            self.words = words
            self.threshold = threshold
            postings = Array(repeating: [], count: words.weightOfRank.count * Self.groupSlots)
            lastMetBy = Array(repeating: -1, count: words.ranks.count)
            for (task, group) in zip(tasks, groups) {
                for position in 0..<words.prefixLength(task, threshold: threshold) {
                    postings[words.ranks[task][position] * Self.groupSlots + group.number].append(Posting(text: task, position: position))
                }
            }
        }

        /// Calls `body` with each indexed text of `group` that scores `threshold`
        /// or more with `text`, and the score; each once, in no set order.
        mutating func forEachPair(of text: Int, group: TaskGroup, _ body: (Int, Double) -> Void) {
            let ranks = words.ranks[text]
            let whole = words.suffix[text][0]
            for position in 0..<words.prefixLength(text, threshold: threshold) {
                for posting in postings[ranks[position] * Self.groupSlots + group.number] where lastMetBy[posting.text] != text {
                    lastMetBy[posting.text] = text
                    // First met at their first shared word: nothing before it is shared.
                    let most = min(words.suffix[text][position], words.suffix[posting.text][posting.position])
                    let otherWhole = words.suffix[posting.text][0]
                    guard most / (whole + otherWhole - most) >= threshold * (1 - 1e-9) else { continue }
                    let score = words.score(text, posting.text, from: (position, posting.position))
                    if score >= threshold { body(posting.text, score) }
                }
            }
        }
    }
}

import Foundation

/// How a lower plan covers the plan it implements (DESIGN.md §8, compare):
/// per task group, the parent's tasks and the child's, the groups the child
/// leaves empty, the parent's tasks with no counterpart in the child, and
/// the tasks the child adds.
///
/// Counterparts are tasks of the same group whose texts are alike. Texts
/// are compared as sets of words, without diacritics or case; each word
/// counts by how rare it is across the two plans (a word in every task, such
/// as "trẻ em", counts for little): the score is the weight of the words the
/// two texts share over the weight of all their words (a weighted Jaccard
/// index, 0 to 1). A score of `threshold` or more makes a counterpart.
public struct PlanComparison: Sendable {
    public static let threshold = 0.25

    public struct Match: Sendable {
        public var parentTask: PlanTask
        public var childTask: PlanTask
        public var score: Double
    }

    public struct GroupLine: Sendable {
        public var group: TaskGroup
        public var parentTasks: Int
        public var childTasks: Int
        /// Parent tasks of the group that have a counterpart in the child.
        public var covered: Int
    }

    public var parent: Plan
    public var child: Plan
    public var groups: [GroupLine]
    /// For each parent task with a counterpart, the child task closest to it.
    public var matches: [Match]
    /// Groups where the parent has tasks and the child none.
    public var emptyInChild: [TaskGroup]
    public var uncovered: [PlanTask]
    /// Child tasks with no counterpart in the parent.
    public var added: [PlanTask]

    public init(parent: Plan, child: Plan) {
        self.parent = parent
        self.child = child
        let words = (parent.tasks + child.tasks).map { PlanComparison.words(of: $0.text) }
        var documentFrequency: [Substring: Int] = [:]
        for set in words { for word in set { documentFrequency[word, default: 0] += 1 } }
        let total = Double(max(words.count, 1))
        let weight = { (word: Substring) in log(1 + total / Double(documentFrequency[word] ?? 1)) }
        let parentWords = Array(words.prefix(parent.tasks.count))
        let childWords = Array(words.dropFirst(parent.tasks.count))
        func score(_ a: Set<Substring>, _ b: Set<Substring>) -> Double {
            let union = a.union(b).reduce(0) { $0 + weight($1) }
            return union == 0 ? 0 : a.intersection(b).reduce(0) { $0 + weight($1) } / union
        }

        var matches: [Match] = []
        var uncovered: [PlanTask] = []
        var childMatched = Set<Int>()
        for (parentIndex, parentTask) in parent.tasks.enumerated() {
            var best: (index: Int, score: Double)?
            for (childIndex, childTask) in child.tasks.enumerated() where childTask.group == parentTask.group {
                let value = score(parentWords[parentIndex], childWords[childIndex])
                if value >= PlanComparison.threshold, value > (best?.score ?? 0) { best = (childIndex, value) }
            }
            if let best {
                matches.append(Match(parentTask: parentTask, childTask: child.tasks[best.index], score: best.score))
            } else {
                uncovered.append(parentTask)
            }
        }
        for (childIndex, childTask) in child.tasks.enumerated() {
            for (parentIndex, parentTask) in parent.tasks.enumerated() where parentTask.group == childTask.group {
                if score(parentWords[parentIndex], childWords[childIndex]) >= PlanComparison.threshold { childMatched.insert(childIndex) }
            }
        }
        self.matches = matches
        self.uncovered = uncovered
        added = child.tasks.enumerated().filter { !childMatched.contains($0.offset) }.map(\.element)
        groups = TaskGroup.allCases.map { group in
            GroupLine(
                group: group, parentTasks: parent.tasks.filter { $0.group == group }.count,
                childTasks: child.tasks.filter { $0.group == group }.count,
                covered: matches.filter { $0.parentTask.group == group }.count)
        }
        emptyInChild = groups.filter { $0.parentTasks > 0 && $0.childTasks == 0 }.map(\.group)
    }

    /// The words of a text, without diacritics or case, leaving out one-letter words and list marks.
    static func words(of text: String) -> Set<Substring> {
        let key = VietnameseText.looseKey(text)
        let parts = key.split { !($0.isLetter || $0.isNumber) }
        return Set(parts.filter { $0.count > 1 })
    }
}

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
///
/// A parent task that is its plan's only task in a group stands for the
/// whole group (a frame, as the Decision's seven tasks are): any child task
/// of that group covers it, and none of them is counted as added.
///
/// Only pairs that can reach the threshold are scored (`TaskWords`): two
/// plans of 20,000 tasks are compared without scoring 400 million pairs.
public struct PlanComparison: Sendable {
    public static let threshold = 0.25

    public struct Match: Sendable {
        public var parentTask: PlanTask
        /// The closest child task; for a frame, the closest of its group's (the first when none scores the threshold).
        public var childTask: PlanTask
        public var score: Double
        /// The parent task stands for its whole group, which the child's tasks of that group cover.
        public var coversWholeGroup = false
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
    /// The lead of each task of the parent plan and of the child plan, as carried on the day compared (by task id).
    public var parentLeads: [String: CarriedAgency]
    public var childLeads: [String: CarriedAgency]

    /// `registry` and `day`: whose duties each lead's are on that day (the 2025 reorganisation).
    public init(parent: Plan, child: Plan, registry: AgencyRegistry = DefaultRegistry.registry,
                on day: Day = Day(year: 2025, month: 1, day: 1)!) {
        self.parent = parent
        self.child = child
        func leads(of plan: Plan) -> [String: CarriedAgency] {
            Dictionary(plan.tasks.map { ($0.id, registry.lead(of: $0, in: plan, on: day)) }, uniquingKeysWith: { first, _ in first })
        }
        parentLeads = leads(of: parent)
        childLeads = leads(of: child)
        let words = TaskWords(texts: (parent.tasks + child.tasks).map(\.text))
        let firstChild = parent.tasks.count
        var candidates = TaskWords.Candidates(words, tasks: child.tasks.indices.map { firstChild + $0 },
                                              groups: child.tasks.map(\.group), threshold: PlanComparison.threshold)

        var matches: [Match] = []
        var uncovered: [PlanTask] = []
        var childMatched = [Bool](repeating: false, count: child.tasks.count)
        var parentTasksIn = [Int](repeating: 0, count: TaskGroup.allCases.count + 1)
        for task in parent.tasks { parentTasksIn[task.group.number] += 1 }
        // The child's tasks of each group, found once.
        var childTasksIn = [[Int]](repeating: [], count: TaskGroup.allCases.count + 1)
        for index in child.tasks.indices { childTasksIn[child.tasks[index].group.number].append(index) }
        for (parentIndex, parentTask) in parent.tasks.enumerated() {
            // The closest child task; of equally close ones, the first in the plan.
            var best: (index: Int, score: Double)?
            candidates.forEachPair(of: parentIndex, group: parentTask.group) { candidate, score in
                let childIndex = candidate - firstChild
                childMatched[childIndex] = true
                if let current = best, score < current.score || (score == current.score && childIndex > current.index) { return }
                best = (childIndex, score)
            }
            let group = childTasksIn[parentTask.group.number]
            if parentTasksIn[parentTask.group.number] == 1, let first = group.first {
                // A frame: the child's tasks of the group cover it.
                for index in group { childMatched[index] = true }
                let closest = best ?? (first, words.score(parentIndex, firstChild + first))
                matches.append(Match(parentTask: parentTask, childTask: child.tasks[closest.index], score: closest.score, coversWholeGroup: true))
            } else if let best {
                matches.append(Match(parentTask: parentTask, childTask: child.tasks[best.index], score: best.score))
            } else {
                uncovered.append(parentTask)
            }
        }
        self.matches = matches
        self.uncovered = uncovered
        added = child.tasks.indices.filter { !childMatched[$0] }.map { child.tasks[$0] }
        var coveredIn = [Int](repeating: 0, count: TaskGroup.allCases.count + 1)
        for match in matches { coveredIn[match.parentTask.group.number] += 1 }
        groups = TaskGroup.allCases.map { group in
            GroupLine(group: group, parentTasks: parentTasksIn[group.number], childTasks: childTasksIn[group.number].count,
                      covered: coveredIn[group.number])
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

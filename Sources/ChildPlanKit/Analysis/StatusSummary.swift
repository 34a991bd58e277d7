/// Tasks counted by where they stand: per task group and in total (DESIGN.md §8, status).
public struct StatusSummary: Sendable {
    public struct Tally: Sendable, Hashable {
        public var tasks: Int = 0
        public var byStanding: [Standing: Int] = [:]

        public func count(_ standing: Standing) -> Int { byStanding[standing, default: 0] }

        /// Completed tasks as a share of all tasks, 0 to 100; 0 when there are none.
        public var percentCompleted: Double {
            tasks == 0 ? 0 : Double(count(.completed)) * 100 / Double(tasks)
        }

        mutating func add(_ standing: Standing) {
            tasks += 1
            byStanding[standing, default: 0] += 1
        }
    }

    public struct GroupLine: Sendable {
        public var group: TaskGroup
        public var tally: Tally
    }

    /// All seven groups, in order; a group with no task is a line with 0 tasks, never left out.
    public var groups: [GroupLine]
    public var total: Tally

    public init(_ assessments: [TaskAssessment]) {
        var tallies: [TaskGroup: Tally] = [:]
        var total = Tally()
        // By index: reading two fields in place, not copying each assessment (and retaining all it holds).
        for index in assessments.indices {
            let standing = assessments[index].standing
            tallies[assessments[index].task.group, default: Tally()].add(standing)
            total.add(standing)
        }
        groups = TaskGroup.allCases.map { GroupLine(group: $0, tally: tallies[$0] ?? Tally()) }
        self.total = total
    }
}

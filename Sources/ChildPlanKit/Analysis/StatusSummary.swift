/// Tasks counted by where they stand: per task group and in total (DESIGN.md §8, status).
public struct StatusSummary: Sendable {
    public struct Tally: Sendable, Hashable {
        public var tasks: Int = 0
        public var byStanding: [Standing: Int] = [:]
        /// Returns owed and missing, one per task and closed period: the same
        /// count as the missing reports of `report overdue` and `report returns`.
        public var missingReturns: Int = 0

        public func count(_ standing: Standing) -> Int { byStanding[standing, default: 0] }

        /// Completed tasks as a share of all tasks, 0 to 100; 0 when there are none.
        public var percentCompleted: Double {
            tasks == 0 ? 0 : Double(count(.completed)) * 100 / Double(tasks)
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
        // Counted in a table by group and standing, then made into tallies:
        // nothing is hashed for each task. By index: two fields read in place,
        // not each assessment copied (and all it holds retained).
        let standings = Standing.allCases
        var counts = [Int](repeating: 0, count: (TaskGroup.allCases.count + 1) * standings.count)
        var missing = [Int](repeating: 0, count: TaskGroup.allCases.count + 1)
        for index in assessments.indices {
            let group = assessments[index].task.group.rawValue
            counts[group * standings.count + assessments[index].standing.ordinal] += 1
            missing[group] += assessments[index].missingPeriods.count
        }
        func tally(_ groups: [TaskGroup]) -> Tally {
            var tally = Tally()
            for (ordinal, standing) in standings.enumerated() {
                let count = groups.reduce(0) { $0 + counts[$1.rawValue * standings.count + ordinal] }
                if count > 0 { tally.byStanding[standing] = count }
                tally.tasks += count
            }
            tally.missingReturns = groups.reduce(0) { $0 + missing[$1.rawValue] }
            return tally
        }
        groups = TaskGroup.allCases.map { GroupLine(group: $0, tally: tally([$0])) }
        total = tally(TaskGroup.allCases)
    }
}

extension Standing {
    /// The standing's place in `allCases`, without searching it.
    var ordinal: Int {
        switch self {
        case .completed: 0
        case .inProgress: 1
        case .delayed: 2
        case .notStarted: 3
        case .cancelled: 4
        case .noReport: 5
        case .notYetDue: 6
        case .awaitingRequest: 7
        }
    }
}

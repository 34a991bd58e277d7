/// What each agency carries (DESIGN.md §8, coverage): the tasks it leads
/// and partners in, per group, with its completed and overdue counts.
/// Agencies are counted under whoever carries them on the report's day.
public struct CoverageSummary: Sendable {
    public struct Share: Sendable, Hashable {
        public var lead: Int = 0
        public var partner: Int = 0
    }

    public struct AgencyLine: Sendable {
        /// The agency as carried on the day (name, kind).
        public var agency: CarriedAgency
        /// The agencies whose duties it carries in these plans, in the order first met.
        public var predecessors: [String]
        /// Every spelling the plans used for it or its predecessors, in the order first met.
        public var spellings: [String]
        public var lead: Int
        public var partner: Int
        /// Lead and partner counts per group; groups it has no part in are absent.
        public var groups: [TaskGroup: Share]
        /// Tasks it leads whose standing is completed.
        public var completed: Int
        /// Overdue items of tasks it leads.
        public var overdue: Int
    }

    /// Named agencies: most tasks led first, then most partnered, then by name.
    public var agencies: [AgencyLine]
    /// Collectives ("Các sở, ban, ngành…", "UBND các xã, phường"), counted apart, in the same order.
    public var collectives: [AgencyLine]
    /// Groups no loaded plan has a task in.
    public var emptyGroups: [TaskGroup]

    public init(_ assessments: [TaskAssessment]) {
        var lines: [String: AgencyLine] = [:]
        var order: [String] = []
        func update(_ agency: CarriedAgency, _ change: (inout AgencyLine) -> Void) {
            let key = agency.key
            if lines[key] == nil {
                lines[key] = AgencyLine(
                    agency: agency, predecessors: [], spellings: [], lead: 0, partner: 0, groups: [:], completed: 0, overdue: 0)
                order.append(key)
            }
            if let predecessor = agency.predecessor, !lines[key]!.predecessors.contains(predecessor) {
                lines[key]!.predecessors.append(predecessor)
            }
            if !lines[key]!.spellings.contains(agency.asWritten) {
                lines[key]!.spellings.append(agency.asWritten)
            }
            change(&lines[key]!)
        }
        var groupsWithTasks: Set<TaskGroup> = []
        for assessment in assessments {
            let group = assessment.task.group
            groupsWithTasks.insert(group)
            update(assessment.lead) { line in
                line.lead += 1
                line.groups[group, default: Share()].lead += 1
                if assessment.standing == .completed { line.completed += 1 }
                line.overdue += assessment.overdue.count
            }
            for partner in assessment.partners {
                update(partner) { line in
                    line.partner += 1
                    line.groups[group, default: Share()].partner += 1
                }
            }
        }
        let sorted = order.compactMap { lines[$0] }.sorted {
            ($0.lead, $0.partner) != ($1.lead, $1.partner)
                ? ($0.lead, $0.partner) > ($1.lead, $1.partner)
                : VietnameseText.looseKey($0.agency.name) < VietnameseText.looseKey($1.agency.name)
        }
        agencies = sorted.filter { !$0.agency.isCollective }
        collectives = sorted.filter(\.agency.isCollective)
        emptyGroups = TaskGroup.allCases.filter { !groupsWithTasks.contains($0) }
    }
}

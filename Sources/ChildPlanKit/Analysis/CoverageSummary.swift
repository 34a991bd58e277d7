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
        /// Why tasks moved to it beyond plain successions (a split duty, a plan's own choice), each once.
        public var reasons: [CarrierReason] = []
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
    /// The same kind of agency summed over the jurisdictions it appears in (`Sở Y tế`, 3 provinces):
    /// a roll-up, not one agency; empty unless some agency appears in more than one jurisdiction.
    public var acrossJurisdictions: [NameLine]

    public struct NameLine: Sendable {
        /// The first line of this name met, for its name and kind.
        public var agency: CarriedAgency
        public var jurisdictions: Int
        public var lead: Int
        public var partner: Int
        public var completed: Int
        public var overdue: Int
    }

    /// Groups no loaded plan has a task in.
    public var emptyGroups: [TaskGroup]
    /// Each plan that leaves a group empty, with those groups, in plan order:
    /// a group another plan fills is still a gap in this one.
    public var emptyGroupsByPlan: [(planID: String, groups: [TaskGroup])]

    public init(_ assessments: [TaskAssessment]) {
        var lines: [AgencyLine] = []
        var groups = AgencyGroups()
        func line(of agency: CarriedAgency) -> Int {
            let placement = groups.place(agency)
            guard placement.isNewSpelling else { return placement.group }
            let index = placement.group
            if placement.isNewGroup {
                lines.append(AgencyLine(
                    agency: agency, predecessors: [], spellings: [], lead: 0, partner: 0, groups: [:], completed: 0, overdue: 0))
            }
            if let predecessor = agency.predecessor, !lines[index].predecessors.contains(predecessor) {
                lines[index].predecessors.append(predecessor)
            }
            if let reason = agency.reason, !lines[index].reasons.contains(reason) { lines[index].reasons.append(reason) }
            if !lines[index].spellings.contains(agency.asWritten) {
                lines[index].spellings.append(agency.asWritten)
            }
            return index
        }
        var groupsWithTasks: Set<TaskGroup> = []
        // Each plan's groups with tasks, plans in the order their tasks come.
        var planGroups: [(planID: String, groups: Set<TaskGroup>)] = []
        // By index: the fields are read in place, not copied with the whole assessment.
        for index in assessments.indices {
            let group = assessments[index].task.group
            groupsWithTasks.insert(group)
            if planGroups.last?.planID != assessments[index].planID { planGroups.append((assessments[index].planID, [])) }
            planGroups[planGroups.count - 1].groups.insert(group)
            let lead = line(of: assessments[index].lead)
            lines[lead].lead += 1
            lines[lead].groups[group, default: Share()].lead += 1
            if assessments[index].standing == .completed { lines[lead].completed += 1 }
            lines[lead].overdue += assessments[index].overdue.count
            for partner in assessments[index].partners {
                let index = line(of: partner)
                lines[index].partner += 1
                lines[index].groups[group, default: Share()].partner += 1
            }
        }
        let sortKeys: [String] = lines.map { VietnameseText.looseKey($0.agency.name) }
        let sorted = lines.indices.sorted {
            let (a, b) = (lines[$0], lines[$1])
            if (a.lead, a.partner) != (b.lead, b.partner) { return (a.lead, a.partner) > (b.lead, b.partner) }
            return sortKeys[$0] != sortKeys[$1] ? sortKeys[$0] < sortKeys[$1] : $0 < $1
        }.map { lines[$0] }
        agencies = sorted.filter { !$0.agency.isCollective }
        collectives = sorted.filter(\.agency.isCollective)
        var names: [NameLine] = []
        var nameIndex: [String: Int] = [:]
        for line in agencies where line.agency.jurisdiction != nil {
            if let index = nameIndex[line.agency.nameKey] {
                names[index].jurisdictions += 1
                names[index].lead += line.lead
                names[index].partner += line.partner
                names[index].completed += line.completed
                names[index].overdue += line.overdue
            } else {
                nameIndex[line.agency.nameKey] = names.count
                names.append(NameLine(agency: line.agency, jurisdictions: 1, lead: line.lead, partner: line.partner,
                                      completed: line.completed, overdue: line.overdue))
            }
        }
        // Most tasks led first, then most partnered, then by name, as the agencies are.
        let nameKeys = names.map { VietnameseText.looseKey($0.agency.name) }
        acrossJurisdictions = !names.contains(where: { $0.jurisdictions > 1 }) ? [] : names.indices.sorted {
            let (a, b) = (names[$0], names[$1])
            if (a.lead, a.partner) != (b.lead, b.partner) { return (a.lead, a.partner) > (b.lead, b.partner) }
            return nameKeys[$0] != nameKeys[$1] ? nameKeys[$0] < nameKeys[$1] : $0 < $1
        }.map { names[$0] }
        emptyGroups = TaskGroup.allCases.filter { !groupsWithTasks.contains($0) }
        emptyGroupsByPlan = planGroups.compactMap { plan in
            let empty = TaskGroup.allCases.filter { !plan.groups.contains($0) }
            return empty.isEmpty ? nil : (plan.planID, empty)
        }
    }
}

/// What is overdue, and which tasks cannot be overdue and why (DESIGN.md §7, §8 overdue).
public struct OverdueSummary: Sendable {
    /// The overdue items of one lead agency.
    public struct AgencyGroup: Sendable {
        public var lead: CarriedAgency
        /// The agencies whose tasks it carries here (`CarriedAgency.predecessor`), in the order first met.
        public var predecessors: [String]
        /// Why tasks moved to it beyond plain successions (a split duty, a plan's own choice), each once.
        public var reasons: [CarrierReason]
        /// Where the group's items are in the summary's `items`, in its order.
        let positions: [Int32]
        private let allItems: [OverdueItem]

        init(lead: CarriedAgency, predecessors: [String], reasons: [CarrierReason], positions: [Int32], in allItems: [OverdueItem]) {
            self.lead = lead
            self.predecessors = predecessors
            self.reasons = reasons
            self.positions = positions
            self.allItems = allItems
        }

        /// The group's items, longest overdue first: copied out of the
        /// summary's list when asked for (a JSON report never asks).
        public var items: [OverdueItem] { positions.map { allItems[Int($0)] } }
    }

    /// A task listed for what it lacks rather than for being late.
    public struct ListedTask: Sendable, Hashable {
        public var planID: String
        public var task: PlanTask
        public var lead: CarriedAgency
    }

    /// Every overdue item, longest overdue first.
    public var items: [OverdueItem]
    /// The same items by lead agency: the agency with the longest overdue item
    /// first, then the one with most items; within each, longest overdue first.
    public var byLead: [AgencyGroup]
    /// Tasks done on request (theo đề nghị): never overdue, waiting to be asked.
    public var awaitingRequest: [ListedTask]
    /// Tasks whose timeframe is empty or not understood: never overdue until given one.
    public var needsTimeframe: [ListedTask]
    /// Tasks still led by a district body after the district level ended (1 July 2025).
    public var needsNewLead: [ListedTask]

    public init(_ assessments: [TaskAssessment]) {
        let items = OverdueSummary.longestOverdueFirst(in: assessments)
        self.items = items

        // Groups by lead (see `AgencyGroups`); a group holds where its items
        // are, not copies of them.
        var leads: [CarriedAgency] = []
        var positions: [[Int32]] = []
        var predecessors: [[String]] = []
        var reasons: [[CarrierReason]] = []
        var groups = AgencyGroups()
        for position in items.indices {
            let lead = items[position].lead
            let placement = groups.place(lead)
            if placement.isNewGroup {
                leads.append(lead)
                positions.append([])
                predecessors.append([])
                reasons.append([])
            }
            if placement.isNewSpelling {
                if let predecessor = lead.predecessor, !predecessors[placement.group].contains(predecessor) {
                    predecessors[placement.group].append(predecessor)
                }
                if let reason = lead.reason, !reasons[placement.group].contains(reason) { reasons[placement.group].append(reason) }
            }
            positions[placement.group].append(Int32(position))
        }
        let sortKeys = leads.map { VietnameseText.looseKey($0.name) }
        byLead = leads.indices.sorted {
            let left = (positions[$0].first.map { items[Int($0)].daysOverdue } ?? 0, positions[$0].count)
            let right = (positions[$1].first.map { items[Int($0)].daysOverdue } ?? 0, positions[$1].count)
            if left != right { return left > right }
            return sortKeys[$0] != sortKeys[$1] ? sortKeys[$0] < sortKeys[$1] : $0 < $1
        }.map { AgencyGroup(lead: leads[$0], predecessors: predecessors[$0], reasons: reasons[$0], positions: positions[$0], in: items) }

        // Chosen by index in one pass, so that only the assessments listed are copied.
        var onRequest: [Int] = []
        var withoutTimeframe: [Int] = []
        var withoutLead: [Int] = []
        for index in assessments.indices {
            switch assessments[index].task.timeframe.meaning {
            case .onRequest where assessments[index].task.requested == nil: onRequest.append(index)
            case .unspecified: withoutTimeframe.append(index)
            default: break
            }
            if assessments[index].needsNewLead { withoutLead.append(index) }
        }
        func references(_ indices: [Int]) -> [ListedTask] {
            indices.map { ListedTask(planID: assessments[$0].planID, task: assessments[$0].task, lead: assessments[$0].lead) }
        }
        awaitingRequest = references(onRequest)
        needsTimeframe = references(withoutTimeframe)
        needsNewLead = references(withoutLead)
    }

    /// The overdue items of these assessments, longest overdue first; among
    /// equals, in plan and task order, then the earlier period first. The
    /// one order of overdue items, for the summary and an agency's brief.
    static func longestOverdueFirst(in assessments: [TaskAssessment]) -> [OverdueItem] {
        // Items come in plan and task order; a stable sort by days overdue
        // keeps that order among equals. What is sorted is where each item is
        // (an item is a large value, and copying it retains its task's texts).
        // The sort compares keys taken out once, not the items themselves.
        struct Place {
            var assessment: Int32
            var item: Int32
            var daysOverdue: Int
            /// The end of the period concerned, or the due day.
            var end: Day
        }
        var places: [Place] = []
        places.reserveCapacity(assessments.count)
        for assessment in assessments.indices {
            for index in assessments[assessment].overdue.indices {
                let (daysOverdue, period, due) = (
                    assessments[assessment].overdue[index].daysOverdue, assessments[assessment].overdue[index].period,
                    assessments[assessment].overdue[index].due)
                places.append(Place(
                    assessment: Int32(assessment), item: Int32(index), daysOverdue: daysOverdue, end: period?.end ?? due))
            }
        }
        func item(_ place: Place) -> OverdueItem {
            assessments[Int(place.assessment)].overdue[Int(place.item)]
        }
        let order = places.indices.sorted {
            let (placeA, placeB) = (places[$0], places[$1])
            if placeA.daysOverdue != placeB.daysOverdue { return placeA.daysOverdue > placeB.daysOverdue }
            if placeA.assessment != placeB.assessment { return $0 < $1 }
            return placeA.end < placeB.end
        }
        return order.map { item(places[$0]) }
    }
}

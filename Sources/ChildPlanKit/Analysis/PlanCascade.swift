/// The plans as a tree — the Decision, the provinces' plans, their districts' and communes' — with the task groups
/// each covers and those it leaves empty against the level above (`report cascade`; issue 18, point 3).
public struct PlanCascade: Sendable {
    public enum Level: Int, Sendable, Comparable {
        case nation, province, lower, unplaced
        public static func < (left: Level, right: Level) -> Bool { left.rawValue < right.rawValue }
    }

    public struct Node: Sendable {
        public var planID: String
        public var level: Level
        /// Where the plan belongs as written; the province it lies in on the day.
        public var jurisdiction: Jurisdiction?
        public var province: Jurisdiction?
        /// The groups the plan has tasks in.
        public var groups: Set<TaskGroup>
        /// The groups of the level above (the Decision's seven when that level's plans are not loaded).
        public var parentGroups: Set<TaskGroup>
        /// The groups the level above covers and this plan leaves empty, in order.
        public var leftEmpty: [TaskGroup] { TaskGroup.allCases.filter { parentGroups.contains($0) && !groups.contains($0) } }
    }

    public var asOf: Day
    /// The plans, as loaded (for naming them by their documents).
    public var plans: [Plan]
    /// The plans in tree order: the nation's, then each province (in name order) with its own plans and then its
    /// districts' and communes'; plans whose place is not known last.
    public var nodes: [Node]

    public init(_ data: DataSet, asOf day: Day) {
        asOf = day
        plans = data.plans
        let places = data.registry.places
        let allGroups = Set(TaskGroup.allCases)
        var nodes: [Node] = []
        for (index, plan) in data.plans.enumerated() {
            let jurisdiction = data.jurisdictions[index]
            let level: Level = switch jurisdiction?.level {
            case .national?: .nation
            case .province?: .province
            case .district?, .commune?: .lower
            case nil: .unplaced
            }
            nodes.append(Node(planID: plan.id, level: level, jurisdiction: jurisdiction,
                              province: jurisdiction.flatMap { places.current($0, on: day).provinceJurisdiction },
                              groups: Set(plan.tasks.map(\.group)), parentGroups: allGroups))
        }
        // The level above: the nation's plans for a province's, the province's own for its districts' and communes'.
        let national = nodes.filter { $0.level == .nation }.reduce(into: Set<TaskGroup>()) { $0.formUnion($1.groups) }
        var provincial: [String: Set<TaskGroup>] = [:]
        for node in nodes where node.level == .province {
            if let key = node.province?.key { provincial[key, default: []].formUnion(node.groups) }
        }
        for index in nodes.indices {
            switch nodes[index].level {
            case .province: nodes[index].parentGroups = national.isEmpty ? allGroups : national
            case .lower: nodes[index].parentGroups = nodes[index].province.flatMap { provincial[$0.key] } ?? (national.isEmpty ? allGroups : national)
            case .nation, .unplaced: nodes[index].parentGroups = allGroups
            }
        }
        let provinceKeys = nodes.map { $0.province.map { VietnameseText.looseKey($0.name) } ?? "" }
        self.nodes = nodes.indices.sorted { a, b in
            let (left, right) = (nodes[a], nodes[b])
            func rank(_ node: Node) -> Int { node.level == .nation ? 0 : node.level == .unplaced ? 2 : 1 }
            if rank(left) != rank(right) { return rank(left) < rank(right) }
            if provinceKeys[a] != provinceKeys[b] { return provinceKeys[a] < provinceKeys[b] }
            if left.level != right.level { return left.level < right.level }
            return a < b
        }.map { nodes[$0] }
    }
}

import Foundation

/// The data a report is computed from: plans, the updates that match their
/// tasks, and the agency registry. Analysis reads plans and tasks from
/// here, and a task's updates only through `updates(asOf:)`.
public struct DataSet: Sendable {
    public private(set) var plans: [Plan]
    public var registry: AgencyRegistry {
        didSet { jurisdictions = DataSet.jurisdictions(of: plans, places: registry.places) }
    }
    /// Each plan's jurisdiction as written (given, or read from its issuer), in plan order; nil where it cannot be told.
    public private(set) var jurisdictions: [Jurisdiction?]
    /// For each plan, the loaded plan it implements: the one plan whose number and symbol (`document`) is what
    /// its `implements` says. nil when none is loaded, when several have that number, or when the number is left
    /// blank ("…/KH-UBND").
    public let parentPlans: [Int?]
    /// Finds a task's reference by its plan and id.
    let taskLookup: TaskLookup
    /// Updates file by file as read, each with the task it is for; kept as
    /// read (not copied into one list), since a national data set holds
    /// close to a million.
    let updateBatches: [UpdateBatch]

    /// Updates as one file gave them, and for each the task it is for, or
    /// nil when it matches no task of a loaded plan.
    struct UpdateBatch: Sendable {
        var updates: [StatusUpdate]
        var tasks: [TaskRef?]
    }

    /// Plans and updates; an update that names no task of a plan is left out.
    public init(plans: [Plan], updates: [StatusUpdate] = [], registry: AgencyRegistry = DefaultRegistry.registry) {
        let lookup = TaskLookup(plans)
        self.init(
            plans: plans, taskLookup: lookup,
            updateBatches: [UpdateBatch(updates: updates, tasks: updates.map { lookup.task(plan: $0.planID, task: $0.taskID) })],
            registry: registry)
    }

    init(plans: [Plan], taskLookup: TaskLookup, updateBatches: [UpdateBatch], registry: AgencyRegistry) {
        self.plans = plans
        self.registry = registry
        jurisdictions = DataSet.jurisdictions(of: plans, places: registry.places)
        parentPlans = DataSet.parentPlans(of: plans)
        self.taskLookup = taskLookup
        self.updateBatches = updateBatches
    }

    /// Where each plan belongs (`PlaceRegistry.jurisdiction(of:)`).
    static func jurisdictions(of plans: [Plan], places: PlaceRegistry) -> [Jurisdiction?] {
        plans.map(places.jurisdiction(of:))
    }

    /// The plans implemented, by number and symbol (see `parentPlans`).
    static func parentPlans(of plans: [Plan]) -> [Int?] {
        func key(_ document: String?) -> String? {
            guard let document, !document.isEmpty, !document.contains("…"), !document.contains("...") else { return nil }
            return VietnameseText.looseKey(document)
        }
        var byDocument: [String: [Int]] = [:]
        for (index, plan) in plans.enumerated() {
            if let key = key(plan.document) { byDocument[key, default: []].append(index) }
        }
        return plans.indices.map { index in
            guard let key = key(plans[index].implements), let parents = byDocument[key], parents.count == 1, parents[0] != index else { return nil }
            return parents[0]
        }
    }

    /// The place a plan lies within: its own jurisdiction, or, when that cannot be told, that of the plan it
    /// implements (or of that one's parent, and so on) — a commune plan that names no issuer but implements its
    /// province's plan lies in that province. `own` is false for a place found through the chain.
    public func placement(ofPlanAt index: Int) -> (jurisdiction: Jurisdiction, own: Bool)? {
        if let own = jurisdictions[index] { return (own, true) }
        var current = index
        for _ in 0..<8 {
            guard let parent = parentPlans[current] else { return nil }
            if let found = jurisdictions[parent] { return (found, false) }
            current = parent
        }
        return nil
    }

    /// True when plans of more than one jurisdiction are loaded: agency names are then shown with their place.
    public var spansJurisdictions: Bool {
        var first: Jurisdiction?
        for case let jurisdiction? in jurisdictions where jurisdiction.level != .national {
            if let first, first != jurisdiction { return true }
            first = jurisdiction
        }
        return false
    }

    /// How many tasks the plans have in all.
    public var taskCount: Int { taskLookup.count }

    /// The references of a plan's tasks, in the order of its list.
    public func taskRefs(ofPlanAt planIndex: Int) -> TaskRefs {
        TaskRefs(first: Int32(taskLookup.firstTask[planIndex]), count: plans[planIndex].tasks.count)
    }

    /// The task with this id in the plan with this id (the first plan loaded with it).
    public func taskRef(plan planID: String, task taskID: String) -> TaskRef? {
        taskLookup.task(plan: planID, task: taskID)
    }

    /// Each task's updates as known on a day (see `UpdateIndex`).
    func updates(asOf day: Day, cores: Int = Parallel.cores) -> UpdateIndex {
        UpdateIndex(self, asOf: day, cores: cores)
    }

    /// Every update that matches a task, in the order read: a new array each call.
    public func matchedUpdates() -> [StatusUpdate] {
        updateBatches.flatMap { batch in batch.updates.indices.compactMap { batch.tasks[$0] == nil ? nil : batch.updates[$0] } }
    }

    /// How many updates match a task.
    public var updateCount: Int {
        updateBatches.reduce(0) { total, batch in total + batch.tasks.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }
    }
}

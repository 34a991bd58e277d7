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
        self.taskLookup = taskLookup
        self.updateBatches = updateBatches
    }

    /// Where each plan belongs (`PlaceRegistry.jurisdiction(of:)`).
    static func jurisdictions(of plans: [Plan], places: PlaceRegistry) -> [Jurisdiction?] {
        plans.map(places.jurisdiction(of:))
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
    func updates(asOf day: Day, cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> UpdateIndex {
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

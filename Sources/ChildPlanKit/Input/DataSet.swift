/// The data a report is computed from: plans, the updates that match their
/// tasks, and the agency registry.
public struct DataSet: Sendable {
    public var plans: [Plan]
    public var registry: AgencyRegistry
    /// Updates file by file as read, each with the task it is for; kept as
    /// read (not copied into one list), since a national data set holds
    /// close to a million.
    var updateBatches: [UpdateBatch]

    /// Updates as one file gave them, and for each the number of its task
    /// (see `TaskNumbering`), or nil when it matches no task of a loaded plan.
    struct UpdateBatch: Sendable {
        var updates: [StatusUpdate]
        var tasks: [Int32?]
    }

    /// Plans and updates; an update that names no task of a plan is left out.
    public init(plans: [Plan], updates: [StatusUpdate] = [], registry: AgencyRegistry = DefaultRegistry.registry) {
        self.plans = plans
        self.registry = registry
        let numbering = TaskNumbering(plans)
        updateBatches = [UpdateBatch(updates: updates, tasks: updates.map { numbering.number(plan: $0.planID, task: $0.taskID) })]
    }

    init(plans: [Plan], updateBatches: [UpdateBatch], registry: AgencyRegistry) {
        self.plans = plans
        self.registry = registry
        self.updateBatches = updateBatches
    }

    /// Every update that matches a task, in the order read.
    public var updates: [StatusUpdate] {
        updateBatches.flatMap { batch in batch.updates.indices.compactMap { batch.tasks[$0] == nil ? nil : batch.updates[$0] } }
    }

    /// How many updates match a task.
    public var updateCount: Int {
        updateBatches.reduce(0) { total, batch in total + batch.tasks.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }
    }
}

/// The tasks of a data set numbered plan by plan, in order, from 0: the
/// number an update is matched to, and the place of the task's assessment.
struct TaskNumbering {
    /// Plan id → the plan's position (the first plan with the id).
    private var planPositions: [String: Int] = [:]
    /// Where each plan's groups start in `numbers`: group `g` (0-based) of
    /// plan `p` is `numbers[groupStarts[p * 7 + g] ..< groupStarts[p * 7 + g + 1]]`,
    /// indexed by task number. One flat table, not an array per group.
    private var groupStarts: [Int32] = [0]
    /// Task number within its group → the task's number in the data set, or -1.
    private var numbers: [Int32] = []
    /// The number of each plan's first task.
    private(set) var firstTask: [Int] = []
    private(set) var count = 0

    private static let groupCount = TaskGroup.allCases.count

    init(_ plans: [Plan]) {
        firstTask.reserveCapacity(plans.count)
        groupStarts.reserveCapacity(plans.count * TaskNumbering.groupCount + 1)
        // By index: each task's group and number read in place, no task copied.
        for index in plans.indices {
            firstTask.append(count)
            // Each group's row is as long as its highest task number, plus one.
            var widths = [Int](repeating: 0, count: TaskNumbering.groupCount)
            for taskIndex in plans[index].tasks.indices {
                let group = plans[index].tasks[taskIndex].group.rawValue - 1
                widths[group] = max(widths[group], plans[index].tasks[taskIndex].number + 1)
            }
            let planStart = numbers.count
            var groupOffsets = [Int](repeating: 0, count: TaskNumbering.groupCount)
            for group in 0..<TaskNumbering.groupCount {
                groupOffsets[group] = numbers.count - planStart
                numbers.append(contentsOf: repeatElement(-1, count: widths[group]))
                groupStarts.append(Int32(numbers.count))
            }
            for taskIndex in plans[index].tasks.indices {
                let group = plans[index].tasks[taskIndex].group.rawValue - 1
                numbers[planStart + groupOffsets[group] + plans[index].tasks[taskIndex].number] = Int32(count)
                count += 1
            }
            if planPositions[plans[index].id] == nil { planPositions[plans[index].id] = index }
        }
    }

    func position(ofPlan planID: String) -> Int? { planPositions[planID] }

    /// The number of each plan's first task, and how many tasks there are:
    /// what `firstTask` and `count` say, without the look-up tables.
    static func firstTasks(of plans: [Plan]) -> (firstTask: [Int], count: Int) {
        var firstTask: [Int] = []
        firstTask.reserveCapacity(plans.count)
        var count = 0
        for plan in plans {
            firstTask.append(count)
            count += plan.tasks.count
        }
        return (firstTask, count)
    }

    /// The number of a task, by its plan's position and its id.
    func number(planPosition: Int, task taskID: String) -> Int32? {
        guard let (group, number) = PlanTask.place(ofID: taskID) else { return nil }
        let slot = planPosition * TaskNumbering.groupCount + group.rawValue - 1
        let (start, end) = (Int(groupStarts[slot]), Int(groupStarts[slot + 1]))
        guard number < end - start, numbers[start + number] >= 0 else { return nil }
        return numbers[start + number]
    }

    func number(plan planID: String, task taskID: String) -> Int32? {
        position(ofPlan: planID).flatMap { number(planPosition: $0, task: taskID) }
    }
}

extension DataSet {
    /// Checks what was loaded as a whole and builds the data set: each plan
    /// id once, every update matched to a plan and a task of it, registry
    /// files applied over `baseRegistry` in the order read.
    ///
    /// A plan JSON and the appendix CSV it was imported from may lie side
    /// by side: when their tasks agree they are one plan (the JSON, which
    /// carries the plan's details); when they differ, that is an error.
    public static func assemble(_ files: LoadedFiles, baseRegistry: AgencyRegistry = DefaultRegistry.registry)
        -> AssembledData
    {
        var diagnostics: [Diagnostic] = []
        var plans: [LoadedPlan] = []
        var planIndex: [String: Int] = [:]
        for loaded in files.plans {
            guard let existingIndex = planIndex[loaded.plan.id] else {
                planIndex[loaded.plan.id] = plans.count
                plans.append(loaded)
                continue
            }
            let existing = plans[existingIndex]
            if existing.kind != loaded.kind {
                if existing.plan.tasks == loaded.plan.tasks {
                    if loaded.kind == .planJSON { plans[existingIndex] = loaded }
                } else {
                    let (json, csv) = loaded.kind == .planJSON ? (loaded, existing) : (existing, loaded)
                    diagnostics.append(.error(.planDiffersFromSource(id: loaded.plan.id, otherFile: csv.file), at: .wholeFile(json.file)))
                }
            } else {
                diagnostics.append(.error(.duplicatePlan(id: loaded.plan.id, otherFile: existing.file), at: .wholeFile(loaded.file)))
            }
        }

        let numbering = TaskNumbering(plans.map(\.plan))
        let planIDs = plans.map(\.plan.id)
        // Each file's updates are matched on their own, on every core; the
        // batches and messages keep the files' order.
        let updateFiles = files.updates
        let matched = Parallel.array(count: updateFiles.count, ranges: Parallel.ranges(of: updateFiles.count)) { range, slots in
            for index in range { slots.put(match(updateFiles[index], numbering: numbering, planIDs: planIDs), at: index) }
        }
        let batches = matched.map(\.batch)
        for (_, problems) in matched { diagnostics += problems }

        var registry = baseRegistry
        for file in files.registries {
            for agency in file.agencies { registry.add(agency) }
        }
        return AssembledData(
            dataSet: DataSet(plans: plans.map(\.plan), updateBatches: batches, registry: registry),
            plans: plans, files: files, diagnostics: files.diagnostics + diagnostics)
    }
}

extension DataSet {
    /// One file's updates, each matched to a task of a loaded plan, and the
    /// problems of those that match none.
    static func match(_ file: LoadedUpdates, numbering: TaskNumbering, planIDs: [String])
        -> (batch: UpdateBatch, diagnostics: [Diagnostic])
    {
        var diagnostics: [Diagnostic] = []
        var batch = UpdateBatch(updates: file.updates, tasks: [])
        batch.tasks.reserveCapacity(file.updates.count)
        // Consecutive rows nearly always name the same plan: it is looked up once for them.
        var lastPlanID = ""
        var lastPlan: Int?
        for (index, source) in file.sources.enumerated() {
            if !source.planGiven {
                guard planIDs.count == 1 else {
                    diagnostics.append(.error(.planNotGiven(loaded: planIDs), at: file.location(of: index)))
                    batch.tasks.append(nil)
                    continue
                }
                batch.updates[index].planID = planIDs[0]
            }
            if batch.updates[index].planID != lastPlanID {
                lastPlanID = batch.updates[index].planID
                lastPlan = numbering.position(ofPlan: lastPlanID)
            }
            guard let plan = lastPlan else {
                diagnostics.append(.error(.unknownPlan(lastPlanID, loaded: planIDs), at: file.location(of: index, column: \.planColumn)))
                batch.tasks.append(nil)
                continue
            }
            guard let task = numbering.number(planPosition: plan, task: batch.updates[index].taskID) else {
                diagnostics.append(.error(.unknownTask(plan: lastPlanID, task: batch.updates[index].taskID),
                                          at: file.location(of: index, column: \.taskColumn)))
                batch.tasks.append(nil)
                continue
            }
            batch.tasks.append(task)
        }
        return (batch, diagnostics)
    }
}

/// A data set together with where each part of it was read, and every
/// problem found while reading and assembling it.
public struct AssembledData: Sendable {
    public var dataSet: DataSet
    /// The plans kept, one per id, with their task locations.
    public var plans: [LoadedPlan]
    /// Everything read, updates with where each was read.
    public var files: LoadedFiles
    /// Problems from reading the files and from putting them together.
    public var diagnostics: [Diagnostic]
}

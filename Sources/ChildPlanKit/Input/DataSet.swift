/// The data a report is computed from: plans, the updates that match their
/// tasks, and the agency registry.
public struct DataSet: Sendable {
    public var plans: [Plan]
    public var updates: [StatusUpdate]
    public var registry: AgencyRegistry

    public init(plans: [Plan], updates: [StatusUpdate] = [], registry: AgencyRegistry = DefaultRegistry.registry) {
        self.plans = plans
        self.updates = updates
        self.registry = registry
    }

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

        var updates: [StatusUpdate] = []
        updates.reserveCapacity(files.updates.reduce(0) { $0 + $1.entries.count })
        let planIDs = plans.map(\.plan.id)
        var taskIDs: [String: Set<String>] = [:]
        for loaded in plans { taskIDs[loaded.plan.id] = Set(loaded.plan.tasks.map(\.id)) }
        for file in files.updates {
            for entry in file.entries {
                var update = entry.update
                if !entry.planGiven {
                    guard planIDs.count == 1 else {
                        diagnostics.append(.error(.planNotGiven(loaded: planIDs), at: file.location(of: entry)))
                        continue
                    }
                    update.planID = planIDs[0]
                }
                guard let tasks = taskIDs[update.planID] else {
                    diagnostics.append(.error(.unknownPlan(update.planID, loaded: planIDs), at: file.location(of: entry, column: \.planColumn)))
                    continue
                }
                guard tasks.contains(update.taskID) else {
                    diagnostics.append(.error(.unknownTask(plan: update.planID, task: update.taskID),
                                              at: file.location(of: entry, column: \.taskColumn)))
                    continue
                }
                updates.append(update)
            }
        }

        var registry = baseRegistry
        for file in files.registries {
            for agency in file.agencies { registry.add(agency) }
        }
        return AssembledData(
            dataSet: DataSet(plans: plans.map(\.plan), updates: updates, registry: registry),
            plans: plans, files: files, diagnostics: files.diagnostics + diagnostics)
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

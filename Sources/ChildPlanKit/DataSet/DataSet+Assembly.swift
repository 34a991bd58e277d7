extension DataSet {
    /// Checks what was loaded as a whole and builds the data set: each plan
    /// id once, every update matched to a plan and a task of it, registry
    /// files applied over `baseRegistry` in the order read.
    ///
    /// A plan JSON and the appendix CSV it was imported from may lie side
    /// by side: when their tasks agree they are one plan (the JSON, which
    /// carries the plan's details); when they differ, that is an error.
    /// The first way a plan file's tasks differ from its appendix's, comparing what an appendix can hold (what a
    /// plan file adds, `inferred` and `requested`, is not a difference); nil when they agree.
    static func firstDifference(planFile: [PlanTask], appendix: [PlanTask]) -> PlanDifference? {
        let fromAppendix = Dictionary(appendix.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for task in planFile {
            guard let other = fromAppendix[task.id] else { return .onlyInPlanFile(taskID: task.id) }
            if task.text != other.text { return .detail(taskID: task.id, key: "text") }
            if task.lead != other.lead { return .detail(taskID: task.id, key: "lead") }
            if task.partners != other.partners { return .detail(taskID: task.id, key: "partners") }
            if task.timeframe != other.timeframe { return .detail(taskID: task.id, key: "timeframe") }
        }
        let inPlanFile = Set(planFile.map(\.id))
        if let missing = appendix.first(where: { !inPlanFile.contains($0.id) }) { return .onlyInAppendix(taskID: missing.id) }
        return nil
    }

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
                let (json, csv) = loaded.kind == .planJSON ? (loaded, existing) : (existing, loaded)
                if let difference = firstDifference(planFile: json.plan.tasks, appendix: csv.plan.tasks) {
                    diagnostics.append(.error(.planDiffersFromSource(id: loaded.plan.id, otherFile: csv.file, difference: difference),
                                              at: .wholeFile(json.file)))
                } else if loaded.kind == .planJSON {
                    plans[existingIndex] = loaded
                }
            } else if existing.kind == .appendix, existing.plan.tasks == loaded.plan.tasks {
                // The same appendix twice: the plan's Word document and the CSV typed from it. The one that
                // states the plan's details (the document) stands for both.
                if existing.plan.issuer == nil, loaded.plan.issuer != nil { plans[existingIndex] = loaded }
            } else {
                diagnostics.append(.error(.duplicatePlan(id: loaded.plan.id, otherFile: existing.file), at: .wholeFile(loaded.file)))
            }
        }

        let lookup = TaskLookup(plans.map(\.plan))
        let planIDs = plans.map(\.plan.id)
        // Each file's updates are matched on their own, on every core; the
        // batches and messages keep the files' order.
        let updateFiles = files.updates
        let matched = Parallel.array(count: updateFiles.count, ranges: Parallel.ranges(of: updateFiles.count)) { range, slots in
            for index in range { slots.put(match(updateFiles[index], lookup: lookup, planIDs: planIDs), at: index) }
        }
        let batches = matched.map(\.batch)
        for (_, problems) in matched { diagnostics += problems }

        var registry = baseRegistry
        for file in files.registries {
            for agency in file.agencies { registry.add(agency) }
            for place in file.places { registry.places.add(place) }
            for (agency, rule) in file.duties { registry.add(rule, to: agency) }
        }
        diagnostics += successionCycles(in: registry, from: files.registries)
        return AssembledData(
            dataSet: DataSet(plans: plans.map(\.plan), taskLookup: lookup, updateBatches: batches, registry: registry),
            plans: plans, files: files, diagnostics: files.diagnostics + diagnostics)
    }
}

extension DataSet {
    /// One file's updates, each matched to a task of a loaded plan, and the
    /// problems of those that match none.
    static func match(_ file: LoadedUpdates, lookup: TaskLookup, planIDs: [String])
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
                lastPlan = lookup.position(ofPlan: lastPlanID)
            }
            guard let plan = lastPlan else {
                diagnostics.append(.error(.unknownPlan(lastPlanID, loaded: planIDs), at: file.location(of: index, column: \.planColumn)))
                batch.tasks.append(nil)
                continue
            }
            guard let task = lookup.task(planPosition: plan, task: batch.updates[index].taskID) else {
                diagnostics.append(.error(.unknownTask(plan: lastPlanID, task: batch.updates[index].taskID),
                                          at: file.location(of: index, column: \.taskColumn)))
                batch.tasks.append(nil)
                continue
            }
            batch.tasks.append(task)
        }
        return (batch, diagnostics)
    }

    /// A circle of successions that a registry file's agencies start (each
    /// circle told once, at the file that adds its first agency).
    static func successionCycles(in registry: AgencyRegistry, from files: [LoadedRegistry]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []
        for file in files {
            for agency in file.agencies {
                var chain = [agency.name]
                var keys = [VietnameseText.matchKey(agency.name)]
                var current = agency
                while let successor = current.successor, let next = registry.agency(named: successor) {
                    let key = VietnameseText.matchKey(next.name)
                    if let start = keys.firstIndex(of: key) {
                        let circle = Array(chain[start...]) + [next.name]
                        if keys.count - start > 1, reported.insert(Set(keys[start...]).sorted().joined(separator: "|")).inserted {
                            diagnostics.append(.error(.successionCycle(circle), at: .wholeFile(file.file)))
                        }
                        break
                    }
                    chain.append(next.name)
                    keys.append(key)
                    current = next
                }
            }
        }
        return diagnostics
    }
}

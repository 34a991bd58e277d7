extension DataSet {
    /// The same data with only some of its plans, in their order, and the updates of their tasks: what a
    /// report over a folder holding just those plans would read (`report --plan`, `--jurisdiction`).
    public func keepingPlans(at indices: [Int]) -> DataSet {
        keepingTasks(indices.sorted().map { ($0, Array(plans[$0].tasks.indices)) })
    }

    /// The same data with only some tasks of some plans (each plan's tasks by their place in its list), plans and
    /// tasks in their order, and the updates of those tasks (`report --agency`). A plan left with no task is left out.
    public func keepingTasks(_ selection: [(plan: Int, tasks: [Int])]) -> DataSet {
        let chosen = selection.filter { !$0.tasks.isEmpty }.sorted { $0.plan < $1.plan }
        let plans = chosen.map { entry -> Plan in
            var plan = self.plans[entry.plan]
            let offsets = entry.tasks.sorted()
            if offsets.count != plan.tasks.count { plan.tasks = offsets.map { plan.tasks[$0] } }
            return plan
        }
        let lookup = TaskLookup(plans)
        // Old task number → new, for the tasks kept; -1 for the others.
        var renumbered = [Int32](repeating: -1, count: taskCount)
        for (newIndex, entry) in chosen.enumerated() {
            let (oldFirst, newFirst) = (taskLookup.firstTask[entry.plan], lookup.firstTask[newIndex])
            for (newOffset, oldOffset) in entry.tasks.sorted().enumerated() { renumbered[oldFirst + oldOffset] = Int32(newFirst + newOffset) }
        }
        let batches = updateBatches.map { batch in
            var kept = UpdateBatch(updates: [], tasks: [])
            for (update, task) in zip(batch.updates, batch.tasks) {
                guard let task, renumbered[task.position] >= 0 else { continue }
                kept.updates.append(update)
                kept.tasks.append(TaskRef(number: renumbered[task.position]))
            }
            return kept
        }
        return DataSet(plans: plans, taskLookup: lookup, updateBatches: batches, registry: registry)
    }

    /// The plans that lie in a place on a day: the place itself, written or as it is on the day (a merged province
    /// is found under either name), and, for a province, every district and commune in it; for the nation, every plan,
    /// also those that do not say where they belong.
    /// A plan whose own place cannot be told lies where the plan it implements lies (`placement`).
    public func plans(in place: Jurisdiction, on day: Day) -> [Int] {
        let places = registry.places
        let wanted = Set([place, places.current(place, on: day)])
        let wantedProvinces = Set(wanted.compactMap(\.provinceJurisdiction).map(\.key))
        // Every plan lies in the nation, also one that does not say where it belongs.
        if place.level == .national { return Array(plans.indices) }
        return jurisdictions.indices.filter { index in
            // A plan whose own place cannot be told is found in the place of the plan it implements.
            guard let jurisdiction = placement(ofPlanAt: index)?.jurisdiction else { return false }
            let own = [jurisdiction, places.current(jurisdiction, on: day)]
            if own.contains(where: wanted.contains) { return true }
            guard place.level == .province else { return false }
            return own.compactMap(\.provinceJurisdiction).contains { wantedProvinces.contains($0.key) }
        }
    }
}

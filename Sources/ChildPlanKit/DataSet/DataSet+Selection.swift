extension DataSet {
    /// The same data with only some of its plans, in their order, and the updates of their tasks: what a
    /// report over a folder holding just those plans would read (`report --plan`, `--jurisdiction`).
    public func keepingPlans(at indices: [Int]) -> DataSet {
        let kept = indices.sorted()
        let plans = kept.map { self.plans[$0] }
        let lookup = TaskLookup(plans)
        // Old task number → new, for the tasks of the plans kept; -1 for the others.
        var renumbered = [Int32](repeating: -1, count: taskCount)
        for (newIndex, oldIndex) in kept.enumerated() {
            let (oldFirst, newFirst) = (taskLookup.firstTask[oldIndex], lookup.firstTask[newIndex])
            for offset in 0..<self.plans[oldIndex].tasks.count { renumbered[oldFirst + offset] = Int32(newFirst + offset) }
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
    /// is found under either name), and, for a province, every district and commune in it; for the nation, every plan.
    public func plans(in place: Jurisdiction, on day: Day) -> [Int] {
        let places = registry.places
        let wanted = Set([place, places.current(place, on: day)])
        let wantedProvinces = Set(wanted.compactMap(\.provinceJurisdiction).map(\.key))
        return jurisdictions.indices.filter { index in
            guard let jurisdiction = jurisdictions[index] else { return false }
            if place.level == .national { return true }
            let own = [jurisdiction, places.current(jurisdiction, on: day)]
            if own.contains(where: wanted.contains) { return true }
            guard place.level == .province else { return false }
            return own.compactMap(\.provinceJurisdiction).contains { wantedProvinces.contains($0.key) }
        }
    }
}

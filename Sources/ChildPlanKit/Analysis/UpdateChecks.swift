/// Warnings about returns that read well but say something suspicious:
/// the same return twice, two statuses for one task and period on one day,
/// a return dated after today, a period outside the plan.
enum UpdateChecks {
    /// One task's return for one period on one day: two returns with the same key say the same or contradict.
    private struct Key: Hashable {
        var task: TaskRef
        var period: ReportingPeriod
        var date: Day
    }

    /// Where a return was read: its file among the data's and its place in that file.
    private struct Place {
        var file: Int32
        var row: Int32
    }

    /// The warnings in the order one pass through the files, row by row, gives them. The returns are checked in
    /// `shards` parts at once, each the returns of every `shards`-th task (two returns can say the same only of one
    /// task), and the parts' warnings merged back into that order; `UpdateChecksTests` checks that any number of
    /// parts gives what one gives.
    static func warnings(_ data: AssembledData, today: Day, shards: Int = Parallel.cores) -> [Diagnostic] {
        let shards = max(1, shards)
        let parts = Parallel.map(Parallel.ranges(of: shards, parts: shards)) { range in
            warnings(data, today: today, shard: range.lowerBound, of: shards)
        }
        return merged(parts)
    }

    /// A warning and where its return lies in the pass through the files (file, then row): the order it is merged by.
    private typealias Found = (order: Int, warning: Diagnostic)

    private static func warnings(_ data: AssembledData, today: Day, shard: Int, of shards: Int) -> [Found] {
        var warnings: [Found] = []
        let dataSet = data.dataSet
        // Each plan's span worked out once, not once per return (a national roll-up has 850,000).
        let spans = dataSet.plans.map(\.span)
        var first: [Key: Place] = [:]
        first.reserveCapacity(dataSet.updateBatches.reduce(0) { $0 + $1.updates.count } / shards)
        let files = data.files.updates
        for (fileIndex, (file, batch)) in zip(files, dataSet.updateBatches).enumerated() {
            var lastPlanID = ""
            var planIndex: Int?
            for index in batch.updates.indices {
                guard let task = batch.tasks[index], Int(task.number) % shards == shard else { continue }
                let update = batch.updates[index]
                if update.planID != lastPlanID {
                    lastPlanID = update.planID
                    planIndex = dataSet.taskLookup.position(ofPlan: update.planID)
                }
                guard let planIndex else { continue }
                let order = fileIndex << 32 | index
                if update.date > today {
                    warnings.append((order, .warning(.updateAfterToday(date: update.date, today: today), at: file.location(of: index))))
                }
                let span = spans[planIndex]
                if !span.contains(update.period) {
                    warnings.append((order, .warning(.periodOutsidePlan(update.period, plan: update.planID, first: span.first, lastYear: span.lastYear),
                                                     at: file.location(of: index))))
                }
                let key = Key(task: task, period: update.period, date: update.date)
                guard let earlier = first[key] else {
                    first[key] = Place(file: Int32(fileIndex), row: Int32(index))
                    continue
                }
                let earlierUpdate = dataSet.updateBatches[Int(earlier.file)].updates[Int(earlier.row)]
                let earlierLocation = files[Int(earlier.file)].location(of: Int(earlier.row))
                if earlierUpdate == update {
                    warnings.append((order, .warning(.duplicateUpdate(sameAs: earlierLocation), at: file.location(of: index))))
                } else if earlierUpdate.status != update.status {
                    warnings.append((order, .warning(.conflictingStatus(taskID: update.taskID, period: update.period, status: update.status,
                                                                        other: earlierUpdate.status, at: earlierLocation), at: file.location(of: index))))
                }
            }
        }
        return warnings
    }

    /// The parts' warnings in the order of their returns. Each part is in that order already, and a return's warnings
    /// are all in one part, so taking the part whose next warning comes first, each time, keeps them as one pass would.
    private static func merged(_ parts: [[Found]]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        result.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        var next = [Int](repeating: 0, count: parts.count)
        while true {
            var chosen: Int?
            for part in parts.indices where next[part] < parts[part].count {
                if let best = chosen, parts[best][next[best]].order <= parts[part][next[part]].order { continue }
                chosen = part
            }
            guard let part = chosen else { return result }
            result.append(parts[part][next[part]].warning)
            next[part] += 1
        }
    }
}

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

    static func warnings(_ data: AssembledData, today: Day) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let dataSet = data.dataSet
        // Each plan's span worked out once, not once per return (a national roll-up has 850,000).
        let spans = dataSet.plans.map(\.span)
        var first: [Key: Place] = [:]
        first.reserveCapacity(dataSet.updateBatches.reduce(0) { $0 + $1.updates.count })
        let files = data.files.updates
        for (fileIndex, (file, batch)) in zip(files, dataSet.updateBatches).enumerated() {
            var lastPlanID = ""
            var planIndex: Int?
            for (index, update) in batch.updates.enumerated() {
                guard let task = batch.tasks[index] else { continue }
                if update.planID != lastPlanID {
                    lastPlanID = update.planID
                    planIndex = dataSet.taskLookup.position(ofPlan: update.planID)
                }
                guard let planIndex else { continue }
                if update.date > today {
                    warnings.append(.warning(.updateAfterToday(date: update.date, today: today), at: file.location(of: index)))
                }
                let span = spans[planIndex]
                if !span.contains(update.period) {
                    warnings.append(.warning(.periodOutsidePlan(update.period, plan: update.planID, first: span.first, lastYear: span.lastYear),
                                             at: file.location(of: index)))
                }
                let key = Key(task: task, period: update.period, date: update.date)
                guard let earlier = first[key] else {
                    first[key] = Place(file: Int32(fileIndex), row: Int32(index))
                    continue
                }
                let earlierUpdate = dataSet.updateBatches[Int(earlier.file)].updates[Int(earlier.row)]
                let earlierLocation = files[Int(earlier.file)].location(of: Int(earlier.row))
                if earlierUpdate == update {
                    warnings.append(.warning(.duplicateUpdate(sameAs: earlierLocation), at: file.location(of: index)))
                } else if earlierUpdate.status != update.status {
                    warnings.append(.warning(.conflictingStatus(taskID: update.taskID, period: update.period, status: update.status,
                                                                other: earlierUpdate.status, at: earlierLocation), at: file.location(of: index)))
                }
            }
        }
        return warnings
    }
}

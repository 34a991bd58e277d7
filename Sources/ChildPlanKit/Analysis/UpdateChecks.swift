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

    static func warnings(_ data: AssembledData, today: Day) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        var first: [Key: (update: StatusUpdate, location: SourceLocation)] = [:]
        let dataSet = data.dataSet
        for (file, batch) in zip(data.files.updates, dataSet.updateBatches) {
            for (index, update) in batch.updates.enumerated() {
                guard let task = batch.tasks[index], let planIndex = dataSet.taskLookup.position(ofPlan: update.planID) else { continue }
                let location = file.location(of: index)
                if update.date > today {
                    warnings.append(.warning(.updateAfterToday(date: update.date, today: today), at: location))
                }
                let plan = dataSet.plans[planIndex]
                if !plan.spans(update.period) {
                    warnings.append(.warning(.periodOutsidePlan(update.period, plan: plan.id, first: plan.firstPeriod, lastYear: plan.lastYear),
                                             at: location))
                }
                let key = Key(task: task, period: update.period, date: update.date)
                guard let earlier = first[key] else {
                    first[key] = (update, location)
                    continue
                }
                if earlier.update == update {
                    warnings.append(.warning(.duplicateUpdate(sameAs: earlier.location), at: location))
                } else if earlier.update.status != update.status {
                    warnings.append(.warning(.conflictingStatus(taskID: update.taskID, period: update.period, status: update.status,
                                                                other: earlier.update.status, at: earlier.location), at: location))
                }
            }
        }
        return warnings
    }
}

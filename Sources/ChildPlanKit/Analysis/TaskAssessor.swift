import Foundation

/// Assesses every task of a data set as of a day (DESIGN.md §7).
public enum TaskAssessor {
    public static func assess(_ data: DataSet, asOf day: Day) -> [TaskAssessment] {
        assess(data, asOf: day, cores: Parallel.cores)
    }

    static func assess(_ data: DataSet, asOf day: Day, cores: Int) -> [TaskAssessment] {
        let updates = data.updates(asOf: day, cores: cores)
        // Plans are assessed a range at a time on every core, each task put
        // at its place in plan order.
        return Parallel.array(count: data.taskCount, ranges: Parallel.ranges(of: data.plans.count, cores: cores)) { planRange, slots in
            var carriers = CarrierCache(data, day: day)
            var schedules: [ReportingDeadlines: [Day: [ReportingPeriod]]] = [:]
            for planIndex in planRange {
                let plan = data.plans[planIndex]
                carriers.enterPlan(at: planIndex)
                let closed: [ReportingPeriod]
                if let known = schedules[plan.reporting]?[plan.reportingStart] {
                    closed = known
                } else {
                    closed = ReportingSchedule.closedPeriods(of: plan, asOf: day)
                    schedules[plan.reporting, default: [:]][plan.reportingStart] = closed
                }
                for (task, ref) in zip(plan.tasks, data.taskRefs(ofPlanAt: planIndex)) {
                    slots.put(
                        TaskAssessment.assess(
                            task, of: plan, updates: updates.updates(for: ref), closedPeriods: closed, asOf: day, carriers: &carriers),
                        at: ref.position)
                }
            }
        }
    }
}

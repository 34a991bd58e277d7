/// One task as of a day: who carries it, where it stands, and what it owes.
/// Every report is a summary of these.
public struct TaskAssessment: Sendable {
    public var planID: String
    public var task: PlanTask
    public var lead: CarriedAgency
    /// Partners as carried on the day, each agency once, the lead left out.
    public var partners: [CarriedAgency]
    public var standing: Standing
    /// The update the standing comes from, if any.
    public var latestUpdate: StatusUpdate?
    /// Closed reporting periods for which the task owed an update and has none.
    public var missingPeriods: [ReportingPeriod]
    public var overdue: [OverdueItem]
    /// True when the lead is a district body and the district level has ended:
    /// the task has nobody to carry it until it is given a new lead.
    public var needsNewLead: Bool
}

/// Assesses every task of a data set as of a day (DESIGN.md §7).
public enum TaskAssessor {
    public static func assess(_ data: DataSet, asOf day: Day) -> [TaskAssessment] {
        let updates = UpdateIndex(data, asOf: day)
        var carriers = CarrierCache(registry: data.registry, day: day)
        var assessments: [TaskAssessment] = []
        assessments.reserveCapacity(data.plans.reduce(0) { $0 + $1.tasks.count })
        var schedules: [ReportingDeadlines: [Day: [ReportingPeriod]]] = [:]
        for (planIndex, plan) in data.plans.enumerated() {
            let closed: [ReportingPeriod]
            if let known = schedules[plan.reporting]?[plan.reportingStart] {
                closed = known
            } else {
                closed = ReportingSchedule.closedPeriods(of: plan, asOf: day)
                schedules[plan.reporting, default: [:]][plan.reportingStart] = closed
            }
            for (taskIndex, task) in plan.tasks.enumerated() {
                let taskUpdates = updates.updates(planIndex: planIndex, taskIndex: taskIndex)
                assessments.append(assess(
                    task, of: plan, updates: taskUpdates, closedPeriods: closed, asOf: day, carriers: &carriers))
            }
        }
        return assessments
    }

    static func assess(
        _ task: PlanTask, of plan: Plan, updates: [StatusUpdate], closedPeriods: [ReportingPeriod],
        asOf day: Day, carriers: inout CarrierCache
    ) -> TaskAssessment {
        let lead = carriers.carrier(of: task.lead)
        var partners: [CarriedAgency] = []
        for name in task.partners {
            let partner = carriers.carrier(of: name)
            if partner.key != lead.key, !partners.contains(where: { $0.key == partner.key }) { partners.append(partner) }
        }
        let latest = updates.last
        var standing: Standing
        var current: StatusUpdate?
        var missing: [ReportingPeriod] = []
        var overdue: [OverdueItem] = []

        switch task.timeframe.meaning {
        case .recurring:
            // A cancelled task owes nothing after the period it was cancelled in.
            let cancelledAfter = cancellationPeriod(in: updates)
            let owed = closedPeriods.filter { ReportingSchedule.owesUpdate(task, of: plan, for: $0, cancelledIn: cancelledAfter) }
            missing = owed.filter { updates.update(for: $0) == nil }
            if let latestClosed = owed.last {
                current = updates.last.flatMap { $0.period >= latestClosed ? $0 : nil }
                standing = current.map { Standing($0.status) } ?? .noReport
            } else {
                current = latest
                standing = latest.map { Standing($0.status) } ?? .notStarted
            }
            if cancelledAfter != nil, let latest, latest.status == .cancelled {
                current = latest
                standing = .cancelled
            }
            for period in missing {
                let due = period.deadline(under: plan.reporting)
                overdue.append(OverdueItem(
                    planID: plan.id, task: task, lead: lead, kind: .missingReport, period: period, due: due,
                    daysOverdue: day.days(since: due)))
            }
        case .due(let deadline):
            current = latest
            standing = latest.map { Standing($0.status) } ?? (day > deadline ? .noReport : .notStarted)
            if day > deadline, standing != .completed, standing != .cancelled {
                overdue.append(OverdueItem(
                    planID: plan.id, task: task, lead: lead, kind: .pastDue, period: nil, due: deadline,
                    daysOverdue: day.days(since: deadline)))
            }
        case .onRequest, .unspecified:
            current = latest
            standing = latest.map { Standing($0.status) } ?? .notStarted
        }

        if standing == .delayed, let current, !overdue.contains(where: { $0.kind == .pastDue }) {
            let due = current.period.deadline(under: plan.reporting)
            overdue.append(OverdueItem(
                planID: plan.id, task: task, lead: lead, kind: .behindSchedule, period: current.period, due: due,
                daysOverdue: max(0, day.days(since: due))))
        }
        return TaskAssessment(
            planID: plan.id, task: task, lead: lead, partners: partners, standing: standing, latestUpdate: current,
            missingPeriods: missing, overdue: overdue,
            needsNewLead: lead.level == .district && day >= AdministrativeLevel.districtLevelEnded)
    }
}

extension TaskAssessor {
    /// The first period a task was reported cancelled in, if any.
    static func cancellationPeriod(in updates: [StatusUpdate]) -> ReportingPeriod? {
        updates.first { $0.status == .cancelled }?.period
    }
}

/// For each task of a data set, its latest update for each period (latest
/// date; on the same date, the one read last), periods in order. Updates
/// dated after the report's day are left out: a report as of a past day
/// shows what was known then. Each update is matched to its task once, by
/// plan and task id; no dictionary per task.
struct UpdateIndex {
    /// Tasks numbered plan by plan, in order: plan id → task id → number.
    private let numbers: [String: [String: Int]]
    private let planStarts: [Int]
    private var perTask: [[StatusUpdate]]

    init(_ data: DataSet, asOf day: Day) {
        var numbers: [String: [String: Int]] = [:]
        var starts: [Int] = []
        var next = 0
        for plan in data.plans {
            starts.append(next)
            var tasks: [String: Int] = [:]
            tasks.reserveCapacity(plan.tasks.count)
            for task in plan.tasks {
                tasks[task.id] = next
                next += 1
            }
            numbers[plan.id] = tasks
        }
        self.numbers = numbers
        planStarts = starts
        perTask = Array(repeating: [], count: next)
        var lastPlan = ""
        var lastTasks: [String: Int] = [:]
        for update in data.updates where update.date <= day {
            if update.planID != lastPlan {
                lastPlan = update.planID
                lastTasks = numbers[update.planID] ?? [:]
            }
            guard let number = lastTasks[update.taskID] else { continue }
            if let existing = perTask[number].firstIndex(where: { $0.period == update.period }) {
                if perTask[number][existing].date <= update.date { perTask[number][existing] = update }
            } else {
                perTask[number].append(update)
            }
        }
        for number in perTask.indices where perTask[number].count > 1 {
            perTask[number].sort { $0.period < $1.period }
        }
    }

    /// The task's latest update per period, periods in order.
    func updates(planIndex: Int, taskIndex: Int) -> [StatusUpdate] {
        perTask[planStarts[planIndex] + taskIndex]
    }
}

extension Array where Element == StatusUpdate {
    /// The update for a period, from a list with one per period.
    func update(for period: ReportingPeriod) -> StatusUpdate? {
        first { $0.period == period }
    }
}

/// Registry look-ups for one day, each name resolved once and found again
/// by its bytes (hashing Vietnamese `String`s normalises them first, which
/// costs more than the look-up).
struct CarrierCache {
    let registry: AgencyRegistry
    let day: Day
    private var known = ByteCache<CarriedAgency>()

    init(registry: AgencyRegistry, day: Day) {
        self.registry = registry
        self.day = day
    }

    mutating func carrier(of name: String) -> CarriedAgency {
        var bytes = name
        let registry = registry
        let day = day
        return bytes.withUTF8 { utf8 in
            known.value(for: utf8) { _ in registry.carrier(of: name, on: day) }
        }
    }
}

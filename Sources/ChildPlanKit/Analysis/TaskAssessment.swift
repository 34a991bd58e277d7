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
    /// The task's returns known on the day, one per period (references, copied out when read).
    let returns: TaskUpdates

    /// Every period the task has a return for or owed one for, in order: the
    /// return that counts for it, or nil when it owed one and none came.
    public var periods: [TaskHistory.Entry] {
        var entries = returns.indices.map { TaskHistory.Entry(period: returns.period(at: $0), update: returns[$0]) }
        entries += missingPeriods.map { TaskHistory.Entry(period: $0, update: nil) }
        entries.sort { $0.period < $1.period }
        return entries
    }
}

extension TaskAssessment {
    /// The rule (DESIGN.md §7): a task's standing, the periods it owes, and
    /// what is overdue, from its updates (one per period, periods in order)
    /// and the plan's closed reporting periods.
    static func assess(
        _ task: PlanTask, of plan: Plan, updates: TaskUpdates, closedPeriods: [ReportingPeriod],
        asOf day: Day, carriers: inout CarrierCache
    ) -> TaskAssessment {
        let lead = carriers.lead(of: task)
        var partners: [CarriedAgency] = []
        // Each agency once: looked for in the list while it is short, by key once it is long (a cell of 20,000 partners).
        var partnerKeys: Set<String> = []
        for name in task.partners {
            let partner = carriers.partner(name, of: task)
            guard !partner.isSameAgency(as: lead) else { continue }
            if partners.count < 16 {
                if partners.contains(where: { $0.isSameAgency(as: partner) }) { continue }
            } else {
                if partnerKeys.isEmpty { partnerKeys = Set(partners.map(\.key)) }
                if !partnerKeys.insert(partner.key).inserted { continue }
            }
            partners.append(partner)
        }
        let latest = updates.last
        var standing: Standing
        var current: StatusUpdate?
        var missing: [ReportingPeriod] = []
        var overdue: [OverdueItem] = []

        // The periods owed (DESIGN.md §7), in order: the last of them, and those with no return.
        let dutyEnd = ReportingSchedule.dutyEnd(of: task, updates: updates)
        var latestOwed: ReportingPeriod?
        for period in closedPeriods where ReportingSchedule.owesReturn(task, of: plan, for: period, dutyEndedIn: dutyEnd) {
            latestOwed = period
            if !updates.hasUpdate(for: period) {
                if missing.isEmpty { missing.reserveCapacity(closedPeriods.count) }
                missing.append(period)
            }
        }
        if let latest, latest.status.isClosed, let dutyEnd, latest.period >= dutyEnd {
            // Completed or cancelled: it owes nothing more, and that is where it stands.
            current = latest
            standing = Standing(latest.status)
        } else if let latestOwed {
            // It stands where the return for the latest period it owes says, or has no report.
            current = latest.flatMap { $0.period >= latestOwed ? $0 : nil }
            standing = current.map { Standing($0.status) } ?? .noReport
        } else if let latest {
            current = latest
            standing = Standing(latest.status)
        } else {
            switch task.timeframe.meaning {
            case .due(let deadline) where day > deadline: standing = .noReport
            case .onRequest: standing = task.requested == nil ? .awaitingRequest : .notYetDue
            default: standing = .notYetDue
            }
        }
        if !missing.isEmpty { overdue.reserveCapacity(missing.count + 1) }
        // Each missing return carries the return before it, if any: the last word on the task when it went quiet.
        var before = updates.startIndex
        for period in missing {
            while before < updates.endIndex, updates.period(at: before) < period { before += 1 }
            let due = period.deadline(under: plan.reporting)
            overdue.append(OverdueItem(
                planID: plan.id, task: task, lead: lead, kind: .missingReport, period: period, due: due,
                daysOverdue: day.days(since: due), report: before > updates.startIndex ? updates[before - 1] : nil,
                dueBefore: plan.reporting.dueBefore, dueInferred: plan.inferred.contains(.reporting)))
        }
        // A dated task is to be done by its deadline, a span's task by the span's end.
        if let lastDay = task.timeframe.lastDay, day > lastDay, standing != .completed, standing != .cancelled {
            overdue.append(OverdueItem(
                planID: plan.id, task: task, lead: lead, kind: .pastDue, period: nil, due: lastDay, daysOverdue: day.days(since: lastDay),
                report: latest, dueInferred: task.inferred.contains(.timeframe)))
        }

        // The latest return says delayed: behind schedule, whether or not a later period's return is missing.
        if let latest, latest.status == .delayed, standing != .cancelled, !overdue.contains(where: { $0.kind == .pastDue }) {
            let due = latest.period.deadline(under: plan.reporting)
            overdue.append(OverdueItem(
                planID: plan.id, task: task, lead: lead, kind: .behindSchedule, period: latest.period, due: due,
                daysOverdue: max(0, day.days(since: due)), report: latest, dueBefore: plan.reporting.dueBefore,
                dueInferred: plan.inferred.contains(.reporting)))
        }
        return TaskAssessment(
            planID: plan.id, task: task, lead: lead, partners: partners, standing: standing, latestUpdate: current,
            missingPeriods: missing, overdue: overdue,
            needsNewLead: lead.needsNewLead(on: day), returns: updates)
    }
}

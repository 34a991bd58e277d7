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

extension TaskAssessment {
    /// The rule (DESIGN.md §7): a task's standing, the periods it owes, and
    /// what is overdue, from its updates (one per period, periods in order)
    /// and the plan's closed reporting periods.
    static func assess(
        _ task: PlanTask, of plan: Plan, updates: TaskUpdates, closedPeriods: [ReportingPeriod],
        asOf day: Day, carriers: inout CarrierCache
    ) -> TaskAssessment {
        let lead = carriers.carrier(of: task.lead)
        var partners: [CarriedAgency] = []
        // Each agency once: looked for in the list while it is short, by key once it is long (a cell of 20,000 partners).
        var partnerKeys: Set<String> = []
        for name in task.partners {
            let partner = carriers.carrier(of: name)
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

        switch task.timeframe.meaning {
        case .recurring, .recurringUntil:
            // A cancelled task owes nothing after the period it was cancelled in.
            let cancelledAfter = updates.cancellationPeriod
            // The periods owed, in order: the last of them, and those with no update.
            var latestOwed: ReportingPeriod?
            for period in closedPeriods where ReportingSchedule.owesUpdate(task, of: plan, for: period, cancelledIn: cancelledAfter) {
                latestOwed = period
                if !updates.hasUpdate(for: period) {
                    if missing.isEmpty { missing.reserveCapacity(closedPeriods.count) }
                    missing.append(period)
                }
            }
            if !missing.isEmpty { overdue.reserveCapacity(missing.count + 1) }
            if let latestClosed = latestOwed {
                current = latest.flatMap { $0.period >= latestClosed ? $0 : nil }
                standing = current.map { Standing($0.status) } ?? .noReport
            } else {
                current = latest
                standing = latest.map { Standing($0.status) } ?? .notYetDue
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
            // A span's task is to be done by the span's end.
            if case .recurringUntil(let end) = task.timeframe.meaning, day > end, standing != .completed, standing != .cancelled {
                overdue.append(OverdueItem(
                    planID: plan.id, task: task, lead: lead, kind: .pastDue, period: nil, due: end, daysOverdue: day.days(since: end)))
            }
        case .due(let deadline):
            current = latest
            standing = latest.map { Standing($0.status) } ?? (day > deadline ? .noReport : .notYetDue)
            if day > deadline, standing != .completed, standing != .cancelled {
                overdue.append(OverdueItem(
                    planID: plan.id, task: task, lead: lead, kind: .pastDue, period: nil, due: deadline,
                    daysOverdue: day.days(since: deadline)))
            }
        case .onRequest:
            current = latest
            standing = latest.map { Standing($0.status) } ?? .awaitingRequest
        case .unspecified:
            current = latest
            standing = latest.map { Standing($0.status) } ?? .notYetDue
        }

        // The latest return says delayed: behind schedule, whether or not a later period's return is missing.
        if let latest, latest.status == .delayed, standing != .cancelled, !overdue.contains(where: { $0.kind == .pastDue }) {
            let due = latest.period.deadline(under: plan.reporting)
            overdue.append(OverdueItem(
                planID: plan.id, task: task, lead: lead, kind: .behindSchedule, period: latest.period, due: due,
                daysOverdue: max(0, day.days(since: due)), report: latest))
        }
        return TaskAssessment(
            planID: plan.id, task: task, lead: lead, partners: partners, standing: standing, latestUpdate: current,
            missingPeriods: missing, overdue: overdue,
            needsNewLead: lead.needsNewLead(on: day))
    }
}

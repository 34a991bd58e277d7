/// Who sent their returns (DESIGN.md §8, returns): per reporting period and
/// agency, the updates expected (one per task it leads that owes one, by
/// `ReportingSchedule`'s rule, the same as status and overdue), received, and received on time (dated on or before the plan's
/// deadline), and the agencies that have not reported.
public struct ReturnsSummary: Sendable {
    public struct Count: Sendable, Hashable {
        public var expected = 0
        public var received = 0
        public var onTime = 0

        /// Received as a share of expected, 0 to 100; nil when nothing was expected.
        public var rate: Double? { expected == 0 ? nil : Double(received) * 100 / Double(expected) }
        public var onTimeRate: Double? { expected == 0 ? nil : Double(onTime) * 100 / Double(expected) }
        public var missing: Int { expected - received }
    }

    /// The agencies whose tasks an agency carries here, and why beyond plain successions, each once.
    public struct Carried: Sendable {
        public var predecessors: [String] = []
        public var reasons: [CarrierReason] = []

        mutating func note(_ agency: CarriedAgency) {
            if let predecessor = agency.predecessor, !predecessors.contains(predecessor) { predecessors.append(predecessor) }
            if let reason = agency.reason, !reasons.contains(reason) { reasons.append(reason) }
        }
    }

    public struct AgencyLine: Sendable {
        public var period: ReportingPeriod
        public var agency: CarriedAgency
        public var count: Count
        public var carried = Carried()
    }

    public struct PeriodLine: Sendable {
        public var period: ReportingPeriod
        /// The earliest deadline for the period among the plans that expect a return.
        public var deadline: Day
        /// The plan words it "trước ngày" (before `deadline` + 1 day).
        public var deadlineBefore: Bool
        public var count: Count
        public var agencies: Int
        /// Agencies with at least one update missing for the period.
        public var agenciesMissing: Int
    }

    /// A task whose update for a period has not come.
    public struct Owed: Sendable, Hashable {
        public var planID: String
        public var task: PlanTask
        public var deadline: Day
        public var deadlineBefore: Bool
    }

    /// One agency's missing updates for one period.
    public struct MissingReturn: Sendable {
        public var agency: CarriedAgency
        public var carried = Carried()
        public var period: ReportingPeriod
        public var count: Count
        public var owed: [Owed]
        /// The coordinators of the plans concerned (as carried), to whom the return goes.
        public var coordinators: [String]
        /// No deadline of these returns has passed on the day: a reminder before the deadline (nhắc trước hạn), not a
        /// demand for a late return (đôn đốc).
        public var beforeDeadline: Bool
    }

    public var asOf: Day
    /// The plans counted, for their names.
    public var plans: [Plan]
    /// The periods summarised, oldest first.
    public var periods: [PeriodLine]
    /// Per period, then per agency (most missing first, then by name).
    public var agencies: [AgencyLine]
    /// The latest of the periods (for `report returns`, the latest closed one).
    public var latestPeriod: ReportingPeriod?
    /// Agencies with updates missing for the latest period, most missing first.
    public var notReported: [MissingReturn]

    /// Returns for every closed period of the loaded plans.
    public init(_ data: DataSet, asOf day: Day) {
        let closed = Set(data.plans.flatMap { ReportingSchedule.closedPeriods(of: $0, asOf: day) })
        self.init(data, asOf: day, periods: closed.sorted(), closedOnly: true)
    }

    /// Returns for the periods given, closed or not (a reminder may go out before the deadline).
    public init(_ data: DataSet, asOf day: Day, periods: [ReportingPeriod]) {
        self.init(data, asOf: day, periods: periods, closedOnly: false)
    }

    /// `closedOnly`: a plan owes for a period only once the period has closed
    /// under that plan's own deadlines (plans loaded together may differ).
    private init(_ data: DataSet, asOf day: Day, periods: [ReportingPeriod], closedOnly: Bool) {
        asOf = day
        plans = data.plans
        let updates = data.updates(asOf: day)
        var carriers = CarrierCache(data, day: day)
        // Entries live in one array and are found through an index, so that
        // appending to an agency's owed list never copies it.
        var entries: [Entry] = []
        var entryIndex: [EntryKey: Int] = [:]
        var deadlines: [ReportingPeriod: (day: Day, before: Bool)] = [:]
        for (planIndex, plan) in data.plans.enumerated() {
            carriers.enterPlan(at: planIndex)
            let coordinator = plan.coordinator.map { carriers.carrier(of: $0).label }
            let planPeriods = closedOnly ? periods.filter { ReportingSchedule.isClosed($0, for: plan, asOf: day) } : periods
            for (task, ref) in zip(plan.tasks, data.taskRefs(ofPlanAt: planIndex)) where ReportingSchedule.owesReturns(task) {
                let taskUpdates = updates.updates(for: ref)
                let dutyEnd = ReportingSchedule.dutyEnd(of: task, updates: taskUpdates)
                let lead = carriers.lead(of: task)
                for period in planPeriods where ReportingSchedule.owesReturn(task, of: plan, for: period, dutyEndedIn: dutyEnd) {
                    let deadline = period.deadline(under: plan.reporting)
                    if deadlines[period].map({ deadline < $0.day }) ?? true { deadlines[period] = (deadline, plan.reporting.dueBefore) }
                    let key = EntryKey(period: period, agencyKey: lead.key)
                    let index: Int
                    if let known = entryIndex[key] {
                        index = known
                    } else {
                        index = entries.count
                        entryIndex[key] = index
                        entries.append(Entry(period: period, agency: lead))
                    }
                    entries[index].count.expected += 1
                    entries[index].carried.note(lead)
                    if let update = taskUpdates.update(for: period) {
                        entries[index].count.received += 1
                        if update.date <= deadline { entries[index].count.onTime += 1 }
                    } else {
                        entries[index].owed.append(Owed(planID: plan.id, task: task, deadline: deadline, deadlineBefore: plan.reporting.dueBefore))
                        if let coordinator, !entries[index].coordinators.contains(coordinator) {
                            entries[index].coordinators.append(coordinator)
                        }
                    }
                }
            }
        }
        var entriesByPeriod: [ReportingPeriod: [Int]] = [:]
        for (index, entry) in entries.enumerated() { entriesByPeriod[entry.period, default: []].append(index) }
        var sortKeys: [String: String] = [:]
        for entry in entries where sortKeys[entry.agency.key] == nil {
            sortKeys[entry.agency.key] = VietnameseText.looseKey(entry.agency.name)
        }
        var periodLines: [PeriodLine] = []
        var agencyLines: [AgencyLine] = []
        var missingByPeriod: [ReportingPeriod: [MissingReturn]] = [:]
        for period in periods {
            guard let deadline = deadlines[period] else { continue }
            let ordered = (entriesByPeriod[period] ?? []).map { entries[$0] }.sorted {
                $0.count.missing != $1.count.missing
                    ? $0.count.missing > $1.count.missing
                    : sortKeys[$0.agency.key, default: ""] < sortKeys[$1.agency.key, default: ""]
            }
            var total = Count()
            var agenciesMissing = 0
            for entry in ordered {
                total.expected += entry.count.expected
                total.received += entry.count.received
                total.onTime += entry.count.onTime
                agencyLines.append(AgencyLine(period: period, agency: entry.agency, count: entry.count, carried: entry.carried))
                if entry.count.missing > 0 {
                    agenciesMissing += 1
                    missingByPeriod[period, default: []].append(MissingReturn(
                        agency: entry.agency, carried: entry.carried, period: period, count: entry.count, owed: entry.owed, coordinators: entry.coordinators,
                        beforeDeadline: entry.owed.allSatisfy { $0.deadline >= day }))
                }
            }
            periodLines.append(PeriodLine(
                period: period, deadline: deadline.day, deadlineBefore: deadline.before, count: total, agencies: ordered.count, agenciesMissing: agenciesMissing))
        }
        self.periods = periodLines
        agencies = agencyLines
        latestPeriod = periodLines.last?.period
        notReported = latestPeriod.flatMap { missingByPeriod[$0] } ?? []
    }

    /// Every agency reminded is reminded before its deadline: the letter is a reminder, not a demand.
    public var remindsBeforeDeadline: Bool { !notReported.isEmpty && notReported.allSatisfy(\.beforeDeadline) }

    private struct EntryKey: Hashable {
        var period: ReportingPeriod
        var agencyKey: String
    }

    private struct Entry {
        var period: ReportingPeriod
        var agency: CarriedAgency
        var count = Count()
        var owed: [Owed] = []
        var coordinators: [String] = []
        var carried = Carried()
    }
}

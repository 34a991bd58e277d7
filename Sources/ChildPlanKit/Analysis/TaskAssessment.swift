import Foundation

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
        assess(data, asOf: day, cores: ProcessInfo.processInfo.activeProcessorCount)
    }

    static func assess(_ data: DataSet, asOf day: Day, cores: Int) -> [TaskAssessment] {
        let updates = UpdateIndex(data, asOf: day, cores: cores)
        let (taskStarts, total) = TaskNumbering.firstTasks(of: data.plans)
        // Plans are assessed a range at a time on every core, each task put
        // at its place in plan order.
        return Parallel.array(count: total, ranges: Parallel.ranges(of: data.plans.count, cores: cores)) { planRange, slots in
            var carriers = CarrierCache(registry: data.registry, day: day)
            var schedules: [ReportingDeadlines: [Day: [ReportingPeriod]]] = [:]
            for planIndex in planRange {
                let plan = data.plans[planIndex]
                let closed: [ReportingPeriod]
                if let known = schedules[plan.reporting]?[plan.reportingStart] {
                    closed = known
                } else {
                    closed = ReportingSchedule.closedPeriods(of: plan, asOf: day)
                    schedules[plan.reporting, default: [:]][plan.reportingStart] = closed
                }
                for (taskIndex, task) in plan.tasks.enumerated() {
                    let taskUpdates = updates.updates(planIndex: planIndex, taskIndex: taskIndex)
                    slots.put(
                        assess(task, of: plan, updates: taskUpdates, closedPeriods: closed, asOf: day, carriers: &carriers),
                        at: taskStarts[planIndex] + taskIndex)
                }
            }
        }
    }

    static func assess(
        _ task: PlanTask, of plan: Plan, updates: TaskUpdates, closedPeriods: [ReportingPeriod],
        asOf day: Day, carriers: inout CarrierCache
    ) -> TaskAssessment {
        let lead = carriers.carrier(of: task.lead)
        // The same spelling gives the same object: agencies are compared by identity before by key.
        func same(_ a: CarriedAgency, _ b: CarriedAgency) -> Bool { a === b || a.key == b.key }
        var partners: [CarriedAgency] = []
        for name in task.partners {
            let partner = carriers.carrier(of: name)
            if !same(partner, lead), !partners.contains(where: { same($0, partner) }) { partners.append(partner) }
        }
        let latest = updates.last
        var standing: Standing
        var current: StatusUpdate?
        var missing: [ReportingPeriod] = []
        var overdue: [OverdueItem] = []

        switch task.timeframe.meaning {
        case .recurring:
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


/// For each task of a data set, its latest update for each period (latest
/// date; on the same date, the one read last), periods in order. Updates
/// dated after the report's day are left out: a report as of a past day
/// shows what was known then.
///
/// Updates are not copied: each task has a run of references into the data
/// set's update batches, in one flat array (a counting sort by task number).
struct UpdateIndex: Sendable {
    /// Where an update is, with what assessing a task asks of every one of
    /// its updates: read from here, the data set's batches are not touched
    /// (nor their storage counted) for each question.
    struct Reference: Sendable {
        var batch: Int32
        var row: Int32
        var period: ReportingPeriod
        var date: Day
        var status: Status
    }

    private let batches: [DataSet.UpdateBatch]
    private let firstTask: [Int]
    private var references: [Reference] = []
    /// Task number → where its run starts in `references`; one more entry than tasks.
    private var runStarts: [Int32]
    /// Task number → how many of its run are kept (one per period).
    private var runCounts: [Int32]

    /// Built on every core: each core counts and places the updates of a
    /// run of files, so that a task's updates still come in file order.
    init(_ data: DataSet, asOf day: Day, cores: Int = ProcessInfo.processInfo.activeProcessorCount) {
        batches = data.updateBatches
        let batches = self.batches
        let (firstTask, taskCount) = TaskNumbering.firstTasks(of: data.plans)
        self.firstTask = firstTask
        let parts = max(1, min(cores, batches.count))
        let batchRanges = (0..<parts).map { part in (batches.count * part / parts)..<(batches.count * (part + 1) / parts) }
        let partRanges = (0..<parts).map { $0..<($0 + 1) }

        // Each part counts the updates it has for each task.
        let counts: [[Int32]] = Parallel.array(count: parts, ranges: partRanges) { range, slots in
            for part in range {
                var counts = [Int32](repeating: 0, count: taskCount)
                for batch in batchRanges[part] {
                    let (updates, tasks) = (batches[batch].updates, batches[batch].tasks)
                    for row in updates.indices {
                        if let task = tasks[row], updates[row].date <= day { counts[Int(task)] += 1 }
                    }
                }
                slots.put(counts, at: part)
            }
        }
        // Where each task's run starts, and where each part's updates start within it.
        var starts = [Int32](repeating: 0, count: taskCount + 1)
        var partStarts = [[Int32]](repeating: [Int32](repeating: 0, count: taskCount), count: parts)
        var total: Int32 = 0
        for task in 0..<taskCount {
            starts[task] = total
            for part in 0..<parts {
                partStarts[part][task] = total
                total += counts[part][task]
            }
        }
        starts[taskCount] = total
        runStarts = starts
        let (taskRunStarts, placeOfPart) = (starts, partStarts)

        // Each part puts its updates in place; then each task's run is
        // sorted by period, then date, stably (so read order breaks ties),
        // and only the last of each period kept.
        let taskRanges = Parallel.ranges(of: taskCount, cores: cores)
        var kept: [Int32] = []
        references = [Reference](unsafeUninitializedCapacity: Int(total)) { buffer, initialized in
            let slots = Parallel.Slots(base: buffer.baseAddress)
            Parallel.each(partRanges) { range in
                for part in range {
                    var next = placeOfPart[part]
                    for batch in batchRanges[part] {
                        let (updates, tasks) = (batches[batch].updates, batches[batch].tasks)
                        for row in updates.indices {
                            guard let task = tasks[row], updates[row].date <= day else { continue }
                            slots.put(
                                Reference(
                                    batch: Int32(batch), row: Int32(row), period: updates[row].period, date: updates[row].date,
                                    status: updates[row].status),
                                at: Int(next[Int(task)]))
                            next[Int(task)] += 1
                        }
                    }
                }
            }
            initialized = Int(total)
            kept = Parallel.array(count: taskCount, ranges: taskRanges) { range, keptSlots in
                for task in range {
                    let (start, end) = (Int(taskRunStarts[task]), Int(taskRunStarts[task + 1]))
                    keptSlots.put(UpdateIndex.keepLatestPerPeriod(in: slots, from: start, to: end), at: task)
                }
            }
        }
        runCounts = kept
    }

    /// Sorts the references from `start` to `end` by period, then date,
    /// stably, and moves the last of each period to the front; returns how
    /// many that is.
    private static func keepLatestPerPeriod(in references: Parallel.Slots<Reference>, from start: Int, to end: Int) -> Int32 {
        guard end - start > 1 else { return Int32(end - start) }
        for index in (start + 1)..<end {
            let moving = references[index]
            let key = (moving.period, moving.date)
            var place = index
            while place > start, key < (references[place - 1].period, references[place - 1].date) {
                references[place] = references[place - 1]
                place -= 1
            }
            references[place] = moving
        }
        var write = start
        for index in start..<end {
            if index + 1 < end, references[index + 1].period == references[index].period { continue }
            references[write] = references[index]
            write += 1
        }
        return Int32(write - start)
    }

    /// The task's latest update per period, periods in order.
    func updates(planIndex: Int, taskIndex: Int) -> TaskUpdates {
        let task = firstTask[planIndex] + taskIndex
        let start = Int(runStarts[task])
        return TaskUpdates(batches: batches, references: references[start..<(start + Int(runCounts[task]))])
    }
}

/// One task's updates, one per period, periods in order: references into
/// the data set's updates, each copied out only when read.
struct TaskUpdates: RandomAccessCollection, Sendable {
    fileprivate let batches: [DataSet.UpdateBatch]
    fileprivate let references: ArraySlice<UpdateIndex.Reference>

    var startIndex: Int { references.startIndex }
    var endIndex: Int { references.endIndex }

    subscript(position: Int) -> StatusUpdate {
        let reference = references[position]
        return batches[Int(reference.batch)].updates[Int(reference.row)]
    }

    func period(at position: Int) -> ReportingPeriod { references[position].period }

    func status(at position: Int) -> Status { references[position].status }

    /// The update for a period, if the task has one.
    func update(for period: ReportingPeriod) -> StatusUpdate? {
        for position in indices where self.period(at: position) == period { return self[position] }
        return nil
    }

    func hasUpdate(for period: ReportingPeriod) -> Bool {
        indices.contains { self.period(at: $0) == period }
    }

    /// The first period the task was reported cancelled in, if any.
    var cancellationPeriod: ReportingPeriod? {
        for position in indices where status(at: position) == .cancelled { return period(at: position) }
        return nil
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

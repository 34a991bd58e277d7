/// What the sections an officer writes in a báo cáo can say from the figures alone (DESIGN.md §9, `docx`):
/// the results (kết quả đạt được), the shortcomings (tồn tại, hạn chế) from the overdue, delayed and missing
/// items, and the causes (nguyên nhân) from the notes agencies gave with their delays. The proposals are
/// the officer's own. Every figure here is one the status, overdue and returns tables show too.
public struct ReportDraft: Sendable {
    /// A task a sentence names, with its lead and, for a cause, the note its latest return gave.
    public struct TaskLine: Sendable {
        public var planID: String
        public var task: PlanTask
        public var lead: CarriedAgency
        public var note: String
    }

    /// A lead agency and how many returns it owes and has not sent.
    public struct AgencyCount: Sendable {
        public var lead: CarriedAgency
        public var missingReturns: Int
    }

    /// At most this many tasks or agencies are named in a list; the rest are counted.
    public static let listLimit = 10

    public var asOf: Day
    public var plans: Int
    public var total: StatusSummary.Tally
    /// Groups with at least one task completed, the largest share first (then in group order).
    public var leadingGroups: [StatusSummary.GroupLine]
    /// Groups with tasks and none completed, in order.
    public var groupsWithNoneCompleted: [TaskGroup]
    /// Completed tasks, in plan order, at most `listLimit`; `total` counts them all.
    public var completedTasks: [TaskLine]
    /// Over each plan's latest closed period: the returns owed and those received (the plan figures' reporting rate).
    public var returnsExpected: Int
    public var returnsReceived: Int
    /// Overdue items by kind, as the overdue report counts them.
    public var overdue: [OverdueKind: Int]
    /// Lead agencies with returns missing, the most first (then by name), at most `listLimit`.
    public var agenciesMissingReturns: [AgencyCount]
    /// How many lead agencies have a return missing.
    public var agenciesMissingReturnsCount: Int
    /// Tasks past their deadline and not completed, at most `listLimit`; `overdue[.pastDue]` counts the items.
    public var pastDueTasks: [TaskLine]
    /// How many tasks are past due.
    public var pastDueTasksCount: Int
    /// Tasks whose latest return says delayed, at most `listLimit`; `total` counts them.
    public var delayedTasks: [TaskLine]
    /// Tasks led by a district body since the district level ended.
    public var needsNewLead: Int
    /// Tasks with no timeframe, which nothing can make overdue.
    public var needsTimeframe: Int
    /// Delayed, not started or past-due tasks whose latest return gives a note: what agencies say holds them up.
    public var causes: [TaskLine]
    /// How many such tasks there are in all.
    public var causesCount: Int

    public init(_ report: SummaryReport) {
        asOf = report.asOf
        plans = report.plans.count
        total = report.status.total
        leadingGroups = report.status.groups.filter { $0.tally.count(.completed) > 0 }
            .enumerated().sorted { a, b in
                a.element.tally.percentCompleted != b.element.tally.percentCompleted
                    ? a.element.tally.percentCompleted > b.element.tally.percentCompleted : a.offset < b.offset
            }.map(\.element)
        groupsWithNoneCompleted = report.status.groups.filter { $0.tally.tasks > 0 && $0.tally.count(.completed) == 0 }.map(\.group)
        let planFigures = report.figures.plans.map(\.figures)
        returnsExpected = planFigures.reduce(0) { $0 + $1.returnsExpected }
        returnsReceived = planFigures.reduce(0) { $0 + $1.returnsReceived }
        overdue = Dictionary(grouping: report.overdue.items, by: \.kind).mapValues(\.count)
        needsNewLead = report.overdue.needsNewLead.count
        needsTimeframe = report.overdue.needsTimeframe.count

        var completed: [TaskLine] = []
        var pastDue: [TaskLine] = []
        var delayed: [TaskLine] = []
        var causes: [TaskLine] = []
        var causesCount = 0
        var pastDueCount = 0
        var missingByLead: [String: AgencyCount] = [:]
        for assessment in report.assessments {
            func line(note: String = "") -> TaskLine {
                TaskLine(planID: assessment.planID, task: assessment.task, lead: assessment.lead, note: note)
            }
            if assessment.standing == .completed, completed.count < ReportDraft.listLimit { completed.append(line()) }
            if assessment.standing == .delayed, delayed.count < ReportDraft.listLimit { delayed.append(line()) }
            let isPastDue = assessment.overdue.contains { $0.kind == .pastDue }
            if isPastDue {
                pastDueCount += 1
                if pastDue.count < ReportDraft.listLimit { pastDue.append(line()) }
            }
            if !assessment.missingPeriods.isEmpty {
                missingByLead[assessment.lead.key, default: AgencyCount(lead: assessment.lead, missingReturns: 0)]
                    .missingReturns += assessment.missingPeriods.count
            }
            let heldUp = isPastDue || assessment.standing == .delayed || assessment.standing == .notStarted
                || assessment.overdue.contains { $0.kind == .behindSchedule }
            if heldUp, let note = assessment.latestUpdate?.note, !note.isEmpty {
                causesCount += 1
                if causes.count < ReportDraft.listLimit { causes.append(line(note: note)) }
            }
        }
        completedTasks = completed
        pastDueTasks = pastDue
        pastDueTasksCount = pastDueCount
        delayedTasks = delayed
        self.causes = causes
        self.causesCount = causesCount
        let agencies = missingByLead.values.sorted {
            $0.missingReturns != $1.missingReturns ? $0.missingReturns > $1.missingReturns : $0.lead.label < $1.lead.label
        }
        agenciesMissingReturnsCount = agencies.count
        agenciesMissingReturns = Array(agencies.prefix(ReportDraft.listLimit))
    }
}

extension SummaryReport {
    /// The drafted sections' facts, from this report's figures.
    public var draft: ReportDraft { ReportDraft(self) }
}

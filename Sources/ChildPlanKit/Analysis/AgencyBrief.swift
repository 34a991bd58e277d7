/// One agency's brief (DESIGN.md §8, agency NAME): what it leads and
/// partners in, by task group, where each stands, what it owes and by when,
/// and what is overdue.
public struct AgencyBrief: Sendable {
    /// An update the agency owes next, or a deadline it has to meet.
    public struct Obligation: Sendable {
        public var planID: String
        public var task: PlanTask
        /// The report it owes; nil for a task's own deadline.
        public var period: ReportingPeriod?
        public var due: Day
        /// The plan words the deadline "trước ngày" (before `due` + 1 day).
        public var dueBefore: Bool
        /// Inferred, not in the plan: its reporting deadlines, or the task's timeframe.
        public var dueInferred: Bool
    }

    /// The name asked for, as typed.
    public var askedFor: String
    public var match: AgencyQuery.Match
    public var asOf: Day
    /// The plans read, for their names.
    public var plans: [Plan]
    /// Tasks it leads, in plan and task order.
    public var led: [TaskAssessment]
    /// Tasks it partners in, in plan and task order.
    public var partnered: [TaskAssessment]
    /// What it owes next, soonest first: the next report of each task it
    /// leads that still owes returns, and the deadline of each task not yet done.
    public var obligations: [Obligation]
    /// Overdue items of the tasks it leads, longest first.
    public var overdue: [OverdueItem]

    public init(askedFor name: String, match: AgencyQuery.Match, data: DataSet, asOf day: Day) {
        askedFor = name
        self.match = match
        asOf = day
        plans = data.plans
        let assessments = TaskAssessor.assess(data, asOf: day)
        led = assessments.filter { AgencyQuery.isSame($0.lead, as: match) }
        partnered = assessments.filter { assessment in
            !AgencyQuery.isSame(assessment.lead, as: match) && assessment.partners.contains { AgencyQuery.isSame($0, as: match) }
        }
        let plans = Dictionary(data.plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var obligations: [Obligation] = []
        for assessment in led {
            guard let plan = plans[assessment.planID] else { continue }
            let task = assessment.task
            // The next return, unless a return has ended the task's duty to report (ReportingSchedule's rule).
            let ended = assessment.latestUpdate.map { ReportingSchedule.endsDuty($0.status, of: task, for: $0.period) } ?? false
            if ReportingSchedule.owesReturns(task), !ended {
                let next = ReportingSchedule.nextOpenPeriod(of: plan, asOf: day)
                obligations.append(Obligation(planID: plan.id, task: task, period: next, due: next.deadline(under: plan.reporting),
                                              dueBefore: plan.reporting.dueBefore, dueInferred: plan.inferred.contains(.reporting)))
            }
            if let deadline = task.timeframe.dueDay, deadline >= day, assessment.standing != .completed, assessment.standing != .cancelled {
                obligations.append(Obligation(planID: plan.id, task: task, period: nil, due: deadline, dueBefore: false,
                                              dueInferred: task.inferred.contains(.timeframe)))
            }
        }
        self.obligations = obligations.sorted { $0.due < $1.due }
        overdue = OverdueSummary.longestOverdueFirst(in: led)
    }
}

/// The full summary `childplan report` prints: the plans, and status,
/// overdue and coverage as of a day. Built once; each renderer only formats it.
public struct SummaryReport: Sendable {
    public struct PlanLine: Sendable {
        public var plan: Plan
        public var coordinator: CarriedAgency?
        public var taskCount: Int { plan.tasks.count }
    }

    public var asOf: Day
    public var plans: [PlanLine]
    public var status: StatusSummary
    public var overdue: OverdueSummary
    public var coverage: CoverageSummary
    /// Every task as assessed on the day, in plan order: what the summaries
    /// count. Kept with them (a national report's 85,000 are freed with the
    /// report, not one by one before it is written).
    public let assessments: [TaskAssessment]

    public init(_ data: DataSet, asOf day: Day) {
        let assessments = TaskAssessor.assess(data, asOf: day)
        self.assessments = assessments
        asOf = day
        plans = data.plans.map { plan in
            PlanLine(plan: plan, coordinator: plan.coordinator.map { data.registry.carrier(of: $0, on: day) })
        }
        // The overdue list takes about as long as the other two together
        // (it sorts every item): they are worked out side by side.
        let (overdue, (status, coverage)) = Parallel.both(
            { OverdueSummary(assessments) }, { (StatusSummary(assessments), CoverageSummary(assessments)) })
        self.status = status
        self.overdue = overdue
        self.coverage = coverage
    }
}

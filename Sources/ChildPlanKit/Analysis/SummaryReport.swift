/// The full summary `childplan report` prints: the plans, and status,
/// overdue and coverage as of a day. Built once; each renderer only formats it.
public struct SummaryReport: Sendable {
    public struct PlanLine: Sendable {
        public var plan: Plan
        public var coordinator: CarriedAgency?
        /// Where the plan belongs as written (given, or read from its issuer); nil when not known.
        public var jurisdiction: Jurisdiction?
        public var taskCount: Int { plan.tasks.count }
    }

    public var asOf: Day
    public var plans: [PlanLine]
    public var status: StatusSummary
    public var overdue: OverdueSummary
    public var coverage: CoverageSummary
    /// What the 2025 reorganisation changed for each plan that names a place or body no longer there.
    public var reorganisation: [PlanReorganisation]
    /// Each plan's figures, each province's, and who lags.
    public var figures: PlanFigures
    /// Every task as assessed on the day, in plan order: what the summaries
    /// count. Kept with them (a national report's 85,000 are freed with the
    /// report, not one by one before it is written).
    public let assessments: [TaskAssessment]

    public init(_ data: DataSet, asOf day: Day) {
        let assessments = TaskAssessor.assess(data, asOf: day)
        self.assessments = assessments
        asOf = day
        var carriers = CarrierCache(data, day: day)
        plans = data.plans.enumerated().map { index, plan in
            carriers.enterPlan(at: index)
            return PlanLine(plan: plan, coordinator: plan.coordinator.map { carriers.carrier(of: $0) },
                            jurisdiction: data.jurisdictions[index])
        }
        // The overdue list takes about as long as the other two together
        // (it sorts every item): they are worked out side by side.
        let (overdue, (status, coverage)) = Parallel.both(
            { OverdueSummary(assessments) }, { (StatusSummary(assessments), CoverageSummary(assessments)) })
        self.status = status
        self.overdue = overdue
        self.coverage = coverage
        reorganisation = PlanReorganisation.changes(data, plans: plans, assessments: assessments, asOf: day)
        figures = PlanFigures(data, assessments: assessments, asOf: day)
    }
}

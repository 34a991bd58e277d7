/// The return form for one agency and one reporting period: the tasks it
/// leads, then those it partners in, to be filled in and sent back.
public struct ReturnForm: Sendable {
    public enum Role: Sendable {
        case lead
        case partner
    }

    public struct Row: Sendable {
        public var planID: String
        public var task: PlanTask
        public var role: Role
        /// When this plan's report for the period is due.
        public var deadline: Day
        /// The plan words it "trước ngày" (before `deadline` + 1 day).
        public var deadlineBefore: Bool
    }

    public var agency: CarriedAgency
    public var period: ReportingPeriod
    public var rows: [Row]

    public init(for match: AgencyQuery.Match, period: ReportingPeriod, data: DataSet, asOf day: Day) {
        var carriers = CarrierCache(data, day: day)
        var lead: [Row] = []
        var partner: [Row] = []
        for (planIndex, plan) in data.plans.enumerated() {
            carriers.enterPlan(at: planIndex)
            let deadline = period.deadline(under: plan.reporting)
            for task in plan.tasks {
                if AgencyQuery.isSame(carriers.lead(of: task), as: match) {
                    lead.append(Row(planID: plan.id, task: task, role: .lead, deadline: deadline, deadlineBefore: plan.reporting.dueBefore))
                } else if task.partners.contains(where: { AgencyQuery.isSame(carriers.partner($0, of: task), as: match) }) {
                    partner.append(Row(planID: plan.id, task: task, role: .partner, deadline: deadline, deadlineBefore: plan.reporting.dueBefore))
                }
            }
        }
        agency = match.agency
        self.period = period
        rows = lead + partner
    }
}

/// Every period of a plan's tasks as of a day (`report history`): for each
/// task, period by period, the return that counts for it (its status, date,
/// agency, evidence and note), and the periods it owed and has no return for.
public struct TaskHistory: Sendable {
    public struct Entry: Sendable {
        public var period: ReportingPeriod
        /// The return that counts for the period; nil when the task owed one and none came.
        public var update: StatusUpdate?
    }

    public struct TaskLine: Sendable {
        public var planID: String
        public var task: PlanTask
        public var lead: CarriedAgency
        public var standing: Standing
        /// Periods in order.
        public var entries: [Entry]
    }

    public var asOf: Day
    public var planID: String
    /// The plan, for its name; nil when no plan of that id is loaded.
    public var plan: Plan?
    public var tasks: [TaskLine]

    /// The history of one plan's tasks, or of one task of it (`taskID`).
    public init(_ data: DataSet, planID: String, taskID: String? = nil, asOf day: Day) {
        asOf = day
        self.planID = planID
        let assessments = TaskAssessor.assess(data, asOf: day)
        guard let planIndex = data.taskLookup.position(ofPlan: planID) else {
            tasks = []
            return
        }
        let plan = data.plans[planIndex]
        self.plan = plan
        tasks = zip(plan.tasks, data.taskRefs(ofPlanAt: planIndex)).compactMap { task, ref in
            guard taskID == nil || task.id == taskID else { return nil }
            let assessment = assessments[ref.position]
            return TaskLine(planID: planID, task: task, lead: assessment.lead, standing: assessment.standing, entries: assessment.periods)
        }
    }
}

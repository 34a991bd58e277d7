/// What the loaded plans mark as inferred — details their source documents do
/// not state — for the table every report ends with (DESIGN.md §8).
public struct InferredDetails: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var planID: String
        /// A plan-level detail, or a task detail (`tasks` of `taskCount` tasks have it inferred).
        public var detail: Detail
        public var tasks: Int?
        public var taskCount: Int
    }

    public enum Detail: Hashable, Sendable {
        case plan(Plan.Field)
        case task(PlanTask.InferredFields)
    }

    /// Per plan in load order: its plan-level details, then its task details.
    public var lines: [Line]

    public init(_ data: DataSet) {
        var lines: [Line] = []
        for plan in data.plans {
            for field in Plan.Field.allCases where plan.inferred.contains(field) {
                lines.append(Line(planID: plan.id, detail: .plan(field), tasks: nil, taskCount: plan.tasks.count))
            }
            for (field, _) in PlanTask.InferredFields.named {
                let count = plan.tasks.reduce(0) { $0 + ($1.inferred.contains(field) ? 1 : 0) }
                if count > 0 { lines.append(Line(planID: plan.id, detail: .task(field), tasks: count, taskCount: plan.tasks.count)) }
            }
        }
        self.lines = lines
    }

    public init(lines: [Line] = []) {
        self.lines = lines
    }

    public var isEmpty: Bool { lines.isEmpty }
}

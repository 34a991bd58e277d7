/// One row of a plan's appendix: a task with its lead, partners and timeframe.
///
/// Named `PlanTask` because `Task` belongs to Swift concurrency.
public struct PlanTask: Hashable, Sendable {
    public var group: TaskGroup
    /// The task's number within its group (1, 2, 3…).
    public var number: Int
    public var text: String
    /// The lead agency (cơ quan chủ trì), as written in the plan.
    public var lead: String
    /// The partner agencies (cơ quan phối hợp), as written, one entry per agency.
    public var partners: [String]
    public var timeframe: Timeframe

    public init(group: TaskGroup, number: Int, text: String, lead: String, partners: [String], timeframe: Timeframe) {
        self.group = group
        self.number = number
        self.text = text
        self.lead = lead
        self.partners = partners
        self.timeframe = timeframe
    }

    /// `<roman group>.<number>`, e.g. `II.3`: how plans and returns refer to a task.
    public var id: String { PlanTask.id(group: group, number: number) }

    public static func id(group: TaskGroup, number: Int) -> String {
        "\(group.romanNumeral).\(number)"
    }
}

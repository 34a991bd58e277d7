/// A plan read from a file, with where each task was found.
public struct LoadedPlan: Sendable {
    public var plan: Plan
    public var file: String
    public var kind: FileKind
    /// Task id → where its row (or object) and its cells are.
    public var taskLocations: [String: TaskLocation]

    public init(plan: Plan, file: String, kind: FileKind, taskLocations: [String: TaskLocation]) {
        self.plan = plan
        self.file = file
        self.kind = kind
        self.taskLocations = taskLocations
    }
}

/// Where a task and each of its cells were read, for messages about them.
public struct TaskLocation: Hashable, Sendable {
    public var row: SourceLocation
    public var text: SourceLocation
    public var lead: SourceLocation
    public var partners: SourceLocation
    public var timeframe: SourceLocation

    public init(row: SourceLocation, text: SourceLocation? = nil, lead: SourceLocation? = nil,
                partners: SourceLocation? = nil, timeframe: SourceLocation? = nil) {
        self.row = row
        self.text = text ?? row
        self.lead = lead ?? row
        self.partners = partners ?? row
        self.timeframe = timeframe ?? row
    }
}

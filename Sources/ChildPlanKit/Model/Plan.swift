/// A plan (kế hoạch) implementing Decision 27/QĐ-TTg: its document details
/// and the tasks of its appendix.
public struct Plan: Hashable, Sendable {
    /// A slug such as `kon-tum-2025`; updates refer to the plan by it.
    public var id: String

    /// Whether a text can be a plan's id in a plan file: not empty, no
    /// spaces or `/`, not starting with `.` (it names the plan's updates
    /// log, `<id>.updates.csv`, beside the plan).
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix(".") && !id.contains(where: { $0 == "/" || $0 == "\\" || $0.isWhitespace || $0.isNewline })
    }
    public var title: String?
    /// The issuing body, e.g. `UBND tỉnh Kon Tum`.
    public var issuer: String?
    /// Where the plan belongs, as given (`thành phố Thủy Nguyên, thành phố Hải Phòng`); when nil,
    /// it is read from the issuer (`DataSet.jurisdiction(ofPlanAt:)`).
    public var jurisdiction: String?
    /// The document number, e.g. `90/KH-UBND`.
    public var document: String?
    public var issued: Day?
    /// The document this plan implements, e.g. `27/QĐ-TTg`.
    public var implements: String?
    /// The coordinating agency (cơ quan đầu mối) that compiles the reports.
    public var coordinator: String?
    public var reporting: ReportingDeadlines
    public var tasks: [PlanTask]
    /// Details not read in the source document but inferred (`InferredFields.swift`).
    public var inferred: Set<Field> = []

    public init(
        id: String, title: String? = nil, issuer: String? = nil, document: String? = nil, issued: Day? = nil,
        implements: String? = nil, coordinator: String? = nil, reporting: ReportingDeadlines = .standard,
        tasks: [PlanTask]
    ) {
        self.id = id
        self.title = title
        self.issuer = issuer
        self.document = document
        self.issued = issued
        self.implements = implements
        self.coordinator = coordinator
        self.reporting = reporting
        self.tasks = tasks
    }

    /// The first day reporting periods are counted from: the issue date, or
    /// 1 January 2025 (the Decision's year) when the plan gives none.
    public var reportingStart: Day {
        issued ?? Day(year: 2025, month: 1, day: 1)!
    }
}

/// An agency the plans name, with the spellings it goes by and, after the
/// 2025 reorganisation, the agency that carries its duties.
public struct Agency: Hashable, Sendable {
    public var name: String
    /// Abbreviations such as `Sở LĐTBXH`.
    public var shortForms: [String]
    /// Other full spellings seen in documents.
    public var aliases: [String]
    public var kind: AgencyKind
    /// The agency that took over its child-rights duties, and from when.
    public var successor: String?
    public var since: Day?
    /// The tier of government; district bodies ceased on 2025-07-01.
    public var level: AdministrativeLevel?

    public init(
        name: String, shortForms: [String] = [], aliases: [String] = [], kind: AgencyKind,
        successor: String? = nil, since: Day? = nil, level: AdministrativeLevel? = nil
    ) {
        self.name = name
        self.shortForms = shortForms
        self.aliases = aliases
        self.kind = kind
        self.successor = successor
        self.since = since
        self.level = level
    }

    /// Every spelling this agency answers to.
    public var spellings: [String] { [name] + shortForms + aliases }
}

/// What sort of body an agency is; collectives are counted apart in coverage.
public enum AgencyKind: String, CaseIterable, Sendable {
    case ministry
    case department
    case peoplesCommittee
    case police
    case military
    case court
    case procuracy
    case massOrganisation
    /// "Các sở, ban, ngành…", "UBND các huyện…": many bodies at once.
    case collective
    case other
}

/// The tier of government an agency belongs to.
public enum AdministrativeLevel: String, CaseIterable, Sendable {
    case national
    case province
    /// Huyện, quận, thị xã, thành phố thuộc tỉnh: abolished on 2025-07-01.
    case district
    case commune

    /// From this day the district level no longer exists (2025 reorganisation):
    /// a task still led by a district body needs a new lead.
    public static let districtLevelEnded = Day(year: 2025, month: 7, day: 1)!
}

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
    /// Duties that went to another agency than `successor` (a split), each for the tasks whose subject is that duty.
    public var duties: [DutyRule] = []

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

/// One duty of an agency that passed to another on a day: the tasks whose
/// text speaks of it go there, whatever the agency's default successor.
/// Read from registry rows with a `duty` (`DESIGN.md` §5, duties that split).
public struct DutyRule: Hashable, Sendable {
    /// The duty in a few words, as a report gives the reason: `tôn giáo` → "theo lĩnh vực tôn giáo".
    public var duty: String
    /// Words that mark a task as this duty's, compared with the task text without case or diacritics.
    public var keywords: [String] {
        didSet { keywordKeys = DutyRule.keys(of: keywords) }
    }
    public var successor: String
    public var since: Day
    /// Provinces where the rule holds (`tỉnh Quảng Ngãi`); empty: everywhere.
    public var jurisdictions: [String]

    public init(duty: String, keywords: [String], successor: String, since: Day, jurisdictions: [String] = []) {
        self.duty = duty
        self.keywords = keywords
        keywordKeys = DutyRule.keys(of: keywords)
        self.successor = successor
        self.since = since
        self.jurisdictions = jurisdictions
    }

    /// `looseKey`s of the keywords, made once per rule.
    private(set) var keywordKeys: [String]

    static func keys(of keywords: [String]) -> [String] { keywords.map(VietnameseText.looseKey).filter { !$0.isEmpty } }
}

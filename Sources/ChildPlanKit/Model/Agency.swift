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

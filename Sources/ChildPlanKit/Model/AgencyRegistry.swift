/// The agencies plans name, how to recognise each spelling of them, and
/// who carries their duties after the 2025 reorganisation (DESIGN.md §5).
public struct AgencyRegistry: Sendable {
    public private(set) var agencies: [Agency] = []
    /// `VietnameseText.matchKey` of every spelling → agency index.
    private var exactIndex: [String: Int] = [:]
    /// `VietnameseText.looseKey` of every spelling → agency indices (may be ambiguous).
    private var looseIndex: [String: [Int]] = [:]

    public init(agencies: [Agency] = []) {
        for agency in agencies { add(agency) }
    }

    /// Adds an agency, or, when one of its spellings names a known agency,
    /// updates that one: the new kind, successor, date and level win, and
    /// its spellings are added. This is how a user's registry overrides a succession.
    public mutating func add(_ agency: Agency) {
        let exactIndex = self.exactIndex
        if let index = agency.spellings.lazy.compactMap({ exactIndex[VietnameseText.matchKey($0)] }).first {
            var merged = agencies[index]
            merged.kind = agency.kind
            merged.successor = agency.successor
            merged.since = agency.since
            merged.level = agency.level ?? merged.level
            let known = Set(merged.spellings.map(VietnameseText.matchKey))
            merged.shortForms += agency.shortForms.filter { !known.contains(VietnameseText.matchKey($0)) }
            merged.aliases += ([agency.name] + agency.aliases).filter { !known.contains(VietnameseText.matchKey($0)) }
            agencies[index] = merged
            indexSpellings(of: merged, at: index)
        } else {
            agencies.append(agency)
            indexSpellings(of: agency, at: agencies.count - 1)
        }
    }

    private mutating func indexSpellings(of agency: Agency, at index: Int) {
        for spelling in agency.spellings {
            exactIndex[VietnameseText.matchKey(spelling)] = index
            let loose = VietnameseText.looseKey(spelling)
            if !looseIndex[loose, default: []].contains(index) { looseIndex[loose, default: []].append(index) }
        }
    }

    /// The agency a name refers to: by its exact spelling (up to case, white
    /// space, dashes and Unicode form), else by its spelling without
    /// diacritics when that names one agency only. Nil when unknown.
    public func agency(named name: String) -> Agency? {
        if let index = exactIndex[VietnameseText.matchKey(name)] { return agencies[index] }
        if let candidates = looseIndex[VietnameseText.looseKey(name)], candidates.count == 1 {
            return agencies[candidates[0]]
        }
        return nil
    }

    /// Who carries the duties of the agency a plan names, on a given day:
    /// successors are followed while their date has come.
    public func carrier(of name: String, on day: Day) -> CarriedAgency {
        let written = VietnameseText.tidyName(name)
        guard let agency = agency(named: written) else {
            return CarriedAgency(
                name: written, asWritten: written, writtenAgency: written, kind: nil, level: nil, writtenLevel: nil, isKnown: false)
        }
        var current = agency
        var visited: Set<String> = [VietnameseText.matchKey(agency.name)]
        while let successor = current.successor, let since = current.since, since <= day {
            let next = self.agency(named: successor) ?? Agency(name: successor, kind: current.kind, level: current.level)
            guard visited.insert(VietnameseText.matchKey(next.name)).inserted else { break }
            current = next
        }
        return CarriedAgency(
            name: current.name, asWritten: written, writtenAgency: agency.name, kind: current.kind, level: current.level,
            writtenLevel: agency.level, isKnown: true)
    }
}

/// An agency as a report shows it: who carries the task on the report's
/// day, and the name the plan wrote.
public struct CarriedAgency: Hashable, Sendable {
    /// The canonical name of the agency carrying the duties on the day.
    public var name: String
    /// The name as the plan wrote it (tidied).
    public var asWritten: String
    /// The canonical name of the agency the plan meant, before any succession.
    public var writtenAgency: String
    /// Nil when the registry does not know the name.
    public var kind: AgencyKind?
    public var level: AdministrativeLevel?
    /// The level of the agency the plan named, before any succession.
    public var writtenLevel: AdministrativeLevel?
    public var isKnown: Bool

    /// The agency the plan named, when another now carries its duties.
    public var predecessor: String? {
        VietnameseText.matchKey(name) == VietnameseText.matchKey(writtenAgency) ? nil : writtenAgency
    }

    /// True for collectives ("Các sở, ban, ngành…"), which coverage counts apart.
    public var isCollective: Bool { kind == .collective }
}

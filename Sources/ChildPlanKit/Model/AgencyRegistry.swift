import Synchronization
import Foundation

/// The agencies plans name, how to recognise each spelling of them, and
/// who carries their duties after the 2025 reorganisation (DESIGN.md §5).
public struct AgencyRegistry: Sendable {
    public private(set) var agencies: [Agency] = []
    /// `VietnameseText.matchKey` of every spelling → agency index.
    private var exactIndex: [String: Int] = [:]
    /// The loose and compact keys of every spelling, built the first time a
    /// name is not found as spelled (most runs never need them).
    private var fuzzyIndexes = FuzzyIndexes()

    public init(agencies: [Agency] = []) {
        for agency in agencies { add(agency) }
    }

    /// Adds an agency, or, when one of its spellings names a known agency,
    /// updates that one: the new kind, successor, date and level win, and
    /// its spellings are added. This is how a user's registry overrides a succession.
    public mutating func add(_ agency: Agency) {
        if let index = existingIndex(of: agency) {
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

    private func existingIndex(of agency: Agency) -> Int? {
        for spelling in agency.spellings {
            if let index = exactIndex[VietnameseText.matchKey(spelling)] { return index }
        }
        return nil
    }

    private mutating func indexSpellings(of agency: Agency, at index: Int) {
        for spelling in agency.spellings {
            exactIndex[VietnameseText.matchKey(spelling)] = index
        }
        fuzzyIndexes = FuzzyIndexes()
    }

    /// `AgencyNameKey.loose` and `.compact` of every spelling → agency indices (either may be ambiguous).
    final class FuzzyIndexes: Sendable {
        private let built = Mutex<(loose: [String: [Int]], compact: [String: [Int]])?>(nil)

        /// Built the first time a name is not found exactly, once for every thread.
        func indexes(of agencies: [Agency]) -> (loose: [String: [Int]], compact: [String: [Int]]) {
            built.withLock { built in
                if let built { return built }
                var loose: [String: [Int]] = [:]
                var compact: [String: [Int]] = [:]
                for (index, agency) in agencies.enumerated() {
                    for spelling in agency.spellings {
                        let looseKey = AgencyNameKey.loose(spelling)
                        if !loose[looseKey, default: []].contains(index) { loose[looseKey, default: []].append(index) }
                        let compactKey = AgencyNameKey.compact(looseKey)
                        if !compact[compactKey, default: []].contains(index) { compact[compactKey, default: []].append(index) }
                    }
                }
                built = (loose, compact)
                return (loose, compact)
            }
        }
    }

    /// The agency a name refers to, trying in turn:
    /// 1. its spelling up to case, white space, line breaks, dashes and Unicode form;
    /// 2. without diacritics and with the usual abbreviations written out
    ///    (`so y te`, `UBND` for `Ủy ban nhân dân`, `MTTQ` for `Mặt trận Tổ quốc`);
    /// 3. as 2, ignoring spaces, `-`, `&` and `.` (`Sở LĐ-TB&XH` = `Sở LĐTBXH`).
    /// Steps 2 and 3 count only when they name one agency. Nil when unknown:
    /// an unknown name is never merged with a known one.
    public func agency(named name: String) -> Agency? {
        if let index = exactIndex[VietnameseText.matchKey(name)] { return agencies[index] }
        let loose = AgencyNameKey.loose(name)
        let fuzzy = fuzzyIndexes.indexes(of: agencies)
        if let candidates = fuzzy.loose[loose], candidates.count == 1 { return agencies[candidates[0]] }
        if let candidates = fuzzy.compact[AgencyNameKey.compact(loose)], candidates.count == 1 { return agencies[candidates[0]] }
        return nil
    }

    /// Up to `limit` known agencies whose names are closest to an unknown
    /// one, best first, for "did you mean" in messages.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        Suggestion.closestNames(
            to: AgencyNameKey.loose(name), among: agencies.map { ($0.name, $0.spellings.map(AgencyNameKey.loose)) }, limit: limit)
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
///
/// A class, because every task and overdue item of an agency shares one:
/// a report over the whole country passes it around hundreds of thousands of times.
public final class CarriedAgency: Hashable, Sendable {
    /// The canonical name of the agency carrying the duties on the day.
    public let name: String
    /// The name as the plan wrote it (tidied).
    public let asWritten: String
    /// The canonical name of the agency the plan meant, before any succession.
    public let writtenAgency: String
    /// Nil when the registry does not know the name.
    public let kind: AgencyKind?
    public let level: AdministrativeLevel?
    /// The level of the agency the plan named, before any succession.
    public let writtenLevel: AdministrativeLevel?
    public let isKnown: Bool
    /// `VietnameseText.matchKey` of `name`: agencies with the same key are one agency in every count.
    public let key: String
    /// The agency the plan named, when another now carries its duties.
    public let predecessor: String?

    public init(name: String, asWritten: String, writtenAgency: String, kind: AgencyKind?, level: AdministrativeLevel?,
                writtenLevel: AdministrativeLevel?, isKnown: Bool) {
        self.name = name
        self.asWritten = asWritten
        self.writtenAgency = writtenAgency
        self.kind = kind
        self.level = level
        self.writtenLevel = writtenLevel
        self.isKnown = isKnown
        key = VietnameseText.matchKey(name)
        predecessor = key == VietnameseText.matchKey(writtenAgency) ? nil : writtenAgency
    }

    public static func == (left: CarriedAgency, right: CarriedAgency) -> Bool {
        left === right
            || (left.name == right.name && left.asWritten == right.asWritten && left.writtenAgency == right.writtenAgency
                && left.kind == right.kind && left.level == right.level && left.writtenLevel == right.writtenLevel
                && left.isKnown == right.isKnown)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(asWritten)
    }

    /// True for collectives ("Các sở, ban, ngành…"), which coverage counts apart.
    public var isCollective: Bool { kind == .collective }

    /// One agency in every count: the same object (one per spelling), or the same key.
    public func isSameAgency(as other: CarriedAgency) -> Bool { self === other || key == other.key }

    /// A district body on a day after the district level ended: a task it
    /// leads has nobody to carry it until it is given a new lead.
    public func needsNewLead(on day: Day) -> Bool {
        level == .district && day >= AdministrativeLevel.districtLevelEnded
    }
}

/// Keys for matching agency names as people write them.
public enum AgencyNameKey {
    /// Abbreviations written out before comparing, as `looseKey` words.
    static let abbreviations: [String: String] = [
        "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "mttq": "mat tran to quoc",
        "ubmttq": "uy ban mat tran to quoc", "tand": "toa an nhan dan", "vksnd": "vien kiem sat nhan dan",
        "tp": "thanh pho", "tp.": "thanh pho", "tw": "trung uong", "vn": "viet nam", "ub": "uy ban",
        "bchqs": "bo chi huy quan su", "lhpn": "lien hiep phu nu", "bhxh": "bao hiem xa hoi",
    ]

    /// `VietnameseText.looseKey` with abbreviations written out.
    public static func loose(_ name: String) -> String {
        // A loose key has single spaces and no space at either end, so its
        // words are what lies between spaces; most names hold no abbreviation.
        let key = VietnameseText.looseKey(name)
        var expanded: [UInt8]?
        var utf8 = key.utf8[...]
        while !utf8.isEmpty {
            let end = utf8.firstIndex(of: 0x20) ?? utf8.endIndex
            let word = utf8[..<end]
            if word.count <= 6, let full = abbreviations[String(Substring(word))] {
                if expanded == nil { expanded = Array(key.utf8[..<word.startIndex]) }
                expanded! += full.utf8
            } else if expanded != nil {
                expanded! += word
            }
            if end != utf8.endIndex, expanded != nil { expanded!.append(0x20) }
            utf8 = end == utf8.endIndex ? utf8[end...] : utf8[utf8.index(after: end)...]
        }
        return expanded.map { String(decoding: $0, as: UTF8.self) } ?? key
    }

    /// A loose key without spaces, `-`, `&`, `.` or `_`.
    public static func compact(_ looseKey: String) -> String {
        String(looseKey.unicodeScalars.filter { !" -&._".unicodeScalars.contains($0) })
    }
}

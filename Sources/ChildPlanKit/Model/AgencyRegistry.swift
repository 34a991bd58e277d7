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
        private let keysOfSpellings = Mutex<[(name: String, keys: [Suggestion.Key])]?>(nil)

        /// Each agency's name with the loose keys of its spellings, made once: what suggestions are scored against.
        func spellingKeys(of agencies: [Agency]) -> [(name: String, keys: [Suggestion.Key])] {
            keysOfSpellings.withLock { built in
                if let built { return built }
                let keys = agencies.map { ($0.name, $0.spellings.map { Suggestion.Key(AgencyNameKey.loose($0)) }) }
                built = keys
                return keys
            }
        }

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
        Suggestion.closestNames(to: AgencyNameKey.loose(name), among: fuzzyIndexes.spellingKeys(of: agencies), limit: limit)
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

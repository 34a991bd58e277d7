import Synchronization
import Foundation

/// The agencies plans name, how to recognise each spelling of them, and
/// who carries their duties after the 2025 reorganisation (DESIGN.md §5).
public struct AgencyRegistry: Sendable {
    public private(set) var agencies: [Agency] = []
    /// The provinces and their mergers, which place a plan and its agencies.
    public var places = PlaceRegistry()
    /// `VietnameseText.matchKey` of every spelling → agency index.
    private var exactIndex: [String: Int] = [:]
    /// The loose and compact keys of every spelling, built the first time a
    /// name is not found as spelled (most runs never need them).
    private var fuzzyIndexes = FuzzyIndexes()

    public init(agencies: [Agency] = [], places: [Place] = [], duties: [(agency: String, rule: DutyRule)] = []) {
        for agency in agencies { add(agency) }
        for place in places { self.places.add(place) }
        for (agency, rule) in duties { add(rule, to: agency) }
    }

    /// Adds a duty that splits from an agency, or replaces the one of the same duty (a user's
    /// registry overrides a default); a rule with no successor removes it. An unknown agency is added.
    public mutating func add(_ rule: DutyRule, to agencyName: String) {
        guard let index = exactIndex[VietnameseText.matchKey(agencyName)]
                ?? agency(named: agencyName).flatMap({ found in agencies.firstIndex { $0.name == found.name } }) else {
            var agency = Agency(name: agencyName, kind: .department)
            agency.duties = rule.successor.isEmpty ? [] : [rule]
            add(agency)
            return
        }
        let key = VietnameseText.looseKey(rule.duty)
        agencies[index].duties.removeAll { VietnameseText.looseKey($0.duty) == key }
        if !rule.successor.isEmpty { agencies[index].duties.append(rule) }
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
            if !agency.duties.isEmpty { merged.duties = agency.duties }
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

    // MARK: Who carries a task

    /// The agency a name refers to and the place the name ends with, if it
    /// names one the registry does not hold as such (`UBND tỉnh Kon Tum` →
    /// `Ủy ban nhân dân tỉnh` of tỉnh Kon Tum; `Sở Giáo dục và Đào tạo thành phố
    /// Hải Phòng` → `Sở Giáo dục và Đào tạo` of thành phố Hải Phòng).
    public func agencyAndPlace(named name: String) -> (agency: Agency, place: Jurisdiction?)? {
        if let agency = agency(named: name) { return (agency, nil) }
        guard let phrase = places.placePhrase(in: name), !phrase.before.isEmpty,
              let place = places.unit(phrase.text, in: nil) else { return nil }
        let phraseWords = PlaceRegistry.words(of: phrase.text)
        let kindWords = PlaceRegistry.kindWord(at: 0, of: phraseWords).map { phraseWords[..<$0.1].joined(separator: " ") } ?? ""
        for candidate in [phrase.before + " " + kindWords, phrase.before] {
            if let agency = agency(named: candidate) { return (agency, place) }
        }
        return nil
    }

    /// The place an agency is named in: the one its name ends with, else the plan's. A district or commune its
    /// name gives without a province (`UBND huyện Đắk Hà`) is taken to lie in the plan's province.
    static func base(placeInName: Jurisdiction?, plan: Jurisdiction?) -> Jurisdiction? {
        guard let placeInName else { return plan }
        if placeInName.level == .district || placeInName.level == .commune, placeInName.province == nil,
           let province = plan?.provinceJurisdiction {
            return Jurisdiction(level: placeInName.level, name: placeInName.name, province: province.name)
        }
        return placeInName
    }

    /// Where an agency of a level named in a plan of a place is: the nation's for a ministry,
    /// the province's for a department (of a commune's plan too), the plan's own place otherwise.
    static func place(of level: AdministrativeLevel?, in base: Jurisdiction?) -> Jurisdiction? {
        guard let base else { return level == .national ? .nation : nil }
        switch level {
        case .national: return .nation
        case .province: return base.level == .national ? .nation : (base.provinceJurisdiction ?? base)
        case .district, .commune, nil: return base
        }
    }

    /// Where an agency carrying a task is on a day: as `place(of:in:)`, except that a body other than a
    /// district one, in a district's plan after the district level ended, is the province's.
    static func carriedPlace(of level: AdministrativeLevel?, in base: Jurisdiction?, on day: Day) -> Jurisdiction? {
        if let base, base.level == .district, level != .district, day >= AdministrativeLevel.districtLevelEnded,
           let province = base.provinceJurisdiction {
            return place(of: level, in: province)
        }
        return place(of: level, in: base)
    }

    /// Follows successions from an agency while their date has come: a duty of a split when the
    /// subject (a task's text) speaks of it and the place is one the rule holds in, else the default successor.
    func walk(from agency: Agency, on day: Day, in base: Jurisdiction?, subject: String?, writtenOn: Day? = nil)
        -> (agency: Agency, reason: CarrierReason?)
    {
        var current = agency
        var reason: CarrierReason?
        var visited: Set<String> = [VietnameseText.matchKey(agency.name)]
        let subjectKey = subject.map(VietnameseText.looseKey)
        while true {
            var next: String?
            if let subjectKey, let rule = AgencyRegistry.duty(of: current, for: subjectKey, on: day, writtenOn: writtenOn,
                                                              where: { holds($0, in: base, on: day) }) {
                next = rule.successor
                // The duty that goes where the agency's duties go by default is no reason to give.
                if current.successor.map({ VietnameseText.matchKey($0) != VietnameseText.matchKey(rule.successor) }) ?? true {
                    reason = .duty(rule.duty)
                }
            } else if let successor = current.successor, let since = current.since, AgencyRegistry.applies(since, on: day, writtenOn: writtenOn) {
                next = successor
            }
            guard let next else { break }
            let nextAgency = self.agency(named: next) ?? Agency(name: next, kind: current.kind, level: current.level)
            guard visited.insert(VietnameseText.matchKey(nextAgency.name)).inserted else { break }
            current = nextAgency
        }
        return (current, reason)
    }

    /// The duty a task's subject falls in: of the rules in force, the one whose keywords the text
    /// holds most of (the first of equals); nil when it holds none. A task that speaks of children's
    /// protection and, in passing, of vocational training stays with the duty it speaks of most.
    static func duty(of agency: Agency, for subjectKey: String, on day: Day, writtenOn: Day? = nil, where holds: (DutyRule) -> Bool)
        -> DutyRule?
    {
        var best: (rule: DutyRule, hits: Int)?
        for rule in agency.duties where applies(rule.since, on: day, writtenOn: writtenOn) && holds(rule) {
            // Keys are NFC and lower case (`VietnameseText.matchKey`): their bytes are searched.
            let hits = rule.keywordKeys.reduce(0) { $0 + (subjectKey.containsBytes(of: $1) ? 1 : 0) }
            if hits > 0, hits > (best?.hits ?? 0) { best = (rule, hits) }
        }
        return best?.rule
    }

    /// Whether a duty rule holds where a plan is: everywhere, or in the provinces it lists (as written or on the day).
    func holds(_ rule: DutyRule, in base: Jurisdiction?, on day: Day) -> Bool {
        guard !rule.jurisdictions.isEmpty else { return true }
        guard let province = base?.provinceJurisdiction else { return false }
        let candidates = [province, places.current(province, on: day)].compactMap { places.place(named: $0.name)?.name }
        return rule.jurisdictions.contains { listed in places.place(named: listed).map { candidates.contains($0.name) } ?? false }
    }

    /// Whether a change of a day holds for a plan on a report's day: the day has come, and the plan was
    /// written before it (a plan issued after the reorganisation names its agencies and duties as they are).
    static func applies(_ since: Day, on day: Day, writtenOn: Day?) -> Bool {
        since <= day && (writtenOn.map { since > $0 } ?? true)
    }

    /// The distinct days successions and split duties take effect, in order: plans written between the
    /// same two of them resolve their agencies alike.
    public var changeDays: [Day] {
        Array(Set(agencies.flatMap { [$0.since].compactMap { $0 } + $0.duties.map(\.since) })).sorted()
    }

    /// Whether any agency a name can pass to on a day has duties that split by then: its carrier then depends on each task's subject.
    func dependsOnSubject(_ agency: Agency, on day: Day, writtenOn: Day? = nil) -> Bool {
        var pending = [agency]
        var seen: Set<String> = []
        while let current = pending.popLast() {
            guard seen.insert(VietnameseText.matchKey(current.name)).inserted else { continue }
            if current.duties.contains(where: { AgencyRegistry.applies($0.since, on: day, writtenOn: writtenOn) }) { return true }
            if let successor = current.successor, let since = current.since, AgencyRegistry.applies(since, on: day, writtenOn: writtenOn),
               let next = self.agency(named: successor) {
                pending.append(next)
            }
        }
        return false
    }

    /// Who carries the duties of the agency a plan names, on a given day, and where: successors
    /// are followed while their date has come, a split's duty chosen by the task's subject; the
    /// place is the plan's (or the one the name ends with) as it is on the day. `pinned` is the
    /// carrier a plan names for a task itself. `qualified` labels names with their jurisdiction.
    ///
    /// The reference rule: `CarrierCache` finds the same answers faster, and is tested against this.
    ///
    /// `writtenOn`, the day the plan was issued: changes of that day or before do not apply to it (Cần Thơ's
    /// plan of 26 April 2025 gives religious freedom to Sở Nội vụ knowing of March's reorganisation).
    public func carrier(of name: String, on day: Day, in plan: Jurisdiction? = nil, subject: String? = nil,
                        pinned: String? = nil, qualified: Bool = false, writtenOn: Day? = nil) -> CarriedAgency {
        let written = VietnameseText.tidyName(name)
        guard let (agency, placeInName) = agencyAndPlace(named: written) else {
            return CarriedAgency(
                name: written, asWritten: written, writtenAgency: written, kind: nil, level: nil, writtenLevel: nil, isKnown: false,
                jurisdiction: plan.map { places.current($0, on: day) }, writtenJurisdiction: plan, qualified: qualified)
        }
        let base = AgencyRegistry.base(placeInName: placeInName, plan: plan)
        var carried: (agency: Agency, reason: CarrierReason?)
        if let pinned = pinned.map(VietnameseText.tidyName), !pinned.isEmpty {
            carried = (agencyAndPlace(named: pinned)?.agency ?? Agency(name: pinned, kind: agency.kind, level: agency.level), .pinned)
        } else {
            carried = walk(from: agency, on: day, in: base, subject: subject, writtenOn: writtenOn)
        }
        return carriedAgency(written: written, agency: agency, carrier: carried.agency, reason: carried.reason, base: base,
                             on: day, qualified: qualified)
    }

    /// Who leads a task of a plan on a day, the plan alone: its place, the task's subject and pinned carrier, the
    /// plan's issue day — what `CarrierCache.lead(of:)` finds for the plans of a data set.
    public func lead(of task: PlanTask, in plan: Plan, on day: Day) -> CarriedAgency {
        carrier(of: task.lead, on: day, in: places.jurisdiction(of: plan), subject: task.text, pinned: task.carrier, writtenOn: plan.issued)
    }

    /// The carried agency from what the walk found; `nameKey` and `writtenKey` when already known.
    func carriedAgency(written: String, agency: Agency, carrier: Agency, reason: CarrierReason?, base: Jurisdiction?, on day: Day,
                       qualified: Bool, nameKey: String? = nil, writtenKey: String? = nil, currentPlace: Jurisdiction?? = nil)
        -> CarriedAgency
    {
        let writtenPlace = AgencyRegistry.place(of: agency.level, in: base)
        let place = currentPlace ?? AgencyRegistry.carriedPlace(of: carrier.level, in: base, on: day).map { places.current($0, on: day) }
        return CarriedAgency(
            name: carrier.name, asWritten: written, writtenAgency: agency.name, kind: carrier.kind, level: carrier.level,
            writtenKind: agency.kind, writtenLevel: agency.level, isKnown: true, jurisdiction: place, writtenJurisdiction: writtenPlace,
            reason: reason, qualified: qualified, nameKey: nameKey, writtenKey: writtenKey)
    }
}

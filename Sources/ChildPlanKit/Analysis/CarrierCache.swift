/// Registry look-ups for one day, each name resolved once and found again
/// by its bytes (hashing Vietnamese `String`s normalises them first, which
/// costs more than the look-up), then placed once per plan jurisdiction.
///
/// The fast path of `AgencyRegistry.carrier(of:on:in:subject:pinned:qualified:writtenOn:)`, which it
/// falls back to where a task's subject decides (a split duty) or a plan pins the carrier;
/// `JurisdictionTests` checks the two agree.
struct CarrierCache {
    /// The registry and the day, behind one reference: a look-up captures them once, not the registry's every part.
    private final class Source: Sendable {
        let registry: AgencyRegistry
        let day: Day

        init(registry: AgencyRegistry, day: Day) {
            self.registry = registry
            self.day = day
        }
    }

    private let source: Source
    var registry: AgencyRegistry { source.registry }
    var day: Day { source.day }
    /// Names are shown with their jurisdiction (plans of several are loaded).
    let qualified: Bool
    /// Names resolved, one cache per span between the registry's change days a plan can be written in.
    private var resolutions: [ByteCache<Resolution>]
    private let changeDays: [Day]
    /// The plan's issue day, and which span between change days it falls in.
    private var writtenOn: Day?
    private var span = 0
    private var placed: [PlacedKey: CarriedAgency] = [:]
    /// Names whose carrier a task's subject decides, by subject (`looseKey` of the task's text) and place:
    /// a national roll-up repeats a few texts thousands of times.
    private var bySubject: [SubjectKey: CarriedAgency] = [:]
    private var subjectKeys = ByteCache<String>()
    /// The jurisdiction of the plan whose tasks are being looked at, numbered.
    private var place: Jurisdiction?
    private var placeNumber = 0
    private var placeNumbers: [Jurisdiction: Int] = [:]
    private var currentPlaces: [Int: Jurisdiction?] = [:]

    /// A name resolved without its plan: the agency it names and, when no duty can split it on the day, who carries it.
    final class Resolution: Sendable {
        let written: String
        let agency: Agency?
        let placeInName: Jurisdiction?
        /// Nil when a task's subject decides.
        let carrier: Agency?
        let nameKey: String
        let writtenKey: String
        /// Flags read on every look-up, so that the agencies above are copied out only when a carrier is made.
        let isKnown: Bool
        let dependsOnSubject: Bool
        /// The name gives its place whatever the plan's (a province): placed once for every plan.
        let placeInNameIsWhole: Bool

        init(_ name: String, registry: AgencyRegistry, day: Day, writtenOn: Day?) {
            written = VietnameseText.tidyName(name)
            let found = registry.agencyAndPlace(named: written)
            agency = found?.agency
            placeInName = found?.place
            if let agency = found?.agency, !registry.dependsOnSubject(agency, on: day, writtenOn: writtenOn) {
                let carrier = registry.walk(from: agency, on: day, in: nil, subject: nil, writtenOn: writtenOn).agency
                self.carrier = carrier
                nameKey = VietnameseText.matchKey(carrier.name)
            } else {
                carrier = nil
                nameKey = ""
            }
            writtenKey = agency.map { VietnameseText.matchKey($0.name) } ?? ""
            isKnown = found != nil
            dependsOnSubject = found != nil && carrier == nil
            placeInNameIsWhole = found?.place.map { $0.level == .national || $0.level == .province || $0.province != nil } ?? false
        }
    }

    struct PlacedKey: Hashable {
        var resolution: ObjectIdentifier
        var place: Int
    }

    struct SubjectKey: Hashable {
        var resolution: ObjectIdentifier
        var subject: String
        var place: Int
    }

    /// Each plan's jurisdiction, as the data set read it, and the day it was issued.
    private let planJurisdictions: [Jurisdiction?]
    private let planIssueDays: [Day?]

    /// For the plans of a data set: names are qualified when they span jurisdictions.
    init(_ data: DataSet, day: Day) {
        source = Source(registry: data.registry, day: day)
        qualified = data.spansJurisdictions
        planJurisdictions = data.jurisdictions
        planIssueDays = data.plans.map(\.issued)
        changeDays = source.registry.changeDays
        resolutions = Array(repeating: ByteCache(), count: changeDays.count + 1)
    }

    /// The plan whose agencies are looked up next (its index in the data set).
    mutating func enterPlan(at index: Int) {
        enter(index < planJurisdictions.count ? planJurisdictions[index] : nil)
        writtenOn = index < planIssueDays.count ? planIssueDays[index] : nil
        // Plans written before any change share span 0 with plans of no known day: every change applies to both.
        span = writtenOn.map { written in changeDays.reduce(0) { $0 + ($1 <= written ? 1 : 0) } } ?? 0
    }

    /// Who leads a task of the plan entered: the plan's pinned carrier, a split duty's by the task's text, or the successions'.
    mutating func lead(of task: PlanTask) -> CarriedAgency {
        carrier(of: task.lead, subjectOf: task, pinned: task.carrier)
    }

    /// A partner of a task of the plan entered.
    mutating func partner(_ name: String, of task: PlanTask) -> CarriedAgency {
        carrier(of: name, subjectOf: task)
    }

    /// The plan whose agencies are looked up next: they are that plan's jurisdiction's.
    private mutating func enter(_ jurisdiction: Jurisdiction?) {
        place = jurisdiction
        guard let jurisdiction else { placeNumber = 0; return }
        if let known = placeNumbers[jurisdiction] {
            placeNumber = known
        } else {
            placeNumber = placeNumbers.count + 1
            placeNumbers[jurisdiction] = placeNumber
        }
    }

    /// Who carries an agency a task names (`subject`: the task's text, for duties that split;
    /// `pinned`: the carrier the plan gives the task).
    mutating func carrier(of name: String, subjectOf task: PlanTask? = nil, pinned: String? = nil) -> CarriedAgency {
        let source = source
        var bytes = name
        let writtenOn = writtenOn
        let resolution = bytes.withUTF8 { utf8 in
            resolutions[span].value(for: utf8) { _ in Resolution(name, registry: source.registry, day: source.day, writtenOn: writtenOn) }
        }
        guard pinned == nil, resolution.isKnown else {
            return registry.carrier(of: name, on: day, in: place, subject: task?.text, pinned: pinned, qualified: qualified, writtenOn: writtenOn)
        }
        if resolution.dependsOnSubject {
            // The task's subject decides: the same subject in the same place decides alike.
            let text = task?.text ?? ""
            var bytes = text
            let subjectKey = bytes.withUTF8 { utf8 in subjectKeys.value(for: utf8) { _ in VietnameseText.looseKey(text) } }
            let key = SubjectKey(resolution: ObjectIdentifier(resolution), subject: subjectKey, place: placeNumber)
            if let known = bySubject[key] { return known }
            let made = registry.carrier(of: name, on: day, in: place, subject: text, qualified: qualified, writtenOn: writtenOn)
            bySubject[key] = made
            return made
        }
        let key = PlacedKey(resolution: ObjectIdentifier(resolution), place: resolution.placeInNameIsWhole ? -1 : placeNumber)
        if let known = placed[key] { return known }
        guard let agency = resolution.agency, let carrier = resolution.carrier else {
            return registry.carrier(of: name, on: day, in: place, subject: task?.text, qualified: qualified, writtenOn: writtenOn)
        }
        let base = AgencyRegistry.base(placeInName: resolution.placeInName, plan: place)
        let made = registry.carriedAgency(
            written: resolution.written, agency: agency, carrier: carrier, reason: nil, base: base, on: day, qualified: qualified,
            nameKey: resolution.nameKey, writtenKey: resolution.writtenKey, currentPlace: currentPlace(of: carrier.level, base: base))
        placed[key] = made
        return made
    }

    /// Where an agency of a level in the plan's place is on the day, worked out once per place and level.
    private mutating func currentPlace(of level: AdministrativeLevel?, base: Jurisdiction?) -> Jurisdiction? {
        guard let attached = AgencyRegistry.carriedPlace(of: level, in: base, on: day) else { return nil }
        let number = (placeNumbers[attached] ?? { () -> Int in
            let number = placeNumbers.count + 1
            placeNumbers[attached] = number
            return number
        }())
        if let known = currentPlaces[number] { return known }
        let current = registry.places.current(attached, on: day)
        currentPlaces[number] = current
        return current
    }
}

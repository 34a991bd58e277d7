/// Finds the agency a user means by a name typed on the command line.
public enum AgencyQuery {
    public struct Match: Sendable {
        /// The agency as carried on the day; tasks are found by this name.
        public var agency: CarriedAgency
        /// The same agency in other jurisdictions of the loaded plans, when the name asked for gave no place.
        public var others: [CarriedAgency] = []
        /// True when the name asked for is an agency whose duties another now carries.
        public var isSuccessor: Bool { agency.predecessor != nil }
    }

    /// The agency a name refers to, as carried on the day, in the jurisdiction the name gives
    /// (`Sở Y tế — tỉnh Quảng Ngãi`, `Sở Y tế tỉnh Quảng Ngãi`, `Sở Y tế, tỉnh Quảng Ngãi`): by the
    /// registry (short forms, no diacritics, successors: as DESIGN.md §5), else by a name the loaded
    /// plans use. Where the name gives no place and the plans have that agency in several
    /// jurisdictions, the match names the others (`Match.others`): the caller asks which.
    /// Nil when neither the registry nor the plans know it.
    public static func find(_ asked: String, in data: DataSet, on day: Day) -> Match? {
        let places = data.registry.places
        var name = VietnameseText.tidyName(asked)
        var place: Jurisdiction?
        if let dash = name.range(of: " — ") ?? name.range(of: ", "), let parsed = places.jurisdiction(parsing: String(name[dash.upperBound...])) {
            place = parsed
            name = String(name[..<dash.lowerBound])
        } else if data.registry.agency(named: name) == nil, let (before, parsed) = trailingPlace(in: name, places: places),
                  data.registry.agency(named: before) != nil {
            place = parsed
            name = before
        }
        var target: String?
        // Asked for by a name another agency now carries (Sở LĐTBXH): the carriers of the tasks that name it.
        var predecessor: String?
        if let asked = data.registry.agency(named: name) {
            let carried = data.registry.carrier(of: name, on: day)
            target = carried.nameKey
            if carried.isSucceeded { predecessor = asked.name }
        } else {
            let key = AgencyNameKey.loose(name)
            search: for plan in data.plans {
                for task in plan.tasks {
                    for written in [task.lead] + task.partners where AgencyNameKey.loose(written) == key {
                        target = data.registry.carrier(of: written, on: day).nameKey
                        break search
                    }
                }
            }
        }
        guard let target else { return nil }
        var found: [CarriedAgency] = []
        func consider(_ agency: CarriedAgency) {
            guard agency.nameKey == target, predecessor.map({ $0 == agency.writtenAgency }) ?? true,
                  !found.contains(where: { $0.key == agency.key }) else { return }
            found.append(agency)
        }
        var carriers = CarrierCache(data, day: day)
        for (index, plan) in data.plans.enumerated() {
            carriers.enterPlan(at: index)
            for task in plan.tasks {
                consider(carriers.lead(of: task))
                for partner in task.partners { consider(carriers.partner(partner, of: task)) }
            }
        }
        if let place {
            let now = places.current(place, on: day)
            found = found.filter { $0.jurisdiction == now || $0.jurisdiction == place || $0.writtenJurisdiction == place }
        }
        guard let first = found.first else {
            return data.registry.agency(named: name) == nil ? nil
                : Match(agency: data.registry.carrier(of: name, on: day, in: place, qualified: place != nil))
        }
        return Match(agency: first, others: Array(found.dropFirst()))
    }

    /// The place a typed name ends with and the name before it: a unit with a capitalised name
    /// (`Sở Y tế tỉnh Quảng Ngãi`), or a known province however it is typed (`so y te tinh quang ngai`).
    static func trailingPlace(in name: String, places: PlaceRegistry) -> (before: String, place: Jurisdiction)? {
        if let phrase = places.placePhrase(in: name), !phrase.before.isEmpty, let parsed = places.unit(phrase.text, in: nil) {
            return (phrase.before, parsed)
        }
        let words = PlaceRegistry.words(of: name)
        for start in stride(from: words.count - 2, through: 1, by: -1) {
            guard let (_, rest) = PlaceRegistry.kindWord(at: start, of: words), rest < words.count,
                  let place = places.place(named: words[rest...].joined(separator: " ")) else { continue }
            return (words[..<start].joined(separator: " "), place.jurisdiction)
        }
        return nil
    }

    /// Names to suggest for one that matched nothing: agencies the plans
    /// name (as carried) that are closest to it.
    /// The agencies that lead or partner in a task, nearest a name first (however far): `count` of them.
    public static func nearest(to name: String, in data: DataSet, on day: Day, count: Int = 3) -> [String] {
        let key = AgencyNameKey.loose(name)
        var names: [String] = []
        for plan in data.plans {
            for task in plan.tasks {
                for written in [task.lead] + task.partners {
                    let carried = data.registry.carrier(of: written, on: day)
                    if carried.kind != .collective, !names.contains(carried.name) { names.append(carried.name) }
                }
            }
        }
        let distances = names.map { EditDistance.between(key, AgencyNameKey.loose($0)) }
        return names.indices.sorted { distances[$0] != distances[$1] ? distances[$0] < distances[$1] : names[$0] < names[$1] }
            .prefix(count).map { names[$0] }
    }

    public static func suggestions(for name: String, in data: DataSet, on day: Day) -> [String] {
        let key = AgencyNameKey.loose(name)
        var names: [String] = []
        for plan in data.plans {
            for task in plan.tasks {
                for written in [task.lead] + task.partners {
                    let carried = data.registry.carrier(of: written, on: day).name
                    if !names.contains(carried) { names.append(carried) }
                }
            }
        }
        return Suggestion.closestNames(to: key, among: names.map { ($0, [Suggestion.Key(AgencyNameKey.loose($0))]) })
    }

    /// The tasks an agency leads or partners in, as carried on the day: each plan's, by their place in its list.
    public static func tasks(of match: Match, in data: DataSet, on day: Day) -> [(plan: Int, tasks: [Int])] {
        var carriers = CarrierCache(data, day: day)
        return data.plans.indices.map { planIndex in
            carriers.enterPlan(at: planIndex)
            let tasks = data.plans[planIndex].tasks.indices.filter { index in
                let task = data.plans[planIndex].tasks[index]
                return isSame(carriers.lead(of: task), as: match) || task.partners.contains { isSame(carriers.partner($0, of: task), as: match) }
            }
            return (planIndex, tasks)
        }
    }

    /// True when a task's agency, as carried, is the one asked for.
    static func isSame(_ carried: CarriedAgency, as match: Match) -> Bool {
        carried.key == match.agency.key
    }
}

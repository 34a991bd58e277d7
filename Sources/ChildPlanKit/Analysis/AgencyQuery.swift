/// Finds the agency a user means by a name typed on the command line.
public enum AgencyQuery {
    public struct Match: Sendable {
        /// The agency as carried on the day; tasks are found by this name.
        public var agency: CarriedAgency
        /// True when the name asked for is an agency whose duties another now carries.
        public var isSuccessor: Bool { agency.predecessor != nil }
    }

    /// The agency a name refers to, as carried on the day: by the registry
    /// (short forms, no diacritics, successors: as DESIGN.md §5), else by a
    /// name the loaded plans use. Nil when neither knows it.
    public static func find(_ name: String, in data: DataSet, on day: Day) -> Match? {
        if data.registry.agency(named: name) != nil {
            return Match(agency: data.registry.carrier(of: name, on: day))
        }
        let key = AgencyNameKey.loose(name)
        for plan in data.plans {
            for task in plan.tasks {
                for written in [task.lead] + task.partners where AgencyNameKey.loose(written) == key {
                    return Match(agency: data.registry.carrier(of: written, on: day))
                }
            }
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

    /// True when a task's agency, as carried, is the one asked for.
    static func isSame(_ carried: CarriedAgency, as match: Match) -> Bool {
        carried.key == match.agency.key
    }
}

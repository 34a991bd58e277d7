/// Carried agencies gathered into groups, one per agency (by key): how
/// coverage finds an agency's line and the overdue list its lead's group.
/// The same carried agency (one object per spelling) is found again by
/// identity, which is cheaper than hashing a Vietnamese name.
struct AgencyGroups {
    /// Where an agency was placed, and what was new about it.
    struct Placement {
        var group: Int
        /// The first time this object (this spelling) was met.
        var isNewSpelling: Bool
        /// The first time this agency was met: a new group, numbered `count - 1`.
        var isNewGroup: Bool
    }

    private var groupOfKey: [String: Int] = [:]
    private var groupOfObject: [ObjectIdentifier: Int] = [:]
    /// How many groups there are.
    private(set) var count = 0

    mutating func place(_ agency: CarriedAgency) -> Placement {
        if let known = groupOfObject[ObjectIdentifier(agency)] {
            return Placement(group: known, isNewSpelling: false, isNewGroup: false)
        }
        let group: Int
        let isNewGroup: Bool
        if let known = groupOfKey[agency.key] {
            (group, isNewGroup) = (known, false)
        } else {
            (group, isNewGroup) = (count, true)
            groupOfKey[agency.key] = group
            count += 1
        }
        groupOfObject[ObjectIdentifier(agency)] = group
        return Placement(group: group, isNewSpelling: true, isNewGroup: isNewGroup)
    }
}

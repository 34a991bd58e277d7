/// What sort of body an agency is; collectives are counted apart in coverage.
public enum AgencyKind: String, CaseIterable, Sendable {
    case ministry
    case department
    case peoplesCommittee
    case police
    case military
    case court
    case procuracy
    case massOrganisation
    /// "Các sở, ban, ngành…", "UBND các huyện…": many bodies at once.
    case collective
    case other
}

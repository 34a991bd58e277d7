/// What a CSV column holds, whatever the header calls it.
public enum ColumnRole: String, Sendable, CaseIterable {
    /// The role's place in `allCases`, for tables indexed by role (looked
    /// up for every cell read, so spelled out rather than searched for).
    var ordinal: Int {
        switch self {
        case .number: 0
        case .group: 1
        case .task: 2
        case .lead: 3
        case .partners: 4
        case .timeframe: 5
        case .plan: 6
        case .period: 7
        case .status: 8
        case .date: 9
        case .agency: 10
        case .evidence: 11
        case .note: 12
        case .role: 13
        case .name: 14
        case .short: 15
        case .aliases: 16
        case .kind: 17
        case .successor: 18
        case .since: 19
        }
    }

    // Appendix
    case number, group, task, lead, partners, timeframe
    // Updates (task is shared with the appendix); role: lead or partner, in a return form
    case plan, period, status, date, agency, evidence, note, role
    // Registry
    case name, short, aliases, kind, successor, since
}

import Foundation

/// A registry file as read: its agencies, places and split duties, in file order.
public struct LoadedRegistry: Sendable {
    public var file: String
    public var agencies: [Agency]
    /// Provinces and centrally-run cities, with their mergers.
    public var places: [Place] = []
    /// Duties that split from an agency (the agency's name, the rule).
    public var duties: [(agency: String, rule: DutyRule)] = []
}

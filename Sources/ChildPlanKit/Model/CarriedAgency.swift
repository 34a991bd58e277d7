import Foundation

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

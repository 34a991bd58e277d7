import Foundation

/// Why a task is carried by another agency than the one its plan names,
/// when the reason is more than a plain succession.
public enum CarrierReason: Hashable, Sendable {
    /// The agency's duties split, and the task's subject falls in this duty (`tôn giáo`).
    case duty(String)
    /// The plan names the carrier of this task itself (`carrier` in the plan file).
    case pinned
}

/// An agency as a report shows it: who carries the task on the report's
/// day, where, and the name the plan wrote.
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
    /// The kind and level of the agency the plan named, before any succession.
    public let writtenKind: AgencyKind?
    public let writtenLevel: AdministrativeLevel?
    public let isKnown: Bool
    /// Where the carrying agency is on the day (Kon Tum's departments are Quảng Ngãi's after
    /// 1 July 2025); nil when the plan's place is not known.
    public let jurisdiction: Jurisdiction?
    /// Where the agency the plan named was.
    public let writtenJurisdiction: Jurisdiction?
    /// Why another agency carries it, when it is a duty or the plan's own choice.
    public let reason: CarrierReason?
    /// Agencies with the same name in the same jurisdiction are one agency in every count:
    /// `VietnameseText.matchKey` of `name`, and the jurisdiction's key.
    public let key: String
    /// `VietnameseText.matchKey` of `name` alone: the same kind of agency in any jurisdiction.
    public let nameKey: String
    /// The agency the plan named (with its place, when that changed too), when another agency now carries its duties.
    public let predecessor: String?
    /// Another agency carries the duties of the one the plan named (not only another place).
    public let isSucceeded: Bool
    /// The name to show: with its jurisdiction (`Sở Y tế — tỉnh Quảng Ngãi`) when plans of several are loaded.
    public let label: String

    public init(name: String, asWritten: String, writtenAgency: String, kind: AgencyKind?, level: AdministrativeLevel?,
                writtenKind: AgencyKind? = nil, writtenLevel: AdministrativeLevel?, isKnown: Bool,
                jurisdiction: Jurisdiction? = nil, writtenJurisdiction: Jurisdiction? = nil, reason: CarrierReason? = nil,
                qualified: Bool = false, nameKey: String? = nil, writtenKey: String? = nil) {
        self.name = name
        self.asWritten = asWritten
        self.writtenAgency = writtenAgency
        self.kind = kind
        self.level = level
        self.writtenKind = writtenKind ?? kind
        self.writtenLevel = writtenLevel
        self.isKnown = isKnown
        self.jurisdiction = jurisdiction
        self.writtenJurisdiction = writtenJurisdiction
        self.reason = reason
        let nameKey = nameKey ?? VietnameseText.matchKey(name)
        self.nameKey = nameKey
        key = jurisdiction.map { nameKey + "\u{1F}" + $0.key } ?? nameKey
        let placeChanged = writtenJurisdiction != nil && writtenJurisdiction != jurisdiction
        let agencyChanged = nameKey != (writtenKey ?? VietnameseText.matchKey(writtenAgency))
        isSucceeded = agencyChanged
        // A place that changed alone (Kon Tum's Sở Tư pháp is Quảng Ngãi's) is said once, in the reorganisation table, not beside every name.
        if agencyChanged {
            predecessor = placeChanged ? CarriedAgency.placed(writtenAgency, in: writtenJurisdiction) : writtenAgency
        } else {
            predecessor = nil
        }
        // Where the place changed (Kon Tum's department is Quảng Ngãi's now), the name says where it is now.
        label = qualified || placeChanged ? CarriedAgency.placed(name, in: jurisdiction) : name
    }

    /// An agency's name with its jurisdiction, unless it is the nation's or its place is not known. In a
    /// centrally-run city the registry's provincial names read as the city's own: "Công an tỉnh" is
    /// "Công an thành phố — thành phố Cần Thơ".
    public static func placed(_ name: String, in jurisdiction: Jurisdiction?) -> String {
        guard let jurisdiction, jurisdiction.level != .national else { return name }
        var name = name
        if jurisdiction.level == .province, jurisdiction.name.hasPrefix(PlaceWord.city.rawValue + " "), name.hasSuffix(" tỉnh") {
            name = String(name.dropLast(" tỉnh".count)) + " " + PlaceWord.city.rawValue
        }
        return "\(name) — \(jurisdiction.name)"
    }

    public static func == (left: CarriedAgency, right: CarriedAgency) -> Bool {
        left === right
            || (left.name == right.name && left.asWritten == right.asWritten && left.writtenAgency == right.writtenAgency
                && left.kind == right.kind && left.level == right.level && left.writtenLevel == right.writtenLevel
                && left.isKnown == right.isKnown && left.jurisdiction == right.jurisdiction
                && left.writtenJurisdiction == right.writtenJurisdiction && left.reason == right.reason && left.label == right.label)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(asWritten)
        hasher.combine(jurisdiction)
    }

    /// True for collectives ("Các sở, ban, ngành…"), which coverage counts apart.
    public var isCollective: Bool { kind == .collective }

    /// One agency in every count: the same object (one per spelling and place), or the same key.
    public func isSameAgency(as other: CarriedAgency) -> Bool { self === other || key == other.key }

    /// The body the plan named has ended on the day and nobody is known to have taken its work:
    /// a district body after the district level ended.
    public func hasEnded(on day: Day) -> Bool {
        level == .district && day >= AdministrativeLevel.districtLevelEnded
    }

    /// A task it leads has nobody to carry it after the district level ended: a district body
    /// still, or a district office whose duties passed to the communes' offices as a whole.
    public func needsNewLead(on day: Day) -> Bool {
        guard day >= AdministrativeLevel.districtLevelEnded else { return false }
        return level == .district || (writtenLevel == .district && writtenKind != .collective && kind == .collective)
    }
}

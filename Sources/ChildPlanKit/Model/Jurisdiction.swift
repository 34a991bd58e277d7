/// The place a plan and the agencies it names belong to (DESIGN.md §4):
/// the nation, a province or centrally-run city, a district (until
/// 2025-07-01), or a commune, ward or special zone.
public struct Jurisdiction: Hashable, Sendable {
    public let level: AdministrativeLevel
    /// The unit with its kind word, as Vietnamese documents name it: `tỉnh Kon Tum`,
    /// `thành phố Hải Phòng`, `thành phố Thủy Nguyên`, `xã Tân Phú`; `Việt Nam` for the nation.
    public let name: String
    /// The province or centrally-run city a district or commune lies in (`thành phố Hải Phòng`), when known.
    public let province: String?
    /// `VietnameseText.looseKey` of the name and province: one jurisdiction in every count.
    public let key: String

    public init(level: AdministrativeLevel, name: String, province: String? = nil) {
        self.level = level
        self.name = name
        self.province = level == .national || level == .province ? nil : province
        key = VietnameseText.looseKey(name) + (self.province.map { ", " + VietnameseText.looseKey($0) } ?? "")
    }

    public static let nation = Jurisdiction(level: .national, name: "Việt Nam")

    /// As a plan file and `--jurisdiction` write it: `thành phố Thủy Nguyên, thành phố Hải Phòng`.
    public var fullName: String { province.map { "\(name), \($0)" } ?? name }

    /// The province this jurisdiction lies in (itself for a province), when known.
    public var provinceJurisdiction: Jurisdiction? {
        switch level {
        case .national: nil
        case .province: self
        case .district, .commune: province.map { Jurisdiction(level: .province, name: $0) }
        }
    }

    public static func == (left: Jurisdiction, right: Jurisdiction) -> Bool { left.key == right.key && left.level == right.level }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}

/// The words that name a kind of administrative unit, as they begin a place's name.
public enum PlaceWord: String, CaseIterable, Sendable {
    case province = "tỉnh"
    case city = "thành phố"
    case district = "huyện"
    case urbanDistrict = "quận"
    case town = "thị xã"
    case commune = "xã"
    case ward = "phường"
    case townlet = "thị trấn"
    case specialZone = "đặc khu"

    /// `looseKey` spellings, longest first so that `thanh pho` wins over a shorter word.
    static let spellings: [(key: String, word: PlaceWord)] = [
        ("thanh pho", .city), ("tp.", .city), ("tp", .city), ("thi xa", .town), ("thi tran", .townlet), ("dac khu", .specialZone),
        ("tinh", .province), ("huyen", .district), ("quan", .urbanDistrict), ("xa", .commune), ("phuong", .ward),
    ]

    /// The level a unit of this kind has when its name is not a province's.
    var levelWhenNotAProvince: AdministrativeLevel {
        switch self {
        case .province, .city, .district, .urbanDistrict, .town: .district
        case .commune, .ward, .townlet, .specialZone: .commune
        }
    }
}

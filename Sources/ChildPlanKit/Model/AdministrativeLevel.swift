/// The tier of government an agency belongs to.
public enum AdministrativeLevel: String, CaseIterable, Sendable {
    case national
    case province
    /// Huyện, quận, thị xã, thành phố thuộc tỉnh: abolished on 2025-07-01.
    case district
    case commune

    /// From this day the district level no longer exists (2025 reorganisation):
    /// a task still led by a district body needs a new lead.
    public static let districtLevelEnded = Day(year: 2025, month: 7, day: 1)!
}

/// The seven task groups of Decision 27/QĐ-TTg, in the Decision's order.
///
/// Every plan files its tasks under one of these by number, whatever its own
/// heading says, so reports can compare and add up plans.
public enum TaskGroup: Int, CaseIterable, Comparable, Sendable, Codable {
    case lawAndPolicy = 1
    case communication = 2
    case capacity = 3
    case services = 4
    case inspection = 5
    case budget = 6
    case internationalCooperation = 7

    public var number: Int { rawValue }

    /// `I`…`VII`: written out, as every task id a report writes starts with one.
    public var romanNumeral: String {
        switch self {
        case .lawAndPolicy: "I"
        case .communication: "II"
        case .capacity: "III"
        case .services: "IV"
        case .inspection: "V"
        case .budget: "VI"
        case .internationalCooperation: "VII"
        }
    }

    /// Accepts `I`…`VII` and `1`…`7`.
    public init?(numeral text: String) {
        if let number = Int(text) ?? RomanNumeral.value(of: text), let group = TaskGroup(rawValue: number) {
            self = group
        } else {
            return nil
        }
    }

    public var vietnameseName: String {
        switch self {
        case .lawAndPolicy: "Hoàn thiện pháp luật, chính sách"
        case .communication: "Truyền thông, giáo dục, vận động xã hội"
        case .capacity: "Nâng cao năng lực, phối hợp liên ngành, mô hình"
        case .services: "Phát triển hệ thống dịch vụ"
        case .inspection: "Kiểm tra, thanh tra, cơ sở dữ liệu về trẻ em"
        case .budget: "Bố trí kinh phí"
        case .internationalCooperation: "Hợp tác quốc tế"
        }
    }

    public var englishName: String {
        switch self {
        case .lawAndPolicy: "Law and policy"
        case .communication: "Communication and awareness"
        case .capacity: "Capacity, coordination and models"
        case .services: "Services for children"
        case .inspection: "Inspection, monitoring and child data"
        case .budget: "Budget"
        case .internationalCooperation: "International cooperation"
        }
    }

    public static func < (lhs: TaskGroup, rhs: TaskGroup) -> Bool { lhs.rawValue < rhs.rawValue }
}

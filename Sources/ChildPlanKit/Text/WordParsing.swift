extension Status {
    /// Reads a status word in Vietnamese or English, with or without
    /// diacritics, in any case: `Hoàn thành`, `hoan thanh`, `completed`, `Đang triển khai`, `inProgress`…
    public init?(word: String) {
        guard let status = Status.words[VietnameseText.compactKey(word)] else { return nil }
        self = status
    }

    /// The word Vietnamese returns use for this status, as a log written in Vietnamese records it.
    public var vietnameseWord: String {
        switch self {
        case .notStarted: "Chưa triển khai"
        case .inProgress: "Đang triển khai"
        case .completed: "Hoàn thành"
        case .delayed: "Chậm tiến độ"
        case .cancelled: "Không thực hiện"
        }
    }

    /// The accepted words, keyed by `VietnameseText.compactKey`.
    static let words: [String: Status] = {
        let table: [(Status, [String])] = [
            (.notStarted, ["notStarted", "not started", "chưa triển khai", "chưa thực hiện", "chưa bắt đầu"]),
            (.inProgress, ["inProgress", "in progress", "ongoing", "đang triển khai", "đang thực hiện"]),
            (.completed, ["completed", "complete", "done", "hoàn thành", "đã hoàn thành", "đã thực hiện"]),
            (.delayed, ["delayed", "behind schedule", "chậm tiến độ", "chậm", "chậm triển khai", "chậm thực hiện"]),
            (.cancelled, ["cancelled", "canceled", "không thực hiện", "hủy", "đã hủy", "dừng thực hiện"]),
        ]
        var words: [String: Status] = [:]
        for (status, spellings) in table {
            for spelling in spellings { words[VietnameseText.compactKey(spelling)] = status }
        }
        return words
    }()
}

extension ReportingPeriod {
    /// Reads a period: `2025-H1`, `H1/2025`, `6 tháng đầu năm 2025`, `6 tháng 2025`
    /// for the 6-month report; `2025`, `Năm 2025`, `cả năm 2025` for the annual one.
    public init?(parsing text: String) {
        let tokens = TimeframeParser.tokenize(VietnameseText.looseKey(text))
        var year: Int?
        var firstHalf = false
        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .number(let value, 4):
                guard year == nil else { return nil }
                year = value
            case .word("h") where index + 1 < tokens.count && tokens[index + 1] == .number(value: 1, width: 1):
                firstHalf = true
                index += 1
            case .number(6, 1) where index + 1 < tokens.count && tokens[index + 1] == .word("thang"):
                firstHalf = true
                index += 1
            case .word("dau"), .word("nam"), .word("ca"), .word("year"), .word("fy"), .symbol("-"), .symbol("/"):
                break
            default:
                return nil
            }
            index += 1
        }
        guard let year, (1990...2100).contains(year) else { return nil }
        self.init(year: year, span: firstHalf ? .firstHalf : .fullYear)
    }
}

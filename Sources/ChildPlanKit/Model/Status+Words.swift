extension Status {
    /// Reads a status word in Vietnamese or English, with or without
    /// diacritics, in any case: `Hoàn thành`, `hoan thanh`, `completed`, `Đang triển khai`, `inProgress`…
    public init?(word: String) {
        guard let status = Status.words[VietnameseText.compactKey(word)] else { return nil }
        self = status
    }

    /// The statuses in the order a return form lists them, numbered from 1 when asked for one by one.
    public static let inReturnOrder: [Status] = [.completed, .inProgress, .delayed, .notStarted, .cancelled]

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

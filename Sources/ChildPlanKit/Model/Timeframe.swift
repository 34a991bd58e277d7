/// When a task is to be done: the text as the plan wrote it, and what it means.
public struct Timeframe: Hashable, Sendable {
    public enum Meaning: Hashable, Sendable {
        /// thường xuyên, hằng năm, từ năm 2025: owes an update every reporting period.
        case recurring
        /// giai đoạn 2025 - 2030: owes an update every period up to the end
        /// of the span, and is overdue after it unless completed.
        case recurringUntil(Day)
        /// One deadline: the task is overdue after the end of this day.
        case due(Day)
        /// theo đề nghị, theo yêu cầu: done when asked; never overdue.
        case onRequest
        /// Empty, or text the parser could not read; never overdue.
        case unspecified(Unspecified)
    }

    /// Why a timeframe has no meaning, so validation can say so.
    public enum Unspecified: Hashable, Sendable {
        case empty
        /// `recognised` names what the parser did make out, if anything
        /// (a year, a date), to help the user rewrite the cell.
        case notUnderstood(recognised: String?)
    }

    /// The cell as written (NFC, white space tidied).
    public let text: String
    public let meaning: Meaning

    public init(text: String, meaning: Meaning) {
        self.text = text
        self.meaning = meaning
    }

    /// Reads a timeframe cell; see `TimeframeParser` for the phrases understood.
    public init(_ text: String) {
        self = TimeframeParser.parse(text)
    }

    public var isRecurring: Bool {
        switch meaning {
        case .recurring, .recurringUntil: true
        default: false
        }
    }

    /// The last day the task runs to: its deadline, or the end of its span; nil when it has none.
    public var lastDay: Day? {
        switch meaning {
        case .due(let day), .recurringUntil(let day): day
        default: nil
        }
    }

    public var dueDay: Day? {
        if case .due(let day) = meaning { return day }
        return nil
    }
}

/// When a task is to be done: the text as the plan wrote it, and what it means.
public struct Timeframe: Hashable, Sendable {
    public enum Meaning: Hashable, Sendable {
        /// thường xuyên, hằng năm: owes an update every reporting period.
        case recurring
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

    public var isRecurring: Bool { meaning == .recurring }

    public var dueDay: Day? {
        if case .due(let day) = meaning { return day }
        return nil
    }
}

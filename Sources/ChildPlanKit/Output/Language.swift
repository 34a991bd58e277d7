/// The language of a report's headings, group names and status words.
/// Task texts and agency names stay as the plans wrote them.
public enum Language: String, CaseIterable, Sendable {
    case vi
    case en
}

/// Which part of the report to produce.
public enum ReportSection: String, CaseIterable, Sendable {
    /// Plans, status, overdue and coverage: what `childplan report` prints.
    case summary
    case status
    case overdue
    case coverage
    /// The agencies the plans name, as carried on the day: what `childplan agencies` prints.
    case agencies
}

/// A report ready to render: one of the analyses, with what it is about.
public enum Report: Sendable {
    /// The summary, or one section of it.
    case summary(SummaryReport, ReportSection)
    /// Who sent their returns, per period and agency.
    case returns(ReturnsSummary)
    /// One agency's brief.
    case agency(AgencyBrief)
    /// How a lower plan covers the plan it implements.
    case comparison(PlanComparison, asOf: Day)
    /// Reminders (đôn đốc) to the agencies whose returns for a period are missing.
    case reminders(ReturnsSummary)
}

/// How to render: the language, and for the terminal view its width and
/// whether to use colour; for CSV whether it is meant for Excel.
public struct RenderOptions: Sendable {
    public var language: Language
    /// Columns available to the terminal view.
    public var width: Int
    /// Bold headings and red overdue counts in the terminal view.
    public var colour: Bool
    /// CSV with a BOM and CRLF line ends.
    public var excel: Bool

    public init(language: Language = .vi, width: Int = 100, colour: Bool = false, excel: Bool = false) {
        self.language = language
        self.width = width
        self.colour = colour
        self.excel = excel
    }
}

/// The formats a report can be written in. Each has one writer, chosen in
/// `render`; a new case does not compile until it has one. All but JSON
/// write the same laid-out document; JSON writes the data contract.
public enum OutputFormat: String, CaseIterable, Sendable {
    case markdown
    case json
    case csv
    case html
    case text

    public func render(_ report: Report, options: RenderOptions) -> String {
        switch self {
        case .json: String(decoding: renderBytes(report, options: options), as: UTF8.self)
        case .markdown: MarkdownWriter().write(document(report, options))
        case .csv: CSVReportWriter(excel: options.excel).write(document(report, options))
        case .html: HTMLWriter(language: options.language).write(document(report, options))
        case .text: TextWriter(width: options.width, colour: options.colour).write(document(report, options))
        }
    }

    /// The report as UTF-8, as it is written to a file or standard output.
    public func renderBytes(_ report: Report, options: RenderOptions) -> [UInt8] {
        switch self {
        case .json: JSONReportRenderer(language: options.language).bytes(report)
        default: Array(render(report, options: options).utf8)
        }
    }

    /// The report as UTF-8 in pieces to be written one after another: what
    /// `renderBytes` gives, without joining the pieces a long JSON list was
    /// written in on every core.
    public func renderPieces(_ report: Report, options: RenderOptions) -> [[UInt8]] {
        switch self {
        case .json: JSONReportRenderer(language: options.language).pieces(report)
        default: [renderBytes(report, options: options)]
        }
    }

    func document(_ report: Report, _ options: RenderOptions) -> ReportDocument {
        ReportLayout(language: options.language).document(for: report)
    }

    public func render(_ report: Report, language: Language) -> String {
        render(report, options: RenderOptions(language: language))
    }

    public func render(_ report: SummaryReport, section: ReportSection, language: Language) -> String {
        render(.summary(report, section), language: language)
    }

    /// The file name ending for this format.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .json: "json"
        case .csv: "csv"
        case .html: "html"
        case .text: "txt"
        }
    }
}

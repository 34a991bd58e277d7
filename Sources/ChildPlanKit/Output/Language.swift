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

/// The formats a report can be written in. Each has one renderer, chosen
/// in `render`; a new case does not compile until it has one.
public enum OutputFormat: String, CaseIterable, Sendable {
    case markdown
    case json

    public func render(_ report: SummaryReport, section: ReportSection, language: Language) -> String {
        switch self {
        case .markdown: MarkdownReportRenderer(language: language).render(report, section: section)
        case .json: JSONReportRenderer(language: language).render(report, section: section)
        }
    }
}

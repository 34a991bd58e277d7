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

/// The formats a report can be written in. Each has one renderer, chosen
/// in `render`; a new case does not compile until it has one.
public enum OutputFormat: String, CaseIterable, Sendable {
    case markdown
    case json

    public func render(_ report: Report, language: Language) -> String {
        switch self {
        case .markdown: MarkdownReportRenderer(language: language).render(report)
        case .json: JSONReportRenderer(language: language).render(report)
        }
    }

    public func render(_ report: SummaryReport, section: ReportSection, language: Language) -> String {
        render(.summary(report, section), language: language)
    }
}

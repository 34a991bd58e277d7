/// Renders a report as GitHub-flavoured markdown, ready to paste into an
/// official report or to convert with pandoc.
public struct MarkdownReportRenderer: Sendable {
    let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ report: Report) -> String {
        MarkdownWriter().write(ReportLayout(language: language).document(for: report))
    }

    public func render(_ report: SummaryReport, section: ReportSection) -> String {
        render(.summary(report, section))
    }
}

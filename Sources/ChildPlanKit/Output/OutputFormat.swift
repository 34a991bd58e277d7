/// The formats a report can be written in. Each has one writer, chosen in
/// `write`; a new case does not compile until it has one. All but JSON
/// write the same laid-out document (`ReportLayout`); JSON writes the data
/// contract (`JSONReportRenderer`).
public enum OutputFormat: String, CaseIterable, Sendable {
    case markdown
    case json
    case csv
    case html
    case text
    /// An Excel workbook: a sheet per table, typed cells (`XLSXReportWriter`).
    case xlsx
    /// A Word báo cáo in the layout of Decree 30/2020/NĐ-CP (`DOCXReportWriter`).
    case docx

    /// Writes the report in this format to the sink, as UTF-8: the one way
    /// a report is written, to standard output, a file or memory.
    public func write(_ report: Report, options: RenderOptions, to sink: inout some ReportSink) {
        switch self {
        case .json: JSONReportRenderer(language: options.language, provenance: options.provenance).write(report, to: &sink)
        case .markdown: sink.write(Array(MarkdownWriter(gridTables: options.pandoc).write(document(report, options).namingPlans().excerptingLongTexts()).utf8))
        case .csv: sink.write(Array(CSVReportWriter(excel: options.excel).write(document(report, options)).utf8))
        case .html: sink.write(Array(HTMLWriter(language: options.language).write(document(report, options).namingPlans().excerptingLongTexts()).utf8))
        case .text:
            let document = document(report, options).namingPlans().excerptingLongTexts()
            sink.write(Array(TextWriter(width: options.width, colour: options.colour).write(document).utf8))
        case .xlsx: XLSXReportWriter(language: options.language).workbook(document(report, options).namingPlans()).write { sink.write($0) }
        case .docx:
            let document = document(report, options).namingPlans().excerptingLongTexts()
            DOCXReportWriter(language: options.language, letterhead: options.letterhead).archive(document).write { sink.write($0) }
        }
    }

    /// True for a format whose bytes are a file (a workbook), not text for a screen.
    public var isBinary: Bool { self == .xlsx || self == .docx }

    /// The report in this format, as text (what `write` gives, gathered; for a workbook, its bytes read as UTF-8).
    public func render(_ report: Report, options: RenderOptions = RenderOptions()) -> String {
        var sink = ByteSink()
        write(report, options: options, to: &sink)
        return sink.text
    }

    func document(_ report: Report, _ options: RenderOptions) -> ReportDocument {
        OutputFormat.visibleDocument(for: report, options: options)
    }

    /// The laid-out document every format but JSON writes, with text from
    /// the data made visible: no control character or bidi override reaches
    /// a terminal, a page or a spreadsheet as itself.
    static func visibleDocument(for report: Report, options: RenderOptions) -> ReportDocument {
        ReportLayout(language: options.language).document(for: report, provenance: options.provenance)
            .mappingText(VisibleText.visibleKeepingLineBreaks)
    }

    /// The file name ending for this format.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .json: "json"
        case .csv: "csv"
        case .html: "html"
        case .text: "txt"
        case .xlsx: "xlsx"
        case .docx: "docx"
        }
    }
}

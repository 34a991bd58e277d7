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
    /// Markdown for pandoc: grid tables, whose cells keep their line breaks through `pandoc -o report.docx`.
    public var pandoc: Bool
    /// Where the figures came from; nothing is shown of what is not known.
    public var provenance: ReportProvenance
    /// For the Word báo cáo: the issuing office, number, place, date, signer and recipients.
    public var letterhead: Letterhead

    public init(language: Language = .vi, width: Int = 100, colour: Bool = false, excel: Bool = false, pandoc: Bool = false,
                provenance: ReportProvenance = ReportProvenance(), letterhead: Letterhead = Letterhead()) {
        self.language = language
        self.width = width
        self.colour = colour
        self.excel = excel
        self.pandoc = pandoc
        self.provenance = provenance
        self.letterhead = letterhead
    }
}

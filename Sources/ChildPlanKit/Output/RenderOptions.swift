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
    /// Rows of the input the report did not count, listed at its end.
    public var setAside: [SetAsideRow]
    /// The files the report was made from, named in its header (JSON: `files`); none when not known.
    public var sources: [String]

    public init(language: Language = .vi, width: Int = 100, colour: Bool = false, excel: Bool = false, setAside: [SetAsideRow] = [],
                sources: [String] = []) {
        self.language = language
        self.width = width
        self.colour = colour
        self.excel = excel
        self.setAside = setAside
        self.sources = sources
    }
}

import Foundation

/// What the executable knows about where its output goes.
public struct Terminal: Sendable {
    /// Standard output is a terminal (not a pipe or a file): colour is allowed there.
    public var outputIsTerminal: Bool
    /// The terminal's width in columns, when known.
    public var columns: Int?
    /// Shows a transient line on standard error at once (a progress line), or
    /// nil when standard error is not a terminal.
    public var progress: (@Sendable (String) -> Void)?
    /// Shows a question and reads the user's answer, one line (nil at the end of input), or nil when there is no
    /// one at a terminal to ask (`update --interactive` needs one).
    public var ask: (@Sendable (String) -> String?)?

    public init(outputIsTerminal: Bool = false, columns: Int? = nil, progress: (@Sendable (String) -> Void)? = nil,
                ask: (@Sendable (String) -> String?)? = nil) {
        self.outputIsTerminal = outputIsTerminal
        self.columns = columns
        self.progress = progress
        self.ask = ask
    }

    public static let none = Terminal()
}

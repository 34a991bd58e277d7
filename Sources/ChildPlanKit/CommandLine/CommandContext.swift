import Foundation

/// What a command gets from the world: the environment, today's date and
/// the terminal. Tests pass their own; the executable passes the real ones.
struct CommandContext: Sendable {
    var environment: [String: String]
    var today: Day
    var terminal: Terminal = .none

    /// Columns for the terminal view: `$COLUMNS`, else the terminal's width, else 100.
    var width: Int {
        if let text = environment["COLUMNS"], let columns = Int(text), columns >= 20 { return columns }
        return terminal.columns.flatMap { $0 >= 20 ? $0 : nil } ?? 100
    }

    /// Colour only on a terminal, and never with `NO_COLOR` set (https://no-color.org).
    var colour: Bool {
        terminal.outputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The data a command reads when given no paths: `$CHILDPLAN_DATA`, else `Data/`.
    var defaultDataPath: String {
        if let path = environment["CHILDPLAN_DATA"], !path.isEmpty { return path }
        return "Data"
    }
}

/// Where an update was read: its line, and the columns of its plan, task
/// and agency cells, for messages about them (kept in 32 bits: a national
/// roll-up has 850,000; `LoadedUpdates.location(of:)` gives them as places).
struct UpdateSource: Sendable, Hashable {
    var line: Int32
    var planColumn: Int32
    var taskColumn: Int32
    /// The agency cell's column; the row's first (1) when the reader was
    /// not asked to note it (`DataLoader.recordsTaskLocations`).
    var agencyColumn: Int32
    /// False when the file has no plan column (or the cell is empty): the
    /// update then belongs to the only plan loaded.
    var planGiven: Bool
}

/// An updates file as read: an agency's return or a log `update` appends to.
/// `updates[i]` was read where `sources[i]` says.
public struct LoadedUpdates: Sendable {
    public var file: String
    public var updates: [StatusUpdate]
    var sources: [UpdateSource]
    /// The sheet the updates were read from, for a workbook.
    var sheet: SourcePart?

    /// Where update `index` was read: its line, at its first cell.
    public func location(of index: Int) -> SourceLocation { location(of: index, column: nil) }

    func location(of index: Int, column: KeyPath<UpdateSource, Int32>?) -> SourceLocation {
        let source = sources[index]
        return SourceLocation(file: file, line: Int(source.line), column: column.map { Int(source[keyPath: $0]) } ?? 1, part: sheet)
    }
}

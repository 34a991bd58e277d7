/// The limits childplan holds its input to, kept in one place: each is
/// named in the message that refuses what goes past it (DESIGN.md §11).
public enum Limits {
    /// The highest number a task may have within its group, in an appendix
    /// and in plan JSON alike: tables are sized by it.
    public static let largestTaskNumber = 999_999

    /// The most bytes one input is read to, a regular file or a device or
    /// pipe read until it ends.
    public static let largestInputBytes = 1 << 30

    /// The most cells one CSV row may have: a plan's or a return's row has
    /// a dozen; a file of delimiters without end is no table.
    public static let cellsPerRow = 10_000

    /// The most partner agencies one task may name: a plan's cell names a
    /// few dozen at most; more is a column pasted into one cell.
    public static let partnersPerTask = 1_000

    /// The years a report may be judged in (`--as-of`) and an update dated
    /// in (`--date`): a day outside them is a typing slip, and periods are
    /// counted from a plan's start to it.
    public static let years = 2000...2100
}

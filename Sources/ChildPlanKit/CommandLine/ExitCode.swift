/// The process exit codes childplan uses (BSD sysexits, as in DESIGN.md §9).
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// Something unexpected went wrong.
    case failure = 1
    /// EX_USAGE: an unknown option, a missing argument, a bad option value.
    case usage = 64
    /// EX_DATAERR: an input file has errors.
    case dataError = 65
    /// EX_NOINPUT: an input file does not exist or cannot be read.
    case noInput = 66
    /// EX_CANTCREAT: the output file cannot be written.
    case cannotCreateOutput = 73
}

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

/// What running a command produced: the text for each stream and the exit code.
public struct Outcome: Sendable, Equatable {
    /// Standard output as UTF-8, in the pieces the renderer wrote it in,
    /// to be written one after another: a national report is 19 MB, not
    /// worth joining into one buffer or checking again as a `String`.
    public var stdoutPieces: [[UInt8]]
    public var stderr: String
    public var exitCode: ExitCode

    /// Standard output as one run of bytes.
    public var stdoutBytes: [UInt8] {
        get { stdoutPieces.count == 1 ? stdoutPieces[0] : Array(stdoutPieces.joined()) }
        set { stdoutPieces = [newValue] }
    }

    public var stdout: String {
        get { String(decoding: stdoutBytes, as: UTF8.self) }
        set { stdoutBytes = Array(newValue.utf8) }
    }

    public init(stdout: String = "", stderr: String = "", exitCode: ExitCode = .success) {
        self.init(stdoutBytes: Array(stdout.utf8), stderr: stderr, exitCode: exitCode)
    }

    public init(stdoutBytes: [UInt8], stderr: String = "", exitCode: ExitCode = .success) {
        self.init(stdoutPieces: [stdoutBytes], stderr: stderr, exitCode: exitCode)
    }

    public init(stdoutPieces: [[UInt8]], stderr: String = "", exitCode: ExitCode = .success) {
        self.stdoutPieces = stdoutPieces
        self.stderr = stderr
        self.exitCode = exitCode
    }

    /// Outcomes are equal when they print the same, however it was cut into pieces.
    public static func == (lhs: Outcome, rhs: Outcome) -> Bool {
        lhs.stdoutBytes == rhs.stdoutBytes && lhs.stderr == rhs.stderr && lhs.exitCode == rhs.exitCode
    }
}

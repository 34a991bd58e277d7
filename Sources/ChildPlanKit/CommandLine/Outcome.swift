/// What running a command produced: what goes to standard output, the text
/// for standard error, and the exit code.
public struct Outcome: Sendable, Equatable {
    /// What a command prints on standard output: bytes it has made, or a
    /// report it leaves to be written straight to the sink that prints it
    /// (a national JSON report is 19 MB, written in pieces on every core).
    public enum StandardOutput: Sendable {
        case bytes([UInt8])
        case report(Report, OutputFormat, RenderOptions)
    }

    public var standardOutput: StandardOutput
    public var stderr: String
    public var exitCode: ExitCode

    public init(stdout: String = "", stderr: String = "", exitCode: ExitCode = .success) {
        self.init(standardOutput: .bytes(Array(stdout.utf8)), stderr: stderr, exitCode: exitCode)
    }

    public init(standardOutput: StandardOutput, stderr: String = "", exitCode: ExitCode = .success) {
        self.standardOutput = standardOutput
        self.stderr = stderr
        self.exitCode = exitCode
    }

    /// Writes standard output's bytes to the sink, rendering the report if it is one.
    public func writeStandardOutput(to sink: inout some ReportSink) {
        switch standardOutput {
        case .bytes(let bytes): if !bytes.isEmpty { sink.write(bytes) }
        case .report(let report, let format, let options): format.write(report, options: options, to: &sink)
        }
    }

    /// Standard output as one run of bytes.
    public var stdoutBytes: [UInt8] {
        var sink = ByteSink()
        writeStandardOutput(to: &sink)
        return sink.bytes
    }

    /// Standard output as text.
    public var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }

    /// Outcomes are equal when they print the same, however the output is made.
    public static func == (lhs: Outcome, rhs: Outcome) -> Bool {
        lhs.stdoutBytes == rhs.stdoutBytes && lhs.stderr == rhs.stderr && lhs.exitCode == rhs.exitCode
    }
}

import ChildPlanKit
import Foundation

/// Standard output as a sink: each piece is written as it comes, without a copy.
struct StandardOutputSink: ReportSink {
    mutating func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
        }
    }
}

// Today in the local time zone, from the C library: Foundation's `Calendar.current` loads calendar data first,
// a few percent of a report over Data/.
var clock = time(nil)
var local = tm()
let today = localtime_r(&clock, &local) != nil
    ? Day(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday)) ?? Day(daysSinceEpoch: 0)
    : Day(daysSinceEpoch: 0)
var size = winsize()
let columns = isatty(STDOUT_FILENO) == 1 && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : nil
@Sendable func showProgress(_ line: String) {
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
}
let progress: (@Sendable (String) -> Void)? = isatty(STDERR_FILENO) == 1 ? showProgress : nil
/// A question on standard error, the answer from standard input: only when someone is at a terminal.
@Sendable func askAtTerminal(_ question: String) -> String? {
    FileHandle.standardError.write(Data(question.utf8))
    return readLine(strippingNewline: true)
}
let ask: (@Sendable (String) -> String?)? = isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 ? askAtTerminal : nil
// The outcome (and the report in it) lives until `exit`: the operating
// system takes a national report's memory back at once, faster than
// freeing its hundred thousand pieces one by one.
let outcome = ChildPlanCLI.run(
    arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment, today: today,
    terminal: Terminal(outputIsTerminal: isatty(STDOUT_FILENO) == 1, columns: columns, progress: progress, ask: ask))
var standardOutput = StandardOutputSink()
outcome.writeStandardOutput(to: &standardOutput)
FileHandle.standardError.write(Data(outcome.stderr.utf8))
exit(outcome.exitCode.rawValue)

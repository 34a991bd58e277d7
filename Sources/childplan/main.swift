import ChildPlanKit
import Foundation

let now = Calendar.current.dateComponents([.year, .month, .day], from: Date())
let today = Day(year: now.year ?? 2025, month: now.month ?? 1, day: now.day ?? 1) ?? Day(daysSinceEpoch: 0)
var size = winsize()
let columns = isatty(STDOUT_FILENO) == 1 && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : nil
@Sendable func showProgress(_ line: String) {
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
}
let progress: (@Sendable (String) -> Void)? = isatty(STDERR_FILENO) == 1 ? showProgress : nil
let outcome = ChildPlanCLI.run(
    arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment, today: today,
    terminal: Terminal(outputIsTerminal: isatty(STDOUT_FILENO) == 1, columns: columns, progress: progress), endsProcess: true)
for piece in outcome.stdoutPieces {
    piece.withUnsafeBytes { bytes in
        guard let base = bytes.baseAddress else { return }
        FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
    }
}
FileHandle.standardError.write(Data(outcome.stderr.utf8))
exit(outcome.exitCode.rawValue)

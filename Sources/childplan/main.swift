import ChildPlanKit
import Foundation

let now = Calendar.current.dateComponents([.year, .month, .day], from: Date())
let today = Day(year: now.year ?? 2025, month: now.month ?? 1, day: now.day ?? 1) ?? Day(daysSinceEpoch: 0)
let outcome = ChildPlanCLI.run(
    arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment, today: today)
FileHandle.standardOutput.write(Data(outcome.stdout.utf8))
FileHandle.standardError.write(Data(outcome.stderr.utf8))
exit(outcome.exitCode.rawValue)

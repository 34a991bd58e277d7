import ChildPlanKit
import Foundation

/// childplan-bench: generates national-scale data sets and times childplan on them.
/// See BENCHMARKS.md.
let usage = """
    USAGE: childplan-bench generate OUT [--plans N] [--years Y] [--seed S] [--data DIR] [--places]
           childplan-bench run DIR [--runs N] [--as-of DATE] [--formats json,markdown,...]
           childplan-bench scale WORKDIR [--plans N] [--years Y] [--runs N] [--sizes 1/8,1/4,1/2,1,2,10]
           childplan-bench office DOCX XLSX [--runs N]

      generate  write a data set: N plans (default 3400: 34 provinces, the rest communes), Y years of
                half-yearly returns (default 5), from seed S (default 2025); with --places, each plan as a
                plan file that says where it belongs (its province, or its commune in its province)
      run       time every stage in this process, the CSV readers on one core, and whole
                `childplan report --format json` processes; medians of N runs (default 5)
      scale     generate each size (by default 1/8, 1/4, 1/2, 1 and 2) times N plans under WORKDIR and time each
      office    time importing a Word appendix and loading a returns workbook step by step (with the CSV
                beside it, if any), and our XML reader beside Foundation's XMLParser

    """

nonisolated(unsafe) var arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: String) -> String {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(64)
}

let binary = (CommandLine.arguments[0] as NSString).deletingLastPathComponent + "/childplan"
let cores = ProcessInfo.processInfo.activeProcessorCount

func generate(_ output: String, plans: Int, years: Int, seed: UInt64, data: String, places: Bool = false) {
    var generator = Generator(plans: plans, years: years, seed: seed, dataDirectory: data)
    generator.places = places
    do {
        let (written, seconds) = try Benchmark.time { try generator.write(to: output) }
        print("Wrote \(output): \(written.plans) plans, \(written.tasks) tasks, \(written.updates) updates, "
              + String(format: "%.1f MB", Double(written.bytes) / 1_048_576) + " in " + String(format: "%.1f s", seconds) + ".")
    } catch {
        fail("childplan-bench: \(error.localizedDescription)")
    }
}

func asOfDay(years: Int) -> Day { Day(year: 2025 + years, month: 1, day: 1)! }

func run(_ directory: String, runs: Int, asOf: Day, formats: [OutputFormat]) {
    print("Machine: \(cores) cores. Data: \(directory). As of \(asOf.iso). Medians of \(runs) runs.\n")
    // The whole process first, while this one is still small: a spawned
    // child's peak memory counts the parent's until it has started.
    let process = Benchmark.process([binary, "report", "--format", "json", "--as-of", asOf.iso, directory], runs: runs)
    let stages = Benchmark.stages(directory: directory, asOf: asOf, runs: runs, formats: formats)
    print("| stage (in process) | median ms |")
    print("|---|---:|")
    for stage in stages { print("| \(stage.name) | \(Benchmark.milliseconds(stage.median)) |") }
    print(String(format: "\nPeak memory of this process: %.0f MB\n", Benchmark.peakMemory))
    let csv = Benchmark.csvThroughput(directory: directory, runs: runs)
    if csv.bytes > 0 {
        let megabytes = Double(csv.bytes) / 1_000_000
        print(String(format: "Updates files, one core: %.1f MB; CSV parsing %.0f MB/s; reading into updates %.0f MB/s\n",
                     megabytes, megabytes / csv.parse, megabytes / csv.read))
    }
    print(String(format: "Whole process `childplan report --format json`: median %.0f ms, peak memory %.0f MB (exit %d)",
                 process.median * 1000, process.peakMB, process.status))
}

guard let command = arguments.first else { print(usage); exit(0) }
arguments.removeFirst()
switch command {
case "generate":
    let plans = Int(option("--plans", "3400")) ?? 3400
    let years = Int(option("--years", "5")) ?? 5
    let seed = UInt64(option("--seed", "2025")) ?? 2025
    let data = option("--data", "Data")
    let places = arguments.contains("--places")
    arguments.removeAll { $0 == "--places" }
    guard let output = arguments.first else { fail(usage) }
    generate(output, plans: plans, years: years, seed: seed, data: data, places: places)
case "run":
    let runs = Int(option("--runs", "5")) ?? 5
    let asOfText = option("--as-of", "")
    let formatNames = option("--formats", OutputFormat.allCases.map(\.rawValue).joined(separator: ","))
    let formats = formatNames.split(separator: ",").compactMap { OutputFormat(rawValue: String($0)) }
    guard let directory = arguments.first else { fail(usage) }
    let years = ((try? FileManager.default.contentsOfDirectory(atPath: directory + "/updates")) ?? [])
        .compactMap { Int($0.dropLast(4).suffix(4)) }.max().map { $0 - 2024 } ?? 1
    run(directory, runs: runs, asOf: Day(parsing: asOfText) ?? asOfDay(years: years), formats: formats)
case "scale":
    let plans = Int(option("--plans", "3400")) ?? 3400
    let years = Int(option("--years", "5")) ?? 5
    let runs = Int(option("--runs", "5")) ?? 5
    let sizes = option("--sizes", "1/8,1/4,1/2,1,2").split(separator: ",").compactMap { label -> (String, Double)? in
        let parts = label.split(separator: "/").compactMap { Double($0) }
        guard let first = parts.first, first > 0 else { return nil }
        return (String(label), parts.count == 2 && parts[1] > 0 ? first / parts[1] : first)
    }
    guard let workdir = arguments.first else { fail(usage) }
    print("Machine: \(cores) cores. Medians of \(runs) runs of `childplan report --format json`.\n")
    print("| size | plans | tasks | updates | MB | median ms | ms per 1,000 tasks | peak MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for (label, factor) in sizes {
        let count = Int((Double(plans) * factor).rounded())
        let directory = "\(workdir)/x\(label.replacingOccurrences(of: "/", with: "-"))"
        let written = try? Generator(plans: count, years: years, seed: 2025, dataDirectory: "Data").write(to: directory)
        let process = Benchmark.process([binary, "report", "--format", "json", "--as-of", asOfDay(years: years).iso, directory], runs: runs)
        let tasks = written?.tasks ?? 0
        print("| \(label) | \(count) | \(tasks) | \(written?.updates ?? 0) | "
              + String(format: "%.0f", Double(written?.bytes ?? 0) / 1_048_576) + " | "
              + String(format: "%.0f", process.median * 1000) + " | "
              + String(format: "%.2f", process.median * 1000 / Double(max(tasks, 1)) * 1000) + " | "
              + String(format: "%.0f", process.peakMB) + " |")
    }
case "office":
    let runs = Int(option("--runs", "5")) ?? 5
    guard arguments.count >= 2 else { fail(usage) }
    OfficeBenchmark.run(document: arguments[0], workbook: arguments[1], runs: runs)
default:
    fail(usage)
}

import ChildPlanKit
import Foundation

/// Times childplan on a data set, stage by stage in this process and as a
/// whole `childplan report` process, and reports medians and peak memory.
enum Benchmark {
    struct Stage {
        var name: String
        var seconds: [Double] = []
        var median: Double { seconds.sorted()[seconds.count / 2] }
    }

    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = ContinuousClock.now
        let result = try body()
        let elapsed = ContinuousClock.now - start
        return (result, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Peak resident memory of this process so far, in MB.
    static var peakMemory: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Every stage of a full report, `runs` times.
    static func stages(directory: String, asOf: Day, runs: Int, formats: [OutputFormat] = OutputFormat.allCases) -> [Stage] {
        var stages: [String: Stage] = [:]
        var order: [String] = []
        func record(_ name: String, _ seconds: Double) {
            if stages[name] == nil { order.append(name); stages[name] = Stage(name: name) }
            stages[name]!.seconds.append(seconds)
        }
        for _ in 0..<runs {
            record("read and parse files, one reader", time { DataLoader(concurrentReaders: 1).load(paths: [directory]) }.1)
            let (files, read) = time { DataLoader().load(paths: [directory]) }
            record("read and parse files, a reader per core", read)
            let (assembled, assemble) = time { DataSet.assemble(files) }
            record("build the data set (match updates to tasks)", assemble)
            let data = assembled.dataSet
            let (assessments, assess) = time { TaskAssessor.assess(data, asOf: asOf) }
            record("assess tasks (status, overdue rules)", assess)
            record("status summary", time { StatusSummary(assessments) }.1)
            record("overdue summary", time { OverdueSummary(assessments) }.1)
            record("coverage summary", time { CoverageSummary(assessments) }.1)
            record("returns summary", time { ReturnsSummary(data, asOf: asOf) }.1)
            let (report, summary) = time { SummaryReport(data, asOf: asOf) }
            record("whole summary (assess + status + overdue + coverage)", summary)
            for format in formats {
                record("render \(format.rawValue)", time { format.render(.summary(report, .summary), options: RenderOptions()) }.1)
            }
        }
        return order.compactMap { stages[$0] }
    }

    /// Reading the updates files on one core: raw CSV parsing, and the updates reader.
    static func csvThroughput(directory: String, runs: Int) -> (bytes: Int, parse: Double, read: Double) {
        let files = (FileManager.default.subpaths(atPath: directory + "/updates") ?? []).filter { $0.hasSuffix(".csv") }.sorted()
        let contents = files.compactMap { FileManager.default.contents(atPath: directory + "/updates/" + $0).map(Array.init) }
        let bytes = contents.reduce(0) { $0 + $1.count }
        var parse: [Double] = []
        var read: [Double] = []
        for _ in 0..<runs {
            parse.append(time {
                var fields = 0
                for file in contents {
                    var parser = CSVParser(utf8: file)
                    while (try? parser.nextRecord()) == true { fields += parser.record.count }
                }
                return fields
            }.1)
            read.append(time { contents.map { UpdatesReader.read(utf8: $0, file: "u.csv").0?.updates.count ?? 0 }.reduce(0, +) }.1)
        }
        return (bytes, parse.sorted()[runs / 2], read.sorted()[runs / 2])
    }

    /// Runs a command `runs` times: median wall time and the largest peak memory (MB).
    static func process(_ arguments: [String], runs: Int) -> (median: Double, peakMB: Double, status: Int32) {
        var times: [Double] = []
        var peak = 0.0
        var status: Int32 = 0
        for _ in 0..<runs {
            var pid = pid_t()
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            let argv = arguments.map { strdup($0) } + [nil]
            let start = ContinuousClock.now
            let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
            argv.forEach { free($0) }
            posix_spawn_file_actions_destroy(&actions)
            guard spawned == 0 else { return (0, 0, -1) }
            var waitStatus: Int32 = 0
            var usage = rusage()
            wait4(pid, &waitStatus, 0, &usage)
            let elapsed = ContinuousClock.now - start
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            peak = max(peak, Double(usage.ru_maxrss) / 1024)
            status = (waitStatus >> 8) & 0xFF
        }
        return (times.sorted()[runs / 2], peak, status)
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
}

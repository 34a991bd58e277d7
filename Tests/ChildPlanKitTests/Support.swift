import Foundation
import Testing

@testable import ChildPlanKit

/// Paths the tests read from, found from this file's location.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let data = root.appendingPathComponent("Data")
    static let fixtures = root.appendingPathComponent("Tests/ChildPlanKitTests/Fixtures")
    static let snapshots = root.appendingPathComponent("Tests/ChildPlanKitTests/Snapshots")
    /// The external csv-spectrum suite, kept beside the repository (DESIGN.md §13).
    static let csvSpectrum = root.deletingLastPathComponent().appendingPathComponent("shared/conformance/csv-spectrum")

    static func dataFile(_ name: String) -> String { data.appendingPathComponent(name).path }
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// Golden files: expected outputs kept in `Snapshots/` and reviewed in the
/// diff. `RECORD_SNAPSHOTS=1 swift test` rewrites them from the current output.
enum Snapshot {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = Repository.snapshots.appendingPathComponent(name)
        if isRecording {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No snapshot \(name); run RECORD_SNAPSHOTS=1 swift test and review the new file", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            let got = first < actualLines.count ? String(actualLines[first]) : "(end)"
            let want = first < expectedLines.count ? String(expectedLines[first]) : "(end)"
            Issue.record(
                "\(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_SNAPSHOTS=1 swift test rewrites it)",
                sourceLocation: sourceLocation)
        }
    }
}

/// Building blocks for tests that need a plan or a data set in a few lines.
enum Build {
    static func day(_ text: String) -> Day { Day(parsing: text)! }

    static func task(_ group: TaskGroup, _ number: Int, lead: String, partners: [String] = [], timeframe: String)
        -> PlanTask
    {
        PlanTask(group: group, number: number, text: "Task \(number)", lead: lead, partners: partners, timeframe: Timeframe(timeframe))
    }

    static func update(_ task: String, _ period: String, _ status: Status, _ date: String, plan: String = "p") -> StatusUpdate {
        StatusUpdate(planID: plan, taskID: task, period: ReportingPeriod(parsing: period)!, status: status, date: day(date))
    }

    /// The shipped Data/ loaded as `report` loads it, failing the test on any error.
    static func shippedData(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> DataSet {
        let assembled = DataSet.assemble(DataLoader().load(paths: [Repository.data.path]))
        let problems = assembled.diagnostics.filter { $0.severity == .error }
        #expect(problems.isEmpty, "Data/ has errors: \(problems)", sourceLocation: sourceLocation)
        return assembled.dataSet
    }

    /// One plan file loaded alone.
    static func plan(at path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> DataSet {
        let assembled = DataSet.assemble(DataLoader().load(paths: [path]))
        #expect(assembled.diagnostics.isEmpty, sourceLocation: sourceLocation)
        return assembled.dataSet
    }

    /// Runs the command line in-process.
    /// Messages in English unless the environment given asks otherwise: most tests pin English words. The
    /// Vietnamese default is tested with `CHILDPLAN_LANG` absent (`MessageLanguageTests`).
    static func run(_ arguments: String..., environment: [String: String] = [:], today: String = "2026-11-22") -> Outcome {
        run(arguments, environment: environment, today: today)
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], today: String = "2026-11-22") -> Outcome {
        ChildPlanCLI.run(arguments: arguments, environment: ["CHILDPLAN_LANG": "en"].merging(environment) { $1 }, today: day(today))
    }

    /// Runs the command line as a user with no language set would: messages in Vietnamese.
    static func runByDefault(_ arguments: String..., today: String = "2026-11-22") -> Outcome {
        runByDefault(arguments, today: today)
    }

    static func runByDefault(_ arguments: [String], today: String = "2026-11-22") -> Outcome {
        ChildPlanCLI.run(arguments: arguments, environment: [:], today: day(today))
    }

    /// A fresh temporary folder holding a copy of the shipped Data/, for a test that adds files to it.
    static func copyOfShippedData() throws -> URL {
        let folder = try temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Repository.data.path) {
            try FileManager.default.copyItem(atPath: Repository.dataFile(name), toPath: folder.appendingPathComponent(name).path)
        }
        return folder
    }

    /// A fresh temporary directory for one test, inside this run's scratch folder (removed when the run ends).
    static func temporaryDirectory() throws -> URL {
        let url = TestScratch.root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// One bad input, the problems it must produce, and where (`line:column`).
struct BadInputCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var problems: [InputProblem]
    var positions: [String]
    var testDescription: String { name }

    init(name: String, text: String, problems: [InputProblem], positions: [String]) {
        self.name = name
        self.text = text
        self.problems = problems
        self.positions = positions
    }

    /// Checks that reading gave no result and exactly these problems, in these places.
    func check<Result>(_ result: Result?, _ diagnostics: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(result == nil, sourceLocation: sourceLocation)
        #expect(diagnostics.map(\.problem) == problems, sourceLocation: sourceLocation)
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == positions, sourceLocation: sourceLocation)
    }
}

/// The shorthands the tests render with, on top of the one way to write a report.
extension OutputFormat {
    func render(_ report: Report, language: Language) -> String {
        render(report, options: RenderOptions(language: language))
    }

    func render(_ report: SummaryReport, section: ReportSection, language: Language) -> String {
        render(.summary(report, section), language: language)
    }
}

extension JSONWriter {
    /// The document as text.
    static func write(_ value: Value) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }
}

/// A report without what the command adds about where its figures came
/// from (the files it read, the sample-data warning, what the plans infer;
/// in JSON `files`, `illustrative` and `inferred`), to compare reports made from differently named files
/// or with the library's rendering.
func withoutSources(_ report: String) -> String {
    report.replacingOccurrences(of: #"\n(Số liệu từ|Figures from) \d+ (tệp|files?): [^\n]*\n"#, with: "", options: .regularExpression)
        .replacingOccurrences(of: #"\n(> \*\*)?(SỐ LIỆU MINH HỌA|ILLUSTRATIVE FIGURES) [^\n]*\n"#, with: "", options: .regularExpression)
        .replacingOccurrences(of: #",\n  "(files|illustrative|inferred)": \[[^\]]*\]"#, with: "", options: .regularExpression)
        .replacingOccurrences(of: #"\n## (Thông tin suy ra|Details inferred)[\s\S]*$"#, with: "", options: .regularExpression)
}

/// Runs a suite's tests with the message catalogue in English, for tests that word messages through the
/// catalogue directly (the command line takes its language from its arguments and environment instead).
struct EnglishMessages: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        try await MessageCatalogue.$language.withValue(.en) { try await function() }
    }
}

extension Trait where Self == EnglishMessages {
    static var englishMessages: Self { Self() }
}

/// One folder in the system's temporary directory for all of a test run's
/// files, removed when the run's process exits: a run makes a few hundred
/// folders, and left behind they filled the machine's /tmp.
enum TestScratch {
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("childplan-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestScratch.root) }
        return url
    }()
}

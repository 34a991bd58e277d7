import Foundation
import Testing

import ChildPlanKit

/// The README's "Use as a library" example, run as written: only the
/// public facade, no `@testable`.
@Suite("Use as a library")
struct LibraryFacadeTests {
    @Test func theReadmeExampleRunsAndPrintsTheReport() throws {
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(Repository.root.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        var printed = ""
        func print(_ text: String) { printed += text }

        // README example begins
        let data = try ChildPlan.load(paths: ["Data"])
        let report = ChildPlan.report(.overdue, of: data, asOf: Day(year: 2026, month: 11, day: 22)!)
        print(ChildPlan.render(report, as: .json))
        // README example ends

        #expect(printed.hasPrefix("{\n  \"format\": \"childplan.report/1\",\n  \"asOf\": \"2026-11-22\""))
        #expect(printed.contains("\"overdue\": ["))
        // The same report the command prints.
        let command = ChildPlanCLI.run(
            arguments: ["report", "overdue", "--format", "json", "--as-of", "2026-11-22", "Data"], environment: ["CHILDPLAN_LANG": "en"],
            today: Day(year: 2026, month: 11, day: 22)!)
        #expect(withoutSources(command.stdout) == printed, "the command names the files it read as well")
    }

    @Test func theReadmeShowsTheExampleThisTestRuns() throws {
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex { $0.contains("// README example begins") })
        let end = try #require(lines.firstIndex { $0.contains("// README example ends") })
        let example = lines[(begin + 1)..<end].map { String($0.dropFirst(8)) }.joined(separator: "\n")
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(example), "README.md must show:\n\(example)")
    }

    @Test func aFailedLoadNamesTheFileAndTheProblem() {
        #expect {
            _ = try ChildPlan.load(paths: ["/nonexistent/plans"])
        } throws: { error in
            "\(error)" == "/nonexistent/plans: lỗi: không có tệp hoặc thư mục này"
        }
        // A library user's messages are in Vietnamese too, or in English when asked.
        #expect {
            _ = try ChildPlan.load(paths: ["/nonexistent/plans"])
        } throws: { error in
            (error as? ChildPlan.LoadFailure)?.description(in: .en) == "/nonexistent/plans: error: no such file or directory"
        }
    }
}

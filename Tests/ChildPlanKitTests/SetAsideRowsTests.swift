import Foundation
import Testing

@testable import ChildPlanKit

/// Issue 13, point 8: one bad row in one agency's return no longer blocks
/// the report. The report counts every row it can read, leaves the others
/// out, and lists them on standard error and at its own end; `--strict`
/// makes any bad row fatal again.
@Suite("Rows that cannot be read are set aside")
struct SetAsideRowsTests {
    /// The shipped Kon Tum plan and its sample returns in a folder of their own, with `edit` applied to the returns' lines.
    static func data(editing edit: (inout [String]) -> Void) throws -> (folder: String, returns: String) {
        let folder = try Build.temporaryDirectory().path
        try FileManager.default.copyItem(atPath: Repository.data.appendingPathComponent("kon-tum-2025.json").path,
                                         toPath: folder + "/kon-tum-2025.json")
        let returns = folder + "/kon-tum-2025.updates.csv"
        var lines = try String(contentsOfFile: Repository.data.appendingPathComponent("kon-tum-2025.updates.SAMPLE-illustrative.csv").path,
                               encoding: .utf8).components(separatedBy: "\n")
        edit(&lines)
        try lines.joined(separator: "\n").write(toFile: returns, atomically: true, encoding: .utf8)
        return (folder, returns)
    }

    /// Line 5: a status misspelt; a new line 6: a task the plan does not have.
    static func badStatus(_ lines: inout [String]) {
        lines[4] = lines[4].replacingOccurrences(of: "Đang triển khai", with: "Đang trien khia")
        lines.insert("kon-tum-2025,IV.99,2026-H1,Hoàn thành,05/06/2026,Sở Y tế,,", at: 5)
    }

    @Test func aBadRowIsListedAndEveryOtherRowCounted() throws {
        let bad = try Self.data(editing: Self.badStatus)
        // The same returns without the two bad rows: the report must count exactly these.
        let good = try Self.data { lines in lines.remove(at: 4) }
        let outcome = Build.run("report", bad.folder, "--as-of", "2026-11-22", "--format", "json")
        #expect(outcome.exitCode == .success)
        #expect(outcome.stderr == """
            \(bad.returns):5:28: error: unknown status 'Đang trien khia': use hoàn thành, đang triển khai, chậm tiến độ, chưa triển khai \
            or không thực hiện (or completed, inProgress, delayed, notStarted, cancelled)
            \(bad.returns):6:14: error: plan kon-tum-2025 has no task IV.99
            2 rows above could not be read and are left out of the report, which lists them at its end; every other row is counted. \
            Correct them, or give --strict to stop at such rows.

            """)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let setAside = try #require(report["setAside"] as? [[String: Any]])
        #expect(setAside.map { "\($0["line"]!):\($0["column"]!)" } == ["5:28", "6:14"])
        #expect(setAside.last?["reason"] as? String == "plan kon-tum-2025 has no task IV.99")

        let clean = Build.run("report", good.folder, "--as-of", "2026-11-22", "--format", "json")
        #expect(clean.exitCode == .success && clean.stderr.isEmpty)
        let counted = try #require(try JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [String: Any])
        #expect(counted["setAside"] == nil, "no key when every row was read")
        #expect(NSDictionary(dictionary: report["status"] as! [String: Any]) == NSDictionary(dictionary: counted["status"] as! [String: Any]))
        #expect((report["overdue"] as? [Any])?.count == (counted["overdue"] as? [Any])?.count)
    }

    @Test("Every format lists the rows set aside at its end", arguments: [
        ("markdown", "## Dòng không đọc được, không tính trong báo cáo"),
        ("text", "Dòng không đọc được, không tính trong báo cáo"),
        ("html", "Dòng không đọc được, không tính trong báo cáo</h2>"),
        ("csv", "Dòng không đọc được, không tính trong báo cáo"),
    ])
    func everyFormatListsThem(format: String, heading: String) throws {
        let bad = try Self.data(editing: Self.badStatus)
        let outcome = Build.run("report", "overdue", bad.folder, "--as-of", "2026-11-22", "--format", format)
        #expect(outcome.exitCode == .success)
        #expect(outcome.stdout.contains(heading))
        #expect(outcome.stdout.contains("plan kon-tum-2025 has no task IV.99"))
        // CSV carries the tables alone; the other formats say what the table means.
        guard format != "csv" else { return }
        #expect(outcome.stdout.contains("Báo cáo này không tính 2 dòng dưới đây vì không đọc được"))
        let english = Build.run("report", "overdue", bad.folder, "--as-of", "2026-11-22", "--format", format, "--lang", "en")
        #expect(english.stdout.contains("This report leaves out the 2 rows below, which could not be read"))
    }

    /// A letter must not remind an agency whose return was only misspelt: remind stops at a bad row.
    @Test func aLetterOfReminderStopsAtABadRow() throws {
        let bad = try Self.data(editing: Self.badStatus)
        let outcome = Build.run("remind", "--period", "2026-H1", bad.folder, "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .dataError)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.hasPrefix("\(bad.returns):5:28: error: unknown status 'Đang trien khia'"))
    }

    @Test func strictStopsAtABadRow() throws {
        let bad = try Self.data(editing: Self.badStatus)
        let outcome = Build.run("report", bad.folder, "--as-of", "2026-11-22", "--strict")
        #expect(outcome.exitCode == .dataError)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.hasPrefix("\(bad.returns):5:28: error: unknown status 'Đang trien khia'"))
        #expect(!outcome.stderr.contains("left out of the report"))
    }

    /// Only single rows of a returns file are set aside: a returns file without its header, or a plan that cannot be read, still stops the report.
    @Test func aFileThatCannotBeReadStillStopsTheReport() throws {
        let headless = try Self.data { lines in lines = Array(lines.dropFirst(3)) }
        let outcome = Build.run("report", headless.folder + "/kon-tum-2025.json", headless.returns, "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .dataError)
        #expect(outcome.stderr.contains("\(headless.returns):1:1: error: no header row found"))
        let brokenPlan = try Self.data(editing: Self.badStatus)
        try "{\"format\": \"childplan.plan/1\", \"id\": ".write(toFile: brokenPlan.folder + "/kon-tum-2025.json", atomically: true, encoding: .utf8)
        #expect(Build.run("report", brokenPlan.folder, "--as-of", "2026-11-22").exitCode == .dataError)
    }
}

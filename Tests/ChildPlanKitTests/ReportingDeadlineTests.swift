import Foundation
import Testing
@testable import ChildPlanKit

/// Reporting deadlines as the plans word them (issue 13, point 4): "trước ngày 10 tháng 6" makes 9 June the last
/// day on time, and every report shows the deadline as written.
@Suite("Reporting deadlines as written")
struct ReportingDeadlineTests {
    @Test func importTakesThePlansOwnWording() throws {
        let directory = try Build.temporaryDirectory()
        let output = directory.appendingPathComponent("p.json").path
        let outcome = Build.run("import", Repository.dataFile("kon-tum-2025.csv"), "--deadlines", "ngày 15/6; ngày 30/11", "-o", output)
        #expect(outcome.exitCode == .success)
        let plan = try #require(Build.plan(at: output).plans.first)
        #expect(plan.reporting == ReportingDeadlines(semiannual: MonthDay("06-15")!, annual: MonthDay("11-30")!, dueBefore: false))
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("\"semiannual\": \"06-15\",\n    \"annual\": \"11-30\",\n    \"dueBefore\": false\n"))
        // By the day: a return on 15 June is on time, and the report says "hạn 15/06/2025".
        let report = Build.run("report", "overdue", output, "--as-of", "2025-06-16")
        #expect(report.stdout.contains("| 6 tháng đầu năm 2025 | 15/06/2025 | 1 |"))
    }

    @Test func importWithoutDeadlinesTakesTheUsualBeforeWording() throws {
        let directory = try Build.temporaryDirectory()
        let output = directory.appendingPathComponent("p.json").path
        #expect(Build.run("import", Repository.dataFile("kon-tum-2025.csv"), "-o", output).exitCode == .success)
        #expect(try #require(Build.plan(at: output).plans.first).reporting == .standard)
        #expect(ReportingDeadlines.standard.dueBefore)
    }

    @Test("A deadline that is not the plan's two, worded alike, is refused", arguments: [
        "trước ngày 10 tháng 6", "trước ngày 10/6; ngày 5/12", "31/2; 5/12", "10 tháng sáu; 5/12",
    ])
    func importRefusesDeadlinesItCannotRead(wording: String) {
        let outcome = Build.run("import", Repository.dataFile("kon-tum-2025.csv"), "--deadlines", wording)
        #expect(outcome.exitCode == .usage)
        #expect(outcome.stderr.hasPrefix("Error: The value '\(wording)' is invalid for '--deadlines <text>': give the plan's two "
            + "reporting deadlines, the 6-month one first, as the plan words them, e.g. 'trước ngày 10 tháng 6; trước ngày 05 tháng 12' or '15/6; 30/11'.\n"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test func everyReportShowsTheDeadlineAsWritten() throws {
        let day = "2026-11-22"
        let overdue = Build.run("report", "overdue", Repository.dataFile("kon-tum-2025.json"), "--as-of", day).stdout
        #expect(overdue.contains("| Chưa báo cáo | 6 tháng đầu năm 2025 | trước ngày 10/06/2025 | 531 |"))
        let returns = Build.run("report", "returns", Repository.data.path, "--as-of", day).stdout
        #expect(returns.contains("## Kỳ báo cáo gần nhất đã đến hạn: 6 tháng đầu năm 2026 (hạn trước ngày 10/06/2026)"))
        #expect(returns.contains("| Năm 2025 | trước ngày 05/12/2025 | 28 |"))
        let english = Build.run("report", "returns", Repository.data.path, "--as-of", day, "--lang", "en").stdout
        #expect(english.contains("(due before 2026-06-10)"))
        let brief = Build.run("report", "agency", "Sở Tư pháp — tỉnh Quảng Ngãi", Repository.data.path, "--as-of", day).stdout
        #expect(brief.contains("trước ngày 05/12/2026"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(
            Build.run("report", "overdue", Repository.dataFile("kon-tum-2025.json"), "--as-of", day, "--format", "json").stdout.utf8)) as? [String: Any])
        let first = try #require((json["overdue"] as? [[String: Any]])?.first)
        #expect(first["due"] as? String == "2025-06-10" && first["dueBefore"] as? Bool == true)
    }

    @Test func aReturnDatedOnTheDayItselfIsLate() {
        let task = Build.task(.budget, 1, lead: "Sở Tài chính", timeframe: "Thường xuyên")
        for (before, onTime) in [(true, 0), (false, 1)] {
            let plan = Plan(id: "p", reporting: ReportingDeadlines(semiannual: MonthDay("06-10")!, annual: MonthDay("12-05")!, dueBefore: before),
                            tasks: [task])
            let data = DataSet(plans: [plan], updates: [Build.update("VI.1", "2025-H1", .inProgress, "2025-06-10")])
            #expect(ReturnsSummary(data, asOf: Build.day("2025-07-01")).periods.first?.count.onTime == onTime)
        }
    }
}

import Foundation
import Testing

@testable import ChildPlanKit

/// Issue 13, point 7: returns that read well but say something suspicious
/// are warned of by `validate`, each at its row; `update` refuses to record
/// a date after today or a period outside the plan.
@Suite("Suspicious returns")
struct UpdateChecksTests {
    static let header = "plan,task,period,status,date,agency,evidence,note\n"

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var rows: String
        /// The warnings expected, as `line: message`, without the file's name.
        var warnings: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "the same return twice",
             rows: "kon-tum-2025,II.1,2026-H1,Hoàn thành,05/06/2026,Sở Y tế,Báo cáo 1,\nkon-tum-2025,II.1,2026-H1,Hoàn thành,05/06/2026,Sở Y tế,Báo cáo 1,\n",
             warnings: ["3:1: warning: the same return as line 2 of FILE: one of the two can go"]),
        Case(name: "two statuses for one task and period on one day",
             rows: "kon-tum-2025,II.1,2026-H1,Hoàn thành,05/06/2026,Sở Y tế,,\nkon-tum-2025,II.1,2026-H1,Chậm tiến độ,05/06/2026,Sở Y tế,,\n",
             warnings: ["3:1: warning: task II.1, period 2026-H1: 'Chậm tiến độ' here but 'Hoàn thành' at line 2 of FILE, both on the same day; the row read last counts: correct the one that is wrong"]),
        Case(name: "a return dated after today",
             rows: "kon-tum-2025,II.1,2026,Hoàn thành,01/01/2031,Sở Y tế,,\n",
             warnings: ["2:1: warning: dated 01/01/2031, after today (22/11/2026): is the date right?"]),
        Case(name: "a period before the plan",
             rows: "kon-tum-2025,II.1,2024,Hoàn thành,05/12/2024,Sở Y tế,,\n",
             warnings: ["2:1: warning: period 2024 is outside plan kon-tum-2025, which is reported on from 2025-H1 on: is the period right?"]),
        Case(name: "a later return for the same period is no conflict",
             rows: "kon-tum-2025,II.1,2026-H1,Đang triển khai,05/06/2026,Sở Y tế,,\nkon-tum-2025,II.1,2026-H1,Hoàn thành,20/06/2026,Sở Y tế,,\n",
             warnings: []),
    ]

    @Test(arguments: cases)
    func validateWarns(_ check: Case) throws {
        let path = try Build.temporaryDirectory().appendingPathComponent("bao-cao.csv").path
        try (Self.header + check.rows).write(toFile: path, atomically: true, encoding: .utf8)
        let outcome = Build.run("validate", Repository.dataFile("kon-tum-2025.json"), path, "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .success, "warnings do not fail validate")
        let lines = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix(path) }.map { String($0.dropFirst(path.count + 1)) }
        #expect(lines == check.warnings.map { $0.replacingOccurrences(of: "FILE", with: path) })
    }

    /// The returns checked in parts at once (a part of the tasks each) give the warnings one pass gives, in its
    /// order: returns spread over four files, many of them repeated, contradicted, dated after today or outside the
    /// plan, and the same return's warnings kept together.
    @Test(arguments: [2, 3, 7])
    func partsGiveWhatOnePassGives(shards: Int) throws {
        let folder = try Build.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Repository.dataFile("kon-tum-2025.json"), toPath: folder.appendingPathComponent("kon-tum-2025.json").path)
        var random = SeededGenerator(seed: UInt64(shards))
        let tasks = ["I.1", "I.2", "II.1", "II.2", "III.1", "IV.1", "V.1", "VI.1", "VII.1"]
        let periods = ["2024", "2025-H1", "2025", "2026-H1", "2026", "2031"]
        let statuses = ["Hoàn thành", "Đang triển khai", "Chậm tiến độ"]
        let days = ["05/06/2026", "20/06/2026", "01/12/2026", "01/01/2031"]
        for file in 0..<4 {
            var rows = Self.header
            for _ in 0..<150 {
                rows += "kon-tum-2025,\(tasks[Int(random.next() % UInt64(tasks.count))]),\(periods[Int(random.next() % UInt64(periods.count))]),"
                    + "\(statuses[Int(random.next() % UInt64(statuses.count))]),\(days[Int(random.next() % UInt64(days.count))]),Sở Y tế,,\n"
            }
            try rows.write(to: folder.appendingPathComponent("bao-cao-\(file).csv"), atomically: true, encoding: .utf8)
        }
        let data = DataSet.assemble(DataLoader().load(paths: [folder.path]))
        let today = Build.day("2026-11-22")
        let onePass = UpdateChecks.warnings(data, today: today, shards: 1)
        #expect(onePass.count > 300, "the set has many of each warning")
        #expect(Set(onePass.map { "\($0.problem)".prefix(12) }).count == 4, "all four kinds")
        #expect(UpdateChecks.warnings(data, today: today, shards: shards) == onePass)
    }

    @Test func aPlanWhoseTasksAllHaveDeadlinesEndsWithTheLast() {
        let plan = Plan(id: "p", tasks: [
            PlanTask(group: .lawAndPolicy, number: 1, text: "A", lead: "B", partners: [], timeframe: Timeframe("Năm 2026")),
            PlanTask(group: .lawAndPolicy, number: 2, text: "A", lead: "B", partners: [], timeframe: Timeframe("31/12/2027")),
        ])
        #expect(plan.span.lastYear == 2027)
        #expect(plan.span.contains(ReportingPeriod(year: 2027, span: .fullYear)))
        #expect(!plan.span.contains(ReportingPeriod(year: 2028, span: .firstHalf)))
        #expect(!plan.span.contains(ReportingPeriod(year: 2024, span: .fullYear)))
        var recurring = plan
        recurring.tasks.append(PlanTask(group: .budget, number: 1, text: "A", lead: "B", partners: [], timeframe: Timeframe("Hằng năm")))
        #expect(recurring.span.lastYear == nil && recurring.span.contains(ReportingPeriod(year: 2040, span: .fullYear)))
    }

    @Test("update refuses a date after today and a period outside the plan (64)", arguments: [
        (["--period", "2026", "--date", "2026-11-23"],
         "Error: The value '2026-11-23' is invalid for '--date <date>': it is after today (22/11/2026); give the day the return was sent, today or earlier.\n"),
        (["--period", "2024"],
         "Error: The value '2024' is invalid for '--period <period>': plan kon-tum-2025 is reported on from 2025-H1 on; give a period in that span.\n"),
    ])
    func updateRefuses(options: [String], message: String) throws {
        let log = try Build.temporaryDirectory().appendingPathComponent("log.csv").path
        let arguments = ["update", Repository.dataFile("kon-tum-2025.json"), "II.1", "--status", "Hoàn thành", "--log", log] + options
        let outcome = ChildPlanCLI.run(arguments: arguments, environment: ["CHILDPLAN_LANG": "en"], today: Build.day("2026-11-22"))
        #expect(outcome.exitCode == .usage)
        #expect(outcome.stderr.hasPrefix(message))
        #expect(!FileManager.default.fileExists(atPath: log), "nothing is recorded")
    }
}

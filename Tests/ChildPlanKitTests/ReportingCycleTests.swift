import Foundation
import Testing

@testable import ChildPlanKit

@Suite("childplan update")
struct UpdateCommandTests {
    func planDirectory() throws -> URL {
        let directory = try Build.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Repository.dataFile("kon-tum-2025.json"), toPath: directory.appendingPathComponent("kon-tum-2025.json").path)
        return directory
    }

    @Test func startsALogBesideThePlanAndAppendsToIt() throws {
        let directory = try planDirectory()
        let plan = directory.appendingPathComponent("kon-tum-2025.json").path
        let first = Build.run("update", plan, "ii.1", "--status", "hoan thanh", "--period", "2026-H1", "--date", "08/06/2026",
                              "--evidence", "Báo cáo số 119/BC-SYT")
        #expect(first.exitCode == .success)
        #expect(first.stdout.isEmpty)
        let log = directory.appendingPathComponent("kon-tum-2025.updates.csv").path
        #expect(first.stderr == "Recorded kon-tum-2025 II.1 2026-H1: Hoàn thành (08/06/2026, Sở Y tế) in \(log).\n")
        let second = Build.run("update", plan, "VI.1", "--status", "delayed", "--period", "2026", "--date", "2026-12-01",
                               "--agency", "Sở Tài chính", "--note", "Chờ dự toán, \"đợt 2\"", today: "2026-12-05")
        #expect(second.exitCode == .success)
        #expect(try String(contentsOfFile: log, encoding: .utf8) == """
            plan,task,period,status,date,agency,evidence,note
            kon-tum-2025,II.1,2026-H1,completed,2026-06-08,Sở Y tế,Báo cáo số 119/BC-SYT,
            kon-tum-2025,VI.1,2026,delayed,2026-12-01,Sở Tài chính,,"Chờ dự toán, ""đợt 2\"\""

            """)
        // The log is read with the plan, and the report sees the update.
        let report = Build.run("report", "status", directory.path, "--as-of", "2026-11-22", "--format", "json")
        #expect(report.exitCode == .success)
        #expect(report.stdout.contains("\"completed\": 1"))
    }

    @Test func theDefaultAgencyIsTheLeadAsCarriedOnTheDay() throws {
        let directory = try planDirectory()
        let plan = directory.appendingPathComponent("kon-tum-2025.json").path
        let before = Build.run("update", plan, "II.1", "--status", "done", "--period", "2025-H1", "--date", "2025-02-20")
        #expect(before.stderr.contains("(20/02/2025, Sở Lao động - Thương binh và Xã hội)"))
        let after = Build.run("update", plan, "II.1", "--status", "done", "--period", "2025-H1", "--date", "2025-06-05")
        #expect(after.stderr.contains("(05/06/2025, Sở Y tế)"))
    }

    @Test func keepsTheFormOfALogSavedByExcel() throws {
        let directory = try planDirectory()
        let log = directory.appendingPathComponent("so-y-te.csv")
        let existing = "\u{FEFF}Kế hoạch;Nhiệm vụ;Kỳ báo cáo;Tình trạng;Ngày báo cáo;Cơ quan báo cáo;Văn bản;Ghi chú\r\nkon-tum-2025;II.1;2025-H1;Đang triển khai;05/06/2025;Sở Y tế;;"
        try Data(existing.utf8).write(to: log)
        let outcome = Build.run("update", directory.appendingPathComponent("kon-tum-2025.json").path, "III.1", "--status", "chậm tiến độ",
                                "--period", "2025", "--date", "2025-12-01", "--log", log.path)
        #expect(outcome.exitCode == .success)
        #expect(try Repository.bytes(log.path)
            == Array((existing + "\r\nkon-tum-2025;III.1;2025;Chậm tiến độ;01/12/2025;Sở Y tế;;\r\n").utf8))
    }

    @Test func aFileThatIsNotAnUpdatesLogIsLeftAlone() throws {
        let directory = try planDirectory()
        let log = directory.appendingPathComponent("ghi-chu.csv")
        try Data("a,b\n1,2\n".utf8).write(to: log)
        let outcome = Build.run("update", directory.appendingPathComponent("kon-tum-2025.json").path, "II.1", "--status", "done",
                                "--period", "2025", "--log", log.path)
        #expect(outcome.exitCode == .dataError)
        #expect(outcome.stderr == "\(log.path): error: cannot add the update to this log: its header is not an updates header (plan, task, period, status, date…)\n")
        #expect(try String(contentsOf: log, encoding: .utf8) == "a,b\n1,2\n")
    }

    @Test("Bad arguments", arguments: [
        (["II.9", "--status", "done", "--period", "2026"], "Error: Plan kon-tum-2025 has no task 'II.9'."),
        (["II.1", "--status", "xong", "--period", "2026"],
         "Error: The value 'xong' is invalid for '--status <status>': use hoàn thành, đang triển khai, chậm tiến độ, chưa triển khai or không thực hiện (or completed, inProgress, delayed, notStarted, cancelled)."),
        (["II.1", "--status", "done", "--period", "2026-H2"],
         "Error: The value '2026-H2' is invalid for '--period <period>': write 2025-H1 for the 6-month report or 2025 for the annual report."),
        (["II.1", "--period", "2026"], "Error: Missing expected option '--status <status>'."),
        (["II.1", "--status", "done", "--period", "2026", "--date", "31/06/2026"],
         "Error: The value '31/06/2026' is invalid for '--date <date>': no such day (month 6 of 2026 has 30 days)."),
    ])
    func badArguments(arguments: [String], error: String) throws {
        let directory = try planDirectory()
        let outcome = ChildPlanCLI.run(
            arguments: ["update", directory.appendingPathComponent("kon-tum-2025.json").path] + arguments, environment: ["CHILDPLAN_LANG": "en"],
            today: Build.day("2026-11-22"))
        #expect(outcome.exitCode == .usage)
        #expect(outcome.stderr.hasPrefix(error + "\nUsage: childplan update <plan> <task> --status <status> --period <period>"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("kon-tum-2025.updates.csv").path))
    }

    @Test func aPlanByItsIDInTheDataDirectory() throws {
        let directory = try planDirectory()
        let outcome = Build.run("update", "kon-tum-2024", "II.1", "--status", "done", "--period", "2026",
                                environment: ["CHILDPLAN_DATA": directory.path])
        #expect(outcome.exitCode == .usage)
        #expect(outcome.stderr.hasPrefix("Error: No plan 'kon-tum-2024' is loaded, and there is no such file. Did you mean 'kon-tum-2025'?\n"))
        let found = Build.run("update", "kon-tum-2025", "II.1", "--status", "done", "--period", "2026", "--date", "2026-12-01",
                              environment: ["CHILDPLAN_DATA": directory.path], today: "2026-12-05")
        #expect(found.exitCode == .success)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("kon-tum-2025.updates.csv").path))
    }
}

@Suite("Return forms")
struct ReturnFormTests {
    static let asOf = ["--as-of", "2026-11-22"]

    @Test func theFormListsLedThenPartneredTasksHeadedInVietnamese() throws {
        let outcome = Build.run("template", "--agency", "so tai chinh tinh quang ngai", "--period", "2026", Repository.data.path, "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .success)
        let rows = try CSVTable.rows(utf8: Array(outcome.stdout.utf8))
        let header = try #require(rows.first { $0.first == "Kế hoạch" })
        #expect(header == ReturnFormRenderer.columns)
        let tasks = rows.filter { $0.first == "kon-tum-2025" }.map { [$0[1], $0[4]] }
        // Sở Tài chính leads VI.1 and, for Sở KH&ĐT, V.2; it partners in VII.1 for Sở KH&ĐT.
        #expect(tasks == [["V.2", "Chủ trì"], ["VI.1", "Chủ trì"], ["VII.1", "Phối hợp"]])
        #expect(rows.first?.first == "MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ: SỞ TÀI CHÍNH — TỈNH QUẢNG NGÃI")
        #expect(outcome.stderr == "Return form for Sở Tài chính — tỉnh Quảng Ngãi (formerly Sở Kế hoạch và Đầu tư — tỉnh Kon Tum), 2026: 2 tasks led, 1 partnered.\n")
    }

    @Test func theExcelFormHasABOMCRLFAndSemicolons() throws {
        let path = try Build.temporaryDirectory().appendingPathComponent("form.csv").path
        let outcome = Build.run("template", "--agency", "Sở GD&ĐT — tỉnh Quảng Ngãi", "--period", "2026-H1", Repository.data.path, "--excel", "--semicolon",
                                "-o", path, "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .success)
        let bytes = try Repository.bytes(path)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.contains("\r\nKế hoạch;Nhiệm vụ;Kỳ báo cáo;Hạn báo cáo;Vai trò;"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n") || text.contains("\"- "))
    }

    @Test func aPredecessorGivesItsSuccessorsForm() {
        let outcome = Build.run("template", "--agency", "Sở LĐ-TB&XH", "--period", "2026", Repository.dataFile("kon-tum-2025.json"),
                                "--as-of", "2026-11-22")
        #expect(outcome.stderr == "Return form for Sở Y tế — tỉnh Quảng Ngãi (formerly Sở Lao động - Thương binh và Xã hội — tỉnh Kon Tum), 2026: 7 tasks led, 2 partnered.\n")
    }

    @Test func anUnknownAgencyGetsSuggestions() {
        let outcome = Build.run("template", "--agency", "Sở Tư phap tỉnh", "--period", "2026", Repository.data.path)
        #expect(outcome.exitCode == .usage)
        #expect(outcome.stderr.hasPrefix("Error: No agency in the loaded plans matches 'Sở Tư phap tỉnh'. Did you mean 'Sở Tư pháp'"))
    }

    /// Fill the form as an office would, drop it into the data directory, and
    /// exactly that agency's figures change.
    @Test func fillingTheFormChangesExactlyThatAgencysFigures() throws {
        let directory = try Build.temporaryDirectory()
        for file in try FileManager.default.contentsOfDirectory(atPath: Repository.data.path) {
            try FileManager.default.copyItem(atPath: Repository.dataFile(file), toPath: directory.appendingPathComponent(file).path)
        }
        let form = Build.run("template", "--agency", "Sở Tư pháp — tỉnh Quảng Ngãi", "--period", "2026-H1", directory.path, "--excel", "--semicolon",
                             "--as-of", "2026-11-22")
        #expect(form.exitCode == .success)
        var rows = try CSVTable.rows(utf8: Array(form.stdout.utf8.dropFirst(3)))
        for index in rows.indices where rows[index].count == 13 && rows[index][4] == "Chủ trì" && ["II.2", "III.2"].contains(rows[index][1]) {
            rows[index][8] = "Hoàn thành"
            rows[index][9] = "08/06/2026"
            rows[index][11] = "Báo cáo số 210/BC-STP ngày 08/6/2026"
        }
        let filled = [0xEF, 0xBB, 0xBF] + Array(CSVWriter(delimiter: ";", lineEnd: "\r\n").table(rows).utf8)
        try Data(filled).write(to: directory.appendingPathComponent("bao-cao-so-tu-phap.csv"))

        func returns(_ path: String) throws -> [String: Any] {
            let outcome = Build.run("report", "returns", path, "--format", "json", "--as-of", "2026-11-22")
            try #require(outcome.exitCode == .success, "\(outcome.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        }
        func agencyLines(_ report: [String: Any]) -> [String: [String: Int]] {
            let lines = ((report["returns"] as? [String: Any])?["agencies"] as? [[String: Any]]) ?? []
            var result: [String: [String: Int]] = [:]
            for line in lines {
                let key = "\(line["period"] as? String ?? "") \(line["agency"] as? String ?? "")"
                result[key] = ["expected": line["expected"] as? Int ?? -1, "received": line["received"] as? Int ?? -1,
                               "onTime": line["onTime"] as? Int ?? -1]
            }
            return result
        }
        let before = agencyLines(try returns(Repository.data.path))
        let after = agencyLines(try returns(directory.path))
        let changed = before.keys.filter { before[$0] != after[$0] }
        #expect(changed == ["2026-H1 Sở Tư pháp"])
        #expect(after["2026-H1 Sở Tư pháp"] == ["expected": 2, "received": 2, "onTime": 2])

        func statuses(_ path: String) -> String { Build.run("report", "agency", "Sở Tư pháp — tỉnh Quảng Ngãi", path, "--format", "json", "--as-of", "2026-11-22").stdout }
        #expect(statuses(directory.path).contains("\"evidence\": \"Báo cáo số 210/BC-STP ngày 08/6/2026\""))
        let otherBefore = Build.run("report", "agency", "Sở Y tế — tỉnh Quảng Ngãi", Repository.data.path, "--as-of", "2026-11-22").stdout
        let otherAfter = Build.run("report", "agency", "Sở Y tế — tỉnh Quảng Ngãi", directory.path, "--as-of", "2026-11-22").stdout
        #expect(withoutSources(otherBefore) == withoutSources(otherAfter))
    }
}

@Suite("Returns, agency briefs, comparison, reminders")
struct ReportingCycleReportTests {
    static let data = Build.shippedData()
    static let day = Build.day("2026-11-22")

    @Test func returnsOnTheSampleUpdates() throws {
        let returns = ReturnsSummary(Self.data, asOf: Self.day)
        #expect(returns.periods.map(\.period.description) == ["2025-H1", "2025", "2026-H1"])
        // Counted from the sample file: rows per period, and rows dated after the deadline. Expected: Kon Tum's 22
        // recurring tasks and Thủy Nguyên's 6 tasks due 31/12/2025, none of which has a return. On time: dated before
        // 10 June or 5 December, as the plans say ("trước ngày"); a return dated on the day itself is late.
        #expect(returns.periods.map { [$0.count.expected, $0.count.received, $0.count.onTime] } == [[28, 15, 11], [28, 18, 16], [28, 15, 12]])
        for period in returns.periods {
            let lines = returns.agencies.filter { $0.period == period.period }
            #expect(lines.reduce(0) { $0 + $1.count.expected } == period.count.expected)
            #expect(lines.reduce(0) { $0 + $1.count.received } == period.count.received)
            #expect(lines.reduce(0) { $0 + $1.count.onTime } == period.count.onTime)
            #expect(period.agenciesMissing == lines.filter { $0.count.missing > 0 }.count)
        }
        #expect(returns.latestPeriod?.description == "2026-H1")
        // Thủy Nguyên's Phòng Y tế ended with the district level: its work went to the wards' offices (flagged in the
        // reorganisation table); Kon Tum's online-safety tasks went to Sở Văn hóa, Thể thao và Du lịch and its religious
        // affairs to Sở Dân tộc và Tôn giáo, now Quảng Ngãi's.
        #expect(returns.notReported.map(\.agency.name) == [
            "Phòng Văn hóa - Xã hội các xã, phường, đặc khu", "Sở Dân tộc và Tôn giáo", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Nông nghiệp và Môi trường",
        ])
        #expect(returns.notReported[0].owed.map(\.task.id) == ["I.1", "II.1", "III.1", "IV.1", "V.1", "VI.1"])
        #expect(returns.notReported[2].owed.map(\.task.id) == ["II.2", "III.2"])
        #expect(returns.notReported.dropFirst().allSatisfy { $0.coordinators == ["Sở Y tế — tỉnh Quảng Ngãi"] })
        let markdown = OutputFormat.markdown.render(.returns(returns), language: .vi)
        #expect(markdown.contains("| 6 tháng đầu năm 2026 | Sở Tư pháp — tỉnh Quảng Ngãi | 2 | 0 | 0 | 0,0% | Chưa báo cáo |"))
        #expect(!markdown.contains("Chưa triển khai"), "a missing return is never shown as not started")
    }

    @Test func beforeAnyDeadlineThereIsNothingToReturn() {
        let returns = ReturnsSummary(Self.data, asOf: Build.day("2025-06-09"))
        #expect(returns.periods.isEmpty)
        #expect(OutputFormat.markdown.render(.returns(returns), language: .vi).contains("Chưa có kỳ báo cáo nào đến hạn."))
    }

    @Test func askingForAPredecessorShowsItsSuccessorsBriefAndSaysSo() throws {
        let outcome = Build.run("report", "agency", "Sở Lao động – Thương binh và Xã hội", Repository.data.path, "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .success)
        #expect(outcome.stdout.hasPrefix("# Tình hình thực hiện nhiệm vụ của Sở Y tế — tỉnh Quảng Ngãi\n"))
        // The brief opens with the agency's own name, not the text typed to find it.
        #expect(outcome.stdout.contains("\n\nNhiệm vụ giao cho Sở Lao động - Thương binh và Xã hội — tỉnh Kon Tum nay do Sở Y tế — tỉnh Quảng Ngãi đảm nhận"))
        #expect(!outcome.stdout.contains("Sở Lao động – Thương binh và Xã hội:"))
        #expect(outcome.stdout.contains("Chủ trì 7 nhiệm vụ, phối hợp 2 nhiệm vụ; đã hoàn thành 1; 1 trường hợp quá hạn."))
        let before = Build.run("report", "agency", "so ldtbxh", Repository.data.path, "--as-of", "2025-02-15", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])
        let agency = try #require(object["agency"] as? [String: Any])
        #expect(agency["agency"] as? String == "Sở Lao động - Thương binh và Xã hội")
        #expect((agency["led"] as? [Any])?.count == 6)
    }

    @Test func aBriefSaysWhatIsOwedNext() throws {
        let brief = AgencyBrief(askedFor: "Sở Tư pháp", match: try #require(AgencyQuery.find("Sở Tư pháp tỉnh Quảng Ngãi", in: Self.data, on: Self.day)),
                                data: Self.data, asOf: Self.day)
        #expect(brief.led.map(\.task.id) == ["I.2", "II.2", "III.2"])
        #expect(brief.obligations.map { "\($0.task.id) \($0.period?.description ?? "-") \($0.due.iso)" } == [
            "II.2 2026 2026-12-04", "III.2 2026 2026-12-04",
        ])
        #expect(brief.overdue.map(\.kind) == [.missingReport, .missingReport])
    }

    @Test func thuyNguyenAgainstTheDecisionLeavesGroupVIIEmpty() throws {
        let outcome = Build.run("report", "compare", "qd-27-ttg-2025", "thuy-nguyen-2025", Repository.data.path, "--format", "json")
        #expect(outcome.exitCode == .success)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let comparison = try #require(object["comparison"] as? [String: Any])
        #expect(comparison["emptyInChild"] as? [Int] == [7])
        #expect(comparison["uncovered"] as? [String] == ["VII.1"])
        #expect(comparison["added"] as? [String] == [])
        #expect((comparison["matches"] as? [[String: Any]])?.count == 6)
    }

    @Test func counterpartsNeedAlikeTextsInTheSameGroup() {
        let parent = Plan(id: "parent", tasks: [
            PlanTask(group: .communication, number: 1, text: "Tuyên truyền phòng, chống xâm hại trẻ em trên môi trường mạng.", lead: "A", partners: [], timeframe: Timeframe("")),
            PlanTask(group: .services, number: 1, text: "Phát triển dịch vụ công tác xã hội cho trẻ em.", lead: "A", partners: [], timeframe: Timeframe("")),
        ])
        let child = Plan(id: "child", tasks: [
            PlanTask(group: .communication, number: 1, text: "Tuyen truyen phong chong xam hai tre em tren moi truong mang", lead: "B", partners: [], timeframe: Timeframe("")),
            PlanTask(group: .communication, number: 2, text: "Phát triển dịch vụ công tác xã hội cho trẻ em.", lead: "B", partners: [], timeframe: Timeframe("")),
            PlanTask(group: .budget, number: 1, text: "Bố trí kinh phí hằng năm.", lead: "B", partners: [], timeframe: Timeframe("")),
        ])
        let comparison = PlanComparison(parent: parent, child: child)
        #expect(comparison.matches.map { "\($0.parentTask.id)→\($0.childTask.id)" } == ["II.1→II.1"])
        #expect(comparison.matches.first.map { $0.score > 0.99 } == true, "diacritics and punctuation do not matter")
        // The same text in another group is not a counterpart.
        #expect(comparison.uncovered.map(\.id) == ["IV.1"])
        // Parent II.1 is its plan's only task in group II: it frames the group, so the child's II.2 implements it too.
        #expect(comparison.matches.first?.coversWholeGroup == true)
        #expect(comparison.added.map(\.id) == ["VI.1"])
        #expect(comparison.emptyInChild == [.services])
    }

    /// Every pair of tasks in a group scored (the reference the candidate index must agree with).
    static func allPairsReference(parent: Plan, child: Plan) -> (matches: [String: (child: String, score: Double)], added: [String]) {
        let words = TaskWords(texts: (parent.tasks + child.tasks).map(\.text))
        var matches: [String: (child: String, score: Double)] = [:]
        var matched = Set<Int>()
        for (p, parentTask) in parent.tasks.enumerated() {
            for (c, childTask) in child.tasks.enumerated() where childTask.group == parentTask.group {
                let score = words.score(p, parent.tasks.count + c)
                guard score >= PlanComparison.threshold else { continue }
                matched.insert(c)
                if score > (matches[parentTask.id]?.score ?? 0) { matches[parentTask.id] = (childTask.id, score) }
            }
        }
        return (matches, child.tasks.indices.filter { !matched.contains($0) }.map { child.tasks[$0].id })
    }

    @Test("Counterparts found through the word index are those of every pair scored", arguments: [1, 2, 3, 4])
    func counterpartsAgreeWithEveryPairScored(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        // A small vocabulary makes many near misses and ties; a few words are in nearly every text.
        let common = ["trẻ", "em", "quyền", "thực", "hiện"]
        let vocabulary = (1...150).map { "từ\($0)" }
        func plan(_ id: String, tasks: Int) -> Plan {
            Plan(id: id, tasks: (1...tasks).map { number in
                let length = Int.random(in: 0...8, using: &generator)
                let text = (common.filter { _ in Bool.random(using: &generator) }
                    + (0..<length).map { _ in vocabulary.randomElement(using: &generator)! }).joined(separator: " ")
                return PlanTask(group: TaskGroup(rawValue: Int.random(in: 1...3, using: &generator))!, number: number, text: text,
                                lead: "A", partners: [], timeframe: Timeframe(""))
            })
        }
        let parent = plan("parent", tasks: 150), child = plan("child", tasks: 150)
        let comparison = PlanComparison(parent: parent, child: child)
        let reference = Self.allPairsReference(parent: parent, child: child)
        #expect(comparison.matches.count > 10 && comparison.added.count > 10, "the case tests both sides of the threshold")
        #expect(Set(comparison.matches.map(\.parentTask.id)) == Set(reference.matches.keys))
        #expect(comparison.uncovered.map(\.id).allSatisfy { reference.matches[$0] == nil })
        #expect(comparison.added.map(\.id) == reference.added)
        for match in comparison.matches {
            let expected = reference.matches[match.parentTask.id]
            // The same child, or one that scores the same (a tie, which goes to the first in the plan).
            #expect(match.childTask.id == expected?.child || abs(match.score - (expected?.score ?? -1)) < 1e-12)
            #expect(abs(match.score - (expected?.score ?? -1)) < 1e-12)
        }
    }

    /// Issue 13, point 6: a task's history, period by period, with the returns' evidence and notes and the periods missing.
    @Test func aTasksHistoryShowsEveryPeriod() throws {
        let outcome = Build.run("report", "history", "kon-tum-2025", "vii.1", Repository.data.path, "--as-of", "2026-11-22", "--format", "json")
        #expect(outcome.exitCode == .success, "\(outcome.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let tasks = try #require((object["history"] as? [String: Any])?["tasks"] as? [[String: Any]])
        #expect(tasks.map { $0["task"] as? String } == ["VII.1"])
        let periods = try #require(tasks.first?["periods"] as? [[String: Any]])
        #expect(periods.map { $0["period"] as? String } == ["2025-H1", "2025", "2026-H1"])
        #expect(periods.map { $0["status"] as? String } == ["inProgress", "inProgress", "delayed"])
        #expect(periods.last?["note"] as? String == "Chưa vận động được dự án tài trợ mới trong 6 tháng đầu năm")
        // A period owed and not reported shows as such.
        let all = Build.run("report", "history", "kon-tum-2025", Repository.data.path, "--as-of", "2026-11-22")
        #expect(all.stdout.contains("## III.5. "))
        #expect(all.stdout.contains("| 6 tháng đầu năm 2025 | Chưa báo cáo |"))
        let unknown = Build.run("report", "history", "kon-tum-2025", "II.99", Repository.data.path)
        #expect(unknown.exitCode == .usage && unknown.stderr.hasPrefix("Error: Plan kon-tum-2025 has no task 'II.99'."))
    }

    /// Issue 13, point 6: the main JSON carries every task's returns period by period, the same as its history.
    @Test func theMainJSONCarriesEveryTasksPeriods() throws {
        let outcome = Build.run("report", Repository.data.path, "--as-of", "2026-11-22", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let tasks = try #require(object["tasks"] as? [[String: Any]])
        #expect(tasks.count == 71)
        let delayed = try #require(tasks.first { $0["plan"] as? String == "kon-tum-2025" && $0["task"] as? String == "VII.1" })
        #expect(delayed["standing"] as? String == "delayed")
        let history = Build.run("report", "history", "kon-tum-2025", "VII.1", Repository.data.path, "--as-of", "2026-11-22", "--format", "json")
        let historyObject = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])
        let historyTask = try #require(((historyObject["history"] as? [String: Any])?["tasks"] as? [[String: Any]])?.first)
        #expect(NSArray(array: delayed["periods"] as? [Any] ?? []) == NSArray(array: historyTask["periods"] as? [Any] ?? []))
        // Missing periods are there as nulls: the total is the status table's missing returns.
        let missing = tasks.flatMap { ($0["periods"] as? [[String: Any]]) ?? [] }.filter { $0["status"] is NSNull }
        let total = try #require((object["status"] as? [String: Any])?["total"] as? [String: Any])
        #expect(missing.count == total["missingReturns"] as? Int)
    }

    /// Issue 13, point 6: a missing return carries the return before it; a task past due its latest; a brief shows notes.
    @Test func notesAppearWhereTheyExplain() throws {
        let data = Self.data
        let overdue = SummaryReport(data, asOf: Self.day).overdue.items
        let gap = try #require(overdue.first { $0.planID == "kon-tum-2025" && $0.task.id == "IV.5" && $0.period?.description == "2026-H1" })
        #expect(gap.report?.period.description == "2025" && gap.report?.note == "Gửi sau hạn 05/12")
        let never = try #require(overdue.first { $0.task.id == "III.5" && $0.period?.description == "2026-H1" })
        #expect(never.report == nil, "no return before: nothing to show")
        let markdown = Build.run("report", "overdue", Repository.data.path, "--as-of", "2026-11-22").stdout
        #expect(markdown.contains("| Chưa báo cáo (gần nhất: Đang triển khai, báo cáo ngày 12/12/2025: Gửi sau hạn 05/12) | 6 tháng đầu năm 2026 |"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(
            Build.run("report", "overdue", Repository.data.path, "--as-of", "2026-11-22", "--format", "json").stdout.utf8)) as? [String: Any])
        let item = try #require((json["overdue"] as? [[String: Any]])?.first { $0["task"] as? String == "IV.5" && $0["period"] as? String == "2026-H1" })
        #expect(item["reportedPeriod"] as? String == "2025" && item["reportedStatus"] as? String == "inProgress" && item["note"] as? String == "Gửi sau hạn 05/12")
        let brief = Build.run("report", "agency", "Sở Y tế — tỉnh Quảng Ngãi", Repository.data.path, "--as-of", "2026-11-22").stdout
        #expect(brief.contains("| Kế hoạch | Nhiệm vụ | Nội dung | Thời gian thực hiện | Tình trạng | Kỳ báo cáo | Văn bản | Ghi chú |"))
        #expect(brief.contains("Chưa vận động được dự án tài trợ mới trong 6 tháng đầu năm |"))
    }

    /// Issue 13, point 9: the Decision's seven tasks frame their groups; Kon Tum's tasks cover all seven.
    @Test func theDecisionFramesItsGroups() throws {
        let outcome = Build.run("report", "compare", "qd-27-ttg-2025", "kon-tum-2025", Repository.data.path, "--format", "json", "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .success)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let comparison = try #require(object["comparison"] as? [String: Any])
        #expect((comparison["groups"] as? [[String: Any]])?.map { $0["covered"] as? Int } == [1, 1, 1, 1, 1, 1, 1])
        #expect(comparison["uncovered"] as? [String] == [])
        #expect(comparison["added"] as? [String] == [], "every Kon Tum task implements a frame")
        #expect((comparison["matches"] as? [[String: Any]])?.allSatisfy { $0["wholeGroup"] as? Bool == true } == true)
        // Budget: "Bố trí kinh phí thực hiện kế hoạch" is Kon Tum's counterpart of "Ưu tiên bố trí kinh phí…".
        #expect((comparison["matches"] as? [[String: Any]])?.first { $0["parentTask"] as? String == "VI.1" }?["childTask"] as? String == "VI.1")
    }

    @Test func compareNamesAPlanThatIsNotLoaded() {
        let outcome = Build.run("report", "compare", "qd-27-ttg-2025", "thuy-nguyen-2026", Repository.data.path)
        #expect(outcome.exitCode == .usage)
        #expect(outcome.stderr.hasPrefix("Error: No plan 'thuy-nguyen-2026' is loaded, and there is no such file. Did you mean 'thuy-nguyen-2025'?"))
    }

    @Test func remindersGoToEveryAgencyWithReturnsMissing() throws {
        let outcome = Build.run("remind", "--period", "2026-H1", Repository.data.path, "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .success)
        let sections = outcome.stdout.components(separatedBy: "\n## Kính gửi: ").dropFirst().map { $0.prefix { $0 != "\n" } }
        // Thủy Nguyên's office owes a return for each of its six tasks due 31/12/2025 until they are done.
        #expect(sections == ["Phòng Văn hóa - Xã hội các xã, phường, đặc khu — thành phố Hải Phòng", "Sở Dân tộc và Tôn giáo — tỉnh Quảng Ngãi",
                             "Sở Tư pháp — tỉnh Quảng Ngãi", "Sở Văn hóa, Thể thao và Du lịch — tỉnh Quảng Ngãi",
                             "Sở Nông nghiệp và Môi trường — tỉnh Quảng Ngãi"])
        #expect(outcome.stdout.contains("chưa nhận được báo cáo 6 tháng đầu năm 2026 (hạn trước ngày 10/06/2026) của Sở Tư pháp — tỉnh Quảng Ngãi"))
        // Before the deadline of an open period, everyone who has not yet sent a return is reminded.
        let open = Build.run("remind", "--period", "2026", Repository.data.path, "--as-of", "2026-11-22", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(open.stdout.utf8)) as? [String: Any])
        let reminders = try #require(object["reminders"] as? [String: Any])
        #expect(reminders["period"] as? String == "2026")
        #expect((reminders["agencies"] as? [[String: Any]])?.reduce(0) { $0 + (($1["missing"] as? [Any])?.count ?? 0) } == 28)
    }
}

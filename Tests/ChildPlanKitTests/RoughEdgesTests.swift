import Foundation
import Testing

@testable import ChildPlanKit

/// Issue 16, point 4: the rough edges a new user hit, each in both languages where it speaks.
@Suite("Rough edges a new user hit")
struct RoughEdgesTests {
    @Test("A mistyped section is a usage error with a suggestion", arguments: [
        ("stauts", "status"), ("overdeu", "overdue"), ("retruns", "returns"), ("histroy", "history"),
    ])
    func mistypedSection(typed: String, meant: String) {
        let vietnamese = Build.runByDefault("report", typed)
        #expect(vietnamese.exitCode == .usage)
        #expect(vietnamese.stderr.hasPrefix("Lỗi: Không có phần báo cáo hoặc tệp '\(typed)'. Có phải là '\(meant)'?\n"))
        let english = Build.run("report", typed)
        #expect(english.stderr.hasPrefix("Error: There is no report section or file '\(typed)'. Did you mean '\(meant)'?\n"))
        // A missing file that is not near any section's name is still a missing file (66).
        #expect(Build.run("report", "ke-hoach-xa").exitCode == .noInput)
    }

    @Test("A day that does not exist says why", arguments: [
        ("31/02/2025", "ngày này không có thật (tháng 2 năm 2025 chỉ có 28 ngày)", "no such day (month 2 of 2025 has 28 days)"),
        ("29/02/2026", "ngày này không có thật (tháng 2 năm 2026 chỉ có 28 ngày)", "no such day (month 2 of 2026 has 28 days)"),
        ("2025-13-01", "ngày này không có thật (không có tháng 13)", "no such day (there is no month 13)"),
    ])
    func impossibleDay(text: String, vietnamese: String, english: String) {
        #expect(Build.runByDefault("report", "--as-of", text).stderr.hasPrefix("Lỗi: Giá trị '\(text)' không hợp lệ cho '--as-of <date>': \(vietnamese).\n"))
        #expect(Build.run("report", "--as-of", text).stderr.hasPrefix("Error: The value '\(text)' is invalid for '--as-of <date>': \(english).\n"))
        #expect(Build.run("report", "--as-of", "29/02/2024", "--format", "json").exitCode == .success, "a leap day is a day")
    }

    @Test func aRowWithTwoProblemsIsOneRowLeftOutWithBothReasons() throws {
        let directory = try Build.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Repository.dataFile("kon-tum-2025.json"), toPath: directory.appendingPathComponent("kon-tum-2025.json").path)
        let returns = directory.appendingPathComponent("tra-loi.csv").path
        try Data(("Kế hoạch,Nhiệm vụ,Kỳ báo cáo,Tình trạng,Ngày báo cáo,Cơ quan báo cáo,Văn bản,Ghi chú\n"
            + "kon-tum-2025,II.1,2025-H3,Đang triển khai,31/02/2025,Sở Y tế,,\n"
            + "kon-tum-2025,II.2,2025-H1,Hoàn thành,05/06/2025,Sở Tư pháp,,\n").utf8).write(to: URL(fileURLWithPath: returns))
        let outcome = Build.run("report", "status", directory.path, "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .success)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 3, "both problems, then one notice")
        #expect(lines.last?.hasPrefix("1 row above could not be read and is left out of the report") == true)
        #expect(outcome.stdout.contains("| tra-loi.csv | 2 | 19 | '2025-H3' is not a reporting period: write 2025-H1 for the 6-month report or 2025 for the annual report; "
            + "'31/02/2025' is not a real day: month 2 of 2025 has 28 days |"))
    }

    @Test func theMissingDefaultDataSaysWhereItLookedAndHowToPointElsewhere() {
        let english = Build.run("update", "gia-lai-2025", "I.1", "--status", "hoàn thành", "--period", "2026-H1", environment: ["CHILDPLAN_DATA": "/khong-co"])
        #expect(english.exitCode == .noInput)
        #expect(english.stderr == "/khong-co: error: cannot find the data folder CHILDPLAN_DATA names: give the folder or the plan file, "
            + "for example 'childplan report ~/plans/', or set CHILDPLAN_DATA to the data folder\n")
        let vietnamese = ChildPlanCLI.run(arguments: ["report"], environment: ["CHILDPLAN_DATA": "/khong-co"], today: Build.day("2026-11-22"))
        #expect(vietnamese.stderr.hasPrefix("/khong-co: lỗi: không tìm thấy thư mục dữ liệu mà CHILDPLAN_DATA chỉ ra: hãy chỉ ra thư mục hoặc tệp kế hoạch"))
    }

    @Test func aReminderBeforeTheDeadlineIsNotADemand() {
        let before = Build.runByDefault("remind", "--period", "2026", Repository.data.path, "--as-of", "2026-11-22")
        #expect(before.stdout.hasPrefix("# Nhắc gửi báo cáo kết quả thực hiện kế hoạch: năm 2026\n"))
        #expect(before.stdout.contains("Hạn gửi báo cáo năm 2026 là trước ngày 05/12/2026. Đến ngày 22/11/2026, cơ quan đầu mối (Sở Y tế — tỉnh Quảng Ngãi) chưa nhận được báo cáo của Sở Tư pháp — tỉnh Quảng Ngãi"))
        #expect(!before.stdout.contains("khẩn trương"))
        #expect(before.stdout.contains("gửi báo cáo (kèm số, ký hiệu văn bản) về cơ quan đầu mối (Sở Y tế — tỉnh Quảng Ngãi) đúng hạn"))
        let after = Build.runByDefault("remind", "--period", "2026", Repository.data.path, "--as-of", "2026-12-10")
        #expect(after.stdout.hasPrefix("# Đôn đốc gửi báo cáo kết quả thực hiện kế hoạch: năm 2026\n"))
        #expect(after.stdout.contains("khẩn trương gửi báo cáo"))
    }

    @Test("The terminal view at 40–60 columns: never wider, words never split", arguments: [40, 50, 60])
    func narrowTerminal(width: Int) {
        let report = SummaryReport(Build.shippedData(), asOf: Build.day("2026-11-22"))
        for language in Language.allCases {
            let text = OutputFormat.text.render(.summary(report, .summary), options: RenderOptions(language: language, width: width))
            let widest = text.split(separator: "\n").map { TextWriter.displayWidth(String($0)) }.max() ?? 0
            #expect(widest <= width, "\(language) at \(width)")
            // Every word of the wide rendering is whole in the narrow one (a long file name may break after a '-').
            let wide = OutputFormat.text.render(.summary(report, .summary), options: RenderOptions(language: language, width: 400))
            // (A table too wide is laid out row by row, its titles followed by ':'.)
            let narrowWords = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap { [String($0), String($0.dropLast())] })
            let split = Set(wide.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
                .filter { TextWriter.displayWidth($0) <= width - 2 && !$0.contains("─") && !$0.contains("░") && !$0.contains("█") }
                .subtracting(narrowWords)
            #expect(split.isEmpty, "\(language) at \(width): words broken: \(split.sorted().prefix(8))")
        }
    }

    /// Tables meant for an official report name a plan by its document; CSV and JSON keep the id for scripts.
    @Test func plansAreNamedByTheirDocumentsExceptForScripts() throws {
        func run(_ format: String) -> String {
            Build.runByDefault("report", "overdue", Repository.data.path, "--as-of", "2026-11-22", "--format", format).stdout
        }
        let markdown = run("markdown")
        #expect(markdown.contains("| Kế hoạch số …/KH-UBND của UBND tỉnh Kon Tum | III.5 |"))
        #expect(markdown.contains("| Kế hoạch số …/KH-UBND của UBND thành phố Thủy Nguyên | I.1 |"))
        #expect(!markdown.contains("| kon-tum-2025 |"))
        #expect(run("text").contains("Kế hoạch số"))  // wrapped within its column
        #expect(run("html").contains("<td>Kế hoạch số …/KH-UBND của UBND tỉnh Kon Tum</td>"))
        #expect(run("csv").contains(",kon-tum-2025,III.5,"))
        #expect(run("json").contains("\"plan\": \"kon-tum-2025\""))
        let english = Build.run("report", "overdue", Repository.data.path, "--as-of", "2026-11-22", "--lang", "en").stdout
        #expect(english.contains("| Plan …/KH-UBND of UBND tỉnh Kon Tum | III.5 |"))
        // The Decision is a decision, not a plan.
        let brief = Build.runByDefault("report", "agency", "Bộ Y tế", Repository.data.path, "--as-of", "2026-11-22").stdout
        #expect(brief.contains("| Quyết định số 27/QĐ-TTg của Thủ tướng Chính phủ | I.1 |"))
        // Lists of tasks too, grouped under their plans; CSV keeps "PLAN-ID TASK-ID".
        let returns = Build.runByDefault("report", "returns", Repository.data.path, "--as-of", "2026-11-22")
        #expect(returns.stdout.contains("| Sở Tư pháp — tỉnh Quảng Ngãi | 2 | 0 | 2 | Kế hoạch số …/KH-UBND của UBND tỉnh Kon Tum: II.2, III.2 |"))
        let returnsCSV = Build.runByDefault("report", "returns", Repository.data.path, "--as-of", "2026-11-22", "--format", "csv")
        #expect(returnsCSV.stdout.contains("Sở Tư pháp — tỉnh Quảng Ngãi,2,0,2,\"kon-tum-2025 II.2, kon-tum-2025 III.2\""))
        // Headings too.
        #expect(Build.runByDefault("report", "compare", "qd-27-ttg-2025", "kon-tum-2025", Repository.data.path).stdout
            .hasPrefix("# Đối chiếu kế hoạch số …/KH-UBND của UBND tỉnh Kon Tum với quyết định số 27/QĐ-TTg của Thủ tướng Chính phủ\n"))
        #expect(Build.runByDefault("report", "history", "kon-tum-2025", "VII.1", Repository.data.path).stdout
            .hasPrefix("# Lịch sử báo cáo: Kế hoạch số …/KH-UBND của UBND tỉnh Kon Tum\n"))
    }

    @Test func aReturnFormForAnAgencyWithNoTaskIsRefused() {
        let outcome = Build.runByDefault("template", "--agency", "Sở Xây dựng", "--period", "2026", Repository.data.path)
        #expect(outcome.exitCode == .usage)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.hasPrefix("Lỗi: Sở Xây dựng không chủ trì hay phối hợp nhiệm vụ nào trong các kế hoạch đã nạp, nên không có mẫu báo cáo để lập. "
            + "Các cơ quan có nhiệm vụ, gần tên nhất: "))
        let english = Build.run("template", "--agency", "Sở Xây dựng", "--period", "2026", Repository.data.path)
        #expect(english.stderr.hasPrefix("Error: Sở Xây dựng neither leads nor partners in any task of the plans loaded, so there is no return form to make."))
    }
}

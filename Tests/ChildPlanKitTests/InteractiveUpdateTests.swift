import Foundation
import Synchronization
import Testing

@testable import ChildPlanKit

/// Answers given one by one, as a person at a terminal would; nil when they run out (Ctrl-D).
final class ScriptedAnswers: Sendable {
    private let answers: Mutex<[String]>
    let questions = Mutex<[String]>([])

    init(_ answers: [String]) { self.answers = Mutex(answers) }

    var terminal: Terminal {
        Terminal(ask: { question in
            self.questions.withLock { $0.append(question) }
            return self.answers.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        })
    }
}

/// Issue 16, point 3: a guided return, task by task.
@Suite("update --interactive")
struct InteractiveUpdateTests {
    func copyOfKonTum() throws -> URL {
        let directory = try Build.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Repository.dataFile("kon-tum-2025.json"), toPath: directory.appendingPathComponent("kon-tum-2025.json").path)
        return directory
    }

    func run(_ answers: ScriptedAnswers, in directory: URL, language: String = "vi") -> Outcome {
        ChildPlanCLI.run(
            arguments: ["update", "--interactive", "--agency", "so y te", "--period", "2026-H1", directory.appendingPathComponent("kon-tum-2025.json").path],
            environment: ["CHILDPLAN_LANG": language], today: Build.day("2026-11-22"), terminal: answers.terminal)
    }

    @Test func threeAnswersThenTheEndLeaveThreeRows() throws {
        let directory = try copyOfKonTum()
        // Task 1: a word without diacritics after one that is not a status; task 2: a number, today's date; task 3: a
        // number and a day; then the answers stop in the middle of task 4.
        let answers = ScriptedAnswers(["xong", "hoan thanh", "05/06/2026", "Báo cáo số 1/BC", "Đã xong",
                                       "2", "", "Báo cáo số 2/BC", "",
                                       "3", "2026-06-07", "", "Chưa có kinh phí",
                                       "4", "08/06/2026"])
        let outcome = run(answers, in: directory)
        #expect(outcome.exitCode == .success)
        #expect(outcome.stderr == "Đã ghi 3/7 báo cáo.\n")
        let log = directory.appendingPathComponent("kon-tum-2025.updates.csv").path
        let (read, diagnostics) = UpdatesReader.read(utf8: try Repository.bytes(log), file: log)
        #expect(diagnostics.isEmpty)
        let updates = try #require(read).updates
        #expect(updates.map(\.taskID) == ["I.1", "II.1", "III.1"])
        #expect(updates.map(\.status) == [.completed, .inProgress, .delayed])
        #expect(updates.map(\.date.iso) == ["2026-06-05", "2026-11-22", "2026-06-07"])
        #expect(updates.map(\.agency) == ["Sở Y tế", "Sở Y tế", "Sở Y tế"])
        #expect(updates.map(\.note) == ["Đã xong", "", "Chưa có kinh phí"])
        let asked = answers.questions.withLock { $0 }
        #expect(asked.contains { $0.contains("'xong' không phải câu trả lời phù hợp; hãy nhập lại.") })
        #expect(asked.first?.hasPrefix("Báo cáo 2026-H1 của Sở Y tế: 7 nhiệm vụ chủ trì.") == true)
        #expect(asked.contains { $0.contains("[2/7] kon-tum-2025 II.1: ") && $0.contains("Thời gian thực hiện: Thường xuyên hàng năm") })
    }

    @Test func anEmptyStatusSkipsATaskAndADayAfterTodayIsAskedAgain() throws {
        let directory = try copyOfKonTum()
        let answers = ScriptedAnswers(["", "1", "01/12/2026", "31/02/2026", "20/11/2026", "BC", "", ""])
        let outcome = run(answers, in: directory, language: "en")
        #expect(outcome.stderr == "Recorded 1 of 7 returns.\n")
        let text = try String(contentsOf: directory.appendingPathComponent("kon-tum-2025.updates.csv"), encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.contains("kon-tum-2025,II.1,2026-H1,completed,2026-11-20,Sở Y tế,BC,"))
        #expect(answers.questions.withLock { $0 }.filter { $0.contains("is not one of the answers") }.count == 2)
    }

    @Test func withoutATerminalItShowsTheFormToUseInstead() {
        let outcome = Build.runByDefault("update", "--interactive", "--agency", "Sở Y tế", "--period", "2026-H1", Repository.data.path)
        #expect(outcome.exitCode == .usage)
        #expect(outcome.stderr.hasPrefix("Lỗi: --interactive cần một người trả lời tại màn hình (terminal). Khi chạy từ tập lệnh, hãy ghi từng báo cáo: "
            + "childplan update KẾ-HOẠCH NHIỆM-VỤ --status 'Hoàn thành' --period 2026-H1"))
    }
}

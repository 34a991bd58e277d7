import Foundation
import Testing

@testable import ChildPlanKit

@Suite("Appendix importer")
struct AppendixImporterTests {
    @Test func plainNumberCellsReadAsTheirTidiedTextReads() {
        func fromText(_ cell: String) -> Int? {
            Int(VietnameseText.tidyName(cell).trimmingSuffix(".").trimmingSuffix(")")).flatMap { $0 > 0 ? $0 : nil }
        }
        var generator = SeededGenerator(seed: 1012)
        let alphabet = Array("0123456789012345.) IV'x".utf8)
        var cells = ["1", "12.", "3)", "3).", "3.)", "0", "00", "007", "123456789", "1234567890", "", ".", "1..", "1 ", " 1", "IV"]
        cells += (0..<5000).map { _ in
            String(decoding: (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self)
        }
        var plain = 0
        for cell in cells {
            var text = cell
            guard let fast = text.withUTF8(AppendixImporter.plainTaskNumber) else { continue }
            plain += 1
            #expect(fast == fromText(cell), "\(cell)")
        }
        #expect(plain > 100)
    }

    func read(_ text: String, file: String = "phu-luc.csv", timeframe: String? = nil) -> (Plan?, [Diagnostic]) {
        let (loaded, diagnostics) = AppendixImporter.read(
            utf8: Array(text.utf8), file: file, planID: "p", defaultTimeframe: timeframe)
        return (loaded?.plan, diagnostics)
    }

    @Test func readsTheShippedKonTumAppendix() throws {
        let bytes = try Repository.bytes(Repository.dataFile("kon-tum-2025.csv"))
        let (loaded, diagnostics) = AppendixImporter.read(utf8: bytes, file: "kon-tum-2025.csv", planID: "kon-tum-2025")
        #expect(diagnostics.isEmpty)
        let plan = try #require(loaded?.plan)
        #expect(plan.tasks.count == 25)
        let perGroup = TaskGroup.allCases.map { group in plan.tasks.filter { $0.group == group }.count }
        #expect(perGroup == [3, 4, 5, 9, 2, 1, 1])
        // The unnumbered single tasks of groups VI and VII take number 1.
        #expect(plan.tasks.suffix(2).map(\.id) == ["VI.1", "VII.1"])
        let ii1 = try #require(plan.tasks.first { $0.id == "II.1" })
        #expect(ii1.text.hasPrefix("- Tuyên truyền sâu rộng"))
        #expect(ii1.text.contains("\n- Truyền thông, nâng cao năng lực"))
        #expect(ii1.partners == ["Các sở, ban ngành, đơn vị liên quan", "UBND các huyện, thành phố"])
        let vii = try #require(plan.tasks.last)
        #expect(vii.partners == ["Sở Kế hoạch và Đầu tư", "các địa phương, đơn vị liên quan"])
    }

    @Test func documentLayoutWithoutNumbersOrTimeframeColumn() throws {
        let (plan, diagnostics) = read("""
            Nội dung,Cơ quan chủ trì,Cơ quan phối hợp
            """ + "\n" + """
            ,Nhóm không có STT,,
            """, timeframe: nil)
        // Without an STT column no row can open a group: every row is a task outside a group.
        #expect(plan == nil)
        #expect(diagnostics.map(\.problem) == [.taskOutsideGroup])
    }

    @Test func missingTimeframeColumnUsesTheDefault() throws {
        let text = "STT;Nhiệm vụ;Cơ quan chủ trì\nI;Nhóm I;\n1;Rà soát;Sở Tư pháp\n;Góp ý;Sở Y tế\n"
        let (plan, diagnostics) = read(text, timeframe: "Thường xuyên hằng năm")
        #expect(diagnostics.isEmpty)
        #expect(plan?.tasks.map(\.id) == ["I.1", "I.2"])
        #expect(plan?.tasks.allSatisfy { $0.timeframe.meaning == .recurring } == true)
        let (bare, _) = read(text)
        #expect(bare?.tasks.allSatisfy { $0.timeframe.meaning == .unspecified(.empty) } == true)
    }

    @Test func flatLayoutInEnglishAnyColumnOrder() throws {
        let text = """
            lead,group,task,no,timeframe,partners
            Sở Tư pháp,II,Truyền thông,1,Năm 2027,"Sở A; Sở B"
            Công an tỉnh,2,Phòng chống,,Quý II/2026,
            Sở Y tế,7,Hợp tác,3,,
            """
        let (plan, diagnostics) = read(text)
        #expect(diagnostics.isEmpty)
        let tasks = try #require(plan?.tasks)
        #expect(tasks.map(\.id) == ["II.1", "II.2", "VII.3"])
        #expect(tasks[0].partners == ["Sở A", "Sở B"])
        #expect(tasks[0].timeframe.dueDay?.iso == "2027-12-31")
        #expect(tasks[1].timeframe.dueDay?.iso == "2026-06-30")
    }

    @Test func headersWithoutDiacriticsOrCase() throws {
        let text = "stt,NHIEM VU,co quan chu tri,co quan phoi hop,thoi gian thuc hien\nI,x,,,\n1,Rà soát,Sở Tư pháp,,2027\n"
        let (plan, diagnostics) = read(text)
        #expect(diagnostics.isEmpty)
        #expect(plan?.tasks.count == 1)
    }

    @Test func titleLinesAboveTheHeaderAreSkipped() throws {
        let text = "PHỤ LỤC\n\"NỘI DUNG, NHIỆM VỤ THỰC HIỆN\"\n\nSTT,Nhiệm vụ,Cơ quan chủ trì\nI,x,\n1,Rà soát,Sở Tư pháp\n"
        let (plan, diagnostics) = read(text)
        #expect(diagnostics.isEmpty)
        #expect(plan?.tasks.count == 1)
    }

    // MARK: Bad input (DESIGN.md §11): the problem, and where

    static let badCases: [BadInputCase] = [
        BadInputCase(name: "header without a lead column", text: "STT,Nhiệm vụ,Cơ quan phối hợp\nI,x,\n1,a,b\n",
                problems: [.missingColumns(["lead (Cơ quan chủ trì)"], .appendix)], positions: ["1:1"]),
        BadInputCase(name: "no header at all", text: "1,2,3\n4,5,6\n", problems: [.headerNotFound(.appendix)], positions: ["1:1"]),
        BadInputCase(name: "unknown group numeral", text: "STT,Nhiệm vụ,Cơ quan chủ trì\nVIII,Nhóm tám,\n1,a,Sở Y tế\n",
                problems: [.unknownGroupNumeral("VIII")], positions: ["2:1"]),
        BadInputCase(name: "not a numeral", text: "STT,Nhiệm vụ,Cơ quan chủ trì\nIIII,Nhóm,\n",
                problems: [.unknownGroupNumeral("IIII")], positions: ["2:1"]),
        BadInputCase(name: "duplicate task id", text: "STT,Nhiệm vụ,Cơ quan chủ trì\nI,x,\n1,a,Sở Y tế\n1,b,Sở Tư pháp\n",
                problems: [.duplicateTaskID("I.1", firstLine: 3)], positions: ["4:1"]),
        BadInputCase(name: "duplicate task ids out of order, and an unnumbered task taking a number already used",
                text: "STT,Nhiệm vụ,Cơ quan chủ trì\nI,x,\n5,a,Sở Y tế\n2,b,Sở Y tế\n9,c,Sở Y tế\n2,d,Sở Y tế\n4,e,Sở Y tế\n,f,Sở Y tế\n9,g,Sở Y tế\n",
                problems: [.duplicateTaskID("I.2", firstLine: 4), .duplicateTaskID("I.5", firstLine: 3), .duplicateTaskID("I.9", firstLine: 5)],
                positions: ["6:1", "8:1", "9:1"]),
        BadInputCase(name: "task without a lead", text: "STT,Nhiệm vụ,Cơ quan chủ trì\nI,x,\n1,Rà soát,\n",
                problems: [.missingLead(taskID: "I.1")], positions: ["3:11"]),
        BadInputCase(name: "task before any group", text: "STT,Nhiệm vụ,Cơ quan chủ trì\n1,Rà soát,Sở Y tế\n",
                problems: [.taskOutsideGroup], positions: ["2:1"]),
        BadInputCase(name: "bad task number", text: "STT,Nhiệm vụ,Cơ quan chủ trì\nI,x,\n1a,Rà soát,Sở Y tế\n",
                problems: [.invalidTaskNumber("1a")], positions: ["3:1"]),
        BadInputCase(name: "group repeated", text: "STT,Nhiệm vụ,Cơ quan chủ trì\nI,x,\n1,a,Sở Y tế\nI,x,\n2,b,Sở Y tế\n",
                problems: [.groupRepeated(numeral: "I", firstLine: 2)], positions: ["4:1"]),
        BadInputCase(name: "ragged row", text: "STT,Nhiệm vụ,Cơ quan chủ trì\nI,x,\n1,Rà soát,Sở Y tế,Sở Tư pháp\n",
                problems: [.raggedRow(fields: 4, columns: 3)], positions: ["3:19"]),
        BadInputCase(name: "unterminated quote", text: "STT,Nhiệm vụ,Cơ quan chủ trì\nI,x,\n1,\"Rà soát,Sở Y tế\n",
                problems: [.unterminatedQuote], positions: ["3:3"]),
        BadInputCase(name: "empty file", text: "", problems: [.emptyFile], positions: ["1:1"]),
        BadInputCase(name: "blank file", text: " \r\n\n", problems: [.emptyFile], positions: ["1:1"]),
        BadInputCase(name: "flat layout, unknown group", text: "group,task,lead\n9,a,Sở Y tế\n",
                problems: [.unknownGroupNumeral("9")], positions: ["2:1"]),
        BadInputCase(name: "every problem, not just the first",
                text: "STT,Nhiệm vụ,Cơ quan chủ trì\nI,x,\n1,,Sở Y tế\n2,b,\nIX,y,\n1,c,d\nII,z,\n1,e,f\n1,g,h\n",
                problems: [.missingTaskText(taskID: "I.1"), .missingLead(taskID: "I.2"), .unknownGroupNumeral("IX"),
                           .duplicateTaskID("II.1", firstLine: 8)],
                positions: ["3:3", "4:5", "5:1", "9:1"]),
    ]

    @Test("Bad appendices", arguments: badCases)
    func badInput(_ badCase: BadInputCase) {
        let (plan, diagnostics) = read(badCase.text)
        badCase.check(plan, diagnostics)
        #expect(diagnostics.allSatisfy { $0.location.file == "phu-luc.csv" && $0.severity == .error })
    }

    @Test func timeframeNotUnderstoodIsAWarning() throws {
        let (plan, diagnostics) = read("STT,Nhiệm vụ,Cơ quan chủ trì,Thời gian\nI,x,,\n1,a,Sở Y tế,Sớm\n")
        #expect(plan?.tasks.count == 1)
        #expect(diagnostics == [.warning(.timeframeNotUnderstood(text: "Sớm", recognised: nil),
                                         at: SourceLocation(file: "phu-luc.csv", line: 3, column: 13))])
    }
}

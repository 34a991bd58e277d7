import Foundation
import Testing

@testable import ChildPlanKit

/// Issue 15, point 2: the sections an officer writes, drafted from the figures, in Vietnamese and English.
@Suite("The drafted sections of a report")
struct ReportDraftTests {
    /// The small data set of `PlanFiguresTests`, with a note on the delayed return.
    static var data: DataSet {
        var updates = PlanFiguresTests.updates
        let delayed = updates.firstIndex { $0.status == .delayed }!
        updates[delayed].note = "Chưa bố trí được kinh phí"
        return DataSet(plans: PlanFiguresTests.plans, updates: updates)
    }

    static func blocks(_ language: Language) -> [String] {
        let report = SummaryReport(data, asOf: PlanFiguresTests.day)
        let names = Dictionary(uniqueKeysWithValues: report.plans.map { ($0.plan.id, $0.plan.id) })
        return ReportLayout(language: language).draft(report.draft, planNames: names).map { block in
            switch block {
            case .heading(_, let text), .paragraph(let text): text
            case .list(let items): items.map { "- " + $0 }.joined(separator: "\n")
            default: "?"
            }
        }
    }

    /// Worked out by hand from the data (see `PlanFiguresTests.figuresWorkedOutByHand`): 6 tasks; I.1 of
    /// quang-ngai and gia-lai completed; tan-phu's II.1 delayed for 2025 with its note; quang-ngai's II.1 and III.1
    /// and tan-phu's I.1 with no return for the latest period; 3 of the 6 returns owed for 2025 received; 6 owed
    /// and missing in all, from four leads.
    @Test func theDraftSaysWhatTheFiguresSay() {
        let vi = Self.blocks(.vi)
        #expect(vi.contains("Tính đến ngày 20/12/2025, 3 kế hoạch có 6 nhiệm vụ; 2 nhiệm vụ hoàn thành (33,3%), 1 nhiệm vụ chậm tiến độ, 3 nhiệm vụ chưa báo cáo."))
        #expect(vi.contains("Nhóm nhiệm vụ có tỷ lệ hoàn thành cao nhất: I. Hoàn thiện pháp luật, chính sách (2/3, 66,7%)."))
        #expect(vi.contains("- I.1 — Task 1 (Sở Y tế — tỉnh Quảng Ngãi; quang-ngai)\n- I.1 — Task 1 (Sở Y tế — tỉnh Gia Lai; gia-lai)"))
        #expect(vi.contains("Trong kỳ báo cáo gần nhất đã đến hạn của từng kế hoạch, các cơ quan đã gửi báo cáo cho 3/6 nhiệm vụ phải báo cáo (50,0%)."))
        #expect(vi.contains("Còn 6 báo cáo chưa gửi (mỗi nhiệm vụ một báo cáo cho mỗi kỳ đã đến hạn) của 4 cơ quan chủ trì; nhiều nhất:"))
        #expect(vi.contains("- Công an tỉnh — tỉnh Quảng Ngãi: 2\n- Ủy ban nhân dân xã — xã Tân Phú: 2\n- Công an xã — xã Tân Phú: 1\n- Sở Tư pháp — tỉnh Quảng Ngãi: 1"))
        #expect(vi.contains("- II.1 — Task 1 (Công an xã — xã Tân Phú; tan-phu): Chưa bố trí được kinh phí"), "the cause is the agency's note")
        #expect(vi.suffix(3) == ["4. Kiến nghị, đề xuất", "Cơ quan báo cáo nêu kiến nghị, đề xuất với cơ quan cấp trên và các cơ quan liên quan:", "- …\n- …"])
        let en = Self.blocks(.en)
        #expect(en.contains("As of 2025-12-20, the 3 plans have 6 tasks: 2 completed (33.3%), 1 delayed, 3 with no report."))
        #expect(en.contains("6 returns are missing (one per task for each closed period), from 4 lead agencies; the most:"))
        #expect(en.contains("3. Causes") && en.contains("4. Proposals"))
    }

    /// One count everywhere: the draft's missing returns are the status table's, its agencies' counts add up to
    /// them, and its rate is the plans' figures' — on the shipped data.
    @Test func theDraftCountsAsTheTablesCount() {
        let report = SummaryReport(Build.shippedData(), asOf: Build.day("2026-11-22"))
        let draft = report.draft
        #expect(draft.total.missingReturns == report.status.total.missingReturns)
        #expect(draft.total.missingReturns == report.overdue.items.filter { $0.kind == .missingReport }.count)
        #expect(draft.agenciesMissingReturns.map(\.missingReturns).reduce(0, +) == draft.total.missingReturns)
        #expect(draft.completedTasks.count == min(draft.total.count(.completed), ReportDraft.listLimit))
        #expect(draft.returnsExpected == report.figures.plans.map(\.figures.returnsExpected).reduce(0, +))
        #expect(draft.pastDueTasksCount == Set(report.overdue.items.filter { $0.kind == .pastDue }.map { "\($0.planID) \($0.task.id)" }).count)
    }

    @Test("Counts in sentences grouped by thousands", arguments: [(0, "0", "0"), (999, "999", "999"), (1000, "1.000", "1,000"),
                                                                  (85_237, "85.237", "85,237"), (1_234_567, "1.234.567", "1,234,567")])
    func counts(count: Int, vi: String, en: String) {
        #expect(ReportWording(.vi).number(count) == vi)
        #expect(ReportWording(.en).number(count) == en)
    }

    /// Nothing to say of shortcomings is said once, not left blank; no completed task says so.
    @Test func aPlanWithNothingDueSaysSo() {
        let plan = Plan(id: "p", issued: Build.day("2026-01-15"), tasks: [Build.task(.lawAndPolicy, 1, lead: "Sở Y tế", timeframe: "Năm 2027")])
        let report = SummaryReport(DataSet(plans: [plan], updates: []), asOf: Build.day("2026-03-01"))
        let texts = ReportLayout(language: .vi).draft(report.draft, planNames: [:]).compactMap { block -> String? in
            if case .paragraph(let text) = block { text } else { nil }
        }
        #expect(texts.contains("Tính đến ngày 01/03/2026, kế hoạch có 1 nhiệm vụ; 0 nhiệm vụ hoàn thành (0,0%), 1 nhiệm vụ chưa đến hạn báo cáo."))
        #expect(texts.contains("Chưa có nhiệm vụ nào được báo cáo hoàn thành."))
        #expect(texts.contains("Chưa đến hạn gửi báo cáo kỳ nào."))
        #expect(texts.contains("Không có nhiệm vụ quá hạn, chậm tiến độ hay báo cáo còn thiếu."))
    }
}

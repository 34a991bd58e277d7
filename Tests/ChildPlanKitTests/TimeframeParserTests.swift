import Testing

@testable import ChildPlanKit

@Suite("Timeframe parser")
struct TimeframeParserTests {
    @Test("Recurring, as the plans write it", arguments: [
        "Thường xuyên hàng năm", "Thường xuyên hằng năm", "Thường xuyên\nhàng năm", "Thường xuyên  \n hằng năm",
        "Thường xuyên", "Hằng năm", "hang nam", "THƯỜNG XUYÊN HẰNG NĂM", "Thường xuyên, hằng năm", "Định kỳ hằng năm",
        "Năm 2025 và các năm tiếp theo", "Ongoing", "annually", "Từ năm 2025", "từ năm 2026",
        "Thường xuyên hằng năm".decomposedStringWithCanonicalMapping,
    ])
    func recurring(text: String) {
        #expect(Timeframe(text).meaning == .recurring)
    }

    @Test("On request", arguments: [
        "Theo đề nghị, hướng dẫn của các Bộ, ngành liên quan.", "Theo đề nghị, \nhướng dẫn của \ncác Bộ, ngành \nliên quan.",
        "Theo yêu cầu", "Khi có yêu cầu", "theo de nghi", "On request",
    ])
    func onRequest(text: String) {
        #expect(Timeframe(text).meaning == .onRequest)
    }

    @Test("One deadline", arguments: [
        ("Năm 2027", "2027-12-31"), ("2027", "2027-12-31"), ("Quý II/2025", "2025-06-30"), ("quý 2/2025", "2025-06-30"),
        ("Quý IV năm 2025", "2025-12-31"), ("Q1 2026", "2026-03-31"), ("Tháng 6/2025", "2025-06-30"),
        ("tháng 2 năm 2028", "2028-02-29"), ("06/2025", "2025-06-30"),
        // "Trước" a day: due the day before it.
        ("Trước ngày 10/6/2025", "2025-06-09"), ("trước 01/01/2026", "2025-12-31"),
        ("31/12/2025", "2025-12-31"), ("2025-12-31", "2025-12-31"), ("6 tháng đầu năm 2025", "2025-06-30"),
        ("Từ tháng 1/2025 đến tháng 6/2025", "2025-06-30"), ("Hoàn thành trong năm 2026", "2026-12-31"),
    ])
    func due(text: String, iso: String) {
        #expect(Timeframe(text).dueDay?.iso == iso)
    }

    /// Issue 13, point 4: a span of years is recurring within it, and done by its end.
    @Test("A span of years", arguments: [
        ("2025-2030", "2030-12-31"), ("Giai đoạn 2025 - 2030", "2030-12-31"), ("2025–2030", "2030-12-31"),
        ("Từ năm 2025 đến năm 2030", "2030-12-31"), ("2026 đến 2027", "2027-12-31"),
    ])
    func span(text: String, iso: String) {
        #expect(Timeframe(text).meaning == .recurringUntil(Day(parsing: iso)!))
        #expect(Timeframe(text).isRecurring && Timeframe(text).dueDay == nil && Timeframe(text).lastDay?.iso == iso)
    }

    @Test func aSpansTaskOwesReturnsWithinItAndIsDueAtItsEnd() {
        let task = PlanTask(group: .lawAndPolicy, number: 1, text: "A", lead: "Sở Y tế", partners: [], timeframe: Timeframe("Giai đoạn 2025 - 2026"))
        let data = DataSet(plans: [Plan(id: "p", tasks: [task])])
        let during = TaskAssessor.assess(data, asOf: Build.day("2026-07-01"))[0]
        #expect(during.missingPeriods.map(\.description) == ["2025-H1", "2025", "2026-H1"])
        #expect(!during.overdue.contains { $0.kind == .pastDue })
        let after = TaskAssessor.assess(data, asOf: Build.day("2028-01-01"))[0]
        // Past its end and not reported completed, it owes a return each period until it is, as a dated task does.
        #expect(after.missingPeriods.map(\.description) == ["2025-H1", "2025", "2026-H1", "2026", "2027-H1", "2027"])
        #expect(after.overdue.filter { $0.kind == .pastDue }.map(\.due.iso) == ["2026-12-31"])
    }

    @Test func emptyIsUnspecified() {
        #expect(Timeframe("").meaning == .unspecified(.empty))
        #expect(Timeframe("  \n ").meaning == .unspecified(.empty))
    }

    @Test("Not understood, with what was recognised", arguments: [
        ("Trước 30/6", "30/6 without a year"), ("Sớm nhất có thể", nil),
        ("Quý V/2025", "a quarter that is not I, II, III or IV with a year"),
        ("31/02/2025", "31/2/2025, which is not a real day"), ("Tháng 13/2025", "month 13, which is not a month"),
        ("Trước 30/6, chậm nhất năm 2025", "30/6 without a year"),
    ] as [(String, String?)])
    func notUnderstood(text: String, recognised: String?) {
        #expect(Timeframe(text).meaning == .unspecified(.notUnderstood(recognised: recognised)))
    }

    @Test func keepsTheTextAsWrittenTidied() {
        let timeframe = Timeframe("Thường xuyên\n  hàng năm ")
        #expect(timeframe.text == "Thường xuyên hàng năm")
    }

    @Test func everyTimeframeInTheShippedPlansIsUnderstood() throws {
        let data = Build.shippedData()
        for plan in data.plans {
            for task in plan.tasks {
                if case .unspecified(.notUnderstood) = task.timeframe.meaning {
                    Issue.record("\(plan.id) \(task.id): timeframe '\(task.timeframe.text)' not understood")
                }
            }
        }
        let kontum = try #require(data.plans.first { $0.id == "kon-tum-2025" })
        let onRequest = kontum.tasks.filter { $0.timeframe.meaning == Timeframe.Meaning.onRequest }.map { $0.id }
        #expect(onRequest == ["I.1", "I.2", "I.3"])
        #expect(kontum.tasks.filter { $0.timeframe.meaning == Timeframe.Meaning.recurring }.count == 22)
    }
}

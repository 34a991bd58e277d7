import Foundation
import Testing
@testable import ChildPlanKit

/// One notion of "owes a return" (DESIGN.md §7): status, overdue, returns
/// and reminders count the same missing returns, one per task and period.
@Suite("Owed returns")
struct OwedReturnsTests {
    /// The missing returns as each report counts them.
    struct Counts: Equatable, CustomStringConvertible {
        var status: Int
        var assessments: Int
        var overdue: Int
        var returns: Int
        var description: String { "status \(status), assessments \(assessments), overdue \(overdue), returns \(returns)" }
    }

    static func counts(_ data: DataSet, asOf day: Day) -> Counts {
        let assessments = TaskAssessor.assess(data, asOf: day)
        let returns = ReturnsSummary(data, asOf: day)
        return Counts(
            status: StatusSummary(assessments).total.missingReturns,
            assessments: assessments.reduce(0) { $0 + $1.missingPeriods.count },
            overdue: OverdueSummary(assessments).items.filter { $0.kind == .missingReport }.count,
            returns: returns.periods.reduce(0) { $0 + $1.count.missing })
    }

    @Test(arguments: ["2025-06-10", "2025-06-11", "2025-12-06", "2026-06-11", "2026-11-22", "2028-01-01"])
    func theShippedDataCountsOneNumberEverywhere(day: String) {
        let counts = Self.counts(Build.shippedData(), asOf: Build.day(day))
        #expect(Set([counts.status, counts.assessments, counts.overdue, counts.returns]).count == 1, "\(counts)")
    }

    @Test func theShippedDataAsOfNovember2026() {
        let counts = Self.counts(Build.shippedData(), asOf: Build.day("2026-11-22"))
        // Kon Tum: 18 missing in the sample returns; Thủy Nguyên: 6 tasks due 31/12/2025 and never reported, 3 closed periods.
        #expect(counts.status == 36)
    }

    /// Plans of every kind of timeframe, different deadlines and issue days,
    /// and returns of every status, some missing, some late.
    static func generated(seed: UInt64) -> DataSet {
        var random = SplitMix(seed: seed)
        let timeframes = ["Thường xuyên", "Hằng năm", "Từ năm 2025", "2025-2030", "Giai đoạn 2025 - 2027", "Năm 2025",
                          "Quý II/2026", "31/12/2027", "Theo đề nghị", ""]
        let deadlines = [ReportingDeadlines.standard,
                         ReportingDeadlines(semiannual: MonthDay(month: 6, day: 20)!, annual: MonthDay(month: 12, day: 15)!, dueBefore: false),
                         ReportingDeadlines(semiannual: MonthDay(month: 7, day: 5)!, annual: MonthDay(month: 1, day: 10)!, dueBefore: true)]
        let leads = ["Sở Y tế", "Sở Tư pháp", "Sở Giáo dục và Đào tạo", "Công an tỉnh", "Sở Lao động - Thương binh và Xã hội"]
        let periods = ["2025-H1", "2025", "2026-H1", "2026", "2027-H1", "2027", "2028-H1"]
        var plans: [Plan] = []
        var updates: [StatusUpdate] = []
        for planNumber in 0..<6 {
            let id = "p\(planNumber)"
            var tasks: [PlanTask] = []
            for number in 1...12 {
                let group = TaskGroup.allCases[random.below(7)]
                guard !tasks.contains(where: { $0.group == group && $0.number == number }) else { continue }
                var task = PlanTask(group: group, number: number, text: "Nhiệm vụ \(number)", lead: leads[random.below(leads.count)],
                                    partners: [], timeframe: Timeframe(timeframes[random.below(timeframes.count)]))
                // Half the tasks done on request have a request recorded.
                if case .onRequest = task.timeframe.meaning, random.below(2) == 0 { task.requested = Build.day("2025-05-01").adding(days: random.below(700)) }
                tasks.append(task)
                for period in periods where random.below(3) > 0 {
                    let reported = ReportingPeriod(parsing: period)!
                    let late = random.below(4) == 0 ? 30 : -2
                    let date = reported.deadline(under: .standard).adding(days: late)
                    updates.append(StatusUpdate(planID: id, taskID: tasks.last!.id, period: reported,
                                                status: Status.allCases[random.below(Status.allCases.count)], date: date))
                }
            }
            let issued: Day? = [nil, Build.day("2025-03-15"), Build.day("2025-09-01")][random.below(3)]
            plans.append(Plan(id: id, issued: issued, reporting: deadlines[random.below(deadlines.count)], tasks: tasks))
        }
        return DataSet(plans: plans, updates: updates)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aGeneratedSetCountsOneNumberEverywhere(seed: UInt64) {
        let data = Self.generated(seed: seed)
        for day in ["2025-06-21", "2025-12-16", "2026-07-06", "2027-01-11", "2027-06-30", "2028-12-31"] {
            let counts = Self.counts(data, asOf: Build.day(day))
            #expect(counts.status > 0 || day == "2025-06-21")
            #expect(Set([counts.status, counts.assessments, counts.overdue, counts.returns]).count == 1, "\(day): \(counts)")
        }
    }

    @Test func aReminderListsTheSameMissingReturnsAsTheLatestPeriod() throws {
        let data = Self.generated(seed: 7)
        let day = Build.day("2027-01-20")
        let returns = ReturnsSummary(data, asOf: day)
        let latest = try #require(returns.latestPeriod)
        let reminders = ReturnsSummary(data, asOf: day, periods: [latest])
        let fromAssessments = TaskAssessor.assess(data, asOf: day).filter { $0.missingPeriods.contains(latest) }.count
        #expect(reminders.notReported.reduce(0) { $0 + $1.owed.count } == fromAssessments)
        #expect(returns.notReported.reduce(0) { $0 + $1.owed.count } == fromAssessments)
    }

    /// Which periods a task owes, by kind of timeframe and its returns.
    struct OwedCase: Sendable, CustomTestStringConvertible {
        var timeframe: String
        var returns: [(String, Status)]
        var owed: [String]
        var testDescription: String { "\(timeframe.isEmpty ? "(empty)" : timeframe) \(returns.map { "\($0.0)=\($0.1)" })" }
    }

    static let owedCases: [OwedCase] = [
        OwedCase(timeframe: "Thường xuyên", returns: [], owed: ["2025-H1", "2025", "2026-H1"]),
        OwedCase(timeframe: "Thường xuyên", returns: [("2025", .completed)], owed: ["2025-H1", "2025", "2026-H1"]),
        OwedCase(timeframe: "Thường xuyên", returns: [("2025", .cancelled)], owed: ["2025-H1", "2025"]),
        OwedCase(timeframe: "Năm 2025", returns: [], owed: ["2025-H1", "2025", "2026-H1"]),
        OwedCase(timeframe: "Năm 2025", returns: [("2025-H1", .completed)], owed: ["2025-H1"]),
        OwedCase(timeframe: "Năm 2025", returns: [("2025", .inProgress)], owed: ["2025-H1", "2025", "2026-H1"]),
        OwedCase(timeframe: "Giai đoạn 2025 - 2025", returns: [("2025-H1", .completed)], owed: ["2025-H1", "2025", "2026-H1"]),
        OwedCase(timeframe: "Giai đoạn 2025 - 2025", returns: [("2025", .completed)], owed: ["2025-H1", "2025"]),
        OwedCase(timeframe: "2025-2030", returns: [("2025", .completed)], owed: ["2025-H1", "2025", "2026-H1"]),
        OwedCase(timeframe: "Theo đề nghị", returns: [], owed: []),
        OwedCase(timeframe: "Theo đề nghị", returns: [("2025", .inProgress)], owed: []),
        OwedCase(timeframe: "", returns: [], owed: []),
    ]

    /// A task done on request owes returns from the period its recorded request falls in, until it is done.
    @Test(arguments: [
        ("2025-03-01", [(String, Status)](), ["2025-H1", "2025", "2026-H1"], Standing.noReport),
        ("2025-09-15", [("2025", .inProgress)], ["2025", "2026-H1"], .noReport),
        ("2025-09-15", [("2025", .completed)], ["2025"], .completed),
        ("2026-07-01", [], [], .notYetDue),
    ])
    func aRecordedRequest(requested: String, returns: [(String, Status)], owed: [String], standing: Standing) {
        var task = Build.task(.lawAndPolicy, 1, lead: "Sở Tư pháp", timeframe: "Theo đề nghị")
        task.requested = Build.day(requested)
        let data = DataSet(plans: [Plan(id: "p", tasks: [task])], updates: returns.map { Build.update("I.1", $0.0, $0.1, "2026-06-01") })
        let day = Build.day("2026-11-22")
        let assessment = TaskAssessor.assess(data, asOf: day)[0]
        let reported = Set(returns.map { $0.0 })
        #expect(assessment.missingPeriods.map(\.description) == owed.filter { !reported.contains($0) })
        #expect(assessment.standing == standing)
        #expect(ReturnsSummary(data, asOf: day).periods.filter { $0.count.expected > 0 }.map(\.period.description) == owed)
        #expect(SummaryReport(data, asOf: day).overdue.awaitingRequest.isEmpty, "a request is recorded: no longer awaited")
    }

    @Test func aRequestReadsAndWritesInPlanJSON() throws {
        var task = Build.task(.lawAndPolicy, 1, lead: "Sở Tư pháp", timeframe: "Theo đề nghị")
        task.requested = Build.day("2026-03-15")
        let bytes = PlanJSONCodec.encode(Plan(id: "p", tasks: [task]))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"timeframe\": \"Theo đề nghị\",\n      \"requested\": \"2026-03-15\"\n"))
        let (read, diagnostics) = PlanJSONCodec.read(utf8: bytes, file: "p.json")
        #expect(diagnostics.isEmpty)
        #expect(read?.plan.tasks.first?.requested == Build.day("2026-03-15"))
    }

    @Test(arguments: owedCases)
    func periodsOwed(_ example: OwedCase) {
        let task = Build.task(.lawAndPolicy, 1, lead: "Sở Y tế", timeframe: example.timeframe)
        let updates = example.returns.map { Build.update("I.1", $0.0, $0.1, "2026-06-01") }
        let data = DataSet(plans: [Plan(id: "p", tasks: [task])], updates: updates)
        let assessment = TaskAssessor.assess(data, asOf: Build.day("2026-11-22"))[0]
        let reported = Set(example.returns.map { $0.0 })
        #expect(assessment.missingPeriods.map(\.description) == example.owed.filter { !reported.contains($0) })
        let returns = ReturnsSummary(data, asOf: Build.day("2026-11-22"))
        #expect(returns.periods.filter { $0.count.expected > 0 }.map(\.period.description) == example.owed)
    }
}

@Test(arguments: [
    ("2025-H1", "06-10", "12-05", "2025-06-10"), ("2025", "06-10", "12-05", "2025-12-05"),
    ("2025-H1", "07-05", "01-10", "2025-07-05"), ("2025", "07-05", "01-10", "2026-01-10"),
    ("2025-H1", "03-31", "06-30", "2026-03-31"), ("2025", "03-31", "06-30", "2026-06-30"),
])
func aDeadlineFallsInTheSecondHalfOfItsPeriodOrAfter(period: String, semiannual: String, annual: String, due: String) {
    let deadlines = ReportingDeadlines(semiannual: MonthDay(semiannual)!, annual: MonthDay(annual)!, dueBefore: false)
    #expect(ReportingPeriod(parsing: period)!.deadline(under: deadlines) == Build.day(due))
    // Worded "trước ngày": the day itself is late, the last day on time the day before.
    let before = ReportingDeadlines(semiannual: MonthDay(semiannual)!, annual: MonthDay(annual)!, dueBefore: true)
    #expect(ReportingPeriod(parsing: period)!.deadline(under: before) == Build.day(due).adding(days: -1))
    #expect(ReportingPeriod(parsing: period)!.writtenDeadline(under: before) == Build.day(due))
}

/// The library's seeded generator (SplitMix64), so that a generated set is the same on every run.
typealias SplitMix = SeededGenerator

extension SeededGenerator {
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

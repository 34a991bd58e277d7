import Foundation
import Testing

@testable import ChildPlanKit

@Suite("Analysis of the Kon Tum plan alone")
struct KonTumAnalysisTests {
    @Test func statusIsCountedPerGroupAndInTotalAsTheAssessmentsSay() {
        let data = Build.plan(at: Repository.dataFile("kon-tum-2025.json"))
        for day in ["2025-01-01", "2026-07-01", "2030-01-01"] {
            let assessments = TaskAssessor.assess(data, asOf: Build.day(day))
            let summary = StatusSummary(assessments)
            for line in summary.groups {
                let inGroup = assessments.filter { $0.task.group == line.group }
                #expect(line.tally.tasks == inGroup.count)
                #expect(line.tally.byStanding == Dictionary(grouping: inGroup, by: \.standing).mapValues(\.count))
            }
            #expect(summary.total.byStanding == Dictionary(grouping: assessments, by: \.standing).mapValues(\.count))
            #expect(summary.total.tasks == assessments.count)
        }
        #expect(Standing.allCases.map(\.ordinal) == Array(Standing.allCases.indices))
    }

    let data = Build.plan(at: Repository.dataFile("kon-tum-2025.json"))

    func report(_ day: String) -> SummaryReport { SummaryReport(data, asOf: Build.day(day)) }

    @Test func tasksPerGroup() {
        let status = report("2026-11-22").status
        #expect(status.total.tasks == 25)
        #expect(status.groups.map(\.tally.tasks) == [3, 4, 5, 9, 2, 1, 1])
    }

    // Kon Tum's returns are due "trước ngày 10 tháng 6" and "trước ngày 05 tháng 12": late on the day itself.
    @Test("Missing reports of the 22 recurring tasks", arguments: [
        ("2025-06-09", 0), ("2025-06-10", 22), ("2025-12-04", 22), ("2025-12-05", 44), ("2026-06-09", 44),
        ("2026-06-10", 66), ("2026-11-22", 66),
    ])
    func missingReports(asOf: String, expected: Int) {
        let overdue = report(asOf).overdue
        #expect(overdue.items.count == expected)
        #expect(overdue.items.allSatisfy { $0.kind == .missingReport })
    }

    @Test func onRequestTasksAreNeverOverdue() {
        for day in ["2025-06-11", "2026-11-22", "2030-01-01"] {
            let overdue = report(day).overdue
            #expect(!overdue.items.contains { $0.task.group == .lawAndPolicy })
            #expect(overdue.awaitingRequest.map(\.task.id) == ["I.1", "I.2", "I.3"])
        }
    }

    @Test func missingReportItemsCarryPeriodDueAndDays() throws {
        let item = try #require(report("2026-11-22").overdue.items.first)
        #expect(item.period?.description == "2025-H1")
        #expect(item.due.iso == "2025-06-09", "the last day on time before 10 June")
        #expect(item.dueBefore)
        #expect(item.daysOverdue == 531)
        #expect(item.lead.name == "Sở Y tế")
        #expect(item.lead.asWritten == "Sở Lao động - Thương binh và Xã hội")
    }

    @Test func coverageCountsTheDepartmentUnderItsSuccessor() throws {
        let coverage = report("2026-11-22").coverage
        let health = try #require(coverage.agencies.first { $0.agency.name == "Sở Y tế" })
        #expect(health.lead == 7)
        #expect(health.partner == 2)  // V.2 and VI.1 name Sở LĐTBXH as partner
        // Kon Tum merged into Quảng Ngãi on 2025-07-01: the department, and Kon Tum's own Sở Y tế, are Quảng Ngãi's now.
        #expect(health.predecessors == ["Sở Lao động - Thương binh và Xã hội — tỉnh Kon Tum"])
        #expect(health.agency.jurisdiction?.name == "tỉnh Quảng Ngãi")
        #expect(health.groups[.services] == CoverageSummary.Share(lead: 2, partner: 0))
        #expect(!coverage.agencies.contains { $0.agency.name == "Sở Lao động - Thương binh và Xã hội" })
        let finance = try #require(coverage.agencies.first { $0.agency.name == "Sở Tài chính" })
        #expect(finance.lead == 2)  // its own VI.1 and Sở KH&ĐT's V.2
        #expect(finance.partner == 1)  // VII.1 names Sở KH&ĐT as partner
    }

    @Test func coverageBeforeTheReorganisationUsesTheNamesWritten() throws {
        let coverage = report("2025-02-15").coverage
        let labour = try #require(coverage.agencies.first { $0.agency.name == "Sở Lao động - Thương binh và Xã hội" })
        #expect(labour.lead == 6)
        #expect(labour.predecessors.isEmpty)
        #expect(coverage.agencies.first { $0.agency.name == "Sở Y tế" }?.lead == 1)
    }

    @Test func collectivesAreCountedApart() {
        let coverage = report("2026-11-22").coverage
        #expect(coverage.agencies.allSatisfy { $0.agency.kind != .collective })
        #expect(Set(coverage.collectives.map(\.agency.name)) == [
            "Các sở, ban, ngành, đơn vị liên quan", "UBND các xã, phường, đặc khu", "Các địa phương, đơn vị liên quan",
        ])
        // Before 1 July 2025 the district committees were still there.
        #expect(report("2025-06-30").coverage.collectives.contains { $0.agency.name == "UBND các huyện, thành phố" })
        #expect(coverage.emptyGroups.isEmpty)
    }

    @Test func statusWithoutUpdates() {
        let status = report("2026-11-22").status
        #expect(status.total.count(.noReport) == 22)
        // The three on-request tasks await a request; nobody said any task has not started.
        #expect(status.total.count(.awaitingRequest) == 3)
        #expect(status.total.count(.notStarted) == 0)
        #expect(status.total.percentCompleted == 0)
        // Before any deadline has passed nothing is owed yet: not "no report", and not "not started" either.
        #expect(report("2025-03-01").status.total.count(.notYetDue) == 22)
        #expect(report("2025-03-01").status.total.count(.notStarted) == 0)
    }
}

@Suite("Overdue rules")
struct OverdueRuleTests {
    func data(_ tasks: [PlanTask], updates: [StatusUpdate] = [], issued: String? = nil) -> DataSet {
        DataSet(plans: [Plan(id: "p", issued: issued.map(Build.day), tasks: tasks)], updates: updates)
    }

    func items(_ data: DataSet, _ day: String) -> [OverdueItem] {
        SummaryReport(data, asOf: Build.day(day)).overdue.items
    }

    @Test func aDeadlineIsTheEndOfItsDay() throws {
        let plan = data([Build.task(.services, 1, lead: "Sở Y tế", timeframe: "Năm 2027")])
        #expect(items(plan, "2027-12-31").filter { $0.kind == .pastDue }.isEmpty)
        let item = try #require(items(plan, "2028-01-01").first { $0.kind == .pastDue })
        #expect(item.kind == .pastDue)
        #expect(item.daysOverdue == 1)
        #expect(item.period == nil)
        #expect(item.due.iso == "2027-12-31")
    }

    @Test func completedOrCancelledTasksAreNotPastDue() {
        for status in [Status.completed, .cancelled] {
            let plan = data([Build.task(.services, 1, lead: "Sở Y tế", timeframe: "Quý II/2025")],
                            updates: [Build.update("IV.1", "2025-H1", status, "2025-06-05")])
            #expect(items(plan, "2026-01-01").isEmpty)
        }
        let late = data([Build.task(.services, 1, lead: "Sở Y tế", timeframe: "Quý II/2025")],
                        updates: [Build.update("IV.1", "2025-H1", .inProgress, "2025-06-05")])
        // Past due, and still owing a return for each period until it is done (the annual one, due 5 December).
        #expect(items(late, "2026-01-01").map(\.kind) == [.pastDue, .missingReport])
        #expect(items(late, "2026-01-01").map { $0.period?.description } == [nil, "2025"])
    }

    @Test func delayedIsBehindSchedule() throws {
        let plan = data([Build.task(.budget, 1, lead: "Sở Tài chính", timeframe: "Thường xuyên")],
                        updates: [Build.update("VI.1", "2025-H1", .delayed, "2025-06-01")])
        let item = try #require(items(plan, "2025-07-01").first)
        #expect(item.kind == .behindSchedule)
        #expect(item.period?.description == "2025-H1")
        #expect(item.daysOverdue == 22)
        // A later report that is no longer delayed clears it; the gap in between still counts.
        let recovered = data([Build.task(.budget, 1, lead: "Sở Tài chính", timeframe: "Thường xuyên")],
                             updates: [Build.update("VI.1", "2025-H1", .delayed, "2025-06-01"),
                                       Build.update("VI.1", "2026-H1", .inProgress, "2026-06-01")])
        #expect(items(recovered, "2026-07-01").map(\.kind) == [.missingReport])
    }

    @Test func updatesAfterTheReportDayAreNotKnownYet() {
        let plan = data([Build.task(.budget, 1, lead: "Sở Tài chính", timeframe: "Thường xuyên")],
                        updates: [Build.update("VI.1", "2025-H1", .completed, "2025-06-20")])
        #expect(items(plan, "2025-06-15").map(\.kind) == [.missingReport])
        #expect(items(plan, "2025-06-20").isEmpty)
    }

    @Test func theLatestDateWinsWithinAPeriod() {
        let plan = data([Build.task(.budget, 1, lead: "Sở Tài chính", timeframe: "Thường xuyên")],
                        updates: [Build.update("VI.1", "2025-H1", .completed, "2025-06-09"),
                                  Build.update("VI.1", "2025-H1", .delayed, "2025-06-01")])
        let report = SummaryReport(plan, asOf: Build.day("2025-07-01"))
        #expect(report.status.total.count(.completed) == 1)
        #expect(report.overdue.items.isEmpty)
    }

    @Test func aCancelledRecurringTaskOwesNothingAfterwards() {
        let plan = data([Build.task(.budget, 1, lead: "Sở Tài chính", timeframe: "Thường xuyên")],
                        updates: [Build.update("VI.1", "2025-H1", .cancelled, "2025-06-09")])
        let report = SummaryReport(plan, asOf: Build.day("2026-11-22"))
        #expect(report.overdue.items.isEmpty)
        #expect(report.status.total.count(.cancelled) == 1)
    }

    @Test func periodsBeforeTheIssueDateAreNotOwed() {
        let plan = data([Build.task(.budget, 1, lead: "Sở Tài chính", timeframe: "Thường xuyên")], issued: "2025-08-01")
        #expect(items(plan, "2026-01-01").map { $0.period?.description } == ["2025"])
    }

    @Test func unspecifiedTasksAreListedNotOverdue() {
        let plan = data([Build.task(.budget, 1, lead: "Sở Tài chính", timeframe: ""),
                         Build.task(.budget, 2, lead: "Sở Tài chính", timeframe: "Sớm nhất có thể")])
        let overdue = SummaryReport(plan, asOf: Build.day("2030-01-01")).overdue
        #expect(overdue.items.isEmpty)
        #expect(overdue.needsTimeframe.map(\.task.id) == ["VI.1", "VI.2"])
    }

    @Test func itemsSortLongestOverdueFirstAndGroupByLead() {
        let plan = data([
            Build.task(.services, 1, lead: "Sở Y tế", timeframe: "Năm 2025"),
            Build.task(.services, 2, lead: "Sở Tư pháp", timeframe: "Thường xuyên"),
            Build.task(.services, 3, lead: "Sở Y tế", timeframe: "Quý I/2026"),
        ])
        let overdue = SummaryReport(plan, asOf: Build.day("2026-07-01")).overdue
        #expect(overdue.items.map(\.daysOverdue) == overdue.items.map(\.daysOverdue).sorted(by: >))
        // Every task owes returns for 2025-H1, 2025 and 2026-H1 (387, 209, 22 days since the last days on time, the
        // days before 10 June and 5 December); IV.1 and IV.3 are also past due (182, 92 days).
        #expect(overdue.items.map(\.task.id) == ["IV.1", "IV.2", "IV.3", "IV.1", "IV.2", "IV.3", "IV.1", "IV.3", "IV.1", "IV.2", "IV.3"])
        #expect(overdue.items.map(\.daysOverdue) == [387, 387, 387, 209, 209, 209, 182, 92, 22, 22, 22])
        #expect(overdue.byLead.map(\.lead.name) == ["Sở Y tế", "Sở Tư pháp"])
    }

    @Test func anAgencyThatIsBothLeadAndPartnerCountsOnce() throws {
        // After March 2025 Sở KH&ĐT's task led by Sở Tài chính with Sở KH&ĐT as partner is Sở Tài chính's alone.
        let plan = data([Build.task(.budget, 1, lead: "Sở Tài chính", partners: ["Sở Kế hoạch và Đầu tư"], timeframe: "")])
        let finance = try #require(SummaryReport(plan, asOf: Build.day("2026-01-01")).coverage.agencies.first)
        #expect((finance.lead, finance.partner) == (1, 0))
    }
}

@Suite("The shipped data")
struct ShippedDataTests {
    @Test func loadsWithoutErrorsOrWarnings() {
        let assembled = DataSet.assemble(DataLoader().load(paths: [Repository.data.path]))
        let data = assembled.dataSet
        #expect(assembled.diagnostics.isEmpty)
        #expect(data.plans.map(\.id) == ["can-tho-2025", "hai-phong-sgddt-2025", "kon-tum-2025", "qd-27-ttg-2025", "thuy-nguyen-2025"])
        #expect(data.plans.map(\.tasks.count) == [21, 12, 25, 7, 6])
        #expect(data.plans.first?.tasks.map(\.group.number).reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 } == [1: 1, 2: 4, 3: 5, 4: 9, 5: 2])
        #expect(data.matchedUpdates().count == 48)
    }

    @Test func theSampleUpdatesGiveEverySectionSomethingToShow() {
        let report = SummaryReport(Build.shippedData(), asOf: Build.day("2026-11-22"))
        for standing in [Standing.completed, .inProgress, .delayed, .noReport, .notYetDue, .awaitingRequest] {
            #expect(report.status.total.count(standing) > 0, "no task is \(standing)")
        }
        let kinds = Set(report.overdue.items.map(\.kind))
        #expect(kinds == [.pastDue, .missingReport, .behindSchedule])
        #expect(!report.overdue.awaitingRequest.isEmpty && !report.overdue.needsTimeframe.isEmpty)
        #expect(!report.coverage.collectives.isEmpty)
    }

    @Test func thuyNguyenLeavesInternationalCooperationEmpty() throws {
        let data = Build.plan(at: Repository.dataFile("thuy-nguyen-2025.json"))
        #expect(SummaryReport(data, asOf: Build.day("2026-11-22")).coverage.emptyGroups == [.internationalCooperation])
        #expect(data.plans[0].implements == "90/KH-UBND")
        #expect(data.plans[0].coordinator == "Phòng Y tế")
    }

    @Test func hảiPhòngEducationHasItsSevenGroupsAndFilesItsActivitiesUnderGroupsIIToIV() {
        let plan = Build.plan(at: Repository.dataFile("hai-phong-sgddt-2025.json")).plans[0]
        // Section II's seven groups are the first task of each group; section IV's activities follow in II–IV.
        #expect(plan.tasks.map(\.id) == ["I.1", "II.1", "II.2", "II.3", "III.1", "III.2", "IV.1", "IV.2", "IV.3", "V.1", "VI.1", "VII.1"])
        #expect(Set(plan.tasks.map(\.group)) == Set(TaskGroup.allCases))
        #expect(plan.tasks.allSatisfy { $0.lead == "Sở Giáo dục và Đào tạo" && $0.inferred == .lead })
        #expect(plan.inferred == [.reporting])
    }

    @Test func theShippedPlansMarkWhatTheirSourcesDoNotSay() {
        let plans = Build.shippedData().plans
        func plan(_ id: String) -> Plan { plans.first { $0.id == id }! }
        #expect(plan("kon-tum-2025").inferred.isEmpty && plan("kon-tum-2025").tasks.allSatisfy { $0.inferred.isEmpty })
        #expect(plan("thuy-nguyen-2025").tasks.allSatisfy { $0.inferred == [.lead, .partners, .timeframe] })
        #expect(plan("qd-27-ttg-2025").tasks.allSatisfy { $0.inferred == [.lead, .partners] })
        #expect(plans.filter { $0.inferred.contains(.reporting) }.map(\.id) == ["can-tho-2025", "hai-phong-sgddt-2025", "qd-27-ttg-2025", "thuy-nguyen-2025"])
        // Cần Thơ's plan has no timeframe column: its tasks' timeframes are not given, and not inferred either.
        #expect(plan("can-tho-2025").tasks.allSatisfy { $0.inferred.isEmpty && $0.timeframe.text.isEmpty })
    }

    @Test(arguments: ["hai-phong-sgddt-2025.json", "kon-tum-2025.json", "qd-27-ttg-2025.json", "thuy-nguyen-2025.json"])
    func everyShippedPlanFileIsAsTheCodecWritesIt(name: String) throws {
        let bytes = try Repository.bytes(Repository.dataFile(name))
        let (loaded, diagnostics) = PlanJSONCodec.read(utf8: bytes, file: name)
        #expect(diagnostics.isEmpty)
        let plan = try #require(loaded?.plan)
        #expect(PlanJSONCodec.encode(plan) == bytes)
    }

    @Test func theDecisionFrameHasTheSevenGroups() {
        let plan = Build.plan(at: Repository.dataFile("qd-27-ttg-2025.json")).plans[0]
        #expect(plan.tasks.map(\.group) == TaskGroup.allCases)
        #expect(plan.document == "27/QĐ-TTg")
    }
}

@Suite("Task ids")
struct TaskIDTests {
    @Test func everyIDReadsBackToItsPlace() {
        for group in TaskGroup.allCases {
            for number in [1, 2, 9, 10, 25, 100, 12345] {
                let place = PlanTask.place(ofID: PlanTask.id(group: group, number: number))
                #expect(place?.group == group && place?.number == number)
            }
        }
    }

    @Test("Not ids", arguments: ["", "I", "I.", ".1", "VIII.1", "IIII.1", "IX.1", "I.0", "I.01", "I.-1", "I.1a", "i.1", "I .1", "2.3", "I.99999999999999999999"])
    func notIDs(text: String) {
        #expect(PlanTask.place(ofID: text) == nil)
    }
}

/// Issue 13, point 10: a group one plan fills is still a gap in another.
@Suite("Empty groups per plan")
struct EmptyGroupsPerPlanTests {
    @Test func aGroupAnotherPlanFillsIsStillAGap() {
        let task = { (group: TaskGroup) in
            PlanTask(group: group, number: 1, text: "A", lead: "Sở Y tế", partners: [], timeframe: Timeframe("Hằng năm"))
        }
        let full = Plan(id: "day-du", tasks: TaskGroup.allCases.map(task))
        let partial = Plan(id: "thieu", tasks: [task(.lawAndPolicy), task(.services)])
        let day = Build.day("2026-11-22")
        let coverage = CoverageSummary(TaskAssessor.assess(DataSet(plans: [partial, full]), asOf: day))
        #expect(coverage.emptyGroups.isEmpty)
        #expect(coverage.emptyGroupsByPlan.map(\.planID) == ["thieu"])
        #expect(coverage.emptyGroupsByPlan.first?.groups == [.communication, .capacity, .inspection, .budget, .internationalCooperation])
        let alone = CoverageSummary(TaskAssessor.assess(DataSet(plans: [full]), asOf: day))
        #expect(alone.emptyGroupsByPlan.isEmpty)
    }
}

/// Issue 13, point 3: behind schedule as the README says.
@Suite("Behind schedule")
struct BehindScheduleTests {
    static let plan = Plan(id: "p", tasks: [
        PlanTask(group: .lawAndPolicy, number: 1, text: "A", lead: "Sở Y tế", partners: [], timeframe: Timeframe("Hằng năm")),
    ])

    @Test func aTaskReportedDelayedIsBehindScheduleEvenWhenALaterReturnIsMissing() throws {
        var delayed = Build.update("I.1", "2026-H1", .delayed, "2026-06-08")
        delayed.note = "Chưa vận động được dự án tài trợ mới"
        let data = DataSet(plans: [Self.plan], updates: [Build.update("I.1", "2025-H1", .inProgress, "2025-06-05"),
                                                         Build.update("I.1", "2025", .inProgress, "2025-12-01"), delayed])
        // As of 2027-01-01 the 2026 return (due 05/12/2026) is missing as well.
        let assessment = try #require(TaskAssessor.assess(data, asOf: Build.day("2027-01-01")).first)
        #expect(assessment.overdue.map(\.kind) == [.missingReport, .behindSchedule])
        let behind = try #require(assessment.overdue.last)
        #expect(behind.period?.description == "2026-H1" && behind.report?.date == Build.day("2026-06-08"))
        #expect(behind.report?.note == "Chưa vận động được dự án tài trợ mới")

        let report = ChildPlan.report(.overdue, of: data, asOf: Build.day("2027-01-01"))
        let markdown = ChildPlan.render(report)
        #expect(markdown.contains("| Chậm tiến độ (báo cáo ngày 08/06/2026: Chưa vận động được dự án tài trợ mới) | 6 tháng đầu năm 2026 | – | – |"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ChildPlan.render(report, as: .json).utf8)) as? [String: Any])
        let item = try #require((json["overdue"] as? [[String: Any]])?.first { $0["kind"] as? String == "behindSchedule" })
        #expect(item["daysOverdue"] is NSNull && item["reportedOn"] as? String == "2026-06-08")
        #expect(item["note"] as? String == "Chưa vận động được dự án tài trợ mới")
    }

    @Test func aLaterReturnThatIsNotDelayedEndsIt() {
        let data = DataSet(plans: [Self.plan], updates: [Build.update("I.1", "2025-H1", .delayed, "2025-06-05"),
                                                         Build.update("I.1", "2025", .inProgress, "2025-12-01")])
        let assessment = TaskAssessor.assess(data, asOf: Build.day("2026-01-01")).first
        #expect(assessment?.overdue.contains { $0.kind == .behindSchedule } == false)
    }
}

/// Issue 13, point 2: states that say only what is known.
@Suite("States that say only what is known")
struct KnownStatesTests {
    @Test func notStartedIsOnlyWhatAnAgencySaid() {
        let assessments = TaskAssessor.assess(Build.shippedData(), asOf: Build.day("2026-11-22"))
        let notStarted = assessments.filter { $0.standing == .notStarted }
        #expect(notStarted.allSatisfy { $0.latestUpdate?.status == .notStarted })
        #expect(assessments.contains { $0.standing == .notYetDue } && assessments.contains { $0.standing == .awaitingRequest })
    }

    @Test("A task with no update stands where its timeframe puts it", arguments: [
        ("Hằng năm", "2025-03-01", Standing.notYetDue), ("Hằng năm", "2025-06-11", .noReport),
        ("Năm 2026", "2025-06-01", .notYetDue), ("Năm 2026", "2026-06-01", .noReport), ("Năm 2026", "2027-01-01", .noReport),
        ("Quý I/2025", "2025-04-01", .noReport),
        ("Theo đề nghị", "2027-01-01", .awaitingRequest), ("", "2027-01-01", .notYetDue),
    ])
    func withoutUpdates(timeframe: String, day: String, standing: Standing) {
        let task = PlanTask(group: .lawAndPolicy, number: 1, text: "A", lead: "Sở Y tế", partners: [], timeframe: Timeframe(timeframe))
        #expect(TaskAssessor.assess(DataSet(plans: [Plan(id: "p", tasks: [task])]), asOf: Build.day(day))[0].standing == standing)
    }
}

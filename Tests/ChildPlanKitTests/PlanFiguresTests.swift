import Foundation
import Testing

@testable import ChildPlanKit

/// Issue 18, point 1: each plan's figures, each province's over its own plans and its communes', and who lags —
/// on a small data set whose figures are worked out here by hand.
@Suite("Figures by plan and by province")
struct PlanFiguresTests {
    static let day = Build.day("2025-12-20")

    /// Quảng Ngãi's plan and one of its communes', and Gia Lai's; all issued on 15 January 2025. As of 20 December
    /// 2025 two periods have closed (2025-H1, due before 10 June; 2025, due before 5 December): the latest is 2025.
    static var data: DataSet { DataSet(plans: plans, updates: updates) }

    static var plans: [Plan] {
        func plan(_ id: String, _ place: String, _ tasks: [PlanTask]) -> Plan {
            var plan = Plan(id: id, issued: Build.day("2025-01-15"), tasks: tasks)
            plan.jurisdiction = place
            return plan
        }
        return [
            plan("quang-ngai", "tỉnh Quảng Ngãi", [
                Build.task(.lawAndPolicy, 1, lead: "Sở Y tế", timeframe: "Hằng năm"),
                Build.task(.communication, 1, lead: "Sở Tư pháp", timeframe: "Hằng năm"),
                Build.task(.capacity, 1, lead: "Công an tỉnh", timeframe: "Hằng năm"),
            ]),
            plan("tan-phu", "xã Tân Phú, tỉnh Quảng Ngãi", [
                Build.task(.lawAndPolicy, 1, lead: "Ủy ban nhân dân xã", timeframe: "Năm 2025"),
                Build.task(.communication, 1, lead: "Công an xã", timeframe: "Hằng năm"),
            ]),
            plan("gia-lai", "tỉnh Gia Lai", [Build.task(.lawAndPolicy, 1, lead: "Sở Y tế", timeframe: "Hằng năm")]),
        ]
    }

    static var updates: [StatusUpdate] {
        [
            Build.update("I.1", "2025-H1", .completed, "2025-06-05", plan: "quang-ngai"),
            Build.update("I.1", "2025", .completed, "2025-12-01", plan: "quang-ngai"),
            Build.update("II.1", "2025-H1", .inProgress, "2025-06-05", plan: "quang-ngai"),
            Build.update("II.1", "2025", .delayed, "2025-12-01", plan: "tan-phu"),
            Build.update("I.1", "2025-H1", .completed, "2025-06-05", plan: "gia-lai"),
            Build.update("I.1", "2025", .completed, "2025-12-01", plan: "gia-lai"),
        ]
    }

    @Test func figuresWorkedOutByHand() throws {
        let figures = SummaryReport(Self.data, asOf: Self.day).figures
        // quang-ngai: I.1 completed for 2025; II.1 owes 2025 and has none; III.1 owes both periods and has none.
        // tan-phu: I.1 (due 31/12/2025, not yet past) owes both periods until done and has none; II.1 owes 2025-H1
        // (none) and said "delayed" for 2025. gia-lai: I.1 completed for both.
        let rows = figures.plans.map { line in
            [line.planID, line.province?.name ?? "-", line.latestPeriod?.description ?? "-"]
                + [line.figures.tasks, line.figures.completed, line.figures.returnsExpected, line.figures.returnsReceived,
                   line.figures.missingReturns, line.figures.pastDue, line.figures.behindSchedule].map(String.init)
        }
        #expect(rows == [
            ["quang-ngai", "tỉnh Quảng Ngãi", "2025", "3", "1", "3", "1", "3", "0", "0"],
            ["tan-phu", "tỉnh Quảng Ngãi", "2025", "2", "0", "2", "1", "3", "0", "1"],
            ["gia-lai", "tỉnh Gia Lai", "2025", "1", "1", "1", "1", "0", "0", "0"],
        ])
        #expect(figures.provinces.map(\.province.name) == ["tỉnh Gia Lai", "tỉnh Quảng Ngãi"])
        let quangNgai = try #require(figures.provinces.last)
        let counts: [Int] = [quangNgai.ownPlans, quangNgai.lowerPlans, quangNgai.figures.tasks, quangNgai.figures.completed]
        #expect(counts == [1, 1, 5, 1])
        #expect(quangNgai.figures.percentCompleted == 20)
        #expect(quangNgai.figures.reportingRate == 40)  // 2 of the 5 returns owed for 2025
        #expect(quangNgai.figures.missingReturns == 6)
        // The province's missing returns are the status table's, and the overdue report's missing-report items.
        let report = SummaryReport(Self.data, asOf: Self.day)
        #expect(figures.plans.reduce(0) { $0 + $1.figures.missingReturns } == report.status.total.missingReturns)
        #expect(report.overdue.items.filter { $0.kind == .missingReport }.count == 6)
        #expect(figures.rankings.map(\.measure) == PlanFigures.Measure.allCases)
        #expect(figures.rankings.map { $0.provinces.map(\.province.name) } == [
            ["tỉnh Quảng Ngãi", "tỉnh Gia Lai"], ["tỉnh Quảng Ngãi", "tỉnh Gia Lai"], ["tỉnh Quảng Ngãi"], [],
        ])
    }

    @Test func onePlaceHasNoRanking() {
        let figures = SummaryReport(Self.data.keepingPlans(at: [0, 1]), asOf: Self.day).figures
        #expect(figures.provinces.count == 1 && figures.rankings.isEmpty)
    }

    /// A plan that names no place lies where the plan it implements lies: in its province's figures and in
    /// `--jurisdiction` for that province — but only when exactly one loaded plan has the number it implements.
    @Test("Placed through the plan it implements", arguments: [
        ("90/KH-UBND", "90/KH-UBND", nil, true),
        ("90/KH-UBND", "90/KH-UBND", "90/KH-UBND", false),  // two plans have that number: which one is not known
        ("…/KH-UBND", "…/KH-UBND", nil, false),  // a number left blank names no plan
        ("90/KH-UBND", "91/KH-UBND", nil, false),
    ])
    func placedThroughTheChain(document: String, implements: String, other: String?, placed: Bool) {
        var province = Self.plans[0]
        province.document = document
        var commune = Plan(id: "xa-khong-ro", issued: Build.day("2025-01-15"), tasks: [Build.task(.lawAndPolicy, 1, lead: "Công an xã", timeframe: "Hằng năm")])
        commune.implements = implements
        var plans = [province, commune]
        if let other {
            var gialai = Self.plans[2]
            gialai.document = other
            plans.append(gialai)
        }
        let data = DataSet(plans: plans)
        #expect(data.placement(ofPlanAt: 1)?.jurisdiction.name == (placed ? "tỉnh Quảng Ngãi" : nil))
        #expect(data.placement(ofPlanAt: 1)?.own == (placed ? false : nil))
        let quangNgai = SummaryReport(data, asOf: Self.day).figures.provinces.first { $0.province.name == "tỉnh Quảng Ngãi" }
        #expect(quangNgai?.lowerPlans == (placed ? 1 : 0))
        #expect(quangNgai?.figures.tasks == (placed ? 4 : 3))
        let place = data.registry.places.jurisdiction(parsing: "tỉnh Quảng Ngãi")!
        #expect(data.plans(in: place, on: Self.day) == (placed ? [0, 1] : [0]))
        #expect(data.plans(in: data.registry.places.jurisdiction(parsing: "Việt Nam")!, on: Self.day).count == plans.count, "the nation holds every plan")
    }

    /// `report cascade`: each plan's groups against the level above.
    @Test func theCascadeSaysWhatEachLevelLeavesEmpty() {
        let cascade = PlanCascade(Self.data, asOf: Self.day)
        // No national plan is loaded: a province's plans stand against the Decision's seven groups; the commune's
        // against its province's plans (groups I, II and III).
        #expect(cascade.nodes.map(\.planID) == ["gia-lai", "quang-ngai", "tan-phu"])
        #expect(cascade.nodes.map { $0.leftEmpty.map(\.romanNumeral) } == [
            ["II", "III", "IV", "V", "VI", "VII"], ["IV", "V", "VI", "VII"], ["III"],
        ])
        let shipped = PlanCascade(Build.shippedData(), asOf: Build.day("2026-11-22"))
        #expect(shipped.nodes.map(\.planID) == ["qd-27-ttg-2025", "can-tho-2025", "hai-phong-sgddt-2025", "thuy-nguyen-2025", "kon-tum-2025"])
        #expect(shipped.nodes.map { $0.leftEmpty.map(\.romanNumeral) } == [[], ["VI", "VII"], [], ["VII"], []])
    }

    @Test("Golden files of the tables", arguments: [(OutputFormat.markdown, Language.vi, "plan-figures-vi.md"), (.json, .vi, "plan-figures.json"),
                                                      (.markdown, .en, "plan-figures-en.md")])
    func golden(format: OutputFormat, language: Language, name: String) throws {
        try Snapshot.check(format.render(SummaryReport(Self.data, asOf: Self.day), section: .summary, language: language), named: name)
        let cascade = format.render(.cascade(PlanCascade(Self.data, asOf: Self.day)), options: RenderOptions(language: language))
        try Snapshot.check(cascade, named: name.replacingOccurrences(of: "plan-figures", with: "cascade"))
    }
}

import Foundation
import Testing

@testable import ChildPlanKit

/// `report --plan` and `--jurisdiction` (issue 18, point 2): a report over some of the loaded plans is the report
/// over a folder holding just those plans.
@Suite("Choosing plans: --plan and --jurisdiction", .englishMessages)
struct PlanSelectionTests {
    /// A folder with the registries and some of the shipped files.
    func folder(with files: [String]) throws -> String {
        let directory = try Build.temporaryDirectory()
        for file in ["agencies.csv", "provinces.csv"] + files {
            try FileManager.default.copyItem(atPath: Repository.dataFile(file), toPath: directory.appendingPathComponent(file).path)
        }
        return directory.path
    }

    /// The report without the line naming the files read (the folder holds fewer).
    func body(_ outcome: Outcome, format: String) -> String {
        if format == "json" {
            guard var object = try? JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any] else { return "" }
            object["files"] = nil
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
        return outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Figures from ") && !$0.hasPrefix("Số liệu từ ") }.joined(separator: "\n")
    }

    static let selections: [(options: [String], files: [String])] = [
        (["--plan", "kon-tum-2025"], ["kon-tum-2025.csv", "kon-tum-2025.json", "kon-tum-2025.updates.SAMPLE-illustrative.csv"]),
        (["--plan", "kon-tum-2025,can-tho-2025"],
         ["kon-tum-2025.csv", "kon-tum-2025.json", "kon-tum-2025.updates.SAMPLE-illustrative.csv", "can-tho-2025.csv", "can-tho-2025.json"]),
        (["--plan", "kon-tum-2025", "--plan", "can-tho-2025"],
         ["kon-tum-2025.csv", "kon-tum-2025.json", "kon-tum-2025.updates.SAMPLE-illustrative.csv", "can-tho-2025.csv", "can-tho-2025.json"]),
        // A centrally-run city brings its district's plan too.
        (["--jurisdiction", "thành phố Hải Phòng"], ["hai-phong-sgddt-2025.json", "thuy-nguyen-2025.json"]),
        // Kon Tum merged into Quảng Ngãi: on 2026-11-22 its plan is Quảng Ngãi's.
        (["--jurisdiction", "tinh quang ngai"], ["kon-tum-2025.csv", "kon-tum-2025.json", "kon-tum-2025.updates.SAMPLE-illustrative.csv"]),
        (["--jurisdiction", "Việt Nam", "--plan", "qd-27-ttg-2025"], ["qd-27-ttg-2025.json"]),
    ]

    @Test("The same report as over a folder holding just those plans", arguments: selections.indices, ["markdown", "json"])
    func sameAsAFolderOfThem(index: Int, format: String) throws {
        let (options, files) = Self.selections[index]
        let chosen = Build.run(["report", Repository.data.path, "--as-of", "2026-11-22", "--format", format] + options)
        let alone = Build.run(["report", try folder(with: files), "--as-of", "2026-11-22", "--format", format])
        #expect(chosen.exitCode == .success && alone.exitCode == .success, "\(options): \(chosen.stderr)")
        #expect(body(chosen, format: format) == body(alone, format: format), "\(options)")
        #expect(body(chosen, format: format).count > 1000)
    }

    @Test func everySectionTakesThem() {
        for section in [["status"], ["overdue"], ["coverage"], ["returns"], ["agency", "Sở Tư pháp"]] {
            let outcome = Build.run(["report"] + section + [Repository.data.path, "--as-of", "2026-11-22", "--jurisdiction", "tỉnh Quảng Ngãi"])
            #expect(outcome.exitCode == .success, "\(section): \(outcome.stderr)")
            #expect(!outcome.stdout.contains("Cần Thơ"), "\(section)")
        }
    }

    @Test func remindersAndTheAgencyListTakeThemToo() throws {
        let remind = Build.run("remind", "--period", "2026-H1", Repository.data.path, "--as-of", "2026-11-22", "--jurisdiction", "thành phố Hải Phòng")
        #expect(remind.exitCode == .success)
        #expect(remind.stdout.contains("Phòng Văn hóa - Xã hội các xã, phường, đặc khu") && !remind.stdout.contains("Quảng Ngãi"))
        let agencies = Build.run("agencies", Repository.data.path, "--as-of", "2026-11-22", "--plan", "can-tho-2025", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(agencies.stdout.utf8)) as? [String: Any])
        let places = try #require(object["agencies"] as? [[String: Any]]).compactMap { ($0["jurisdiction"] as? [String: Any])?["name"] as? String }
        #expect(!places.isEmpty && Set(places) == ["thành phố Cần Thơ"])
    }

    @Test func aPlaceBeforeItsMergerHasNoneOfTheOthersPlans() {
        let before = Build.run("report", "status", Repository.data.path, "--as-of", "2025-05-01", "--jurisdiction", "tỉnh Quảng Ngãi")
        #expect(before.exitCode == .usage)
        #expect(before.stderr.hasPrefix("Error: None of the loaded plans lies in 'tỉnh Quảng Ngãi'. The loaded plans lie in: thành phố Cần Thơ; "
            + "thành phố Hải Phòng; tỉnh Kon Tum; Việt Nam; thành phố Thủy Nguyên, thành phố Hải Phòng.\n"))
        let konTum = Build.run("report", "status", Repository.data.path, "--as-of", "2025-05-01", "--jurisdiction", "Kon Tum")
        #expect(konTum.exitCode == .success)
    }

    @Test func plansNamedThatLieElsewhereAreRefused() {
        let outcome = Build.run("report", Repository.data.path, "--plan", "kon-tum-2025", "--jurisdiction", "thành phố Hải Phòng")
        #expect(outcome.exitCode == .usage)
        #expect(outcome.stderr.hasPrefix("Error: None of the loaded plans lies in 'thành phố Hải Phòng'. The loaded plans lie in: tỉnh Kon Tum."))
    }

    @Test func sampleDataIsSaidOnlyWhenTheTasksChosenCountIt() {
        let canTho = Build.run("report", Repository.data.path, "--as-of", "2026-11-22", "--agency", "Sở Tư pháp — thành phố Cần Thơ")
        #expect(canTho.exitCode == .success)
        #expect(!canTho.stdout.contains("SỐ LIỆU MINH HỌA"))
        let konTum = Build.run("report", Repository.data.path, "--as-of", "2026-11-22", "--agency", "Sở Tư pháp — tỉnh Quảng Ngãi")
        #expect(konTum.stdout.contains("SỐ LIỆU MINH HỌA"))
    }

    @Test func unknownPlansAndPlacesAreRefused() {
        let plan = Build.run("report", Repository.data.path, "--plan", "kon-tum")
        #expect(plan.exitCode == .usage)
        #expect(plan.stderr.hasPrefix("Error: No plan 'kon-tum' is loaded, and there is no such file. Did you mean 'kon-tum-2025'?"))
        let place = Build.run("report", Repository.data.path, "--jurisdiction", "Mặt trăng")
        #expect(place.exitCode == .usage)
        #expect(place.stderr.hasPrefix("Error: The value 'Mặt trăng' is invalid for '--jurisdiction <place>'"))
    }

    /// `--agency`: the tasks an agency leads or partners in, and their returns — the report over a data set made of
    /// just those tasks and returns.
    @Test func anAgencysTasksAreTheReportOverThoseTasksAlone() throws {
        let data = Build.shippedData()
        let day = Build.day("2026-11-22")
        let match = try #require(AgencyQuery.find("Sở Tư pháp tỉnh Quảng Ngãi", in: data, on: day))
        let chosen = AgencyQuery.tasks(of: match, in: data, on: day)
        let kept = data.keepingTasks(chosen)
        var plans: [Plan] = []
        for (planIndex, tasks) in chosen where !tasks.isEmpty {
            var plan = data.plans[planIndex]
            plan.tasks = tasks.map { plan.tasks[$0] }
            plans.append(plan)
        }
        #expect(plans.map { $0.tasks.map(\.id) } == [["I.2", "II.2", "III.2"]])
        let ids = Set(plans.flatMap { plan in plan.tasks.map { "\(plan.id) \($0.id)" } })
        let reference = DataSet(plans: plans, updates: data.matchedUpdates().filter { ids.contains("\($0.planID) \($0.taskID)") },
                                registry: data.registry)
        for format in [OutputFormat.markdown, .json] {
            #expect(format.render(SummaryReport(kept, asOf: day), section: .summary, language: .vi)
                == format.render(SummaryReport(reference, asOf: day), section: .summary, language: .vi))
        }
        let json = Build.run("report", "status", Repository.data.path, "--as-of", "2026-11-22", "--agency", "so tu phap tinh quang ngai", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(((object["status"] as? [String: Any])?["total"] as? [String: Any])?["tasks"] as? Int == 3)
        let none = Build.run("report", Repository.data.path, "--agency", "Sở Xây dựng")
        #expect(none.exitCode == .usage)
        #expect(none.stderr.hasPrefix("Error: Sở Xây dựng neither leads nor partners in any task of the plans chosen, so there is nothing to report."))
    }

    /// The data set cut down to some plans holds exactly their tasks and updates, renumbered in order.
    @Test func keepingPlansKeepsTheirTasksAndUpdates() {
        let data = Build.shippedData()
        let konTum = data.plans.firstIndex { $0.id == "kon-tum-2025" }!
        let haiPhong = data.plans.firstIndex { $0.id == "hai-phong-sgddt-2025" }!
        let kept = data.keepingPlans(at: [konTum, haiPhong])
        #expect(kept.plans.map(\.id) == ["hai-phong-sgddt-2025", "kon-tum-2025"])
        #expect(kept.taskCount == 37)
        #expect(kept.matchedUpdates() == data.matchedUpdates())
        let day = Build.day("2026-11-22")
        for (index, plan) in kept.plans.enumerated() {
            for (task, ref) in zip(plan.tasks, kept.taskRefs(ofPlanAt: index)) {
                let original = data.taskRef(plan: plan.id, task: task.id)!
                #expect(Array(kept.updates(asOf: day).updates(for: ref)) == Array(data.updates(asOf: day).updates(for: original)))
            }
        }
    }
}

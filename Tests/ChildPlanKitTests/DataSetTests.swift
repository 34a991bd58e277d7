import Foundation
import Testing

@testable import ChildPlanKit

@Suite("Assessing on every core")
struct ParallelAssessmentTests {
    @Test func theAssessmentsDoNotDependOnHowManyCoresThereAre() throws {
        let loaded = DataSet.assemble(DataLoader().load(paths: [try ConcurrentReadingTests.manyFiles(), Repository.data.path]))
        let asOf = Build.day("2026-11-22")
        let one = TaskAssessor.assess(loaded.dataSet, asOf: asOf, cores: 1)
        #expect(one.count > 200)
        for cores in [2, 3, 16] {
            let many = TaskAssessor.assess(loaded.dataSet, asOf: asOf, cores: cores)
            #expect(many.map(\.task) == one.map(\.task))
            #expect(many.map(\.planID) == one.map(\.planID))
            #expect(many.map(\.lead) == one.map(\.lead))
            #expect(many.map(\.standing) == one.map(\.standing))
            #expect(many.map(\.overdue.count) == one.map(\.overdue.count))
            #expect(many.map(\.latestUpdate) == one.map(\.latestUpdate))
            #expect(many.map(\.missingPeriods) == one.map(\.missingPeriods))
        }
    }

    @Test func tasksAreNumberedInPlanOrderAndFoundByPlanAndID() {
        let konTum = Build.plan(at: Repository.dataFile("kon-tum-2025.json")).plans[0]
        // A second plan whose numbers have gaps (1, 4, 7, …), and a third with the first one's id.
        var gaps = konTum
        gaps.id = "gaps"
        gaps.tasks = konTum.tasks.enumerated().map { offset, task in
            var renumbered = task
            renumbered.number = offset * 3 + 1
            return renumbered
        }
        var again = konTum
        again.tasks = Array(konTum.tasks.prefix(2))
        let plans = [konTum, gaps, again]
        let data = DataSet(plans: plans)
        var expected: Int32 = 0
        for (planIndex, plan) in plans.enumerated() {
            #expect(Array(data.taskRefs(ofPlanAt: planIndex)).map(\.number) == Array(expected..<(expected + Int32(plan.tasks.count))))
            for task in plan.tasks {
                // The third plan repeats the first one's id: its tasks are not found by id.
                if planIndex < 2 { #expect(data.taskRef(plan: plan.id, task: task.id) == TaskRef(number: expected), "\(plan.id) \(task.id)") }
                expected += 1
            }
        }
        #expect(data.taskCount == plans.reduce(0) { $0 + $1.tasks.count })
        #expect(data.taskLookup.firstTask == [0, konTum.tasks.count, konTum.tasks.count * 2])
        #expect(data.taskRef(plan: "gaps", task: "I.2") == nil)
        #expect(data.taskRef(plan: "gaps", task: "VII.999") == nil)
        #expect(data.taskRef(plan: konTum.id, task: "I.0") == nil)
        #expect(data.taskRef(plan: "nowhere", task: "I.1") == nil)
    }

    @Test func theUpdateIndexKeepsTheLatestOfEachPeriodInFileOrderOnAnyNumberOfCores() {
        let plan = Build.plan(at: Repository.dataFile("kon-tum-2025.json")).plans[0]
        var generator = SeededGenerator(seed: 1507)
        let periods = [ReportingPeriod(year: 2025, span: .firstHalf), ReportingPeriod(year: 2025, span: .fullYear),
                       ReportingPeriod(year: 2026, span: .firstHalf)]
        // Seven files of updates, in no order, with days that repeat so that read order must break ties.
        var files: [[StatusUpdate]] = []
        var serial = 0
        for _ in 0..<7 {
            files.append((0..<60).map { _ in
                serial += 1
                let task = plan.tasks[Int.random(in: 0..<min(12, plan.tasks.count), using: &generator)]
                var update = StatusUpdate(
                    planID: plan.id, taskID: task.id, period: periods.randomElement(using: &generator)!, status: .inProgress,
                    date: Build.day("2026-01-01").adding(days: Int.random(in: 0..<4, using: &generator)), agency: "Sở Y tế")
                update.note = "update \(serial)"
                return update
            })
        }
        let lookup = TaskLookup([plan])
        let batches = files.map { DataSet.UpdateBatch(updates: $0, tasks: $0.map { lookup.task(plan: $0.planID, task: $0.taskID) }) }
        let data = DataSet(plans: [plan], taskLookup: lookup, updateBatches: batches, registry: DefaultRegistry.registry)
        // What the index must keep: per task and period, the latest day, and of those the last read.
        let asOf = Build.day("2026-01-03")
        func expected(_ task: PlanTask) -> [StatusUpdate] {
            let all = files.joined().filter { $0.taskID == task.id && $0.date <= asOf }
            return periods.compactMap { period in
                all.filter { $0.period == period }.enumerated().max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }?.element
            }
        }
        for cores in [1, 2, 3, 16] {
            let index = data.updates(asOf: asOf, cores: cores)
            for (task, ref) in zip(plan.tasks, data.taskRefs(ofPlanAt: 0)) {
                #expect(Array(index.updates(for: ref)) == expected(task), "\(task.id) on \(cores) cores")
            }
        }
    }

    @Test func overdueItemsMadeAsTheyAreWrittenOnEveryCoreComeInOrder() {
        let report = SummaryReport(Build.plan(at: Repository.dataFile("kon-tum-2025.json")), asOf: Build.day("2027-01-01"))
        #expect(!report.overdue.items.isEmpty)
        let items = (0..<(5000 / report.overdue.items.count + 1)).flatMap { _ in report.overdue.items }
        #expect(items.count >= JSONWriter.parallelArrayLength)
        let renderer = JSONReportRenderer(language: .en)
        let written = JSONWriter.Value.written(count: items.count) { renderer.overdueItem(items[$0], into: &$1) }
        let made = JSONWriter.Value.array(items.map(JSONBuilderTests.referenceOverdueItem))
        #expect(JSONWriter.bytes(.object([("overdue", written)])) == JSONWriter.bytes(.object([("overdue", made)])))
        #expect(written == made)
    }

    /// Before: a task's run was sorted by insertion: 100,000 updates for one task took 2.7 s and grew as the square.
    @Test func aTaskWithManyUpdatesKeepsTheLatestOfEachPeriodAsTheShortRunsDo() {
        let plan = Build.plan(at: Repository.dataFile("kon-tum-2025.json")).plans[0]
        let task = plan.tasks[0]
        var generator = SeededGenerator(seed: 2511)
        let periods = (2025...2029).flatMap { [ReportingPeriod(year: $0, span: .firstHalf), ReportingPeriod(year: $0, span: .fullYear)] }
        let updates = (0..<20_000).map { serial -> StatusUpdate in
            var update = StatusUpdate(
                planID: plan.id, taskID: task.id, period: periods.randomElement(using: &generator)!, status: .inProgress,
                date: Build.day("2026-01-01").adding(days: Int.random(in: 0..<5, using: &generator)), agency: "Sở Y tế")
            update.note = "update \(serial)"
            return update
        }
        let data = DataSet(plans: [plan], updates: updates)
        let asOf = Build.day("2026-01-04")
        let kept = updates.filter { $0.date <= asOf }
        let expected = periods.compactMap { period in
            kept.enumerated().filter { $0.element.period == period }.max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }?.element
        }
        for cores in [1, 2] {
            let index = data.updates(asOf: asOf, cores: cores)
            #expect(Array(index.updates(for: data.taskRefs(ofPlanAt: 0)[0])) == expected)
        }
    }
}

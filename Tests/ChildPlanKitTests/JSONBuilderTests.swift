import Foundation
import Testing

@testable import ChildPlanKit

/// The longest lists of the JSON report are written straight into bytes by
/// `JSONWriter.Builder`; here are the values they were made as before, which
/// the bytes must equal, and the layout rules the builder shares with values.
@Suite("JSON written without values")
struct JSONBuilderTests {
    /// The reference for `JSONReportRenderer.overdueItem(_:into:)`.
    static func referenceOverdueItem(_ item: OverdueItem) -> JSONWriter.Value {
        .object([
            ("plan", .string(item.planID)), ("task", .string(item.task.id)), ("lead", .string(item.lead.name)),
            ("leadAsWritten", .string(item.lead.asWritten))] + JSONReportRenderer.place(of: item.lead, prefix: "lead") + [
            ("kind", .string(item.kind.rawValue)),
            ("period", .optional(item.period?.description)), ("due", .string(item.due.writtenDeadline(before: item.dueBefore).iso)),
            ("dueBefore", .bool(item.dueBefore)), ("dueInferred", .bool(item.dueInferred)),
            ("daysOverdue", item.kind == .behindSchedule ? .null : .int(item.daysOverdue)),
            ("reportedOn", .optional(item.report?.date.iso)), ("reportedPeriod", .optional(item.report?.period.description)),
            ("reportedStatus", .optional(item.report?.status.rawValue)), ("evidence", .optional(item.report?.evidence)),
            ("note", .optional(item.report?.note)),
        ])
    }

    /// The reference for `JSONReportRenderer.periodEntry(_:into:)`.
    static func referencePeriodEntry(_ entry: TaskHistory.Entry) -> JSONWriter.Value {
        .object([
            ("period", .string(entry.period.description)), ("status", .optional(entry.update?.status.rawValue)),
            ("date", .optional(entry.update?.date.iso)), ("agency", .optional(entry.update?.agency)),
            ("evidence", .optional(entry.update?.evidence)), ("note", .optional(entry.update?.note)),
        ])
    }

    /// The reference for an element of the report's `tasks`.
    static func referenceTask(_ assessment: TaskAssessment) -> JSONWriter.Value {
        .object([
            ("plan", .string(assessment.planID)), ("task", .string(assessment.task.id)), ("lead", .string(assessment.lead.name)),
            ("standing", .string(assessment.standing.rawValue)), ("periods", .array(assessment.periods.map(referencePeriodEntry))),
        ])
    }

    @Test("The full report's tasks, overdue items and periods equal the values they were made as", arguments: ["2025-12-31", "2027-07-01", "2031-01-01"])
    func reportListsEqualTheirValues(asOf: String) throws {
        let data = Build.shippedData()
        let report = SummaryReport(data, asOf: Build.day(asOf))
        #expect(!report.assessments.isEmpty)
        let renderer = JSONReportRenderer(language: .vi)
        var sink = ByteSink()
        renderer.write(.summary(report, .summary), to: &sink)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sink.bytes)) as? [String: Any])
        // The document's lists, written again from the reference values, at the document's indentation.
        let tasks = JSONWriter.bytes(.object([("tasks", .array(report.assessments.map(Self.referenceTask)))]))
        let overdue = JSONWriter.bytes(.object([("overdue", .array(report.overdue.items.map(Self.referenceOverdueItem)))]))
        let text = String(decoding: sink.bytes, as: UTF8.self)
        for reference in [tasks, overdue] {
            // `{\n  "key": [...]\n}\n` without its braces is how the member stands in the document.
            let member = String(decoding: reference.dropFirst(2).dropLast(3), as: UTF8.self)
            #expect(text.containsBytes(of: member))
        }
        #expect((object["tasks"] as? [Any])?.count == report.assessments.count)
        #expect((object["overdue"] as? [Any])?.count == report.overdue.items.count)
    }

    static let texts = ["", "Sở Y tế", "\"quoted\" \\ back", "line\nbreak\ttab\u{01}", "\u{2028}\u{2029}", "Ủy ban".decomposedStringWithCanonicalMapping]

    @Test("A builder lays out objects, arrays and values as JSONWriter lays out the same value")
    func builderLayoutMatchesValues() {
        var generator = SeededGenerator(seed: 18)
        for _ in 0..<300 {
            let count = Int(generator.next() % 5)
            let texts = (0..<count).map { _ in Self.texts[Int(generator.next() % UInt64(Self.texts.count))] }
            let numbers = (0..<count).map { _ in Int(generator.next() % 2_000) - 1_000 }
            let nested = JSONWriter.Value.object(texts.isEmpty ? [] : [("inner", .array([.string(texts[0]), .object([])]))])
            func element(_ index: Int) -> JSONWriter.Value {
                let maybe: String? = index % 2 == 0 ? nil : texts[index]
                let items: [JSONWriter.Value] = (0..<index).map { _ in .object([]) }
                let members: [(String, JSONWriter.Value)] = [
                    ("text", .string(texts[index])), ("maybe", .optional(maybe)), ("number", .int(numbers[index])),
                    ("flag", .bool(index % 3 == 0)), ("nested", nested), ("empty", .array([])), ("items", .array(items)),
                    ("none", .object([])),
                ]
                return .object(members)
            }
            let value = JSONWriter.Value.object([("list", .array((0..<count).map(element)))])
            let written = JSONWriter.Value.object([("list", .written(count: count) { index, json in
                json.object { json in
                    json.member("text", texts[index])
                    json.member("maybe", index % 2 == 0 ? nil : texts[index])
                    json.member("number", numbers[index])
                    json.member("flag", index % 3 == 0)
                    json.member("nested", nested)
                    json.member("empty", count: 0) { _, _ in }
                    json.member("items", count: index) { _, json in json.object { json in json.members([]) } }
                    json.members([("none", .object([]))])
                }
            })])
            let made = JSONWriter.bytes(written)
            #expect(made == JSONWriter.bytes(value), "\(String(decoding: made, as: UTF8.self))")
            #expect((try? JSONSerialization.jsonObject(with: Data(made))) != nil)
        }
    }
}

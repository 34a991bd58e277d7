import Foundation
import Testing

@testable import ChildPlanKit

/// Golden files for every report over the shipped Data/ as of a fixed day.
/// Regenerate with `RECORD_SNAPSHOTS=1 swift test` and review the diff.
@Suite("Rendered reports")
struct RenderingTests {
    static let report = SummaryReport(Build.shippedData(), asOf: Build.day("2026-11-22"))

    struct Case: Sendable, CustomTestStringConvertible {
        var section: ReportSection
        var format: OutputFormat
        var language: Language
        var fileName: String {
            "report-\(section.rawValue)-\(language.rawValue).\(format.fileExtension)"
        }
        var testDescription: String { fileName }
    }

    /// Markdown and JSON of every section; the other formats are in OutputFormatTests.
    static let formats: [OutputFormat] = [.markdown, .json]
    static let cases: [Case] =
        ReportSection.allCases.flatMap { section in formats.map { Case(section: section, format: $0, language: .vi) } }
        + formats.map { Case(section: .summary, format: $0, language: .en) }

    @Test("Golden files", arguments: cases)
    func golden(_ testCase: Case) throws {
        let text = testCase.format.render(Self.report, section: testCase.section, language: testCase.language)
        try Snapshot.check(text, named: testCase.fileName)
    }

    static let cycleReports: [(String, Report)] = {
        let data = Build.shippedData()
        let day = Build.day("2026-11-22")
        let health = AgencyQuery.find("Sở LĐTBXH", in: data, on: day)!
        let plans = Dictionary(uniqueKeysWithValues: data.plans.map { ($0.id, $0) })
        return [
            ("returns", .returns(ReturnsSummary(data, asOf: day))),
            ("agency", .agency(AgencyBrief(askedFor: "Sở LĐTBXH", match: health, data: data, asOf: day))),
            ("compare", .comparison(PlanComparison(parent: plans["qd-27-ttg-2025"]!, child: plans["thuy-nguyen-2025"]!, on: day), asOf: day)),
            ("remind", .reminders(ReturnsSummary(data, asOf: day, periods: [ReportingPeriod(year: 2026, span: .firstHalf)]))),
        ]
    }()

    @Test("Golden files of the reporting-cycle reports", arguments: ["returns", "agency", "compare", "remind"])
    func cycleGolden(name: String) throws {
        let report = try #require(Self.cycleReports.first { $0.0 == name }?.1)
        for format in Self.formats {
            for language in Language.allCases {
                let text = format.render(report, language: language)
                try Snapshot.check(text, named: "\(name)-\(language.rawValue).\(format.fileExtension)")
            }
        }
    }

    @Test("JSON reports parse and carry the contract's keys", arguments: ReportSection.allCases)
    func jsonContract(section: ReportSection) throws {
        let text = OutputFormat.json.render(Self.report, section: section, language: .vi)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "childplan.report/1")
        #expect(object["asOf"] as? String == "2026-11-22")
        let plans = try #require(object["plans"] as? [[String: Any]])
        #expect(plans.map { $0["tasks"] as? Int } == [21, 12, 25, 7, 6])
        let expectedKeys: Set<String> = switch section {
        case .summary: ["status", "overdue", "coverage"]
        case .status: ["status"]
        case .overdue: ["overdue"]
        case .coverage: ["coverage"]
        case .agencies: ["agencies"]
        }
        for key in ["status", "overdue", "coverage", "agencies"] {
            #expect((object[key] != nil) == expectedKeys.contains(key), "key \(key)")
        }
        if let overdue = object["overdue"] as? [[String: Any]], let first = overdue.first {
            // The contract's keys, and where the lead is (added for jurisdictions; nothing renamed).
            let contract: Set = ["plan", "task", "lead", "leadAsWritten", "kind", "period", "due", "dueBefore", "dueInferred", "daysOverdue",
                                 "reportedOn", "reportedPeriod", "reportedStatus", "evidence", "note", "leadJurisdiction"]
            #expect(Set(first.keys).isSuperset(of: contract))
            #expect(Set(first.keys).subtracting(contract).isSubset(of: ["leadJurisdictionAsWritten", "leadMovedForDuty", "leadAssignedByPlan"]))
        }
        if let coverage = object["coverage"] as? [[String: Any]], let first = coverage.first {
            #expect(Set(first.keys).isSuperset(of: ["agency", "kind", "lead", "partner", "groups", "completed", "overdue"]))
            #expect((first["groups"] as? [String: Any])?.keys.sorted() == ["1", "2", "3", "4", "5", "6", "7"])
        }
        if let status = object["status"] as? [String: Any] {
            let groups = try #require(status["groups"] as? [[String: Any]])
            #expect(groups.count == 7)
            #expect(Set(try #require(groups.first?["byStatus"] as? [String: Int]).keys)
                == ["completed", "inProgress", "delayed", "notStarted", "cancelled", "noReport", "notYetDue", "awaitingRequest"])
        }
    }

    @Test func theSameAnswerEveryTime() {
        let first = OutputFormat.markdown.render(SummaryReport(Build.shippedData(), asOf: Build.day("2026-11-22")), section: .summary, language: .vi)
        let second = OutputFormat.markdown.render(SummaryReport(Build.shippedData(), asOf: Build.day("2026-11-22")), section: .summary, language: .vi)
        #expect(first == second)
    }

    @Test func vietnameseDatesAndDecimalCommas() {
        let text = OutputFormat.markdown.render(Self.report, section: .status, language: .vi)
        #expect(text.contains("22/11/2026"))
        #expect(text.contains("5,6%"))  // 4 of 71 tasks completed
        let english = OutputFormat.markdown.render(Self.report, section: .status, language: .en)
        #expect(english.contains("2026-11-22"))
        #expect(english.contains("5.6%"))
    }
}

@Suite("Markdown escaping")
struct MarkdownEscapingTests {
    @Test func hostileTaskTextsKeepTablesWhole() throws {
        let hostile = "Rà soát | góp ý <script>alert(1)</script> **đậm** [liên kết](x)\nDòng hai | <img onerror=x>"
        let plan = Plan(id: "p", tasks: [
            PlanTask(group: .services, number: 1, text: hostile, lead: "Sở | Y tế", partners: [], timeframe: Timeframe("Năm 2025")),
        ])
        let text = OutputFormat.markdown.render(SummaryReport(DataSet(plans: [plan]), asOf: Build.day("2026-01-01")), section: .overdue, language: .vi)
        let tableLines = text.split(separator: "\n").filter { $0.hasPrefix("|") }
        #expect(!tableLines.isEmpty)
        let widths = Set(tableLines.map(MarkdownStructure.cellCount))
        #expect(widths.count == 1, "every row of the table has the same number of cells: \(tableLines)")
        #expect(!text.contains("<script>") && !text.contains("<img"))
        #expect(text.contains("&lt;script&gt;"))
        #expect(text.contains("\\*\\*đậm\\*\\*"))
        #expect(text.contains("## Sở \\| Y tế: 3 trường hợp"))  // past due, and the returns of 2025-H1 and 2025 missing
    }

    @Test func cellEscaping() {
        #expect(MarkdownText.escapeCell("a|b\nc") == "a\\|b<br>c")
        #expect(MarkdownText.escapeCell("<b>") == "&lt;b&gt;")
        #expect(MarkdownText.escapeCell("Sở GD&ĐT") == "Sở GD&ĐT")
    }
}

@Suite("Task text excerpts")
struct TextExcerptTests {
    /// The excerpt as first written, on `Character`s throughout.
    static func reference(_ text: String, limit: Int) -> String {
        let firstLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let cutOff = firstLine.count < text.count
        guard firstLine.count > limit else { return cutOff ? firstLine + " …" : firstLine }
        var excerpt = String(firstLine.prefix(limit))
        if let lastSpace = excerpt.lastIndex(of: " ") { excerpt = String(excerpt[..<lastSpace]) }
        while let last = excerpt.last, last == "," || last == ";" || last == ":" { excerpt.removeLast() }
        return excerpt + "…"
    }

    @Test func excerptsAgreeWithTheReference() throws {
        let data = Build.shippedData()
        var texts = data.plans.flatMap { $0.tasks.map(\.text) }
        texts += texts.map(\.decomposedStringWithCanonicalMapping)
        texts += ["", "ngắn", String(repeating: "x", count: 90), String(repeating: "x", count: 91), String(repeating: "ệ", count: 95),
                  String(repeating: "e\u{302}\u{301}", count: 95), "một, hai; ba: " + String(repeating: "bốn ", count: 30),
                  String(repeating: "😀 ", count: 60), "dòng một\ndòng hai", String(repeating: "chữ ", count: 22) + "cuối,; x"]
        for text in texts {
            for limit in [10, 40, 90] {
                #expect(TextExcerpt.of(text, limit: limit) == Self.reference(text, limit: limit), "\(limit): \(text.prefix(60))")
            }
        }
    }
}

import Foundation

/// Reports childplan wrote into a data folder (`report . -o bao-cao.csv`):
/// found again when the folder is read, they are told apart from data and
/// passed over with a note, never read as a plan or a return.
enum OwnReports {
    /// The first lines a report childplan writes as CSV or text can begin
    /// with, in either language: its title or a table's heading, and for
    /// `-o DIR/` a table's header row. Taken from the layouts themselves, of
    /// a small made-up data set that fills every table, so that a new
    /// heading is known without a list to keep.
    static let firstRows: (headings: Set<String>, headerRows: Set<[String]>, noticeOpenings: Set<String>) = {
        var headings: Set<String> = []
        var noticeOpenings: Set<String> = []
        var headerRows: Set<[String]> = []
        let day = Day(year: 2027, month: 1, day: 1)!
        let tasks = [
            PlanTask(group: .lawAndPolicy, number: 1, text: "A", lead: "Sở Tư pháp", partners: ["Sở Y tế", "Các sở, ngành"], timeframe: Timeframe("Năm 2025")),
            PlanTask(group: .communication, number: 1, text: "B", lead: "Sở Y tế", partners: [], timeframe: Timeframe("Hằng năm")),
            PlanTask(group: .budget, number: 1, text: "C", lead: "Phòng Y tế", partners: [], timeframe: Timeframe("Theo đề nghị")),
            PlanTask(group: .services, number: 1, text: "D", lead: "Sở Y tế", partners: [], timeframe: Timeframe("")),
            PlanTask(group: .services, number: 2, text: "E", lead: "Sở LĐTBXH", partners: [], timeframe: Timeframe("Hằng năm")),
        ]
        // Two provinces, one merged since: the reorganisation table and the roll-up across jurisdictions are filled too.
        let plan = Plan(id: "p", issuer: "UBND tỉnh Kon Tum", tasks: tasks)
        let elsewhere = Plan(id: "r", issuer: "UBND thành phố Hải Phòng", tasks: [tasks[1]])
        let update = StatusUpdate(planID: "p", taskID: "II.1", period: ReportingPeriod(year: 2025, span: .fullYear), status: .delayed,
                                  date: Day(year: 2025, month: 12, day: 1)!, agency: "Sở Y tế")
        let data = DataSet(plans: [plan, elsewhere], updates: [update])
        let other = Plan(id: "q", tasks: [tasks[0]])
        var reports = ReportSection.allCases.map { Report.summary(SummaryReport(data, asOf: day), $0) }
        reports += [.returns(ReturnsSummary(data, asOf: day)),
                    .reminders(ReturnsSummary(data, asOf: day, periods: [ReportingPeriod(year: 2025, span: .fullYear)])),
                    .comparison(PlanComparison(parent: plan, child: other), asOf: day),
                    .history(TaskHistory(data, planID: "p", asOf: day)), .cascade(PlanCascade(data, asOf: day))]
        if let match = AgencyQuery.find("Sở Y tế — tỉnh Quảng Ngãi", in: data, on: day) {
            reports.append(.agency(AgencyBrief(askedFor: "Sở Y tế — tỉnh Quảng Ngãi", match: match, data: data, asOf: day)))
        }
        for language in Language.allCases {
            let layout = ReportLayout(language: language)
            for report in reports {
                let provenance = ReportProvenance(
                    files: ["f"], illustrativeFiles: ["f"], setAside: [SetAsideRow(location: .wholeFile("f"), reason: "r")],
                    inferred: InferredDetails(lines: [.init(planID: "p", detail: .plan(.reporting), tasks: nil, taskCount: 1)]))
                let document = layout.document(for: report, provenance: provenance)
                headings.insert(document.title)
                for block in document.blocks {
                    switch block {
                    case .heading(_, let text): headings.insert(text)
                    case .notice(let title, let text):
                        headings.insert(title)
                        // Alone in a file of tables (-o DIR/), the notice begins with this sentence; the rest names files.
                        noticeOpenings.insert(String(text.prefix { $0 != "." }))
                    case .table(let table):
                        headings.insert(table.title)
                        headerRows.insert((table.group.map { [$0.title] } ?? []) + table.columns.map(\.title))
                        headerRows.insert(table.columns.map(\.title))
                    default: break
                    }
                }
            }
        }
        return (headings, headerRows, noticeOpenings)
    }()

    /// Whether a file's bytes are a report childplan wrote: JSON in the
    /// report format, or CSV or text whose first row is a title, heading or
    /// table header of its reports.
    static func isReport(_ bytes: [UInt8]) -> Bool {
        let start = String(decoding: bytes.prefix(400), as: UTF8.self)
        if start.contains("\"format\": \"\(JSONReportRenderer.formatName)\"") { return true }
        // The sample-data notice alone in a file of tables: its text, whatever delimiter a reader would take in it.
        let rawFirstLine = start.drop { $0 == "\u{FEFF}" || $0 == "\"" }.prefix { !$0.isNewline }
        if firstRows.noticeOpenings.contains(where: { rawFirstLine.hasPrefix($0) }) { return true }
        guard case .success(let utf8) = SourceText.utf8(from: bytes) else { return false }
        var parser = CSVParser(utf8: utf8)
        while (try? parser.nextRecord()) == true {
            guard parser.record.isBlank else { break }
        }
        let cells = parser.record.strings
        if firstRows.headerRows.contains(cells) { return true }
        guard cells.count == 1, let line = cells.first?.split(whereSeparator: \.isNewline).first.map(String.init) else { return false }
        // The text view wraps a long title: its first line begins one.
        if firstRows.headings.contains(line) || (line.count >= 10 && firstRows.headings.contains { $0.hasPrefix(line) }) { return true }
        // A title naming the data (compare's names the plans), over one of the reports' table headers.
        while (try? parser.nextRecord()) == true {
            guard parser.record.isBlank else { return firstRows.headerRows.contains(parser.record.strings) }
        }
        return false
    }
}

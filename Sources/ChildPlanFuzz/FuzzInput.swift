import ChildPlanKit

/// Feeds one input to every reader that takes bytes from users, and to the
/// analysis and renderers when an appendix imports. Any trap is a bug: bad
/// input must end in a diagnostic, never a crash or a hang.
enum FuzzInput {
    static func exercise(_ bytes: [UInt8]) {
        if case .success(let utf8) = SourceText.utf8(from: bytes) {
            var parser = CSVParser(utf8: utf8)
            var records = 0
            while records < 10_000, (try? parser.nextRecord()) == true {
                records += 1
                for field in 0..<parser.record.count {
                    _ = parser.record.string(field)
                    _ = parser.record.position(ofField: field)
                }
                _ = parser.record.position(ofField: parser.record.count)
            }
            let text = String(decoding: utf8.prefix(96), as: UTF8.self)
            _ = Timeframe(text)
            _ = ReportingPeriod(parsing: text)
            _ = Status(word: text)
            _ = Day(parsing: text)
            _ = AgencyList.split(text)
            _ = DefaultRegistry.registry.agency(named: text)
            _ = DefaultRegistry.registry.suggestions(for: text)
        }
        let update = StatusUpdate(planID: "p", taskID: "I.1", period: ReportingPeriod(year: 2026, span: .firstHalf), status: .completed,
                                  date: Day(year: 2026, month: 6, day: 1)!, agency: "Sở Y tế", evidence: "- =1", note: "\"x\"\n")
        if let appended = try? UpdatesLog(path: "fuzz.csv").appended(update, to: bytes) {
            // What was appended must read back: the log's earlier rows and the new one.
            _ = UpdatesReader.read(utf8: appended, file: "fuzz.csv")
        }
        _ = UpdatesReader.read(utf8: bytes, file: "fuzz.csv")
        _ = RegistryReader.read(utf8: bytes, file: "fuzz.csv")
        _ = PlanJSONCodec.read(utf8: bytes, file: "fuzz.json")
        let (loaded, _) = AppendixImporter.read(utf8: bytes, file: "fuzz.csv", planID: "fuzz")
        if let plan = loaded?.plan {
            _ = PlanJSONCodec.read(utf8: PlanJSONCodec.encode(plan), file: "round-trip.json")
            let day = Day(year: 2026, month: 11, day: 22)!
            let data = DataSet(plans: [plan])
            var reports = ReportSection.allCases.map { Report.summary(SummaryReport(data, asOf: day), $0) }
            reports.append(.returns(ReturnsSummary(data, asOf: day)))
            reports.append(.reminders(ReturnsSummary(data, asOf: day, periods: [ReportingPeriod(year: 2026, span: .fullYear)])))
            reports.append(.comparison(PlanComparison(parent: plan, child: plan), asOf: day))
            if let lead = plan.tasks.first?.lead, let match = AgencyQuery.find(lead, in: data, on: day) {
                reports.append(.agency(AgencyBrief(askedFor: lead, match: match, data: data, asOf: day)))
            }
            for report in reports {
                for format in OutputFormat.allCases { _ = format.render(report, options: RenderOptions(width: 60, colour: true)) }
            }
        }
    }
}

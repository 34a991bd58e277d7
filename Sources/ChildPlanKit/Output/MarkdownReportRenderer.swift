/// Renders a report as GitHub-flavoured markdown, ready to paste into an
/// official report or to convert with pandoc. Formats only: every figure
/// comes from the `SummaryReport`.
public struct MarkdownReportRenderer: Sendable {
    let wording: ReportWording

    public init(language: Language) {
        wording = ReportWording(language)
    }

    public func render(_ report: Report) -> String {
        switch report {
        case .summary(let summary, let section): render(summary, section: section)
        case .returns(let returns): render(returns)
        case .agency(let brief): render(brief)
        case .comparison(let comparison, let asOf): render(comparison, asOf: asOf)
        case .reminders(let returns): reminders(returns)
        }
    }

    public func render(_ report: SummaryReport, section: ReportSection) -> String {
        let asOf = wording.asOf(report.asOf)
        switch section {
        case .summary:
            return ["# \(wording.title)\n\n\(asOf)\n", plans(report),
                    "## I. \(wording.statusHeading)\n\n" + status(report.status),
                    "## II. \(wording.overdueHeading)\n\n" + overdue(report.overdue, subheading: "###"),
                    "## III. \(wording.coverageHeading)\n\n" + coverage(report.coverage, subheading: "###")]
                .joined(separator: "\n")
        case .status:
            return "# \(wording.statusHeading)\n\n\(asOf)\n\n" + status(report.status)
        case .overdue:
            return "# \(wording.overdueHeading)\n\n\(asOf)\n\n" + overdue(report.overdue, subheading: "##")
        case .coverage:
            return "# \(wording.coverageHeading)\n\n\(asOf)\n\n" + coverage(report.coverage, subheading: "##")
        case .agencies:
            return "# \(wording.agenciesHeading)\n\n\(asOf)\n\n" + agencies(report.coverage)
        }
    }

    func agencies(_ coverage: CoverageSummary) -> String {
        var table = MarkdownTable(columns: wording.agencyColumns, rightAligned: [4, 5])
        for line in coverage.agencies + coverage.collectives {
            let kind = line.agency.isKnown ? wording.agencyKind(line.agency.kind) : wording.notInRegistry
            table.add([line.agency.name, kind, wording.level(line.agency.level), line.spellings.joined(separator: "\n"),
                       String(line.lead), String(line.partner)])
        }
        return table.text + "\n" + wording.agenciesNote + "\n"
    }

    func agency(_ agency: CarriedAgency) -> String {
        agency.predecessor.map { "\(agency.name) (\(wording.formerly([$0])))" } ?? agency.name
    }

    func plans(_ report: SummaryReport) -> String {
        var table = MarkdownTable(columns: wording.planColumns, rightAligned: [5])
        for line in report.plans {
            let plan = line.plan
            table.add([
                plan.title.map { "\($0) (\(plan.id))" } ?? plan.id, plan.document ?? "", plan.issuer ?? "",
                plan.implements ?? "", line.coordinator.map(agency) ?? "", String(line.taskCount),
            ])
        }
        return "## \(wording.plansHeading)\n\n" + table.text
    }

    func status(_ status: StatusSummary) -> String {
        var table = MarkdownTable(columns: wording.statusColumns, rightAligned: Set(2..<(3 + Standing.allCases.count + 1)))
        for line in status.groups {
            let name = line.tally.tasks == 0
                ? "\(wording.groupName(line.group)) (\(wording.noTasksInGroup))" : wording.groupName(line.group)
            table.add([line.group.romanNumeral, name] + counts(line.tally))
        }
        table.add(["", wording.total] + counts(status.total), bold: true)
        return table.text + "\n" + wording.statusNote + "\n"
    }

    private func counts(_ tally: StatusSummary.Tally) -> [String] {
        [String(tally.tasks)] + Standing.allCases.map { String(tally.count($0)) } + [wording.percent(tally.percentCompleted)]
    }

    func overdue(_ overdue: OverdueSummary, subheading: String) -> String {
        var text = ""
        let byKind = Dictionary(grouping: overdue.items, by: \.kind).mapValues(\.count)
        text += wording.overdueCount(total: overdue.items.count, byKind: byKind) + "\n"
        for group in overdue.byLead {
            var table = MarkdownTable(columns: wording.overdueColumns, rightAligned: [6])
            for item in group.items {
                table.add([
                    item.planID, item.task.id, TextExcerpt.of(item.task.text), wording.overdueKind(item.kind),
                    item.period.map(wording.period) ?? "", wording.date(item.due), String(item.daysOverdue),
                ])
            }
            text += "\n\(subheading) \(MarkdownText.escape(agency(group.lead))): \(wording.itemCount(group.items.count))"
            text += "\n\n" + table.text
        }
        text += "\n\(subheading) \(wording.awaitingRequestHeading)\n\n" + references(overdue.awaitingRequest)
        text += "\n\(subheading) \(wording.needsTimeframeHeading)\n\n" + references(overdue.needsTimeframe)
        if !overdue.needsNewLead.isEmpty {
            text += "\n\(subheading) \(wording.needsNewLeadHeading)\n\n" + references(overdue.needsNewLead)
        }
        return text
    }

    private func references(_ tasks: [OverdueSummary.TaskReference]) -> String {
        guard !tasks.isEmpty else { return wording.none + "\n" }
        var table = MarkdownTable(columns: wording.referenceColumns)
        for reference in tasks {
            table.add([
                reference.planID, reference.task.id, TextExcerpt.of(reference.task.text), agency(reference.lead),
                reference.task.timeframe.text,
            ])
        }
        return table.text
    }

    func coverage(_ coverage: CoverageSummary, subheading: String) -> String {
        var text = coverageTable(coverage.agencies) + "\n" + wording.coverageNote + "\n"
        text += "\n\(subheading) \(wording.collectivesHeading)\n\n"
        text += coverage.collectives.isEmpty ? wording.none + "\n" : coverageTable(coverage.collectives)
        text += "\n\(subheading) \(wording.emptyGroupsHeading)\n\n"
        if coverage.emptyGroups.isEmpty {
            text += wording.noEmptyGroups + "\n"
        } else {
            text += coverage.emptyGroups.map { "- \($0.romanNumeral). \(wording.groupName($0))" }.joined(separator: "\n") + "\n"
        }
        return text
    }

    private func coverageTable(_ lines: [CoverageSummary.AgencyLine]) -> String {
        let groupCount = TaskGroup.allCases.count
        var table = MarkdownTable(columns: wording.coverageColumns, rightAligned: Set(2..<(4 + groupCount + 2)))
        for line in lines {
            let name = line.predecessors.isEmpty ? line.agency.name : "\(line.agency.name) (\(wording.formerly(line.predecessors)))"
            let groups = TaskGroup.allCases.map { group -> String in
                guard let share = line.groups[group] else { return "–" }
                return "\(share.lead)/\(share.partner)"
            }
            table.add([name, wording.agencyKind(line.agency.kind), String(line.lead), String(line.partner)]
                + groups + [String(line.completed), String(line.overdue)])
        }
        return table.text
    }
}

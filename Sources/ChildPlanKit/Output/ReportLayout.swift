/// Lays a report out as a document: its headings, words, tables and charts,
/// in Vietnamese or English. Formats nothing as syntax and computes nothing:
/// every figure comes from the analysis.
struct ReportLayout {
    let wording: ReportWording

    init(language: Language) {
        wording = ReportWording(language)
    }

    typealias Block = ReportDocument.Block
    typealias Table = ReportDocument.Table

    func document(for report: Report, provenance: ReportProvenance = ReportProvenance()) -> ReportDocument {
        var document = switch report {
        case .summary(let summary, let section): document(summary, section: section)
        case .returns(let returns): document(returns)
        case .agency(let brief): document(brief)
        case .comparison(let comparison, let asOf): document(comparison, asOf: asOf)
        case .reminders(let returns): reminders(returns)
        case .history(let history): document(history)
        case .cascade(let cascade): document(cascade)
        }
        document.asOf = switch report {
        case .summary(let summary, _): summary.asOf
        case .returns(let returns), .reminders(let returns): returns.asOf
        case .agency(let brief): brief.asOf
        case .comparison(_, let asOf): asOf
        case .history(let history): history.asOf
        case .cascade(let cascade): cascade.asOf
        }
        let isLetter = if case .reminders = report { true } else { false }
        document.isLetter = isLetter
        let opening = document.blocks.firstIndex(where: { if case .paragraph = $0 { true } else { false } }) ?? 0
        // Under the opening paragraph: the files the figures come from (a letter of reminder names none).
        if !provenance.files.isEmpty, !isLetter {
            document.blocks.insert(.paragraph(wording.sources(provenance.files)), at: opening + 1)
        }
        // Sample data is said to be so before anything else, in a letter too.
        if !provenance.illustrativeFiles.isEmpty {
            document.blocks.insert(.notice(title: wording.noticeTitle, text: wording.illustrative(provenance.illustrativeFiles)),
                                   at: min(1, document.blocks.count))
        }
        document.blocks += setAside(provenance.setAside)
        if !isLetter { document.blocks += inferred(provenance.inferred) }
        // Plans by name where a column holds their ids; two plans that would read alike keep their ids beside.
        let plans: [Plan] = switch report {
        case .summary(let summary, _): summary.plans.map(\.plan)
        case .returns(let returns), .reminders(let returns): returns.plans
        case .agency(let brief): brief.plans
        case .comparison(let comparison, _): [comparison.parent, comparison.child]
        case .history: []
        case .cascade(let cascade): cascade.plans
        }
        let names = plans.map(wording.planName)
        var uses: [String: Int] = [:]
        for name in names { uses[name, default: 0] += 1 }
        for (plan, name) in zip(plans, names) where name != plan.id {
            document.planNames[plan.id] = uses[name, default: 0] > 1 ? "\(name) (\(plan.id))" : name
        }
        return document
    }

    /// What the plans infer rather than state, at the report's end; nothing when they state everything.
    func inferred(_ details: InferredDetails) -> [Block] {
        guard !details.isEmpty else { return [] }
        var table = Table(name: "inferred", title: wording.inferredHeading, columns: wording.inferredColumns, rightAligned: [2], plans: [0])
        for line in details.lines {
            table.add([line.planID, wording.inferredDetail(line.detail), line.tasks.map { "\($0)/\(line.taskCount)" } ?? "–"])
        }
        return [.heading(level: 2, text: wording.inferredHeading), .paragraph(wording.inferredNote), .table(table)]
    }

    /// The rows the report did not count, at its end; nothing when every row was read.
    func setAside(_ rows: [SetAsideRow]) -> [Block] {
        guard !rows.isEmpty else { return [] }
        var table = Table(name: "set-aside", title: wording.setAsideHeading, columns: wording.setAsideColumns, rightAligned: [1, 2])
        for row in rows { table.add([row.location.file, String(row.location.line), String(row.location.column), row.reason]) }
        return [.heading(level: 2, text: wording.setAsideHeading), .paragraph(wording.setAsideNote(rows.count)), .table(table)]
    }

    func document(_ report: SummaryReport, section: ReportSection) -> ReportDocument {
        let asOf = Block.paragraph(wording.asOf(report.asOf))
        switch section {
        case .summary:
            let names = Dictionary(report.plans.map { ($0.plan.id, wording.planName($0.plan)) }, uniquingKeysWith: { first, _ in first })
            var blocks: [Block] = [.heading(level: 1, text: wording.title), asOf] + draft(report.draft, planNames: names)
            blocks += [.heading(level: 2, text: wording.plansHeading), .table(plans(report))] + figures(report.figures)
            blocks += [.heading(level: 2, text: "I. \(wording.statusHeading)")] + status(report.status, title: wording.statusHeading)
            blocks += [.heading(level: 2, text: "II. \(wording.overdueHeading)")] + overdue(report.overdue, level: 3)
            blocks += [.heading(level: 2, text: "III. \(wording.coverageHeading)")] + coverage(report.coverage, level: 3)
            if !report.reorganisation.isEmpty {
                blocks += [.heading(level: 2, text: "IV. \(wording.reorganisationHeading)")] + reorganisation(report.reorganisation)
            }
            return ReportDocument(title: wording.title, blocks: blocks)
        case .status:
            return ReportDocument(title: wording.statusHeading, blocks: [.heading(level: 1, text: wording.statusHeading), asOf]
                + status(report.status, title: wording.statusHeading))
        case .overdue:
            return ReportDocument(title: wording.overdueHeading, blocks: [.heading(level: 1, text: wording.overdueHeading), asOf]
                + overdue(report.overdue, level: 2))
        case .coverage:
            let changes: [Block] = report.reorganisation.isEmpty ? []
                : [.heading(level: 2, text: wording.reorganisationHeading)] + reorganisation(report.reorganisation)
            return ReportDocument(title: wording.coverageHeading, blocks: [.heading(level: 1, text: wording.coverageHeading), asOf]
                + coverage(report.coverage, level: 2) + changes)
        case .agencies:
            return ReportDocument(title: wording.agenciesHeading, blocks: [.heading(level: 1, text: wording.agenciesHeading), asOf]
                + agencies(report.coverage))
        }
    }

    /// An agency with every predecessor and reason of the tasks it carries in a line of a summary.
    func carried(_ agency: CarriedAgency, _ carried: ReturnsSummary.Carried) -> String {
        wording.carried(agency.label, formerly: carried.predecessors, reasons: carried.reasons)
    }

    func agency(_ agency: CarriedAgency) -> String {
        wording.carried(agency.label, formerly: agency.predecessor.map { [$0] } ?? [], reasons: agency.reason.map { [$0] } ?? [])
    }

    func plans(_ report: SummaryReport) -> Table {
        var table = Table(name: "plans", title: wording.plansHeading, columns: wording.planColumns, rightAligned: [5])
        for line in report.plans {
            let plan = line.plan
            table.add([
                plan.title.map { "\($0) (\(plan.id))" } ?? plan.id, plan.document ?? "", plan.issuer ?? "",
                plan.implements ?? "", line.coordinator.map(agency) ?? "", String(line.taskCount),
            ])
        }
        return table
    }

    func document(_ cascade: PlanCascade) -> ReportDocument {
        var table = Table(name: "cascade", title: wording.cascadeHeading,
                          columns: wording.cascadeColumns(TaskGroup.allCases.map(\.romanNumeral)), plans: [1])
        for node in cascade.nodes {
            let marks = TaskGroup.allCases.map { group in
                node.groups.contains(group) ? "✓" : node.parentGroups.contains(group) ? wording.cascadeMissing : "–"
            }
            let place = node.jurisdiction.map { written in
                node.province.map { now in written.provinceJurisdiction == now ? written.fullName : wording.nowIn(written.fullName, now.name) }
                    ?? written.fullName
            } ?? "–"
            table.add([wording.cascadeLevel(node.level), node.planID, place] + marks
                + [node.leftEmpty.map(\.romanNumeral).joined(separator: ", ")])
        }
        return ReportDocument(title: wording.cascadeHeading, blocks: [
            .heading(level: 1, text: wording.cascadeHeading), .paragraph(wording.asOf(cascade.asOf)), .paragraph(wording.cascadeNote), .table(table),
        ])
    }

    /// Each plan's figures, then each province's and who lags, when plans' provinces are known.
    func figures(_ figures: PlanFigures) -> [Block] {
        var byPlan = Table(name: "plan-figures", title: wording.planFiguresHeading, columns: wording.planFiguresColumns,
                           rightAligned: [2, 3, 5, 6, 7, 8], alert: [6, 7], plans: [0])
        for line in figures.plans {
            let f = line.figures
            byPlan.add([line.planID, line.jurisdiction?.fullName ?? "–", String(f.tasks), wording.percent(f.percentCompleted),
                        line.latestPeriod.map(wording.period) ?? "–", wording.reportingRate(f), String(f.missingReturns), String(f.pastDue),
                        String(f.behindSchedule)])
        }
        var blocks: [Block] = [.heading(level: 3, text: wording.planFiguresHeading), .table(byPlan)]
        guard !figures.provinces.isEmpty else { return blocks }
        var byProvince = Table(name: "province-figures", title: wording.provinceFiguresHeading, columns: wording.provinceFiguresColumns,
                               rightAligned: Set(1...8), alert: [6, 7])
        for line in figures.provinces {
            let f = line.figures
            byProvince.add([line.province.name, String(line.ownPlans), String(line.lowerPlans), String(f.tasks), wording.percent(f.percentCompleted),
                            wording.reportingRate(f), String(f.missingReturns), String(f.pastDue), String(f.behindSchedule)])
        }
        let chart = ReportDocument.BarChart(
            title: wording.provinceChartTitle, description: wording.provinceChartDescription,
            bars: figures.provinces.map { line in
                .init(label: line.province.name, title: line.province.name, percent: line.figures.percentCompleted,
                      caption: "\(line.figures.completed)/\(line.figures.tasks) (\(wording.percent(line.figures.percentCompleted)))")
            })
        blocks += [.heading(level: 3, text: wording.provinceFiguresHeading), .paragraph(wording.provinceFiguresNote), .bars(chart), .table(byProvince)]
        guard !figures.rankings.isEmpty else { return blocks }
        var lagging = Table(name: "lagging-provinces", title: wording.laggingHeading, columns: wording.laggingColumns)
        for ranking in figures.rankings where !ranking.provinces.isEmpty {
            lagging.add([wording.measure(ranking.measure), ranking.provinces.map { line in
                let f = line.figures
                let value = switch ranking.measure {
                case .percentCompleted: wording.percent(f.percentCompleted)
                case .reportingRate: wording.reportingRate(f)
                case .missingReturns: String(f.missingReturns)
                case .pastDue: String(f.pastDue)
                }
                return "\(line.province.name) (\(value))"
            }.joined(separator: "; ")])
        }
        return blocks + [.heading(level: 3, text: wording.laggingHeading), .table(lagging)]
    }

    func status(_ status: StatusSummary, title: String) -> [Block] {
        let chart = ReportDocument.BarChart(
            title: wording.completionChartTitle, description: wording.completionChartDescription,
            bars: status.groups.map { line in
                .init(label: line.group.romanNumeral, title: "\(line.group.romanNumeral). \(wording.groupName(line.group))",
                      percent: line.tally.percentCompleted,
                      caption: "\(line.tally.count(.completed))/\(line.tally.tasks) (\(wording.percent(line.tally.percentCompleted)))")
            })
        var table = Table(name: "status", title: title, columns: wording.statusColumns,
                          rightAligned: Set(1..<(2 + Standing.allCases.count + 2)), alert: [2 + Standing.allCases.count - 1])
        for line in status.groups {
            let name = "\(line.group.romanNumeral). \(wording.groupName(line.group))"
            table.add([line.tally.tasks == 0 ? "\(name) (\(wording.noTasksInGroup))" : name] + counts(line.tally))
        }
        table.add([wording.total] + counts(status.total), isTotal: true)
        return [.bars(chart), .table(table), .paragraph(wording.statusNote)]
    }

    private func counts(_ tally: StatusSummary.Tally) -> [String] {
        [String(tally.tasks)] + Standing.allCases.map { String(tally.count($0)) } + [wording.percent(tally.percentCompleted), String(tally.missingReturns)]
    }

    /// One overdue item's cells. An item behind schedule shows the return
    /// that said so (its date and note), and no deadline or day count: the
    /// return said "delayed", not how late.
    func overdueRow(_ item: OverdueItem) -> [String] {
        if item.kind == .behindSchedule {
            let kind = item.report.map { wording.behindScheduleKind(reportedOn: $0.date, note: TextExcerpt.of($0.note)) } ?? wording.overdueKind(item.kind)
            return [item.planID, item.task.id, item.task.text, kind, item.period.map(wording.period) ?? "", "–", "–"]
        }
        let kind = item.report.map { wording.kind(item.kind, lastReport: $0.status, reportedOn: $0.date, note: TextExcerpt.of($0.note)) }
            ?? wording.overdueKind(item.kind)
        // One array made once: a national report has 60,000 of these rows.
        return [item.planID, item.task.id, item.task.text, kind,
                item.period.map(wording.period) ?? "", wording.deadline(item.due, before: item.dueBefore) + (item.dueInferred ? wording.inferredMark : ""),
                String(item.daysOverdue)]
    }

    func overdue(_ overdue: OverdueSummary, level: Int) -> [Block] {
        let byKind = Dictionary(grouping: overdue.items, by: \.kind).mapValues(\.count)
        var blocks: [Block] = [.paragraph(wording.overdueCount(total: overdue.items.count, byKind: byKind))]
        for group in overdue.byLead {
            let lead = wording.carried(group.lead.label, formerly: group.predecessors, reasons: group.reasons)
            var table = Table(name: "overdue", title: wording.overdueHeading, columns: wording.overdueColumns, rightAligned: [6],
                              alert: [6], plans: [0], excerpted: [2], group: (wording.leadColumn, lead))
            let items = group.items
            for item in items { table.add(overdueRow(item)) }
            blocks += [.heading(level: level, text: "\(lead): \(wording.itemCount(items.count))"), .table(table)]
        }
        blocks += [.heading(level: level, text: wording.awaitingRequestHeading),
                   references(overdue.awaitingRequest, name: "awaiting-request", title: wording.awaitingRequestHeading)]
        blocks += [.heading(level: level, text: wording.needsTimeframeHeading),
                   references(overdue.needsTimeframe, name: "needs-timeframe", title: wording.needsTimeframeHeading)]
        if !overdue.needsNewLead.isEmpty {
            blocks += [.heading(level: level, text: wording.needsNewLeadHeading),
                       references(overdue.needsNewLead, name: "needs-new-lead", title: wording.needsNewLeadHeading)]
        }
        return blocks
    }

    private func references(_ tasks: [OverdueSummary.ListedTask], name: String, title: String) -> Block {
        guard !tasks.isEmpty else { return .paragraph(wording.none) }
        var table = Table(name: name, title: title, columns: wording.referenceColumns, plans: [0], excerpted: [2])
        for reference in tasks {
            table.add([reference.planID, reference.task.id, reference.task.text, agency(reference.lead),
                       reference.task.timeframe.text])
        }
        return .table(table)
    }

    func coverage(_ coverage: CoverageSummary, level: Int) -> [Block] {
        let heatMap = ReportDocument.HeatMap(
            title: wording.heatMapTitle, description: wording.heatMapDescription,
            columnLabels: TaskGroup.allCases.map(\.romanNumeral), rowLabels: coverage.agencies.map(\.agency.label),
            cells: coverage.agencies.map { line in
                TaskGroup.allCases.map { group in
                    ReportDocument.HeatMap.Cell(lead: line.groups[group]?.lead ?? 0, partner: line.groups[group]?.partner ?? 0)
                }
            },
            leadLegend: wording.leadLegend, partnerLegend: wording.partnerLegend)
        var blocks: [Block] = [.heatMap(heatMap), .table(coverageTable(coverage.agencies, name: "coverage", title: wording.coverageHeading)),
                               .table(groupTable(coverage.agencies, name: "coverage-groups", title: wording.coverageHeading)),
                               .paragraph(wording.coverageNote)]
        if !coverage.acrossJurisdictions.isEmpty {
            var table = Table(name: "coverage-across-jurisdictions", title: wording.acrossJurisdictionsHeading,
                              columns: wording.acrossJurisdictionsColumns, rightAligned: [2, 3, 4, 5, 6], alert: [6])
            for line in coverage.acrossJurisdictions {
                table.add([line.agency.name, wording.agencyKind(line.agency.kind), String(line.jurisdictions), String(line.lead),
                           String(line.partner), String(line.completed), String(line.overdue)])
            }
            blocks += [.heading(level: level, text: wording.acrossJurisdictionsHeading), .paragraph(wording.acrossJurisdictionsNote), .table(table)]
        }
        blocks.append(.heading(level: level, text: wording.collectivesHeading))
        if coverage.collectives.isEmpty {
            blocks.append(.paragraph(wording.none))
        } else {
            blocks.append(.table(coverageTable(coverage.collectives, name: "collectives", title: wording.collectivesHeading)))
            blocks.append(.table(groupTable(coverage.collectives, name: "collectives-groups", title: wording.collectivesHeading)))
        }
        blocks.append(.heading(level: level, text: wording.emptyGroupsHeading))
        if coverage.emptyGroupsByPlan.isEmpty {
            blocks.append(.paragraph(wording.noEmptyGroups))
        } else {
            if coverage.emptyGroups.isEmpty { blocks.append(.paragraph(wording.everyGroupInSomePlan)) }
            blocks.append(.list(coverage.emptyGroupsByPlan.map { plan in
                wording.emptyGroups(plan: plan.planID, plan.groups.map { "\($0.romanNumeral). \(wording.groupName($0))" })
            }))
        }
        return blocks
    }

    /// Per plan, the place and bodies that no longer exist on the day, and what took over.
    func reorganisation(_ changes: [PlanReorganisation]) -> [Block] {
        var table = Table(name: "reorganisation", title: wording.reorganisationHeading, columns: wording.reorganisationColumns, plans: [0])
        for change in changes {
            if let place = change.placeChange {
                table.add([change.planID, wording.placeAsWritten(place.from), "",
                           place.to.map { wording.placeNow($0, since: place.since) } ?? wording.districtLevelEnded(since: place.since),
                           place.to == nil ? wording.districtPlan : ""])
            }
            for body in change.bodies {
                var notes: [String] = body.agency.reason.map { [wording.reason($0)] } ?? []
                if body.needsReassignment { notes.append(wording.needsReassignment) }
                table.add([change.planID, body.agency.writtenAgency, body.roles.map(wording.role).joined(separator: "; "),
                           body.hasEnded ? "–" : body.agency.label, notes.joined(separator: "; ")])
            }
        }
        return [.paragraph(wording.reorganisationNote), .table(table)]
    }

    /// Each agency's totals. Its part in each group is in the table `groupTable` makes,
    /// so that neither is too wide for a page.
    private func coverageTable(_ lines: [CoverageSummary.AgencyLine], name: String, title: String) -> Table {
        var table = Table(name: name, title: title, columns: wording.coverageColumns, rightAligned: [2, 3, 4, 5], alert: [5])
        for line in lines {
            table.add([agencyName(line), wording.agencyKind(line.agency.kind), String(line.lead), String(line.partner),
                       String(line.completed), String(line.overdue)])
        }
        return table
    }

    /// Tasks led/partnered by each agency in each task group.
    private func groupTable(_ lines: [CoverageSummary.AgencyLine], name: String, title: String) -> Table {
        var table = Table(name: name, title: title, columns: [wording.agencyColumn] + TaskGroup.allCases.map(\.romanNumeral),
                          rightAligned: Set(1...TaskGroup.allCases.count))
        for line in lines {
            table.add([agencyName(line)] + TaskGroup.allCases.map { group in
                line.groups[group].map { "\($0.lead)/\($0.partner)" } ?? "–"
            })
        }
        return table
    }

    private func agencyName(_ line: CoverageSummary.AgencyLine) -> String {
        wording.carried(line.agency.label, formerly: line.predecessors, reasons: line.reasons)
    }

    func agencies(_ coverage: CoverageSummary) -> [Block] {
        var table = Table(name: "agencies", title: wording.agenciesHeading, columns: wording.agencyColumns, rightAligned: [4, 5])
        for line in coverage.agencies + coverage.collectives {
            let kind = line.agency.isKnown ? wording.agencyKind(line.agency.kind) : wording.notInRegistry
            table.add([line.agency.label, kind, wording.level(line.agency.level), line.spellings.joined(separator: "\n"),
                       String(line.lead), String(line.partner)])
        }
        return [.table(table), .paragraph(wording.agenciesNote)]
    }
}

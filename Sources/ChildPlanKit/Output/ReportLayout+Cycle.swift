/// The layouts of the reporting-cycle reports: returns, an agency's brief,
/// a plan comparison and reminders.
extension ReportLayout {
    func document(_ returns: ReturnsSummary) -> ReportDocument {
        var blocks: [Block] = [.heading(level: 1, text: wording.returnsHeading), .paragraph(wording.asOf(returns.asOf))]
        guard let latest = returns.periods.last else {
            return ReportDocument(title: wording.returnsHeading, blocks: blocks + [.paragraph(wording.noPeriods)])
        }
        blocks += [.heading(level: 2, text: wording.latestPeriod(latest.period, deadline: latest.deadline, before: latest.deadlineBefore)),
                   .heading(level: 3, text: wording.notReportedHeading)]
        if returns.notReported.isEmpty {
            blocks.append(.paragraph(wording.allReported))
        } else {
            var table = Table(name: "not-reported", title: wording.notReportedHeading, columns: wording.notReportedColumns,
                              rightAligned: [1, 2, 3], alert: [3], planTaskLists: [4])
            for missing in returns.notReported {
                table.add([carried(missing.agency, missing.carried), String(missing.count.expected), String(missing.count.received),
                           String(missing.count.missing), missing.owed.map { "\($0.planID) \($0.task.id)" }.joined(separator: ", ")])
            }
            blocks.append(.table(table))
        }
        var periods = Table(name: "periods", title: wording.periodsHeading, columns: wording.periodColumns, rightAligned: [2, 3, 4, 5, 6, 7])
        for line in returns.periods {
            periods.add([wording.period(line.period), wording.deadline(line.deadline, before: line.deadlineBefore), String(line.count.expected), String(line.count.received),
                         String(line.count.onTime), wording.optionalPercent(line.count.rate), wording.optionalPercent(line.count.onTimeRate),
                         "\(line.agenciesMissing)/\(line.agencies)"])
        }
        blocks += [.heading(level: 2, text: wording.periodsHeading), .table(periods)]
        var agencies = Table(name: "agencies", title: wording.agencyReturnsHeading, columns: wording.agencyReturnColumns, rightAligned: [2, 3, 4, 5])
        for line in returns.agencies {
            agencies.add([wording.period(line.period), carried(line.agency, line.carried), String(line.count.expected), String(line.count.received),
                          String(line.count.onTime), wording.optionalPercent(line.count.rate), wording.returnState(line.count)])
        }
        blocks += [.heading(level: 2, text: wording.agencyReturnsHeading), .table(agencies), .paragraph(wording.returnsNote)]
        return ReportDocument(title: wording.returnsHeading, blocks: blocks)
    }

    func document(_ brief: AgencyBrief) -> ReportDocument {
        let name = brief.match.agency.label
        let title = wording.briefHeading(name)
        var blocks: [Block] = [.heading(level: 1, text: title), .paragraph(wording.asOf(brief.asOf))]
        if let predecessor = brief.match.agency.predecessor {
            blocks.append(.paragraph(wording.succession(asked: brief.askedFor, predecessor: predecessor, carrier: name)))
        }
        let predecessors = brief.led.compactMap(\.lead.predecessor).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if !predecessors.isEmpty, brief.match.agency.predecessor == nil {
            blocks.append(.paragraph(wording.includesPredecessors(predecessors)))
        }
        blocks.append(.paragraph(wording.briefSummary(
            led: brief.led.count, partnered: brief.partnered.count,
            completed: brief.led.filter { $0.standing == .completed }.count, overdue: brief.overdue.count)))

        blocks.append(.heading(level: 2, text: "I. \(wording.ledHeading)"))
        blocks += byGroup(brief.led, name: "led", title: wording.ledHeading, columns: wording.ledColumns, excerpted: [7]) { assessment in
            [assessment.planID, assessment.task.id, assessment.task.text,
             assessment.task.timeframe.text + (assessment.task.inferred.contains(.timeframe) ? wording.inferredMark : ""),
             wording.standing(assessment.standing), assessment.latestUpdate.map { wording.period($0.period) } ?? "",
             assessment.latestUpdate?.evidence ?? "", assessment.latestUpdate?.note ?? ""]
        }
        blocks.append(.heading(level: 2, text: "II. \(wording.partneredHeading)"))
        blocks += byGroup(brief.partnered, name: "partnered", title: wording.partneredHeading, columns: wording.partneredColumns,
                          excerpted: [2]) { assessment in
            [assessment.planID, assessment.task.id, assessment.task.text,
             agency(assessment.lead) + (assessment.task.inferred.contains(.lead) ? wording.inferredMark : ""),
             wording.standing(assessment.standing)]
        }
        blocks.append(.heading(level: 2, text: "III. \(wording.obligationsHeading)"))
        if brief.obligations.isEmpty {
            blocks.append(.paragraph(wording.noTasks))
        } else {
            var table = Table(name: "owes", title: wording.obligationsHeading, columns: wording.obligationColumns, plans: [0], excerpted: [2])
            for obligation in brief.obligations {
                table.add([obligation.planID, obligation.task.id, obligation.task.text,
                           wording.obligation(obligation.period),
                           wording.deadline(obligation.due, before: obligation.dueBefore) + (obligation.dueInferred ? wording.inferredMark : "")])
            }
            blocks.append(.table(table))
        }
        blocks.append(.heading(level: 2, text: "IV. \(wording.briefOverdueHeading)"))
        if brief.overdue.isEmpty {
            blocks.append(.paragraph(wording.overdueCount(total: 0, byKind: [:])))
        } else {
            var table = Table(name: "overdue", title: wording.briefOverdueHeading, columns: wording.overdueColumns, rightAligned: [6], alert: [6],
                              plans: [0], excerpted: [2])
            for item in brief.overdue { table.add(overdueRow(item)) }
            blocks.append(.table(table))
        }
        return ReportDocument(title: title, blocks: blocks)
    }

    /// Tasks under a sub-heading per task group, groups with none left out.
    private func byGroup(_ assessments: [TaskAssessment], name: String, title: String, columns: [String], excerpted: Set<Int>,
                         row: (TaskAssessment) -> [String]) -> [Block] {
        guard !assessments.isEmpty else { return [.paragraph(wording.noTasks)] }
        var blocks: [Block] = []
        for group in TaskGroup.allCases {
            let inGroup = assessments.filter { $0.task.group == group }
            guard !inGroup.isEmpty else { continue }
            let groupTitle = "\(group.romanNumeral). \(wording.groupName(group))"
            var table = Table(name: name, title: title, columns: columns, plans: [0], excerpted: excerpted, group: (wording.groupColumn, groupTitle))
            for assessment in inGroup { table.add(row(assessment)) }
            blocks += [.heading(level: 3, text: groupTitle), .table(table)]
        }
        return blocks
    }

    func document(_ comparison: PlanComparison, asOf: Day) -> ReportDocument {
        let parent = comparison.parent
        let child = comparison.child
        let title = wording.compareHeading(child: child, parent: parent)
        var blocks: [Block] = [.heading(level: 1, text: title), .paragraph(wording.compareIntro(child: child, parent: parent))]
        var table = Table(name: "groups", title: title, columns: wording.compareColumns, rightAligned: [2, 3, 4])
        for line in comparison.groups {
            table.add([line.group.romanNumeral, wording.groupName(line.group), String(line.parentTasks), String(line.childTasks),
                       line.parentTasks == 0 ? "–" : "\(line.covered)/\(line.parentTasks)"])
        }
        blocks.append(.table(table))
        blocks.append(.heading(level: 2, text: wording.emptyInChildHeading))
        blocks.append(comparison.emptyInChild.isEmpty
            ? .paragraph(wording.noTasks) : .list(comparison.emptyInChild.map { "\($0.romanNumeral). \(wording.groupName($0))" }))
        blocks += [.heading(level: 2, text: wording.uncoveredHeading),
                   taskList(comparison.uncovered, leads: comparison.parentLeads, name: "uncovered", title: wording.uncoveredHeading)]
        blocks += [.heading(level: 2, text: wording.addedHeading),
                   taskList(comparison.added, leads: comparison.childLeads, name: "added", title: wording.addedHeading)]
        blocks.append(.heading(level: 2, text: wording.matchesHeading))
        if comparison.matches.isEmpty {
            blocks.append(.paragraph(wording.noTasks))
        } else {
            var matches = Table(name: "matches", title: wording.matchesHeading, columns: wording.matchColumns, rightAligned: [4], excerpted: [1, 3])
            for match in comparison.matches {
                matches.add([match.parentTask.id, match.parentTask.text,
                             match.coversWholeGroup ? wording.wholeGroup(match.parentTask.group, closest: match.childTask.id) : match.childTask.id,
                             match.childTask.text, match.coversWholeGroup ? "–" : wording.decimal(match.score)])
            }
            blocks.append(.table(matches))
        }
        blocks.append(.paragraph(wording.scoringNote(threshold: PlanComparison.threshold)))
        return ReportDocument(title: title, blocks: blocks)
    }

    /// Tasks with their leads as carried on the day compared (by task id).
    private func taskList(_ tasks: [PlanTask], leads: [String: CarriedAgency], name: String, title: String) -> Block {
        guard !tasks.isEmpty else { return .paragraph(wording.noTasks) }
        var table = Table(name: name, title: title, columns: wording.taskColumns, excerpted: [1])
        for task in tasks { table.add([task.id, task.text, leads[task.id].map(agency) ?? task.lead]) }
        return .table(table)
    }

    func reminders(_ returns: ReturnsSummary) -> ReportDocument {
        guard let period = returns.latestPeriod else {
            return ReportDocument(title: wording.returnsHeading,
                                  blocks: [.heading(level: 1, text: wording.returnsHeading), .paragraph(wording.noPeriods)])
        }
        let title = wording.remindersHeading(period, beforeDeadline: returns.remindsBeforeDeadline)
        var blocks: [Block] = [.heading(level: 1, text: title)]
        guard !returns.notReported.isEmpty else { return ReportDocument(title: title, blocks: blocks + [.paragraph(wording.allReported)]) }
        blocks.append(.paragraph(wording.remindersIntro(returns.notReported.count, asOf: returns.asOf)))
        for missing in returns.notReported {
            let coordinator = wording.coordinator(missing.coordinators)
            let earliest = missing.owed.min { $0.deadline < $1.deadline }
            blocks.append(.heading(level: 2, text: wording.reminderAddressee(missing.agency.label)))
            blocks.append(.paragraph(wording.reminderBody(
                agency: missing.agency.label, period: period, deadline: earliest?.deadline ?? returns.asOf,
                before: earliest?.deadlineBefore ?? false, coordinator: coordinator, asOf: returns.asOf, beforeDeadline: missing.beforeDeadline)))
            var table = Table(name: "missing", title: title, columns: wording.reminderColumns, plans: [0], excerpted: [2],
                              group: (wording.agencyColumn, missing.agency.label))
            for owed in missing.owed {
                table.add([owed.planID, owed.task.id, owed.task.text, wording.deadline(owed.deadline, before: owed.deadlineBefore)])
            }
            blocks += [.table(table), .paragraph(wording.reminderRequest(agency: missing.agency.label, coordinator: coordinator,
                                                                             beforeDeadline: missing.beforeDeadline))]
        }
        return ReportDocument(title: title, blocks: blocks)
    }
}

extension ReportLayout {
    /// `report history`: for each task, every period's return (or that it is missing), with its evidence and note.
    func document(_ history: TaskHistory) -> ReportDocument {
        let title = wording.historyHeading(plan: history.plan, id: history.planID)
        var blocks: [Block] = [.heading(level: 1, text: title), .paragraph(wording.asOf(history.asOf))]
        if history.tasks.isEmpty { blocks.append(.paragraph(wording.noTasks)) }
        for line in history.tasks {
            blocks.append(.heading(level: 2, text: "\(line.task.id). \(TextExcerpt.of(line.task.text))"))
            blocks.append(.paragraph(wording.historyIntro(lead: agency(line.lead) + (line.task.inferred.contains(.lead) ? wording.inferredMark : ""), standing: wording.standing(line.standing))))
            guard !line.entries.isEmpty else {
                blocks.append(.paragraph(wording.noReturnsYet))
                continue
            }
            var table = Table(name: "history", title: title, columns: wording.historyColumns, group: (wording.taskColumns[0], line.task.id))
            for entry in line.entries {
                if let update = entry.update {
                    table.add([wording.period(entry.period), wording.statusWord(update.status), wording.date(update.date), update.agency,
                               update.evidence, update.note])
                } else {
                    table.add([wording.period(entry.period), wording.standing(.noReport), "", "", "", ""])
                }
            }
            blocks.append(.table(table))
        }
        return ReportDocument(title: title, blocks: blocks)
    }
}

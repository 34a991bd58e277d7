/// The markdown of the reporting-cycle reports: returns, an agency's brief,
/// a plan comparison and reminders.
extension MarkdownReportRenderer {
    func render(_ returns: ReturnsSummary) -> String {
        var text = "# \(wording.returnsHeading)\n\n\(wording.asOf(returns.asOf))\n"
        guard let latest = returns.periods.last else { return text + "\n" + wording.noPeriods + "\n" }
        text += "\n## \(wording.latestPeriod(latest.period, deadline: latest.deadline))\n\n### \(wording.notReportedHeading)\n\n"
        if returns.notReported.isEmpty {
            text += wording.allReported + "\n"
        } else {
            var table = MarkdownTable(columns: wording.notReportedColumns, rightAligned: [1, 2, 3])
            for missing in returns.notReported {
                table.add([agency(missing.agency), String(missing.count.expected), String(missing.count.received),
                           String(missing.count.missing), missing.owed.map { "\($0.planID) \($0.task.id)" }.joined(separator: ", ")])
            }
            text += table.text
        }
        var periods = MarkdownTable(columns: wording.periodColumns, rightAligned: [2, 3, 4, 5, 6, 7])
        for line in returns.periods {
            periods.add([wording.period(line.period), wording.date(line.deadline), String(line.count.expected), String(line.count.received),
                         String(line.count.onTime), wording.optionalPercent(line.count.rate), wording.optionalPercent(line.count.onTimeRate),
                         "\(line.agenciesMissing)/\(line.agencies)"])
        }
        text += "\n## \(wording.periodsHeading)\n\n" + periods.text
        var agencies = MarkdownTable(columns: wording.agencyReturnColumns, rightAligned: [2, 3, 4, 5])
        for line in returns.agencies {
            agencies.add([wording.period(line.period), agency(line.agency), String(line.count.expected), String(line.count.received),
                          String(line.count.onTime), wording.optionalPercent(line.count.rate), wording.returnState(line.count)])
        }
        text += "\n## \(wording.agencyReturnsHeading)\n\n" + agencies.text + "\n" + wording.returnsNote + "\n"
        return text
    }

    func render(_ brief: AgencyBrief) -> String {
        let name = brief.match.agency.name
        var text = "# \(MarkdownText.escape(wording.briefHeading(name)))\n\n\(wording.asOf(brief.asOf))\n"
        if let predecessor = brief.match.agency.predecessor {
            text += "\n" + MarkdownText.escape(wording.succession(asked: brief.askedFor, predecessor: predecessor, carrier: name)) + "\n"
        }
        let predecessors = brief.led.compactMap(\.lead.predecessor).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if !predecessors.isEmpty, brief.match.agency.predecessor == nil {
            text += "\n" + MarkdownText.escape(wording.includesPredecessors(predecessors)) + "\n"
        }
        text += "\n" + wording.briefSummary(
            led: brief.led.count, partnered: brief.partnered.count,
            completed: brief.led.filter { $0.standing == .completed }.count, overdue: brief.overdue.count) + "\n"

        text += "\n## I. \(wording.ledHeading)\n"
        text += byGroup(brief.led, columns: wording.ledColumns) { assessment in
            [assessment.planID, assessment.task.id, assessment.task.text, assessment.task.timeframe.text,
             wording.standing(assessment.standing), assessment.latestUpdate.map { wording.period($0.period) } ?? "",
             assessment.latestUpdate?.evidence ?? ""]
        }
        text += "\n## II. \(wording.partneredHeading)\n"
        text += byGroup(brief.partnered, columns: wording.partneredColumns) { assessment in
            [assessment.planID, assessment.task.id, TextExcerpt.of(assessment.task.text), agency(assessment.lead),
             wording.standing(assessment.standing)]
        }

        text += "\n## III. \(wording.obligationsHeading)\n\n"
        if brief.obligations.isEmpty {
            text += wording.noTasks + "\n"
        } else {
            var table = MarkdownTable(columns: wording.obligationColumns)
            for obligation in brief.obligations {
                table.add([obligation.planID, obligation.task.id, TextExcerpt.of(obligation.task.text),
                           wording.obligation(obligation.period), wording.date(obligation.due)])
            }
            text += table.text
        }
        text += "\n## IV. \(wording.briefOverdueHeading)\n\n"
        if brief.overdue.isEmpty {
            text += wording.overdueCount(total: 0, byKind: [:]) + "\n"
        } else {
            var table = MarkdownTable(columns: wording.overdueColumns, rightAligned: [6])
            for item in brief.overdue {
                table.add([item.planID, item.task.id, TextExcerpt.of(item.task.text), wording.overdueKind(item.kind),
                           item.period.map(wording.period) ?? "", wording.date(item.due), String(item.daysOverdue)])
            }
            text += table.text
        }
        return text
    }

    /// Tasks under a sub-heading per task group, groups with none left out.
    private func byGroup(_ assessments: [TaskAssessment], columns: [String], row: (TaskAssessment) -> [String]) -> String {
        guard !assessments.isEmpty else { return "\n" + wording.noTasks + "\n" }
        var text = ""
        for group in TaskGroup.allCases {
            let inGroup = assessments.filter { $0.task.group == group }
            guard !inGroup.isEmpty else { continue }
            var table = MarkdownTable(columns: columns)
            for assessment in inGroup { table.add(row(assessment)) }
            text += "\n### \(group.romanNumeral). \(wording.groupName(group))\n\n" + table.text
        }
        return text
    }

    func render(_ comparison: PlanComparison, asOf: Day) -> String {
        let parent = comparison.parent
        let child = comparison.child
        var text = "# \(MarkdownText.escape(wording.compareHeading(child: child.id, parent: parent.id)))\n\n"
        text += wording.compareIntro(child: child, parent: parent).split(separator: "\n").map { MarkdownText.escape(String($0)) }
            .joined(separator: "\n\n") + "\n"
        var table = MarkdownTable(columns: wording.compareColumns, rightAligned: [2, 3, 4])
        for line in comparison.groups {
            table.add([line.group.romanNumeral, wording.groupName(line.group), String(line.parentTasks), String(line.childTasks),
                       line.parentTasks == 0 ? "–" : "\(line.covered)/\(line.parentTasks)"])
        }
        text += "\n" + table.text
        text += "\n## \(wording.emptyInChildHeading)\n\n"
        text += comparison.emptyInChild.isEmpty
            ? wording.noTasks + "\n"
            : comparison.emptyInChild.map { "- \($0.romanNumeral). \(wording.groupName($0))" }.joined(separator: "\n") + "\n"
        text += "\n## \(wording.uncoveredHeading)\n\n" + taskList(comparison.uncovered)
        text += "\n## \(wording.addedHeading)\n\n" + taskList(comparison.added)
        text += "\n## \(wording.matchesHeading)\n\n"
        if comparison.matches.isEmpty {
            text += wording.noTasks + "\n"
        } else {
            var matches = MarkdownTable(columns: wording.matchColumns, rightAligned: [4])
            for match in comparison.matches {
                matches.add([match.parentTask.id, TextExcerpt.of(match.parentTask.text), match.childTask.id,
                             TextExcerpt.of(match.childTask.text), wording.decimal(match.score)])
            }
            text += matches.text
        }
        text += "\n" + wording.scoringNote(threshold: PlanComparison.threshold) + "\n"
        return text
    }

    private func taskList(_ tasks: [PlanTask]) -> String {
        guard !tasks.isEmpty else { return wording.noTasks + "\n" }
        var table = MarkdownTable(columns: wording.taskColumns)
        for task in tasks { table.add([task.id, TextExcerpt.of(task.text), task.lead]) }
        return table.text
    }

    func reminders(_ returns: ReturnsSummary) -> String {
        guard let period = returns.latestPeriod else { return "# \(wording.returnsHeading)\n\n\(wording.noPeriods)\n" }
        var text = "# \(wording.remindersHeading(period))\n\n"
        guard !returns.notReported.isEmpty else { return text + wording.allReported + "\n" }
        text += wording.remindersIntro(returns.notReported.count, asOf: returns.asOf) + "\n"
        for missing in returns.notReported {
            let coordinator = wording.coordinator(missing.coordinators)
            let deadline = missing.owed.map(\.deadline).min() ?? returns.asOf
            text += "\n## \(MarkdownText.escape(wording.reminderAddressee(missing.agency.name)))\n\n"
            text += MarkdownText.escape(wording.reminderBody(
                agency: missing.agency.name, period: period, deadline: deadline, coordinator: coordinator, asOf: returns.asOf)) + "\n\n"
            var table = MarkdownTable(columns: wording.reminderColumns)
            for owed in missing.owed {
                table.add([owed.planID, owed.task.id, TextExcerpt.of(owed.task.text), wording.date(owed.deadline)])
            }
            text += table.text + "\n" + MarkdownText.escape(wording.reminderRequest(agency: missing.agency.name, coordinator: coordinator)) + "\n"
        }
        return text
    }
}

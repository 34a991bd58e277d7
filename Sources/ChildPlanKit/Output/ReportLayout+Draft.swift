/// The drafted sections of the full report: results, shortcomings, causes and proposals (`ReportDraft`).
extension ReportLayout {
    func draft(_ draft: ReportDraft, planNames: [String: String]) -> [Block] {
        let manyPlans = draft.plans > 1
        func task(_ line: ReportDraft.TaskLine) -> String {
            let place = manyPlans ? "; " + (planNames[line.planID] ?? line.planID) : ""
            // A task text that opens with a dash ("- Tuyên truyền…") reads without it after the task's id and dash.
            let text = TextExcerpt.of(String(line.task.text.drop { $0 == "-" || $0 == "+" || $0 == "•" || $0 == " " }))
            return "\(line.task.id) — \(text) (\(line.lead.label)\(place))" + (line.note.isEmpty ? "" : ": \(line.note)")
        }
        func list(_ lines: [ReportDraft.TaskLine], of count: Int) -> Block {
            .list(lines.map(task) + (count > lines.count ? [wording.andMore(count - lines.count, of: wording.taskNoun)] : []))
        }

        var blocks: [Block] = [.heading(level: 2, text: wording.draftHeading), .paragraph(wording.draftNote)]

        blocks += [.heading(level: 3, text: wording.resultsHeading),
                   .paragraph(wording.standingsSentence(asOf: draft.asOf, plans: draft.plans, total: draft.total)),
                   .paragraph(wording.leadingGroupsSentence(draft.leadingGroups))]
        if let none = wording.groupsWithNoneCompletedSentence(draft.groupsWithNoneCompleted) { blocks.append(.paragraph(none)) }
        if !draft.completedTasks.isEmpty {
            blocks += [.paragraph(wording.completedTasksLead), list(draft.completedTasks, of: draft.total.count(.completed))]
        }
        blocks.append(.paragraph(wording.reportingSentence(expected: draft.returnsExpected, received: draft.returnsReceived)))

        blocks.append(.heading(level: 3, text: wording.shortcomingsHeading))
        let pastDue = draft.overdue[.pastDue, default: 0]
        if draft.total.missingReturns == 0, pastDue == 0, draft.total.count(.delayed) == 0,
           draft.overdue[.behindSchedule, default: 0] == 0 {
            blocks.append(.paragraph(wording.noShortcomings))
        }
        if draft.total.missingReturns > 0 {
            let agencies = draft.agenciesMissingReturns.map { "\($0.lead.label): \(wording.number($0.missingReturns))" }
            let more = draft.agenciesMissingReturnsCount - agencies.count
            blocks += [.paragraph(wording.missingReturnsSentence(draft.total.missingReturns, agencies: draft.agenciesMissingReturnsCount)),
                       .list(agencies + (more > 0 ? [wording.andMore(more, of: wording.agencyNoun)] : []))]
        }
        if pastDue > 0 {
            blocks += [.paragraph(wording.pastDueSentence(pastDue)), list(draft.pastDueTasks, of: draft.pastDueTasksCount)]
        }
        if draft.total.count(.delayed) > 0 {
            blocks += [.paragraph(wording.delayedSentence(draft.total.count(.delayed))), list(draft.delayedTasks, of: draft.total.count(.delayed))]
        }
        if draft.needsNewLead > 0 { blocks.append(.paragraph(wording.needsNewLeadSentence(draft.needsNewLead))) }
        if draft.needsTimeframe > 0 { blocks.append(.paragraph(wording.needsTimeframeSentence(draft.needsTimeframe))) }

        blocks.append(.heading(level: 3, text: wording.causesHeading))
        if draft.causes.isEmpty {
            blocks.append(.paragraph(wording.noCauses + " " + wording.blank))
        } else {
            blocks += [.paragraph(wording.causesLead), list(draft.causes, of: draft.causesCount), .paragraph(wording.blank)]
        }

        blocks += [.heading(level: 3, text: wording.proposalsHeading), .paragraph(wording.proposalsNote),
                   .list([wording.blank, wording.blank])]
        return blocks
    }
}

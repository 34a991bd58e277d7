/// The JSON of the reporting-cycle reports; keys added to `childplan.report/1`.
extension JSONReportRenderer {
    func count(_ count: ReturnsSummary.Count) -> [(String, JSONWriter.Value)] {
        [("expected", .int(count.expected)), ("received", .int(count.received)), ("onTime", .int(count.onTime)),
         ("rate", count.rate.map { .double(($0 * 10).rounded() / 10) } ?? .null),
         ("onTimeRate", count.onTimeRate.map { .double(($0 * 10).rounded() / 10) } ?? .null)]
    }

    func owed(_ owed: ReturnsSummary.Owed) -> JSONWriter.Value {
        .object([("plan", .string(owed.planID)), ("task", .string(owed.task.id)), ("due", .string(owed.deadline.writtenDeadline(before: owed.deadlineBefore).iso)),
                 ("dueBefore", .bool(owed.deadlineBefore))])
    }

    func missingReturn(_ missing: ReturnsSummary.MissingReturn) -> JSONWriter.Value {
        .object([
            ("agency", .string(missing.agency.name)), ("kind", .string(missing.agency.kind?.rawValue ?? "unknown")),
            ("jurisdiction", JSONReportRenderer.jurisdiction(missing.agency.jurisdiction)),
            ("formerly", .array(missing.carried.predecessors.map(JSONWriter.Value.string))),
            ("period", .string(missing.period.description)),
            ("coordinators", .array(missing.coordinators.map(JSONWriter.Value.string))),
        ] + count(missing.count) + [("missing", .array(missing.owed.map(owed)))])
    }

    func returns(_ returns: ReturnsSummary) -> JSONWriter.Value {
        .object([
            ("latestPeriod", .optional(returns.latestPeriod?.description)),
            ("periods", .array(returns.periods.map { line in
                .object([("period", .string(line.period.description)), ("deadline", .string(line.deadline.writtenDeadline(before: line.deadlineBefore).iso)),
                         ("deadlineBefore", .bool(line.deadlineBefore))] + count(line.count)
                    + [("agencies", .int(line.agencies)), ("agenciesMissing", .int(line.agenciesMissing))])
            })),
            ("agencies", .array(returns.agencies.map { line in
                .object([("period", .string(line.period.description)), ("agency", .string(line.agency.name)),
                         ("kind", .string(line.agency.kind?.rawValue ?? "unknown")),
                         ("jurisdiction", JSONReportRenderer.jurisdiction(line.agency.jurisdiction)),
                         ("formerly", .array(line.carried.predecessors.map(JSONWriter.Value.string)))] + count(line.count))
            })),
            ("notReported", .array(returns.notReported.map(missingReturn))),
        ])
    }

    func reminders(_ returns: ReturnsSummary) -> JSONWriter.Value {
        .object([
            ("period", .optional(returns.latestPeriod?.description)),
            ("agencies", .array(returns.notReported.map(missingReturn))),
        ])
    }

    func agency(_ brief: AgencyBrief) -> JSONWriter.Value {
        func status(_ assessment: TaskAssessment) -> [(String, JSONWriter.Value)] {
            [("status", .string(assessment.standing.rawValue)), ("period", .optional(assessment.latestUpdate?.period.description)),
             ("reported", .optional(assessment.latestUpdate?.date.iso)), ("evidence", .optional(assessment.latestUpdate?.evidence))]
        }
        return .object([
            ("askedFor", .string(brief.askedFor)), ("agency", .string(brief.match.agency.name)),
            ("kind", .string(brief.match.agency.kind?.rawValue ?? "unknown")),
            ("jurisdiction", JSONReportRenderer.jurisdiction(brief.match.agency.jurisdiction)),
            ("formerly", .optional(brief.match.agency.predecessor)),
            ("led", .array(brief.led.map { assessment in
                .object([("plan", .string(assessment.planID)), ("task", .string(assessment.task.id)),
                         ("group", .int(assessment.task.group.number)), ("timeframe", .string(assessment.task.timeframe.text)),
                         ("leadAsWritten", .string(assessment.lead.asWritten))] + status(assessment))
            })),
            ("partnered", .array(brief.partnered.map { assessment in
                .object([("plan", .string(assessment.planID)), ("task", .string(assessment.task.id)),
                         ("group", .int(assessment.task.group.number)), ("lead", .string(assessment.lead.name))] + status(assessment))
            })),
            ("owes", .array(brief.obligations.map { obligation in
                .object([("plan", .string(obligation.planID)), ("task", .string(obligation.task.id)),
                         ("period", .optional(obligation.period?.description)), ("due", .string(obligation.due.writtenDeadline(before: obligation.dueBefore).iso)),
                         ("dueBefore", .bool(obligation.dueBefore))])
            })),
            ("overdue", .written(count: brief.overdue.count) { [self] in overdueItem(brief.overdue[$0], into: &$1) }),
        ])
    }

    func comparison(_ comparison: PlanComparison) -> JSONWriter.Value {
        .object([
            ("parent", .string(comparison.parent.id)), ("child", .string(comparison.child.id)),
            ("threshold", .double(PlanComparison.threshold)),
            ("groups", .array(comparison.groups.map { line in
                .object([("group", .int(line.group.number)), ("name", .string(wording.groupName(line.group))),
                         ("parentTasks", .int(line.parentTasks)), ("childTasks", .int(line.childTasks)), ("covered", .int(line.covered))])
            })),
            ("emptyInChild", .array(comparison.emptyInChild.map { .int($0.number) })),
            ("matches", .array(comparison.matches.map { match in
                .object([("parentTask", .string(match.parentTask.id)), ("childTask", .string(match.childTask.id)),
                         ("score", .double((match.score * 100).rounded() / 100)), ("wholeGroup", .bool(match.coversWholeGroup))])
            })),
            ("uncovered", .array(comparison.uncovered.map { .string($0.id) })),
            ("added", .array(comparison.added.map { .string($0.id) })),
        ])
    }
}

extension JSONReportRenderer {
    /// One period of a task's history: the return that counts for it, or nulls when it owed one and none came.
    func periodEntry(_ entry: TaskHistory.Entry, into json: inout JSONWriter.Builder) {
        json.object { json in
            json.member("period", entry.period.description)
            json.member("status", entry.update?.status.rawValue)
            json.member("date", entry.update?.date.iso)
            json.member("agency", entry.update?.agency)
            json.member("evidence", entry.update?.evidence)
            json.member("note", entry.update?.note)
        }
    }

    func history(_ history: TaskHistory) -> JSONWriter.Value {
        .object([
            ("plan", .string(history.planID)),
            ("tasks", .array(history.tasks.map { line in
                .object([
                    ("task", .string(line.task.id)), ("lead", .string(line.lead.name)), ("standing", .string(line.standing.rawValue)),
                    ("periods", .written(count: line.entries.count) { [self] in periodEntry(line.entries[$0], into: &$1) }),
                ])
            })),
        ])
    }
}

/// Renders a report as JSON, the `childplan.report/1` contract of DESIGN.md
/// §8. Keys are stable: new ones may be added, none renamed. Keys come in
/// the contract's order, every status and all seven groups are always
/// present (zeros included), and absent values are `null`, so scripts need
/// no special cases.
public struct JSONReportRenderer: Sendable {
    public static let formatName = "childplan.report/1"
    let wording: ReportWording
    /// Where the figures came from: `files`, `illustrative` and `setAside` at the end, each when it has something.
    let provenance: ReportProvenance

    public init(language: Language, provenance: ReportProvenance = ReportProvenance()) {
        wording = ReportWording(language)
        self.provenance = provenance
    }

    /// Writes the document, with a final line break. A long list written
    /// on every core reaches the sink in the pieces it was written in, not
    /// joined into one buffer first (a national report is 19 MB).
    public func write(_ report: Report, to sink: inout some ReportSink) {
        var document: JSONWriter.Value = switch report {
        case .summary(let summary, let section): self.document(summary, section: section)
        case .returns(let returns): self.document(asOf: returns.asOf, [("returns", self.returns(returns))])
        case .agency(let brief): self.document(asOf: brief.asOf, [("agency", agency(brief))])
        case .comparison(let comparison, let asOf): self.document(asOf: asOf, [("comparison", self.comparison(comparison))])
        case .reminders(let returns): self.document(asOf: returns.asOf, [("reminders", reminders(returns))])
        case .history(let history): self.document(asOf: history.asOf, [("history", self.history(history))])
        case .cascade(let cascade): self.document(asOf: cascade.asOf, [("cascade", .array(cascade.nodes.map { node in
            func numbers(_ groups: [TaskGroup]) -> JSONWriter.Value { .array(groups.map { .int($0.number) }) }
            return .object([
                ("plan", .string(node.planID)), ("level", .string(["national", "province", "lower", "unknown"][node.level.rawValue])),
                ("jurisdiction", JSONReportRenderer.jurisdiction(node.jurisdiction)), ("province", JSONReportRenderer.jurisdiction(node.province)),
                ("groups", numbers(TaskGroup.allCases.filter(node.groups.contains))),
                ("parentGroups", numbers(TaskGroup.allCases.filter(node.parentGroups.contains))), ("leftEmpty", numbers(node.leftEmpty)),
            ])
        }))])
        }
        if case .object(let members) = document {
            let files = provenance.files.isEmpty ? [] : [("files", JSONWriter.Value.array(provenance.files.map(JSONWriter.Value.string)))]
            let illustrative = provenance.illustrativeFiles.isEmpty
                ? [] : [("illustrative", JSONWriter.Value.array(provenance.illustrativeFiles.map(JSONWriter.Value.string)))]
            let setAside = provenance.setAside.isEmpty ? [] : [("setAside", JSONWriter.Value.array(provenance.setAside.map(setAsideRow)))]
            let inferred = provenance.inferred.isEmpty ? [] : [("inferred", JSONWriter.Value.array(provenance.inferred.lines.map(inferredLine)))]
            document = .object(members + files + illustrative + setAside + inferred)
        }
        JSONWriter.write(document) { sink.write($0) }
    }

    func inferredLine(_ line: InferredDetails.Line) -> JSONWriter.Value {
        let detail = switch line.detail {
        case .plan(let field): field.rawValue
        case .task(let field): "tasks." + (field.keys.first ?? "")
        }
        return .object([("plan", .string(line.planID)), ("detail", .string(detail)), ("tasks", line.tasks.map(JSONWriter.Value.int) ?? .null)])
    }

    func setAsideRow(_ row: SetAsideRow) -> JSONWriter.Value {
        .object([("file", .string(row.location.file)), ("line", .int(row.location.line)), ("column", .int(row.location.column)),
                 ("reason", .string(row.reason))])
    }

    func document(asOf: Day, _ members: [(String, JSONWriter.Value)]) -> JSONWriter.Value {
        .object([("format", .string(JSONReportRenderer.formatName)), ("asOf", .string(asOf.iso))] + members)
    }

    func document(_ report: SummaryReport, section: ReportSection) -> JSONWriter.Value {
        let includes = { (part: ReportSection) in section == .summary || section == part }
        var members: [(String, JSONWriter.Value)] = [
            ("format", .string(JSONReportRenderer.formatName)),
            ("asOf", .string(report.asOf.iso)),
            ("plans", .array(zip(report.plans, report.figures.plans).map { plan($0.0, figures: $0.1) })),
        ]
        if includes(.status) {
            members.append(("status", status(report.status)))
        }
        if section == .summary {
            // Every task with its returns period by period, and the periods it owed and has none for: in the full
            // report only (a national one is ten times longer with them), not in `report status`.
            let assessments = report.assessments
            members.append(("tasks", .written(count: assessments.count) { [self] index, json in
                let assessment = assessments[index]
                json.object { json in
                    json.member("plan", assessment.planID)
                    json.member("task", assessment.task.id)
                    json.member("lead", assessment.lead.name)
                    json.member("standing", assessment.standing.rawValue)
                    let periods = assessment.periods
                    json.member("periods", count: periods.count) { periodEntry(periods[$0], into: &$1) }
                }
            }))
        }
        if includes(.overdue) {
            let items = report.overdue.items
            members.append(("overdue", .written(count: items.count) { [self] in overdueItem(items[$0], into: &$1) }))
            members.append(("awaitingRequest", list(report.overdue.awaitingRequest, reference)))
            members.append(("needsTimeframe", list(report.overdue.needsTimeframe, reference)))
            members.append(("needsNewLead", list(report.overdue.needsNewLead, reference)))
        }
        if includes(.coverage) {
            members.append(("coverage", .array(report.coverage.agencies.map(coverageLine))))
            members.append(("collectives", .array(report.coverage.collectives.map(coverageLine))))
            members.append(("coverageAcrossJurisdictions", .array(report.coverage.acrossJurisdictions.map { line in
                .object([("agency", .string(line.agency.name)), ("kind", .string(line.agency.kind?.rawValue ?? "unknown")),
                         ("jurisdictions", .int(line.jurisdictions)), ("lead", .int(line.lead)), ("partner", .int(line.partner)),
                         ("completed", .int(line.completed)), ("overdue", .int(line.overdue))])
            })))
            members.append(("emptyGroups", .array(report.coverage.emptyGroups.map { .int($0.number) })))
            members.append(("emptyGroupsByPlan", .array(report.coverage.emptyGroupsByPlan.map { plan in
                .object([("plan", .string(plan.planID)), ("groups", .array(plan.groups.map { .int($0.number) }))])
            })))
        }
        if section == .summary {
            members.append(("provinces", provinces(report.figures)))
            members.append(("laggingProvinces", .object(report.figures.rankings.map { ranking in
                (ranking.measure.rawValue, .array(ranking.provinces.map { .string($0.province.name) }))
            })))
        }
        if section == .summary || section == .coverage {
            members.append(("reorganisation", .array(report.reorganisation.map(reorganisation))))
        }
        if section == .agencies {
            members.append(("agencies", .array((report.coverage.agencies + report.coverage.collectives).map(directoryEntry))))
        }
        return .object(members)
    }

    func plan(_ line: SummaryReport.PlanLine, figures: PlanFigures.PlanLine) -> JSONWriter.Value {
        .object([
            ("id", .string(line.plan.id)), ("tasks", .int(line.taskCount)), ("title", .optional(line.plan.title)),
            ("issuer", .optional(line.plan.issuer)), ("document", .optional(line.plan.document)),
            ("implements", .optional(line.plan.implements)), ("coordinator", .optional(line.coordinator?.name)),
            ("jurisdiction", JSONReportRenderer.jurisdiction(line.jurisdiction)),
            ("province", JSONReportRenderer.jurisdiction(figures.province)), ("latestPeriod", .optional(figures.latestPeriod?.description)),
        ] + JSONReportRenderer.figures(figures.figures, plans: false))
    }

    /// A plan's or a province's figures (issue 18): completed, returns for the latest closed period, missing, past due, behind.
    static func figures(_ figures: PlanFigures.Figures, plans: Bool) -> [(String, JSONWriter.Value)] {
        (plans ? [("plans", JSONWriter.Value.int(figures.plans))] : []) + [
            ("completed", .int(figures.completed)), ("percentCompleted", .double((figures.percentCompleted * 10).rounded() / 10)),
            ("returnsExpected", .int(figures.returnsExpected)), ("returnsReceived", .int(figures.returnsReceived)),
            ("reportingRate", figures.reportingRate.map { .double(($0 * 10).rounded() / 10) } ?? .null),
            ("missingReturns", .int(figures.missingReturns)), ("pastDue", .int(figures.pastDue)), ("behindSchedule", .int(figures.behindSchedule)),
        ]
    }

    func provinces(_ figures: PlanFigures) -> JSONWriter.Value {
        .array(figures.provinces.map { line in
            .object([("province", JSONReportRenderer.jurisdiction(line.province)), ("ownPlans", .int(line.ownPlans)),
                     ("lowerPlans", .int(line.lowerPlans)), ("tasks", .int(line.figures.tasks))]
                + JSONReportRenderer.figures(line.figures, plans: true))
        })
    }

    /// A jurisdiction as the JSON gives it: its name, level and province; null when not known.
    static func jurisdiction(_ jurisdiction: Jurisdiction?) -> JSONWriter.Value {
        guard let jurisdiction else { return .null }
        return .object([("name", .string(jurisdiction.name)), ("level", .string(jurisdiction.level.rawValue)),
                        ("province", .optional(jurisdiction.province))])
    }

    /// Where an agency is on the day, and where the plan named it when that differs.
    static func place(of agency: CarriedAgency, prefix: String = "") -> [(String, JSONWriter.Value)] {
        let key = prefix.isEmpty ? "jurisdiction" : prefix + "Jurisdiction"
        var members: [(String, JSONWriter.Value)] = [(key, jurisdiction(agency.jurisdiction))]
        if agency.writtenJurisdiction != agency.jurisdiction {
            members.append((key + "AsWritten", jurisdiction(agency.writtenJurisdiction)))
        }
        switch agency.reason {
        case .duty(let duty): members.append((prefix.isEmpty ? "movedForDuty" : prefix + "MovedForDuty", .string(duty)))
        case .pinned: members.append((prefix.isEmpty ? "assignedByPlan" : prefix + "AssignedByPlan", .bool(true)))
        case nil: break
        }
        return members
    }

    func reorganisation(_ change: PlanReorganisation) -> JSONWriter.Value {
        .object([
            ("plan", .string(change.planID)), ("jurisdiction", JSONReportRenderer.jurisdiction(change.jurisdiction)),
            ("placeChange", change.placeChange.map { placeChange in
                .object([("from", JSONReportRenderer.jurisdiction(placeChange.from)), ("to", JSONReportRenderer.jurisdiction(placeChange.to)),
                         ("since", .string(placeChange.since.iso))])
            } ?? .null),
            ("bodies", .array(change.bodies.map { body in
                .object([("named", .string(body.agency.writtenAgency)), ("roles", .array(body.roles.map { .string($0.rawValue) })),
                         ("carriedBy", body.hasEnded ? .null : .string(body.agency.name)),
                         ("needsReassignment", .bool(body.needsReassignment))] + JSONReportRenderer.place(of: body.agency))
            })),
        ])
    }

    func status(_ status: StatusSummary) -> JSONWriter.Value {
        let groups: [JSONWriter.Value] = status.groups.map { line in
            .object([("group", .int(line.group.number)), ("name", .string(wording.groupName(line.group)))] + tally(line.tally))
        }
        return .object([("groups", .array(groups)), ("total", .object(tally(status.total)))])
    }

    func tally(_ tally: StatusSummary.Tally) -> [(String, JSONWriter.Value)] {
        [
            ("tasks", .int(tally.tasks)),
            ("byStatus", .object(Standing.allCases.map { ($0.rawValue, .int(tally.count($0))) })),
            ("percentCompleted", .double((tally.percentCompleted * 10).rounded() / 10)),
            ("missingReturns", .int(tally.missingReturns)),
        ]
    }

    /// A long list (a national report has 60,000 overdue items): each
    /// element is made as it is written, on every core.
    func list<Element: Sendable>(_ elements: [Element], _ make: @escaping @Sendable (Element) -> JSONWriter.Value) -> JSONWriter.Value {
        .generated(count: elements.count) { make(elements[$0]) }
    }

    /// An overdue item; `JSONBuilderTests` holds the value it must be written as.
    func overdueItem(_ item: OverdueItem, into json: inout JSONWriter.Builder) {
        json.object { json in
            json.member("plan", item.planID)
            json.member("task", item.task.id)
            json.member("lead", item.lead.name)
            json.member("leadAsWritten", item.lead.asWritten)
            json.members(JSONReportRenderer.place(of: item.lead, prefix: "lead"))
            json.member("kind", item.kind.rawValue)
            json.member("period", item.period?.description)
            json.member("due", item.due.writtenDeadline(before: item.dueBefore).iso)
            json.member("dueBefore", item.dueBefore)
            json.member("dueInferred", item.dueInferred)
            // An item behind schedule has no lateness: the return said "delayed", on `reportedOn`.
            if item.kind == .behindSchedule { json.member("daysOverdue", JSONWriter.Value.null) } else { json.member("daysOverdue", item.daysOverdue) }
            json.member("reportedOn", item.report?.date.iso)
            json.member("reportedPeriod", item.report?.period.description)
            json.member("reportedStatus", item.report?.status.rawValue)
            json.member("evidence", item.report?.evidence)
            json.member("note", item.report?.note)
        }
    }

    func reference(_ reference: OverdueSummary.ListedTask) -> JSONWriter.Value {
        .object([
            ("plan", .string(reference.planID)), ("task", .string(reference.task.id)), ("lead", .string(reference.lead.name)),
            ("leadAsWritten", .string(reference.lead.asWritten))] + JSONReportRenderer.place(of: reference.lead, prefix: "lead") + [
            ("timeframe", .string(reference.task.timeframe.text)),
        ])
    }

    func directoryEntry(_ line: CoverageSummary.AgencyLine) -> JSONWriter.Value {
        .object([
            ("agency", .string(line.agency.name)), ("kind", .string(line.agency.kind?.rawValue ?? "unknown")),
            ("jurisdiction", JSONReportRenderer.jurisdiction(line.agency.jurisdiction)),
            ("level", .optional(line.agency.level?.rawValue)), ("known", .bool(line.agency.isKnown)),
            ("writtenAs", .array(line.spellings.map(JSONWriter.Value.string))),
            ("formerly", .array(line.predecessors.map(JSONWriter.Value.string))),
            ("lead", .int(line.lead)), ("partner", .int(line.partner)),
        ])
    }

    func coverageLine(_ line: CoverageSummary.AgencyLine) -> JSONWriter.Value {
        let groups: [(String, JSONWriter.Value)] = TaskGroup.allCases.map { group in
            let share = line.groups[group] ?? CoverageSummary.Share()
            return (String(group.number), .object([("lead", .int(share.lead)), ("partner", .int(share.partner))]))
        }
        return .object([
            ("agency", .string(line.agency.name)), ("kind", .string(line.agency.kind?.rawValue ?? "unknown")),
            ("jurisdiction", JSONReportRenderer.jurisdiction(line.agency.jurisdiction)),
            ("formerly", .array(line.predecessors.map(JSONWriter.Value.string))),
            ("movedForDuties", .array(line.reasons.compactMap { if case .duty(let duty) = $0 { .string(duty) } else { nil } })),
            ("lead", .int(line.lead)), ("partner", .int(line.partner)), ("groups", .object(groups)),
            ("completed", .int(line.completed)), ("overdue", .int(line.overdue)),
        ])
    }
}

/// `childplan update`: records one status update in a plan's updates log.
enum UpdateCommand {
    static let spec = CommandSpec(
        name: "update",
        overview: "Record the status of one task for one reporting period in the plan's updates log.",
        discussion: """
            Checks that the plan has the task and that the status and period are valid, then appends one row to the \
            updates log: the CSV beside the plan (PLAN-ID.updates.csv), or --log FILE. The log is locked while it is \
            written, and is replaced whole, so that another update running at the same time, or a crash, never \
            leaves it half-written; earlier rows are never changed.
            """,
        arguments: [
            .init(name: "plan", help: "The plan: its file (appendix CSV or plan JSON), or its id in the data directory."),
            .init(name: "task", help: "The task's id, such as II.3."),
        ],
        options: [
            .init(long: "status", valueName: "status",
                  help: "hoàn thành, đang triển khai, chậm tiến độ, chưa triển khai or không thực hiện (or completed, inProgress, delayed, notStarted, cancelled); diacritics optional.",
                  isRequired: true),
            .init(long: "period", valueName: "period", help: "2025-H1 for the 6-month report, 2025 for the annual report.",
                  isRequired: true),
            .init(long: "date", valueName: "date", help: "The day the agency reported, YYYY-MM-DD or dd/mm/yyyy.", defaultDescription: "today"),
            .init(long: "agency", valueName: "agency", help: "The reporting agency.", defaultDescription: "the task's lead"),
            .init(long: "evidence", valueName: "document", help: "The document that shows it, e.g. 'Báo cáo số 41/BC-SYT ngày 05/6/2026'."),
            .init(long: "note", valueName: "text", help: "A note (for a cancelled task: why)."),
            .init(long: "log", valueName: "file", help: "The updates log to append to.", defaultDescription: "PLAN-ID.updates.csv beside the plan"),
            .init(long: "interactive", valueName: nil,
                  help: "Ask, task by task, for an agency's returns for a period (--agency, --period; the arguments are then the paths to read), writing each to the log as it is given."),
        ],
        examples: [
            "childplan update kon-tum-2025 II.1 --status 'Hoàn thành' --period 2026-H1 --evidence 'Báo cáo số 119/BC-SYT'",
            "childplan update Data/kon-tum-2025.json IV.7 --status cham --period 2026 --note 'Chưa bố trí kinh phí' --log /tmp/updates.csv",
            "childplan update --interactive --agency 'Sở Tư pháp' --period 2026-H1 Data/kon-tum-2025.json",
        ])

    static func run(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) -> Outcome {
        if parsed.flags.contains("interactive") { return try InteractiveUpdate.run(parsed, context: context) }
        guard parsed.positionals.count >= 1 else { throw .missingArgument("plan") }
        guard parsed.positionals.count >= 2 else { throw .missingArgument("task") }
        if parsed.positionals.count > 2 { throw .unexpectedArgument(parsed.positionals[2]) }
        guard let statusText = parsed.value("status") else { throw .missingOption("--status <status>") }
        guard let periodText = parsed.value("period") else { throw .missingOption("--period <period>") }
        guard let status = Status(word: statusText) else { throw .invalidStatus(statusText, option: "--status <status>") }
        guard let period = ReportingPeriod(parsing: periodText) else { throw .invalidPeriod(periodText, option: "--period <period>") }
        let date = try CommandLineValues.day(parsed.value("date"), option: "--date <date>") ?? context.today

        let found: PlanReference.Found
        switch PlanReference.resolve(parsed.positionals[0], context: context) {
        case .success(let plan): found = plan
        case .failure(.usage(let error)): throw error
        case .failure(.data(let outcome)): return outcome
        }
        let plan = found.plan.plan
        if date > context.today { throw .dateAfterToday(parsed.value("date") ?? "", today: context.today) }
        let span = plan.span
        guard span.contains(period) else { throw .periodOutsidePlan(periodText, plan: plan.id, first: span.first, lastYear: span.lastYear) }
        let taskID = UpdatesReader.canonicalTaskID(parsed.positionals[1])
        guard let task = plan.tasks.first(where: { $0.id == taskID }) else { throw .unknownTask(parsed.positionals[1], plan: plan.id) }
        let agency = parsed.value("agency").map(VietnameseText.tidyName)
            ?? found.data.dataSet.registry.lead(of: task, in: plan, on: date).name
        let update = StatusUpdate(
            planID: plan.id, taskID: task.id, period: period, status: status, date: date, agency: agency,
            evidence: VietnameseText.tidyName(parsed.value("evidence") ?? ""), note: VietnameseText.tidy(parsed.value("note") ?? ""))
        return record(update, inLogAt: parsed.value("log") ?? UpdatesLog.path(besidePlanFile: found.plan.file, planID: plan.id),
                      context: context)
    }

    /// Appends one return to a log under its lock, saying so on a terminal while another update holds it: the
    /// notice that it was recorded (exit 0), or why not (65 for a file that is not a log, 73 when it cannot be written).
    static func record(_ update: StatusUpdate, inLogAt path: String, context: CommandContext) -> Outcome {
        let show = context.terminal.progress
        let log = UpdatesLog(path: path) { lockFile in
            show?(lockFile.map { MessageCatalogue.message(for: .waitingForLock($0)) } ?? "")
        }
        do {
            try log.append(update)
        } catch {
            let code: ExitCode = error.problem.isBadLog ? .dataError : .cannotCreateOutput
            return Outcome(stderr: MessageCatalogue.updatesLogFailure(error), exitCode: code)
        }
        return Outcome(stderr: MessageCatalogue.message(for: .recorded(update, log: log.path)) + "\n")
    }
}

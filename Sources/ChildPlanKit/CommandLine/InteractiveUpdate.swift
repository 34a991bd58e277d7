/// `childplan update --interactive --agency A --period P [PATH…]`: asks, task
/// by task, for the returns of one agency for one period, and writes each to
/// the plan's log under its lock as soon as it is given, so that an
/// interruption loses nothing already answered.
enum InteractiveUpdate {
    static func run(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) -> Outcome {
        guard let ask = context.terminal.ask else { throw .needsTerminal }
        guard let name = parsed.value("agency") else { throw .missingOption("--agency <agency>") }
        guard let periodText = parsed.value("period") else { throw .missingOption("--period <period>") }
        guard let period = ReportingPeriod(parsing: periodText) else { throw .invalidPeriod(periodText, option: "--period <period>") }
        let today = context.today
        let loaded = DataInput.load(paths: parsed.positionals, registryFile: nil, context: context)
        let code = MessageCatalogue.exitCode(for: loaded.diagnostics)
        guard code == .success else { return Outcome(stderr: DataInput.lines(loaded.diagnostics), exitCode: code) }
        let data = loaded.dataSet
        let match = try CommandLineValues.agency(name, in: data, on: today)
        // The tasks it leads, in plans reported on for the period, with where each plan's log is.
        let assessments = TaskAssessor.assess(data, asOf: today)
        var tasks: [(assessment: TaskAssessment, log: String)] = []
        for loadedPlan in loaded.plans where loadedPlan.plan.span.contains(period) {
            let log = parsed.value("log") ?? UpdatesLog.path(besidePlanFile: loadedPlan.file, planID: loadedPlan.plan.id)
            for assessment in assessments where assessment.planID == loadedPlan.plan.id && AgencyQuery.isSame(assessment.lead, as: match) {
                tasks.append((assessment, log))
            }
        }
        guard !tasks.isEmpty else { throw .agencyWithoutTasks(match.agency.name, suggestions: AgencyQuery.nearest(to: name, in: data, on: today)) }

        var recorded = 0
        var said = MessageCatalogue.message(for: .interactiveStart(agency: match.agency.name, period: period, tasks: tasks.count)) + "\n"
        answering: for (index, entry) in tasks.enumerated() {
            let assessment = entry.assessment
            said += "\n" + MessageCatalogue.message(for: .interactiveTask(
                number: index + 1, of: tasks.count, planID: assessment.planID, taskID: assessment.task.id,
                text: TextExcerpt.of(assessment.task.text), timeframe: assessment.task.timeframe.text, latest: assessment.latestUpdate)) + "\n"
            // Status: a word, with or without diacritics, or its number; nothing to leave the task for now.
            var status: Status?
            while true {
                guard let answer = ask(said + MessageCatalogue.message(for: .askStatus)) else { break answering }
                said = ""
                let trimmed = VietnameseText.tidyName(answer)
                if trimmed.isEmpty { continue answering }
                if let number = Int(trimmed), (1...Status.inReturnOrder.count).contains(number) {
                    status = Status.inReturnOrder[number - 1]
                } else {
                    status = Status(word: trimmed)
                }
                if status != nil { break }
                said = MessageCatalogue.message(for: .notAnAnswer(trimmed)) + "\n"
            }
            guard let status else { continue }
            // Date: today unless another is given; never after today.
            var date = today
            while true {
                guard let answer = ask(said + MessageCatalogue.message(for: .askDate(today))) else { break answering }
                said = ""
                let trimmed = VietnameseText.tidyName(answer)
                if trimmed.isEmpty { break }
                if let day = Day(parsing: trimmed), day <= today, Limits.years.contains(day.year) { date = day; break }
                said = MessageCatalogue.message(for: .notAnAnswer(trimmed)) + "\n"
            }
            guard let evidence = ask(MessageCatalogue.message(for: .askEvidence)) else { break answering }
            guard let note = ask(MessageCatalogue.message(for: .askNote)) else { break answering }
            let update = StatusUpdate(
                planID: assessment.planID, taskID: assessment.task.id, period: period, status: status, date: date,
                agency: match.agency.name, evidence: VietnameseText.tidyName(evidence), note: VietnameseText.tidy(note))
            let outcome = UpdateCommand.record(update, inLogAt: entry.log, context: context)
            guard outcome.exitCode == .success else { return outcome }
            recorded += 1
            said = outcome.stderr
        }
        return Outcome(stderr: MessageCatalogue.message(for: .interactiveDone(recorded: recorded, of: tasks.count)) + "\n")
    }
}

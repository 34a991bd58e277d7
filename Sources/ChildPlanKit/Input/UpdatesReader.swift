/// One status update as read, before it is matched to a plan.
public struct LoadedUpdate: Sendable {
    public var update: StatusUpdate
    /// False when the file has no plan column (or the cell is empty): the
    /// update then belongs to the only plan loaded.
    public var planGiven: Bool
    public var location: SourceLocation
    /// Where the task, plan and agency cells are, for messages about them.
    public var taskLocation: SourceLocation
    public var planLocation: SourceLocation
    public var agencyLocation: SourceLocation
}

/// An updates file as read: an agency's return or a log `update` appends to.
public struct LoadedUpdates: Sendable {
    public var file: String
    public var entries: [LoadedUpdate]
}

/// Reads a status updates CSV: `plan,task,period,status,date,agency,evidence,note`
/// (or the Vietnamese headers `Kế hoạch, Nhiệm vụ, Kỳ báo cáo, Tình trạng,
/// Ngày báo cáo, Cơ quan báo cáo, Văn bản, Ghi chú`); `plan`, `agency`,
/// `evidence` and `note` may be left out, other columns are ignored.
///
/// A filled-in return form (`childplan template`) reads as it is: a row
/// left unfilled (no status, date, document or note) is passed over, and so
/// is a row whose role (`Vai trò`) is partner (`Phối hợp`): what a partner
/// writes is for the record, not the task's status, which its lead reports.
public enum UpdatesReader {
    public static func read(utf8 bytes: [UInt8], file: String) -> (LoadedUpdates?, [Diagnostic]) {
        var parser: CSVParser
        let header: CSVHeader
        switch CSVSource.table(for: bytes, file: file, kind: .updates) {
        case .success(let table): (parser, header) = table
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        var log = DiagnosticLog(file: file)
        var entries: [LoadedUpdate] = []
        do {
            var cache = WordCache()
            while try parser.nextRecord() {
                if let entry = readRow(parser.record, header: header, cache: &cache, log: &log) { entries.append(entry) }
            }
        } catch {
            log.diagnostics.append(CSVSource.diagnostic(for: error, file: file))
        }
        // Rows that could be read are kept even when others could not, so that
        // checking them against the plans reports their problems too.
        return (LoadedUpdates(file: file, entries: entries), log.diagnostics)
    }

    /// Repeated cells (periods, statuses, plan ids, agencies) are read once.
    struct WordCache {
        var periods: [String: ReportingPeriod] = [:]
        var statuses: [String: Status] = [:]
        var names: [String: String] = [:]
        var taskIDs: [String: String] = [:]

        mutating func period(_ text: String) -> ReportingPeriod? {
            if let known = periods[text] { return known }
            let parsed = ReportingPeriod(parsing: text)
            periods[text] = parsed
            return parsed
        }

        mutating func status(_ text: String) -> Status? {
            if let known = statuses[text] { return known }
            let parsed = Status(word: text)
            statuses[text] = parsed
            return parsed
        }

        mutating func name(_ text: String) -> String {
            if let known = names[text] { return known }
            let tidy = VietnameseText.tidyName(text)
            names[text] = tidy
            return tidy
        }

        mutating func taskID(_ text: String) -> String {
            if let known = taskIDs[text] { return known }
            let id = UpdatesReader.canonicalTaskID(text)
            taskIDs[text] = id
            return id
        }
    }

    static func readRow(_ record: CSVRecord, header: CSVHeader, cache: inout WordCache, log: inout DiagnosticLog) -> LoadedUpdate? {
        guard !record.isBlank, log.checkWidth(of: record, header: header) else { return nil }
        func cell(_ role: ColumnRole) -> String { header.columns[role].map(record.string) ?? "" }
        let filled = [ColumnRole.status, .date, .evidence, .note].contains { !VietnameseText.tidyName(cell($0)).isEmpty }
        guard filled, !isPartnerRow(cell(.role)) else { return nil }
        func location(_ role: ColumnRole) -> SourceLocation {
            let (line, column) = record.position(ofField: header.columns[role] ?? 0)
            return SourceLocation(file: log.file, line: line, column: column)
        }
        var ok = true
        let taskID = cache.taskID(cell(.task))
        if taskID.isEmpty {
            log.error(.missingTaskID, in: record, field: header.columns[.task])
            ok = false
        }
        let periodText = cache.name(cell(.period))
        let period = cache.period(periodText)
        if period == nil {
            log.error(.invalidPeriod(periodText), in: record, field: header.columns[.period])
            ok = false
        }
        let statusText = cache.name(cell(.status))
        let status = cache.status(statusText)
        if status == nil {
            log.error(.unknownStatus(statusText), in: record, field: header.columns[.status])
            ok = false
        }
        let dateText = cache.name(cell(.date))
        let date = header.columns[.date].flatMap { column in record.withBytes(column) { Day.parse(utf8: $0) } }
            ?? Day(parsing: dateText)
        if date == nil {
            log.error(dateText.isEmpty ? .missingDate : .invalidDate(dateText), in: record, field: header.columns[.date])
            ok = false
        }
        guard ok, let period, let status, let date else { return nil }
        let planID = cache.name(cell(.plan))
        let update = StatusUpdate(
            planID: planID, taskID: taskID, period: period, status: status, date: date,
            agency: cache.name(cell(.agency)), evidence: VietnameseText.tidyName(cell(.evidence)),
            note: VietnameseText.tidy(cell(.note)))
        return LoadedUpdate(
            update: update, planGiven: !planID.isEmpty,
            location: SourceLocation(file: log.file, line: record.line, column: 1),
            taskLocation: location(.task), planLocation: location(header.columns[.plan] == nil ? .task : .plan),
            agencyLocation: location(header.columns[.agency] == nil ? .task : .agency))
    }

    /// `Phối hợp`, `phoi hop`, `partner`: a return-form row for a task the agency partners in.
    static func isPartnerRow(_ role: String) -> Bool {
        let key = VietnameseText.compactKey(role)
        return key == "phoihop" || key == "partner"
    }

    /// `II.3`, `ii.3`, `II. 3`, `2.3` → `II.3`; text that is not a task id is kept as written.
    public static func canonicalTaskID(_ text: String) -> String {
        let tidy = VietnameseText.tidyName(text)
        let parts = tidy.split(separator: ".", maxSplits: 1).map { $0.filter { $0 != " " } }
        guard parts.count == 2, let group = TaskGroup(numeral: String(parts[0])), let number = Int(parts[1]), number > 0 else {
            return tidy
        }
        return PlanTask.id(group: group, number: number)
    }
}

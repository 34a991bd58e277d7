
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
        switch CSVSource.table(for: bytes, file: file, kind: .updates) {
        case .success((var parser, let header)):
            return read(&parser, header: header, file: file, recordsAgencyColumns: true, cache: ReadingCache())
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
    }

    /// Reads the rows after an updates header already found.
    static func read<Source: RecordSource>(
        _ parser: inout Source, header: CSVHeader, file: String, recordsAgencyColumns: Bool, cache: ReadingCache
    ) -> (LoadedUpdates?, [Diagnostic]) {
        var log = DiagnosticLog(file: file)
        var updates: [StatusUpdate] = []
        var sources: [UpdateSource] = []
        // A row of a return is seldom under 80 bytes: room for all of them at once, not copied as they come.
        updates.reserveCapacity(parser.byteCount / 80)
        sources.reserveCapacity(parser.byteCount / 80)
        do {
            let columns = ColumnIndex(header)
            while try parser.nextRecord() {
                readRow(
                    parser.record, header: header, columns: columns, recordsAgencyColumn: recordsAgencyColumns, cache: &cache.words,
                    log: &log, into: &updates, sources: &sources)
            }
        } catch {
            log.diagnostics.append(CSVSource.diagnostic(for: error, file: file))
        }
        // Rows that could be read are kept even when others could not, so that
        // checking them against the plans reports their problems too.
        return (LoadedUpdates(file: file, updates: updates, sources: sources), log.diagnostics)
    }

    /// Repeated cells (plan ids, task ids, periods, statuses, agencies) are
    /// read once and found again by their bytes.
    struct WordCache {
        var periods = ByteCache<ReportingPeriod?>()
        var statuses = ByteCache<Status?>()
        var names = ByteCache<String>()
        var taskIDs = ByteCache<String>()
        var roles = ByteCache<Bool>()
        var texts = UpdateTextsWriter()
    }

    /// Reads one row: an update and where it was read, added to the two
    /// arrays as they are made (returning them costs a copy of each), or
    /// nothing when the row is blank, unfilled, a partner's, or has errors.
    static func readRow(
        _ record: CSVRecord, header: CSVHeader, columns: ColumnIndex, recordsAgencyColumn: Bool, cache: inout WordCache,
        log: inout DiagnosticLog, into updates: inout [StatusUpdate], sources: inout [UpdateSource]
    ) {
        guard !record.isBlank, log.checkWidth(of: record, header: header) else { return }
        // Less the `'` that guards a cell a spreadsheet would change (`05/06/2026`, `- …`).
        func bytes<T>(_ role: ColumnRole, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
            record.withUnguardedBytes(columns[role], body)
        }
        func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        func hasText(_ role: ColumnRole) -> Bool { bytes(role) { $0.contains { $0 != 0x20 && $0 != 0x09 } } }
        let filled = hasText(.status) || hasText(.date) || hasText(.evidence) || hasText(.note)
        let isPartner = columns.contains(.role)
            && bytes(.role) { cache.roles.value(for: $0) { isPartnerRow(VietnameseText.nfc(text($0))) } }
        guard filled, !isPartner else { return }
        var ok = true
        let taskID = bytes(.task) { cache.taskIDs.value(for: $0) { canonicalTaskID(VietnameseText.nfc(text($0))) } }
        if taskID.isEmpty {
            log.error(.missingTaskID, in: record, field: header.columns[.task])
            ok = false
        }
        let period = bytes(.period) { cache.periods.value(for: $0) { ReportingPeriod(parsing: VietnameseText.nfc(text($0))) } }
        if period == nil {
            log.error(.invalidPeriod(VietnameseText.tidyName(cell(.period, record, header))), in: record, field: header.columns[.period])
            ok = false
        }
        let status = bytes(.status) { cache.statuses.value(for: $0) { Status(word: VietnameseText.nfc(text($0))) } }
        if status == nil {
            log.error(.unknownStatus(VietnameseText.tidyName(cell(.status, record, header))), in: record, field: header.columns[.status])
            ok = false
        }
        let date = bytes(.date) { Day.parse(utf8: $0) }
        if date == nil {
            let dateText = VietnameseText.tidyName(cell(.date, record, header))
            log.error(dateText.isEmpty ? .missingDate : .invalidDate(dateText), in: record, field: header.columns[.date])
            ok = false
        }
        guard ok, let period, let status, let date else { return }
        func name(_ role: ColumnRole) -> String {
            bytes(role) { cache.names.value(for: $0) { VietnameseText.tidyName(VietnameseText.nfc(text($0))) } }
        }
        let planID = name(.plan)
        func column(_ role: ColumnRole) -> Int32 {
            Int32(record.position(ofField: columns[role] == Int.max ? columns[.task] : columns[role]).column)
        }
        // Kept as written and tidied when a report shows them: few ever are.
        let texts = record.withUnguardedBytes(columns[.evidence]) { evidence in
            record.withUnguardedBytes(columns[.note]) { note in
                cache.texts.store(evidence: evidence, note: note, tidiedWhenRead: true)
            }
        }
        sources.append(UpdateSource(
            line: Int32(record.line), planColumn: column(.plan), taskColumn: column(.task),
            agencyColumn: recordsAgencyColumn ? column(.agency) : 1,
            planGiven: !planID.isEmpty))
        updates.append(StatusUpdate(
            planID: planID, taskID: taskID, period: period, status: status, date: date, agency: name(.agency), texts: texts))
    }

    static func cell(_ role: ColumnRole, _ record: CSVRecord, _ header: CSVHeader) -> String {
        header.columns[role].map(record.string) ?? ""
    }

    /// `Phối hợp`, `phoi hop`, `partner`: a return-form row for a task the agency partners in.
    static func isPartnerRow(_ role: String) -> Bool {
        let key = VietnameseText.compactKey(role)
        return key == "phoihop" || key == "partner"
    }

    /// `II.3`, `ii.3`, `II. 3`, `2.3` → `II.3`; text that is not a task id is kept as written.
    public static func canonicalTaskID(_ text: String) -> String {
        taskID(text) ?? VietnameseText.tidyName(text)
    }

    /// The task id a text writes (`vii . 1` → `VII.1`), or nil when it writes none.
    public static func taskID(_ text: String) -> String? {
        let parts = VietnameseText.tidyName(text).split(separator: ".", maxSplits: 1).map { $0.filter { $0 != " " } }
        guard parts.count == 2, let group = TaskGroup(numeral: String(parts[0])), let number = Int(parts[1]), number > 0 else {
            return nil
        }
        return PlanTask.id(group: group, number: number)
    }
}

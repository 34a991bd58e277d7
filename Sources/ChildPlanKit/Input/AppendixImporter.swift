
/// Reads a plan's appendix table from CSV, in either layout:
///
/// - document layout, the table as it stands in the plan: `STT`, task,
///   lead, partners, timeframe. A row whose STT is a Roman numeral opens a
///   group; task rows below it carry a number, or none (then they take the
///   next one). The timeframe column may be missing.
/// - flat layout: `group,no,task,lead,partners,timeframe`, group as 1-7 or I-VII.
///
/// Every problem is reported, each with its line and column; a file with an
/// error yields no plan.
public enum AppendixImporter {
    public static func read(
        utf8 bytes: [UInt8], file: String, planID: String, defaultTimeframe: String? = nil
    ) -> (LoadedPlan?, [Diagnostic]) {
        switch CSVSource.table(for: bytes, file: file, kind: .appendix) {
        case .success((var parser, let header)):
            return read(&parser, header: header, file: file, planID: planID, defaultTimeframe: defaultTimeframe,
                        recordsTaskLocations: true, cache: ReadingCache())
        case .failure(let diagnostic):
            return (nil, [diagnostic])
        }
    }

    /// Reads an appendix from a file's bytes, whatever it is: CSV, or a Word
    /// document or Excel workbook (`OfficeInput`), whose details come back too.
    public static func read(
        _ bytes: [UInt8], file: String, planID: String, defaultTimeframe: String?, choice: TableChoice = TableChoice()
    ) -> (LoadedPlan?, [Diagnostic], DocumentDetails?) {
        let fileExtension = DataLoader.nameAndExtension(of: file).extension.lowercased()
        if let problem = DataLoader.refusedExtensions[fileExtension] { return (nil, [.error(problem, at: .wholeFile(file))], nil) }
        switch OfficeInput.Signature(bytes) {
        case .zip?:
            var loader = DataLoader(defaultTimeframe: defaultTimeframe)
            loader.recordsTaskLocations = true
            let read = OfficeInput.read(bytes, file: file, expecting: .appendix, choice: choice, loader: loader, cache: ReadingCache(),
                                        explicitly: true)
            guard var plan = read.files.plans.first else { return (nil, read.files.diagnostics, nil) }
            plan.plan.id = planID
            return (plan, read.files.diagnostics, read.details)
        case .pdf?:
            return (nil, [.error(.pdf, at: .wholeFile(file))], nil)
        case .compoundDocument(let encrypted)?:
            return (nil, [.error(.binaryOffice(word: !fileExtension.hasPrefix("xls"), encrypted: encrypted), at: .wholeFile(file))], nil)
        case nil:
            let (plan, diagnostics) = read(utf8: bytes, file: file, planID: planID, defaultTimeframe: defaultTimeframe)
            return (plan, diagnostics, nil)
        }
    }

    /// Reads the rows after an appendix header already found.
    static func read<Source: RecordSource>(
        _ parser: inout Source, header: CSVHeader, file: String, planID: String, defaultTimeframe: String?,
        recordsTaskLocations: Bool, cache: ReadingCache
    ) -> (LoadedPlan?, [Diagnostic]) {
        var log = DiagnosticLog(file: file)
        do {
            var reader = RowReader(header: header, planID: planID, defaultTimeframe: defaultTimeframe.map(Timeframe.init), cache: cache)
            reader.recordsTaskLocations = recordsTaskLocations
            while try parser.nextRecord() {
                reader.read(parser.record, log: &log)
            }
            guard !log.hasErrors else { return (nil, log.diagnostics) }
            let plan = Plan(id: planID, tasks: reader.tasks)
            return (LoadedPlan(plan: plan, file: file, kind: .appendix, taskLocations: reader.locations), log.diagnostics)
        } catch {
            log.diagnostics.append(CSVSource.diagnostic(for: error, file: file))
            return (nil, log.diagnostics)
        }
    }

    /// The number a number cell gives when it is written plainly: one to
    /// nine digits, not all zeros, then any `)` and then any `.` (`3`, `3.`,
    /// `3)`), read as the cell's tidied text would be. Nil for anything else
    /// (spaces, a numeral, an empty cell), which is read from its text.
    static func plainTaskNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var value = 0
        while index < bytes.count, index < 9, bytes[index] &- 0x30 < 10 {
            value = value * 10 + Int(bytes[index] &- 0x30)
            index += 1
        }
        guard index > 0, value > 0 else { return nil }
        while index < bytes.count, bytes[index] == UInt8(ascii: ")") { index += 1 }
        while index < bytes.count, bytes[index] == UInt8(ascii: ".") { index += 1 }
        return index == bytes.count ? value : nil
    }

    /// Reads task rows one by one, remembering the open group and numbering.
    struct RowReader {
        let header: CSVHeader
        let planID: String
        let defaultTimeframe: Timeframe?
        var tasks: [PlanTask] = []
        var locations: [String: TaskLocation] = [:]
        /// Per group (by raw value), the tasks read so far: their numbers, in
        /// order, and their lines. Plans number upwards, so a task is nearly
        /// always new without a search (`TaskLines`).
        var taskLines = [TaskLines](repeating: TaskLines(), count: TaskGroup.allCases.count + 1)
        /// Per group (by raw value), the line of its heading row.
        var groupLines = [Int?](repeating: nil, count: TaskGroup.allCases.count + 1)
        /// Per group (by raw value), the number a task without one takes.
        var nextNumber = [Int](repeating: 1, count: TaskGroup.allCases.count + 1)
        /// The group whose heading row was read last; nil before any, or after a bad one.
        var currentGroup: TaskGroup?
        /// True after a group row that could not be read: its tasks are skipped quietly.
        var skippingBadGroup = false
        let cache: ReadingCache
        var recordsTaskLocations = true

        let columns: ColumnIndex
        let timeframeColumn: Int?

        /// The numbers of one group's tasks, ascending, with the line each was read on.
        struct TaskLines {
            private var numbers: [Int] = []
            private var lines: [Int] = []

            /// The line of the task with this number, if one was read.
            func line(of number: Int) -> Int? {
                guard let last = numbers.last, number <= last else { return nil }
                var (low, high) = (0, numbers.count)
                while low < high {
                    let middle = (low + high) / 2
                    if numbers[middle] < number { low = middle + 1 } else { high = middle }
                }
                return low < numbers.count && numbers[low] == number ? lines[low] : nil
            }

            /// Notes a task not read before.
            mutating func add(_ number: Int, line: Int) {
                if let last = numbers.last, number < last {
                    let place = numbers.firstIndex { $0 > number } ?? numbers.count
                    numbers.insert(number, at: place)
                    lines.insert(line, at: place)
                } else {
                    numbers.append(number)
                    lines.append(line)
                }
            }
        }

        init(header: CSVHeader, planID: String, defaultTimeframe: Timeframe?, cache: ReadingCache) {
            self.header = header
            columns = ColumnIndex(header)
            timeframeColumn = header.columns[.timeframe]
            self.planID = planID
            self.defaultTimeframe = defaultTimeframe
            self.cache = cache
        }

        var isFlat: Bool { columns.contains(.group) }

        func cell(_ role: ColumnRole, _ record: CSVRecord) -> String {
            record.string(columns[role])
        }

        func tidyCell(_ role: ColumnRole, _ record: CSVRecord, keepingLineBreaks: Bool = false) -> String {
            record.tidyString(columns[role], keepingLineBreaks: keepingLineBreaks)
        }

        mutating func read(_ record: CSVRecord, log: inout DiagnosticLog) {
            guard !record.isBlank, log.checkWidth(of: record, header: header) else { return }
            // Nearly every number cell is a plain number (`3`, `3.`), read from its bytes.
            let plainNumber = record.withUnguardedBytes(columns[.number], AppendixImporter.plainTaskNumber)
            let numberText = plainNumber != nil ? "" : tidyCell(.number, record).trimmingSuffix(".").trimmingSuffix(")")
            let text = cache.taskText(in: record, field: columns[.task])
            let group: TaskGroup
            if isFlat {
                let groupText = tidyCell(.group, record).trimmingSuffix(".")
                guard let flatGroup = TaskGroup(numeral: groupText) else {
                    log.error(.unknownGroupNumeral(groupText), in: record, field: header.columns[.group])
                    return
                }
                group = flatGroup
            } else {
                if plainNumber == nil, !numberText.isEmpty, numberText.allSatisfy(\.isLetter) {
                    openGroup(numberText, record: record, log: &log)
                    return
                }
                guard let currentGroup else {
                    if !skippingBadGroup { log.error(.taskOutsideGroup, in: record, field: header.columns[.number] ?? header.columns[.task]) }
                    return
                }
                group = currentGroup
            }
            let number: Int
            if let plainNumber {
                number = plainNumber
            } else if numberText.isEmpty {
                number = nextNumber[group.rawValue]
            } else if let given = Int(numberText), given > 0 {
                number = given
            } else if numberText.allSatisfy({ $0.isASCII && $0.isNumber }), numberText.contains(where: { $0 != "0" }) {
                // Digits, but too many for an Int.
                number = Limits.largestTaskNumber + 1
            } else {
                log.error(.invalidTaskNumber(numberText), in: record, field: header.columns[.number])
                return
            }
            guard number <= Limits.largestTaskNumber else {
                let written = numberText.isEmpty ? String(number) : numberText
                log.error(.taskNumberTooLarge(written, limit: Limits.largestTaskNumber), in: record,
                          field: header.columns[.number] ?? header.columns[.task])
                return
            }
            nextNumber[group.rawValue] = number + 1
            if let firstLine = taskLines[group.rawValue].line(of: number) {
                log.error(
                    .duplicateTaskID(PlanTask.id(group: group, number: number), firstLine: firstLine), in: record,
                    field: header.columns[.number] ?? header.columns[.task])
                return
            }
            taskLines[group.rawValue].add(number, line: record.line)
            let lead = cache.lead(in: record, field: columns[.lead])
            if text.isEmpty || lead.isEmpty {
                let id = PlanTask.id(group: group, number: number)
                if text.isEmpty { log.error(.missingTaskText(taskID: id), in: record, field: header.columns[.task]) }
                if lead.isEmpty { log.error(.missingLead(taskID: id), in: record, field: header.columns[.lead]) }
            }
            let timeframe = readTimeframe(record, log: &log)
            let partners = cache.partners(in: record, field: columns[.partners])
            guard partners.count <= Limits.partnersPerTask else {
                log.error(.tooManyPartners(taskID: PlanTask.id(group: group, number: number), count: partners.count, limit: Limits.partnersPerTask),
                          in: record, field: header.columns[.partners])
                return
            }
            let task = PlanTask(group: group, number: number, text: text, lead: lead, partners: partners, timeframe: timeframe)
            tasks.append(task)
            guard recordsTaskLocations else { return }
            func location(_ role: ColumnRole?) -> SourceLocation? {
                guard let column = role.flatMap({ header.columns[$0] }) else { return nil }
                return record.location(ofField: column, file: log.file)
            }
            locations[PlanTask.id(group: group, number: number)] = TaskLocation(
                row: record.location(ofField: 0, file: log.file), text: location(.task), lead: location(.lead),
                partners: location(.partners), timeframe: location(.timeframe))
        }

        mutating func openGroup(_ numeral: String, record: CSVRecord, log: inout DiagnosticLog) {
            guard let group = TaskGroup(numeral: numeral), RomanNumeral.value(of: numeral) != nil else {
                log.error(.unknownGroupNumeral(numeral), in: record, field: header.columns[.number])
                currentGroup = nil
                skippingBadGroup = true
                return
            }
            if let firstLine = groupLines[group.rawValue] {
                log.error(.groupRepeated(numeral: numeral.uppercased(), firstLine: firstLine), in: record, field: header.columns[.number])
                currentGroup = nil
                skippingBadGroup = true
                return
            }
            groupLines[group.rawValue] = record.line
            currentGroup = group
            skippingBadGroup = false
        }

        mutating func readTimeframe(_ record: CSVRecord, log: inout DiagnosticLog) -> Timeframe {
            guard let column = timeframeColumn else {
                return defaultTimeframe ?? Timeframe(text: "", meaning: .unspecified(.empty))
            }
            let timeframe = cache.timeframe(in: record, field: column)
            switch timeframe.meaning {
            case .unspecified(.empty):
                if let defaultTimeframe { return defaultTimeframe }
            case .unspecified(.notUnderstood(let recognised)):
                log.warning(.timeframeNotUnderstood(text: timeframe.text, recognised: recognised), in: record, field: column)
            default:
                break
            }
            return timeframe
        }
    }
}

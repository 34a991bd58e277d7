/// The plan JSON file (`childplan.plan/1`): the canonical stored form of a
/// plan, as `childplan import -o plan.json` writes it (DESIGN.md §6).
public enum PlanJSONCodec {
    public static let formatName = "childplan.plan/1"

    // MARK: Writing

    /// The plan as JSON, keys in the order of DESIGN.md §6; absent details
    /// are written as null so that every plan file has the same keys, and
    /// `inferred` is written only where something was inferred.
    public static func encode(_ plan: Plan) -> [UInt8] {
        let tasks: [JSONWriter.Value] = plan.tasks.map { task in
            .object([
                ("id", .string(task.id)), ("group", .int(task.group.number)), ("number", .int(task.number)),
                ("text", .string(task.text)), ("lead", .string(task.lead)),
                ("partners", .array(task.partners.map(JSONWriter.Value.string))), ("timeframe", .string(task.timeframe.text)),
            ] + (task.requested.map { [("requested", JSONWriter.Value.string($0.iso))] } ?? [])
              + (task.carrier.map { [("carrier", JSONWriter.Value.string($0))] } ?? [])
              + (task.inferred.isEmpty ? [] : [("inferred", .array(task.inferred.keys.map(JSONWriter.Value.string)))]))
        }
        let inferred = Plan.Field.allCases.filter(plan.inferred.contains).map { JSONWriter.Value.string($0.rawValue) }
        let document = JSONWriter.Value.object([
            ("format", .string(formatName)), ("id", .string(plan.id)), ("title", .optional(plan.title)),
            ("issuer", .optional(plan.issuer)),
        ] + (plan.jurisdiction.map { [("jurisdiction", JSONWriter.Value.string($0))] } ?? []) + [
            ("document", .optional(plan.document)), ("issued", .optional(plan.issued?.iso)),
            ("implements", .optional(plan.implements)), ("coordinator", .optional(plan.coordinator)),
            ("reporting", .object([
                ("semiannual", .string(plan.reporting.semiannual.description)),
                ("annual", .string(plan.reporting.annual.description)),
                ("dueBefore", .bool(plan.reporting.dueBefore)),
            ])),
        ] + (inferred.isEmpty ? [] : [("inferred", .array(inferred))]) + [
            ("tasks", .array(tasks)),
        ])
        return JSONWriter.bytes(document)
    }

    // MARK: Reading

    /// Reads a plan file; every problem is reported with its line and column,
    /// and a file with an error yields no plan.
    public static func read(utf8 bytes: [UInt8], file: String) -> (LoadedPlan?, [Diagnostic]) {
        read(utf8: bytes, file: file, cache: nil)
    }

    /// `cache`: texts, leads and timeframes worked out before, found again by their bytes (a national roll-up's
    /// plan files repeat a few hundred texts across 85,000 tasks). The same plan with or without it.
    static func read(utf8 bytes: [UInt8], file: String, cache: ReadingCache?) -> (LoadedPlan?, [Diagnostic]) {
        var log = DiagnosticLog(file: file)
        if bytes.isEmpty {
            log.error(.emptyFile, line: 1, column: 1)
            return (nil, log.diagnostics)
        }
        let text: [UInt8]
        switch SourceText.utf8(from: bytes) {
        case .success(let utf8): text = utf8
        case .failure(let failure):
            return (nil, [CSVSource.diagnostic(for: failure, file: file)])
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(utf8: text)
        } catch {
            log.error(.invalidJSON(error.problem), line: error.line, column: error.column)
            return (nil, log.diagnostics)
        }
        var reader = ObjectReader(log: log, cache: cache)
        let plan = reader.plan(from: root)
        log = reader.log
        guard let plan, !log.hasErrors else { return (nil, log.diagnostics) }
        return (LoadedPlan(plan: plan, file: file, kind: .planJSON, taskLocations: reader.taskLocations), log.diagnostics)
    }

    /// Walks the JSON tree, checking each key's type and value.
    private struct ObjectReader {
        var log: DiagnosticLog
        let cache: ReadingCache?
        var taskLocations: [String: TaskLocation] = [:]

        init(log: DiagnosticLog, cache: ReadingCache?) {
            self.log = log
            self.cache = cache
        }

        mutating func plan(from root: JSONNode) -> Plan? {
            guard case .object(let members) = root.value else {
                log.error(.wrongType(key: "(top level)", expected: .object), line: root.line, column: root.column)
                return nil
            }
            let keys = Dictionary(members.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            let known: Set = ["format", "id", "title", "issuer", "jurisdiction", "document", "issued", "implements", "coordinator", "reporting", "inferred", "tasks"]
            for member in members where !known.contains(member.key) {
                log.warning(.unknownKey(member.key), line: member.keyLine, column: member.keyColumn)
            }
            guard let formatMember = keys["format"] else {
                log.error(.unsupportedPlanFormat(nil), line: root.line, column: root.column)
                return nil
            }
            guard case .string(let format) = formatMember.node.value, format == PlanJSONCodec.formatName else {
                let found: String? = if case .string(let text) = formatMember.node.value { text } else { nil }
                log.error(.unsupportedPlanFormat(found), line: formatMember.node.line, column: formatMember.node.column)
                return nil
            }
            let id = requiredString("id", in: keys, parent: root)
            if let id, !Plan.isValidID(id) {
                let node = keys["id"]!.node
                log.error(.invalidValue(key: "id", value: id, expected: .planID),
                          line: node.line, column: node.column)
            }
            var issued: Day?
            if let member = keys["issued"], let text = optionalString(member) {
                issued = Day(parsing: text)
                if issued == nil {
                    log.error(.invalidDate(text), line: member.node.line, column: member.node.column)
                } else if let day = issued, !Limits.years.contains(day.year) {
                    // Periods are counted from the day a plan is issued: a plan of year 1 would owe four thousand.
                    log.error(.dayOutOfRange(text, years: Limits.years), line: member.node.line, column: member.node.column)
                    issued = nil
                }
            }
            let reporting = readReporting(keys["reporting"])
            let tasks = readTasks(keys["tasks"], parent: root)
            var details: [String: String] = [:]
            for key in ["title", "issuer", "jurisdiction", "document", "implements", "coordinator"] {
                if let member = keys[key], let text = optionalString(member) { details[key] = VietnameseText.tidyName(text) }
            }
            if let text = details["jurisdiction"], DefaultRegistry.registry.places.jurisdiction(parsing: text) == nil, let member = keys["jurisdiction"] {
                log.error(.jurisdictionNotUnderstood(text), line: member.node.line, column: member.node.column)
            }
            let inferred = readInferred(keys["inferred"], expected: Plan.Field.allCases.map(\.rawValue)).compactMap(Plan.Field.init(rawValue:))
            guard let id, let tasks else { return nil }
            var plan = Plan(
                id: id, title: details["title"], issuer: details["issuer"], document: details["document"], issued: issued,
                implements: details["implements"], coordinator: details["coordinator"], reporting: reporting, tasks: tasks)
            plan.inferred = Set(inferred)
            plan.jurisdiction = details["jurisdiction"]
            return plan
        }

        /// `inferred`: an array of the keys named in `expected`; anything else is an error.
        mutating func readInferred(_ member: JSONMember?, expected: [String]) -> [String] {
            guard let member else { return [] }
            let allowed = ExpectedValue.arrayOf(expected)
            guard case .array(let elements) = member.node.value else {
                if member.node.value != .null {
                    log.error(.wrongType(key: "inferred", expected: allowed), line: member.node.line, column: member.node.column)
                }
                return []
            }
            var keys: [String] = []
            for element in elements {
                guard case .string(let key) = element.value, expected.contains(key) else {
                    log.error(.invalidValue(key: "inferred", value: describe(element.value), expected: allowed),
                              line: element.line, column: element.column)
                    continue
                }
                keys.append(key)
            }
            return keys
        }

        mutating func requiredString(_ key: String, in keys: [String: JSONMember], parent: JSONNode) -> String? {
            guard let member = keys[key] else {
                log.error(.missingKey(key), line: parent.line, column: parent.column)
                return nil
            }
            guard case .string(let text) = member.node.value else {
                log.error(.wrongType(key: key, expected: .string), line: member.node.line, column: member.node.column)
                return nil
            }
            return text
        }

        /// A string or null; anything else is an error.
        mutating func optionalString(_ member: JSONMember) -> String? {
            switch member.node.value {
            case .string(let text): return text.isEmpty ? nil : text
            case .null: return nil
            default:
                log.error(.wrongType(key: member.key, expected: .stringOrNull), line: member.node.line, column: member.node.column)
                return nil
            }
        }

        mutating func readReporting(_ member: JSONMember?) -> ReportingDeadlines {
            guard let member else { return .standard }
            guard case .object(let members) = member.node.value else {
                if member.node.value != .null {
                    log.error(.wrongType(key: "reporting", expected: .object), line: member.node.line, column: member.node.column)
                }
                return .standard
            }
            var deadlines = ReportingDeadlines.standard
            for entry in members {
                if entry.key == "dueBefore" {
                    switch entry.node.value {
                    case .bool(let before): deadlines.dueBefore = before
                    case .null: break
                    default:
                        log.error(.wrongType(key: "dueBefore", expected: .trueOrFalse), line: entry.node.line, column: entry.node.column)
                    }
                    continue
                }
                guard entry.key == "semiannual" || entry.key == "annual" else {
                    log.warning(.unknownKey(entry.key), line: entry.keyLine, column: entry.keyColumn)
                    continue
                }
                guard case .string(let text) = entry.node.value, let monthDay = MonthDay(text) else {
                    log.error(.invalidValue(key: entry.key, value: describe(entry.node.value), expected: .monthDay),
                              line: entry.node.line, column: entry.node.column)
                    continue
                }
                if entry.key == "semiannual" { deadlines.semiannual = monthDay } else { deadlines.annual = monthDay }
            }
            return deadlines
        }

        mutating func readTasks(_ member: JSONMember?, parent: JSONNode) -> [PlanTask]? {
            guard let member else {
                log.error(.missingKey("tasks"), line: parent.line, column: parent.column)
                return nil
            }
            guard case .array(let elements) = member.node.value else {
                log.error(.wrongType(key: "tasks", expected: .array), line: member.node.line, column: member.node.column)
                return nil
            }
            var tasks: [PlanTask] = []
            var firstLines: [String: Int] = [:]
            for element in elements {
                guard let task = readTask(element) else { continue }
                if let firstLine = firstLines[task.id] {
                    log.error(.duplicateTaskID(task.id, firstLine: firstLine), line: element.line, column: element.column)
                    continue
                }
                firstLines[task.id] = element.line
                taskLocations[task.id] = location(of: element)
                tasks.append(task)
            }
            return tasks
        }

        func location(of element: JSONNode) -> TaskLocation {
            func at(_ node: JSONNode) -> SourceLocation { SourceLocation(file: log.file, line: node.line, column: node.column) }
            guard case .object(let members) = element.value else { return TaskLocation(row: at(element)) }
            func member(_ key: String) -> SourceLocation? { members.first { $0.key == key }.map { at($0.node) } }
            return TaskLocation(row: at(element), text: member("text"), lead: member("lead"), partners: member("partners"),
                                timeframe: member("timeframe"))
        }

        mutating func readTask(_ node: JSONNode) -> PlanTask? {
            guard case .object(let members) = node.value else {
                log.error(.wrongType(key: "tasks", expected: .arrayOfObjects), line: node.line, column: node.column)
                return nil
            }
            let keys = Dictionary(members.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            let known: Set = ["id", "group", "number", "text", "lead", "partners", "timeframe", "requested", "carrier", "inferred"]
            for member in members where !known.contains(member.key) {
                log.warning(.unknownKey(member.key), line: member.keyLine, column: member.keyColumn)
            }
            let group = readGroup(keys["group"], parent: node)
            let number = readNumber(keys["number"], parent: node)
            let text = requiredString("text", in: keys, parent: node).map { cache?.taskText($0) ?? VietnameseText.tidy($0) }
            let lead = requiredString("lead", in: keys, parent: node).map { cache?.lead($0) ?? AgencyList.single($0) }
            let partners = readPartners(keys["partners"])
            var timeframe = Timeframe(text: "", meaning: .unspecified(.empty))
            if let member = keys["timeframe"], let raw = optionalString(member) {
                timeframe = cache?.timeframe(raw) ?? Timeframe(raw)
                if case .unspecified(.notUnderstood(let recognised)) = timeframe.meaning {
                    log.warning(.timeframeNotUnderstood(text: timeframe.text, recognised: recognised),
                                line: member.node.line, column: member.node.column)
                }
            }
            guard let group, let number else { return nil }
            let id = PlanTask.id(group: group, number: number)
            if let idMember = keys["id"] {
                if case .string(let given) = idMember.node.value, given != id {
                    log.error(.taskIDMismatch(id: given, expected: id), line: idMember.node.line, column: idMember.node.column)
                } else if case .string = idMember.node.value {} else {
                    log.error(.wrongType(key: "id", expected: .string), line: idMember.node.line, column: idMember.node.column)
                }
            }
            if let text, text.isEmpty {
                log.error(.missingTaskText(taskID: id), line: keys["text"]!.node.line, column: keys["text"]!.node.column)
            }
            if let lead, lead.isEmpty {
                log.error(.missingLead(taskID: id), line: keys["lead"]!.node.line, column: keys["lead"]!.node.column)
            }
            if partners.count > Limits.partnersPerTask, let member = keys["partners"] {
                log.error(.tooManyPartners(taskID: id, count: partners.count, limit: Limits.partnersPerTask),
                          line: member.node.line, column: member.node.column)
                return nil
            }
            let inferred = readInferred(keys["inferred"], expected: PlanTask.InferredFields.named.map(\.key))
            guard let text, let lead else { return nil }
            var task = PlanTask(group: group, number: number, text: text, lead: lead, partners: partners, timeframe: timeframe)
            task.inferred = PlanTask.InferredFields(inferred.compactMap(PlanTask.InferredFields.init(key:)))
            if let member = keys["requested"], let text = optionalString(member) {
                switch Day(parsing: text) {
                case .some(let day) where Limits.years.contains(day.year): task.requested = day
                case .some: log.error(.dayOutOfRange(text, years: Limits.years), line: member.node.line, column: member.node.column)
                case .none: log.error(.invalidDate(text), line: member.node.line, column: member.node.column)
                }
            }
            if let member = keys["carrier"], let text = optionalString(member) {
                let carrier = AgencyList.single(text)
                task.carrier = carrier.isEmpty ? nil : carrier
            }
            return task
        }

        mutating func readGroup(_ member: JSONMember?, parent: JSONNode) -> TaskGroup? {
            guard let member else {
                log.error(.missingKey("group"), line: parent.line, column: parent.column)
                return nil
            }
            let text: String
            switch member.node.value {
            case .number(let value): text = value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
            case .string(let value): text = value
            default:
                log.error(.wrongType(key: "group", expected: .groupNumber), line: member.node.line, column: member.node.column)
                return nil
            }
            guard let group = TaskGroup(numeral: text) else {
                log.error(.unknownGroupNumeral(text), line: member.node.line, column: member.node.column)
                return nil
            }
            return group
        }

        mutating func readNumber(_ member: JSONMember?, parent: JSONNode) -> Int? {
            guard let member else {
                log.error(.missingKey("number"), line: parent.line, column: parent.column)
                return nil
            }
            guard case .number(let value) = member.node.value, value == value.rounded(), value >= 1, value <= Double(Limits.largestTaskNumber) else {
                log.error(.invalidValue(key: "number", value: describe(member.node.value), expected: .wholeNumberFromOne),
                          line: member.node.line, column: member.node.column)
                return nil
            }
            return Int(value)
        }

        mutating func readPartners(_ member: JSONMember?) -> [String] {
            guard let member else { return [] }
            switch member.node.value {
            case .null: return []
            case .string(let text): return AgencyList.split(text)
            case .array(let elements):
                var partners: [String] = []
                for element in elements {
                    guard case .string(let name) = element.value else {
                        log.error(.wrongType(key: "partners", expected: .arrayOfStrings), line: element.line, column: element.column)
                        continue
                    }
                    let tidy = cache?.lead(name) ?? AgencyList.single(name)
                    if !tidy.isEmpty { partners.append(tidy) }
                }
                return partners
            default:
                log.error(.wrongType(key: "partners", expected: .arrayOfStrings), line: member.node.line, column: member.node.column)
                return []
            }
        }

        func describe(_ value: JSONValue) -> String {
            switch value {
            case .string(let text): text
            case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            case .bool(let flag): String(flag)
            default: value.typeName
            }
        }
    }
}

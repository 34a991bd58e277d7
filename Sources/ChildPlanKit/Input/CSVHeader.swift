
/// The header row of a CSV file: which file kind it announces and where each column is.
public struct CSVHeader: Sendable {
    public var kind: FileKind
    public var columns: [ColumnRole: Int]
    /// The header cells as written, for messages that name a column.
    public var titles: [String]
    public var line: Int

    /// The roles a file of `kind` cannot do without.
    public static func requiredRoles(for kind: FileKind) -> [ColumnRole] {
        switch kind {
        case .appendix: [.task, .lead]
        case .updates: [.task, .period, .status, .date]
        case .registry: [.name, .kind]
        case .planJSON: []
        }
    }

    /// How a missing column is named to the user: its English and Vietnamese headers.
    public static func displayName(of role: ColumnRole) -> String {
        switch role {
        case .number: "no (STT)"
        case .group: "group (Nhóm)"
        case .task: "task (Nhiệm vụ)"
        case .lead: "lead (Cơ quan chủ trì)"
        case .partners: "partners (Cơ quan phối hợp)"
        case .timeframe: "timeframe (Thời gian thực hiện)"
        case .plan: "plan (Kế hoạch)"
        case .period: "period (Kỳ báo cáo)"
        case .status: "status (Tình trạng)"
        case .date: "date (Ngày báo cáo)"
        case .agency: "agency (Cơ quan báo cáo)"
        case .evidence: "evidence (Văn bản)"
        case .note: "note (Ghi chú)"
        case .role: "role (Vai trò)"
        case .name: "name"
        case .short: "short"
        case .aliases: "aliases"
        case .kind: "kind"
        case .successor: "successor"
        case .since: "since"
        }
    }

    private enum Pattern {
        case exact(String)
        case prefix(String)
        case contains(String)

        func matches(_ key: String) -> Bool {
            switch self {
            case .exact(let word): key == word
            case .prefix(let word): key.hasPrefix(word)
            case .contains(let word): key.contains(word)
            }
        }
    }

    /// Header words per file kind, compared with `VietnameseText.looseKey`
    /// after dropping a trailing footnote number (`Cơ quan chủ trì2`).
    private static let vocabulary: [FileKind: [(ColumnRole, [Pattern])]] = [
        .appendix: [
            (.number, ["stt", "tt", "so tt", "so thu tu", "no", "no.", "number", "#"].map(Pattern.exact)),
            (.group, ["group", "nhom", "nhom nhiem vu", "group no", "group number"].map(Pattern.exact)),
            (.lead, [.contains("chu tri"), .exact("lead"), .exact("lead agency")]),
            (.partners, [.contains("phoi hop"), .exact("partners"), .exact("partner"), .exact("partner agencies")]),
            (.timeframe, ["thoi gian", "thoi han", "timeframe", "time frame", "deadline"].map(Pattern.prefix)),
            (.task, ["nhiem vu", "noi dung", "task", "ten nhiem vu", "description"].map(Pattern.prefix)),
        ],
        .updates: [
            (.plan, ["plan", "ke hoach", "ma ke hoach", "plan id"].map(Pattern.exact)),
            (.task, ["task", "nhiem vu", "ma nhiem vu", "task id", "stt nhiem vu"].map(Pattern.exact)),
            (.period, ["period", "ky bao cao", "ky"].map(Pattern.exact)),
            (.status, ["status", "tinh trang", "trang thai"].map(Pattern.exact)),
            (.date, ["date", "ngay bao cao", "ngay", "report date"].map(Pattern.exact)),
            (.agency, ["agency", "co quan bao cao", "co quan", "don vi bao cao", "reporting agency"].map(Pattern.exact)),
            (.evidence, ["evidence", "van ban", "so ky hieu van ban", "van ban bao cao"].map(Pattern.exact)),
            (.note, ["note", "notes", "ghi chu"].map(Pattern.exact)),
            (.role, ["role", "vai tro"].map(Pattern.exact)),
        ],
        .registry: [
            (.name, ["name", "ten", "ten co quan"].map(Pattern.exact)),
            (.short, ["short", "short forms", "ten viet tat", "viet tat"].map(Pattern.exact)),
            (.aliases, ["aliases", "ten khac"].map(Pattern.exact)),
            (.kind, ["kind", "loai"].map(Pattern.exact)),
            (.successor, ["successor", "co quan ke nhiem", "ke nhiem"].map(Pattern.exact)),
            (.since, ["since", "tu ngay"].map(Pattern.exact)),
        ],
    ]

    /// Header cells as compared: `looseKey`, without a trailing footnote number.
    static func keys(of cells: [String]) -> [String] {
        cells.map { cell in
            var key = VietnameseText.looseKey(cell)
            while let last = key.last, last.isASCIIDigit || last == "*", key.count > 2 { key.removeLast() }
            return key.trimmingSuffix(" ")
        }
    }

    /// The column roles a header row names for a file kind.
    static func roles(in cells: [String], for kind: FileKind) -> [ColumnRole: Int] {
        roles(keys: keys(of: cells), for: kind)
    }

    static func roles(keys: [String], for kind: FileKind) -> [ColumnRole: Int] {
        guard let entries = vocabulary[kind] else { return [:] }
        var columns: [ColumnRole: Int] = [:]
        for (index, key) in keys.enumerated() {
            guard !key.isEmpty else { continue }
            for (role, patterns) in entries where columns[role] == nil {
                if patterns.contains(where: { $0.matches(key) }) {
                    columns[role] = index
                    break
                }
            }
        }
        return columns
    }

    /// Reads records until one looks like a header (at least two columns of
    /// one kind, among the first 20 records: a title line may stand above
    /// the table). With `expected`, only that kind is considered.
    /// Returns nil when no record looks like a header.
    public static func find(in parser: inout CSVParser, expecting expected: FileKind? = nil) throws(CSVParser.SyntaxError)
        -> CSVHeader?
    {
        var noCache: HeaderCache?
        return try find(in: &parser, expecting: expected, cache: &noCache)
    }

    /// Headers (and title lines) found before, by the bytes of their cells:
    /// the files of a roll-up share a handful of header rows.
    typealias HeaderCache = ByteCache<CSVHeader?>

    static func find<Source: RecordSource>(in parser: inout Source, expecting expected: FileKind?, cache: inout HeaderCache?)
        throws(CSVParser.SyntaxError) -> CSVHeader?
    {
        var examined = 0
        var key: [UInt8] = []
        while examined < 20, try parser.nextRecord() {
            examined += 1
            guard !parser.record.isBlank else { continue }
            let record = parser.record
            let found: CSVHeader?
            if cache != nil {
                key.removeAll(keepingCapacity: true)
                key.append(expected.map { UInt8(FileKind.allCases.firstIndex(of: $0)!) } ?? 0xFF)
                for field in 0..<record.count {
                    key.append(0x1F)
                    record.withBytes(field) { key.append(contentsOf: $0) }
                }
                found = key.withUnsafeBufferPointer { bytes in
                    cache!.value(for: bytes) { _ in header(in: record, expecting: expected) }
                }
            } else {
                found = header(in: record, expecting: expected)
            }
            if var found {
                found.line = record.line
                return found
            }
        }
        return nil
    }

    /// The header this record is, if it is one.
    private static func header(in record: CSVRecord, expecting expected: FileKind?) -> CSVHeader? {
        let kinds: [FileKind] = expected.map { [$0] } ?? [.registry, .updates, .appendix]
        let cells = record.strings
        let keys = keys(of: cells)
        var best: CSVHeader?
        var bestScore = 1
        for kind in kinds {
            let columns = roles(keys: keys, for: kind)
            let required = requiredRoles(for: kind).filter { columns[$0] != nil }.count
            let score = columns.count + required
            if columns.count >= 2, score > bestScore {
                best = CSVHeader(kind: kind, columns: columns, titles: cells, line: record.line)
                bestScore = score
            }
        }
        return best
    }

    public var missingRequiredRoles: [ColumnRole] {
        CSVHeader.requiredRoles(for: kind).filter { columns[$0] == nil }
    }
}

/// The column of each role as an array, looked up once per file rather
/// than in the header's dictionary per cell; `Int.max` (past any record's
/// last field, so an empty cell) for a role the file has no column for.
struct ColumnIndex {
    private var indices: [Int]

    init(_ header: CSVHeader) {
        indices = Array(repeating: Int.max, count: ColumnRole.allCases.count)
        for (role, column) in header.columns { indices[role.ordinal] = column }
    }

    subscript(role: ColumnRole) -> Int { indices[role.ordinal] }

    func contains(_ role: ColumnRole) -> Bool { indices[role.ordinal] != Int.max }
}

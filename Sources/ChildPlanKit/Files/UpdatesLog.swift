import Foundation

/// A plan's updates log: the CSV that `childplan update` appends to.
///
/// Appending is safe against other `update` processes and against crashes:
/// an exclusive lock is held on a separate, stable lock file (`LOG.lock`;
/// a lock on the log itself would be lost when the log is replaced), and
/// under it the whole new log is written beside the old one, flushed and
/// renamed over it. Earlier lines are copied byte for byte, never changed.
/// The log keeps its own form: a log an office opened and saved in Excel
/// keeps its delimiter, line ends, BOM, column order and Vietnamese words.
public struct UpdatesLog: Sendable {
    public struct Failure: Error, Equatable {
        public var path: String
        public var problem: UpdatesLogProblem
    }

    public var path: String
    /// How long to wait for another `update` that holds the log's lock before giving up.
    public var lockWait: Duration
    /// Told the lock file once a wait for it has lasted a second, and nil
    /// when the wait is over (for a progress line on a terminal).
    public var waiting: (@Sendable (_ lockFile: String?) -> Void)?

    public init(path: String, lockWait: Duration = .seconds(30), waiting: (@Sendable (_ lockFile: String?) -> Void)? = nil) {
        self.path = path
        self.lockWait = lockWait
        self.waiting = waiting
    }

    /// The log that goes with a plan file: `DIR/<plan id>.updates.csv`.
    public static func path(besidePlanFile planFile: String, planID: String) -> String {
        let directory = (planFile as NSString).deletingLastPathComponent
        return (directory.isEmpty ? "" : directory + "/") + "\(planID).updates.csv"
    }

    static let englishHeader = ["plan", "task", "period", "status", "date", "agency", "evidence", "note"]

    public func append(_ update: StatusUpdate) throws(Failure) {
        // The log's real file, through every link: its lock and its
        // replacement are there, whichever path reached it.
        let target = OutputFile.realPath(of: path)
        let lockPath = target + ".lock"
        let lock = open(lockPath, O_RDWR | O_CREAT, 0o644)
        guard lock >= 0 else { throw Failure(path: lockPath, problem: .cannotLock(errno: errno)) }
        defer { close(lock) }
        // Another update may hold the lock for a moment: wait for it, saying
        // so after a second, and give up after `lockWait` rather than hang.
        let started = ContinuousClock.now
        var told = false
        while flock(lock, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw Failure(path: lockPath, problem: .cannotLock(errno: errno)) }
            let waited = ContinuousClock.now - started
            if waited >= lockWait { throw Failure(path: lockPath, problem: .lockTimeout(seconds: Int(lockWait.components.seconds))) }
            if !told, waited >= .seconds(1) {
                waiting?(lockPath)
                told = true
            }
            usleep(20_000)
        }
        if told { waiting?(nil) }
        defer { flock(lock, LOCK_UN) }

        var existing: [UInt8] = []
        if FileManager.default.fileExists(atPath: target) {
            guard let data = FileManager.default.contents(atPath: target) else {
                throw Failure(path: target, problem: .unreadable)
            }
            existing = Array(data)
        }
        let bytes = try appended(update, to: existing)
        do {
            try OutputFile.write(bytes, to: target)
        } catch {
            throw Failure(path: target, problem: .cannotWrite(error.problem))
        }
    }

    /// The log's bytes with one more row, in the log's own form.
    public func appended(_ update: StatusUpdate, to existing: [UInt8]) throws(Failure) -> [UInt8] {
        guard !existing.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            let writer = CSVWriter(guardsDaysAndNumbers: false)
            return Array((writer.record(UpdatesLog.englishHeader) + writer.record(cells(update, columns: defaultColumns, vietnamese: false))).utf8)
        }
        let hasBOM = existing.starts(with: [0xEF, 0xBB, 0xBF])
        let utf8: [UInt8]
        switch SourceText.utf8(from: existing) {
        case .success(let decoded): utf8 = decoded
        case .failure: throw Failure(path: path, problem: .notUTF8)
        }
        guard !hasBOM || utf8.count == existing.count - 3 else {
            throw Failure(path: path, problem: .utf16)
        }
        var parser = CSVParser(utf8: utf8)
        let found: CSVHeader?
        do {
            found = try CSVHeader.find(in: &parser, expecting: .updates)
        } catch {
            throw Failure(path: path, problem: .invalidCSV(line: error.line))
        }
        guard let header = found, header.missingRequiredRoles.isEmpty else {
            throw Failure(path: path, problem: .notAnUpdatesHeader)
        }
        // The log must end at a record's end: a row appended after an open
        // quoted cell would vanish into that cell.
        var rest = parser
        do {
            while try rest.nextRecord() {}
        } catch {
            throw Failure(path: path, problem: .invalidCSV(line: error.line))
        }
        let lineEnd = utf8.contains(0x0D) ? (utf8.firstIndex(of: 0x0A) != nil ? "\r\n" : "\r") : "\n"
        let writer = CSVWriter(delimiter: Character(UnicodeScalar(parser.delimiter)), lineEnd: lineEnd, guardsDaysAndNumbers: false)
        let statusTitle = header.columns[.status].map { VietnameseText.looseKey(header.titles[$0]) } ?? ""
        let vietnamese = statusTitle != "status"
        var columns = Array(repeating: ColumnRole?.none, count: header.titles.count)
        for (role, index) in header.columns { columns[index] = role }
        var bytes = existing
        if let last = bytes.last, last != 0x0A, last != 0x0D { bytes += Array(lineEnd.utf8) }
        bytes += Array(writer.record(cells(update, columns: columns, vietnamese: vietnamese)).utf8)
        try checkReadsBack(bytes, existing: existing, update: update)
        return bytes
    }

    /// The log with the row added must read as it did, with the row last. A
    /// log whose delimiter or header could be told another way once the row
    /// is in (a short log of odd rows: the delimiter is told from the first
    /// twenty) is refused and left as it was.
    private func checkReadsBack(_ appended: [UInt8], existing: [UInt8], update: StatusUpdate) throws(Failure) {
        let before = UpdatesReader.read(utf8: existing, file: path).0?.updates ?? []
        guard let after = UpdatesReader.read(utf8: appended, file: path).0?.updates,
              after.count == before.count + 1, after.dropLast().elementsEqual(before), let last = after.last,
              last.taskID == update.taskID, last.period == update.period, last.status == update.status, last.date == update.date
        else { throw Failure(path: path, problem: .wouldReadDifferently) }
    }

    private var defaultColumns: [ColumnRole?] { [.plan, .task, .period, .status, .date, .agency, .evidence, .note] }

    /// The update's cells for a log with these columns; other columns are left empty.
    private func cells(_ update: StatusUpdate, columns: [ColumnRole?], vietnamese: Bool) -> [String] {
        columns.map { role in
            switch role {
            case .plan: update.planID
            case .task: update.taskID
            case .period: update.period.description
            case .status: vietnamese ? update.status.vietnameseWord : update.status.rawValue
            case .date: vietnamese ? update.date.vietnamese : update.date.iso
            case .agency: update.agency
            case .evidence: update.evidence
            case .note: update.note
            default: ""
            }
        }
    }
}

/// Why an update cannot be added to a log (worded in `MessageCatalogue`).
public enum UpdatesLogProblem: Hashable, Sendable {
    /// The lock file cannot be opened or locked: the system's error number.
    case cannotLock(errno: Int32)
    /// Another update held the lock for longer than the wait allowed.
    case lockTimeout(seconds: Int)
    case unreadable
    case notUTF8
    case utf16
    case invalidCSV(line: Int)
    case notAnUpdatesHeader
    /// With the row added, the log would read otherwise (another delimiter or header), or the row would not read back.
    case wouldReadDifferently
    case cannotWrite(OutputProblem)

    /// True when the existing log could not be read as an updates file (bad data, not a failed write).
    public var isBadLog: Bool {
        switch self {
        case .notUTF8, .utf16, .invalidCSV, .notAnUpdatesHeader, .wouldReadDifferently: true
        case .cannotLock, .lockTimeout, .unreadable, .cannotWrite: false
        }
    }
}

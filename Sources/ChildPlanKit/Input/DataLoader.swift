import Foundation
import Synchronization

/// Reads plans, updates and registries from files and directories.
///
/// A directory is read with its subdirectories, files in path order so the
/// result is the same every time; hidden files are passed over, and so are
/// files that are not `.csv`, `.tsv`, `.txt` or `.json`. CSV files are told
/// apart by their header.
public struct DataLoader: Sendable {
    /// Files larger than this are refused rather than read into memory.
    public var maximumFileSize: Int
    /// Timeframe for appendix tasks whose cell is empty or whose file has no timeframe column.
    public var defaultTimeframe: String?
    /// Whether to note where each task's cells are, and each update's agency
    /// cell, for warnings about them (`validate`); a report does without,
    /// which saves a scan of every row.
    public var recordsTaskLocations: Bool
    /// How many files are read at once; by default one per processor core.
    /// The result does not depend on it.
    public var concurrentReaders: Int

    public init(
        maximumFileSize: Int = Limits.largestInputBytes, defaultTimeframe: String? = nil, recordsTaskLocations: Bool = true,
        concurrentReaders: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.maximumFileSize = maximumFileSize
        self.defaultTimeframe = defaultTimeframe
        self.recordsTaskLocations = recordsTaskLocations
        self.concurrentReaders = max(1, concurrentReaders)
    }

    static let dataExtensions: Set<String> = ["csv", "tsv", "txt", "json", "docx", "xlsx"]
    /// Files that cannot be read, and are refused with the way to re-save them when given by name.
    static let refusedExtensions: [String: InputProblem] = [
        "doc": .binaryOffice(word: true, encrypted: false), "xls": .binaryOffice(word: false, encrypted: false), "pdf": .pdf,
        "odt": .openDocument, "ods": .openDocument,
    ]

    /// Told how many files have been read of how many, as loading goes on.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    public func load(paths: [String], progress: Progress? = nil) -> LoadedFiles {
        var result = LoadedFiles()
        var files: [(path: String, explicitly: Bool)] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.diagnostics.append(.error(.fileNotFound, at: .wholeFile(path)))
                continue
            }
            if isDirectory.boolValue {
                var unreadable: [(folder: String, errno: Int32)] = []
                files += DataLoader.dataFiles(in: path, unreadable: &unreadable).map { ($0, false) }
                // A folder that cannot be listed is never passed over in silence (66).
                for (folder, number) in unreadable {
                    result.diagnostics.append(.error(.fileUnreadable(reason: String(cString: strerror(number))), at: .wholeFile(folder)))
                }
            } else {
                files.append((path, true))
            }
        }
        let perFile = ReadQueue(fileCount: files.count, progress: progress)
        let readers = min(concurrentReaders, files.count)
        let loader = self
        let toRead = files
        Parallel.workers(readers) { _ in
            let cache = ReadingCache()
            while let index = perFile.nextFile() {
                var read = LoadedFiles()
                loader.load(file: toRead[index].path, explicitly: toRead[index].explicitly, into: &read, cache: cache)
                perFile.store(read, at: index)
            }
        }
        for read in perFile.results { result.append(read) }
        return result
    }

    /// Hands out files to the readers one at a time, and keeps what each
    /// file gave in its own slot so the result is in path order whatever
    /// order the reads finish in.
    private final class ReadQueue: Sendable {
        private struct State {
            var next = 0
            var done = 0
            var results: [LoadedFiles]
        }

        private let state: Mutex<State>
        private let fileCount: Int
        private let progress: Progress?

        init(fileCount: Int, progress: Progress?) {
            self.fileCount = fileCount
            self.progress = progress
            state = Mutex(State(results: Array(repeating: LoadedFiles(), count: fileCount)))
        }

        var results: [LoadedFiles] { state.withLock { $0.results } }

        func nextFile() -> Int? {
            state.withLock { state in
                guard state.next < fileCount else { return nil }
                state.next += 1
                return state.next - 1
            }
        }

        /// Progress is told under the lock, so that its calls come in order.
        func store(_ read: LoadedFiles, at index: Int) {
            state.withLock { state in
                state.results[index] = read
                state.done += 1
                progress?(state.done, fileCount)
            }
        }
    }

    /// The data files under a directory, sorted, hidden ones left out.
    /// Listed with `readdir`, whose entries say which are directories:
    /// `FileManager`'s enumerator took 90 ms for the 3,600 files of a
    /// national roll-up. A link is followed to a file, never into a directory.
    static func dataFiles(in directory: String) -> [String] {
        var unreadable: [(folder: String, errno: Int32)] = []
        return dataFiles(in: directory, unreadable: &unreadable)
    }

    /// `dataFiles(in:)`, and the folders on the way that could not be listed, with why.
    static func dataFiles(in directory: String, unreadable: inout [(folder: String, errno: Int32)]) -> [String] {
        var files: [String] = []
        func list(_ folder: String) {
            guard let stream = opendir(folder) else {
                unreadable.append((folder, errno))
                return
            }
            defer { closedir(stream) }
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
                // Hidden files, and the lock files Word and Excel leave beside an open file (`~$ke-hoach.docx`).
                guard !name.hasPrefix("."), !name.hasPrefix("~$") else { continue }
                let path = prefix + name
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR):
                    list(path)
                case Int32(DT_REG):
                    if isDataFile(name) { files.append(path) }
                default:  // a link, or a file system that does not say: ask
                    var status = stat()
                    guard stat(path, &status) == 0 else { continue }
                    if status.st_mode & S_IFMT == S_IFDIR, Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                        list(path)
                    } else if status.st_mode & S_IFMT == S_IFREG, isDataFile(name) {
                        files.append(path)
                    }
                }
            }
        }
        list(directory)
        return files.sorted()
    }

    static func isDataFile(_ name: String) -> Bool {
        dataExtensions.contains(nameAndExtension(of: name).extension.lowercased())
    }

    /// Reads a file's bytes, or the problem that prevents it. A device or a
    /// pipe is read until it ends or gives more than `maximumFileSize`.
    public func readBytes(of path: String) -> Result<[UInt8], Diagnostic> {
        // The usual case costs one open, one stat and one read.
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= maximumFileSize,
           case .read(let bytes) = DataLoader.readWhole(path, limit: maximumFileSize)
        {
            return .success(bytes)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.error(.fileNotFound, at: .wholeFile(path)))
        }
        if isDirectory.boolValue { return .failure(.error(.isDirectory, at: .wholeFile(path))) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumFileSize {
            return .failure(.error(.fileTooLarge(bytes: size, limit: maximumFileSize), at: .wholeFile(path)))
        }
        switch DataLoader.readWhole(path, limit: maximumFileSize) {
        case .read(let bytes): return .success(bytes)
        case .tooLarge: return .failure(.error(.inputWithoutEnd(limit: maximumFileSize), at: .wholeFile(path)))
        case .failed: break
        }
        do {
            // The direct read failed; Foundation says why.
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return .success(Array(data))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            return .failure(.error(.fileUnreadable(reason: reason), at: .wholeFile(path)))
        }
    }

    /// What reading a file whole gave.
    enum WholeRead: Equatable {
        case read([UInt8])
        /// More than the limit came (a device such as /dev/zero, or an endless pipe): reading stopped there.
        case tooLarge
        case failed
    }

    /// The file's bytes read straight into an array, without going through
    /// `Data` (which costs a second copy). A pipe (`<(…)` in a shell) or a
    /// device is read to its end, or until it has given more than `limit` bytes.
    static func readWhole(_ path: String, limit: Int = Limits.largestInputBytes) -> WholeRead {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failed }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failed }
        var capacity = status.st_mode & S_IFMT == S_IFREG ? min(Int(status.st_size), limit) + 1 : min(1 << 16, limit + 1)
        var failed = false
        // Safe: `read` writes at most `capacity - count` bytes after the
        // `count` already read, and `count` is what it reported written.
        func chunk() -> [UInt8] {
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                while count < capacity {
                    let got = read(descriptor, buffer.baseAddress! + count, capacity - count)
                    if got < 0, errno == EINTR { continue }
                    if got < 0 { failed = true }
                    if got <= 0 { break }
                    count += got
                }
            }
        }
        // One read for a file whose size is known; a short read is the end.
        var bytes = chunk()
        var last = bytes.count
        while !failed, last == capacity, bytes.count <= limit {
            capacity = min(max(capacity, 1 << 16), limit + 1 - bytes.count)
            let more = chunk()
            last = more.count
            bytes += more
        }
        if failed { return .failed }
        return bytes.count > limit ? .tooLarge : .read(bytes)
    }

    func load(file: String, explicitly: Bool, into result: inout LoadedFiles, cache: ReadingCache) {
        let fileExtension = DataLoader.nameAndExtension(of: file).extension.lowercased()
        if explicitly, let problem = DataLoader.refusedExtensions[fileExtension] {
            result.diagnostics.append(.error(problem, at: .wholeFile(file)))
            return
        }
        if explicitly, !DataLoader.dataExtensions.contains(fileExtension), !fileExtension.isEmpty {
            result.diagnostics.append(.error(.unsupportedExtension(fileExtension), at: .wholeFile(file)))
            return
        }
        let bytes: [UInt8]
        switch readBytes(of: file) {
        case .success(let read): bytes = read
        case .failure(let diagnostic):
            result.diagnostics.append(diagnostic)
            return
        }
        switch OfficeInput.Signature(bytes) {
        case .zip?:
            let read = OfficeInput.read(bytes, file: file, expecting: nil, choice: TableChoice(), loader: self, cache: cache,
                                        explicitly: explicitly)
            var files = read.files
            for index in files.plans.indices {
                if let details = read.details { files.plans[index].plan.apply(details) }
            }
            if !files.plans.isEmpty || !files.updates.isEmpty, SampleDataMark.isMarked(file: file, utf8: [], headerLine: 1) {
                files.illustrative.append(file)
            }
            result.append(files)
            return
        case .pdf?:
            result.diagnostics.append(.error(.pdf, at: .wholeFile(file)))
            return
        case .compoundDocument(let encrypted)?:
            result.diagnostics.append(.error(.binaryOffice(word: fileExtension != "xls" && fileExtension != "xlsx", encrypted: encrypted),
                                             at: .wholeFile(file)))
            return
        case nil:
            break
        }
        if fileExtension == "json" {
            let (plan, diagnostics) = PlanJSONCodec.read(utf8: bytes, file: file, cache: cache)
            result.diagnostics += diagnostics
            if let plan { result.plans.append(plan) }
            if plan != nil, SampleDataMark.isMarked(file: file, utf8: [], headerLine: 1) { result.illustrative.append(file) }
            return
        }
        switch CSVSource.table(for: bytes, file: file, kind: nil, cache: cache) {
        case .failure(let diagnostic):
            if explicitly || diagnostic.problem != .headerNotFound(.appendix) {
                result.diagnostics.append(diagnostic)
            } else {
                result.diagnostics.append(.warning(.unrecognisedFile(header: DataLoader.firstCells(of: bytes)), at: diagnostic.location))
                result.skipped.append(file)
            }
        case .success(let (table, header)):
            var parser = table
            if SampleDataMark.isMarked(file: file, utf8: bytes, headerLine: header.line) { result.illustrative.append(file) }
            readTable(&parser, header: header, file: file, cache: cache, into: &result)
        }
    }

    /// Reads the records after a header as the kind of table it heads: from CSV, or from Word or Excel (`OfficeInput`).
    func readTable<Source: RecordSource>(
        _ records: inout Source, header: CSVHeader, file: String, cache: ReadingCache, into result: inout LoadedFiles
    ) {
        switch header.kind {
        case .appendix:
            let (plan, diagnostics) = AppendixImporter.read(
                &records, header: header, file: file, planID: DataLoader.planID(forFile: file), defaultTimeframe: defaultTimeframe,
                recordsTaskLocations: recordsTaskLocations, cache: cache)
            result.diagnostics += diagnostics
            if let plan { result.plans.append(plan) }
        case .updates:
            let (updates, diagnostics) = UpdatesReader.read(
                &records, header: header, file: file, recordsAgencyColumns: recordsTaskLocations, cache: cache)
            result.diagnostics += diagnostics
            if let updates { result.updates.append(updates) }
        case .registry:
            let (registry, diagnostics) = RegistryReader.read(&records, header: header, file: file)
            result.diagnostics += diagnostics
            if let registry { result.registries.append(registry) }
        case .planJSON:
            break
        }
    }

    /// The first non-empty row of a file that is not a childplan file, to show in the warning.
    static func firstCells(of bytes: [UInt8]) -> [String] {
        guard case .success(var parser) = CSVSource.parser(for: bytes, file: "") else { return [] }
        while (try? parser.nextRecord()) == true {
            if !parser.record.isBlank { return parser.record.strings }
        }
        return []
    }

    /// A plan read from CSV takes its id from the file name: `kon-tum-2025.csv` → `kon-tum-2025`.
    public static func planID(forFile file: String) -> String {
        String(nameAndExtension(of: file).name)
    }

    /// The last component of a path split at its last dot, as `NSString`'s
    /// `lastPathComponent`, `deletingPathExtension` and `pathExtension` give
    /// them (`plans/kon-tum-2025.csv` → `kon-tum-2025`, `csv`; a leading dot
    /// starts no extension), without bridging to `NSString` for every file.
    static func nameAndExtension(of path: String) -> (name: Substring, extension: Substring) {
        let slash = UInt8(ascii: "/")
        var end = path.utf8.endIndex
        while end > path.utf8.startIndex, path.utf8[path.utf8.index(before: end)] == slash, path.utf8.index(before: end) > path.utf8.startIndex {
            end = path.utf8.index(before: end)
        }
        let start = path.utf8[..<end].lastIndex(of: slash).map { path.utf8.index(after: $0) } ?? path.utf8.startIndex
        let component = path[start..<end]
        guard let dot = component.utf8.lastIndex(of: UInt8(ascii: ".")), dot > component.startIndex else { return (component, "") }
        return (component[..<dot], component[component.utf8.index(after: dot)...])
    }
}

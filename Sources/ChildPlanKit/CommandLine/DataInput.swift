import Foundation
import Synchronization

/// Shared steps of the commands that read data.
enum DataInput {
    static let registryOption = CommandSpec.Option(
        long: "registry", valueName: "file",
        help: "An agency registry CSV to apply over the built-in one (adds agencies, overrides successions).")

    static let formatOption = CommandSpec.Option(
        long: "format", valueName: "format",
        help: "markdown (to paste into a report), text (for the terminal), html (one page with charts), csv (tables for a spreadsheet), xlsx (an Excel workbook, a sheet per table), docx (a Word báo cáo to finish and send) or json (for scripts).",
        defaultDescription: "markdown; xlsx or docx when -o names such a file", allowedValues: OutputFormat.allCases.map(\.rawValue))

    static let languageOption = CommandSpec.Option(
        long: "lang", valueName: "lang", help: "Language of messages, and of the report's headings, group names and status words: vi or en.",
        defaultDescription: "vi", allowedValues: Language.allCases.map(\.rawValue))

    static let outputOption = CommandSpec.Option(
        long: "output", short: "o", valueName: "file",
        help: "Write to this file instead of the screen; for csv, a directory (ending in /) gets one file per table.",
        defaultDescription: "standard output")

    static let excelOption = CommandSpec.Option(
        long: "excel", valueName: nil, help: "For csv: add a BOM and CRLF line ends, so that Excel opens it with its diacritics whole.")

    static let pandocOption = CommandSpec.Option(
        long: "pandoc", valueName: nil,
        help: "For markdown: pandoc's grid tables, whose cells keep their line breaks through 'pandoc report.md -o report.docx' (GitHub shows them as text).")

    /// The options of every command that renders a report.
    static var renderingOptions: [CommandSpec.Option] { [formatOption, languageOption, outputOption, excelOption, pandocOption] }

    static let planOption = CommandSpec.Option(
        long: "plan", valueName: "id",
        help: "Only this plan: its id. Give the option again, or ids separated by commas, for more.",
        defaultDescription: "every plan")

    static let jurisdictionOption = CommandSpec.Option(
        long: "jurisdiction", valueName: "place",
        help: "Only the plans of this place: 'tỉnh Quảng Ngãi' brings its districts' and communes' plans too (and Kon Tum's, merged into it); 'Việt Nam', every plan.",
        defaultDescription: "every plan")

    static let agencyOption = CommandSpec.Option(
        long: "agency", valueName: "name",
        help: "Only the tasks this agency leads or partners in, as carried on the day (with its place where plans of several are loaded).",
        defaultDescription: "every task")

    /// The plans a report is made over: those `--plan` and `--jurisdiction` keep, with their updates, as a report
    /// over a folder holding just them would read them; with `--agency`, only the tasks that agency leads or partners in.
    static func selectPlans(_ data: DataSet, parsed: ParsedArguments, asOf: Day) throws(UsageError) -> DataSet {
        let chosen = try selectPlansByIDAndPlace(data, parsed: parsed, asOf: asOf)
        guard let name = parsed.value("agency").map(VietnameseText.tidyName), !name.isEmpty else { return chosen }
        let match = try CommandLineValues.agency(name, in: chosen, on: asOf)
        let tasks = AgencyQuery.tasks(of: match, in: chosen, on: asOf)
        guard tasks.contains(where: { !$0.tasks.isEmpty }) else {
            throw .noTasksOfAgency(match.agency.label, suggestions: AgencyQuery.nearest(to: name, in: chosen, on: asOf))
        }
        return chosen.keepingTasks(tasks)
    }

    private static func selectPlansByIDAndPlace(_ data: DataSet, parsed: ParsedArguments, asOf: Day) throws(UsageError) -> DataSet {
        let ids = parsed.values("plan")
        let placeText = parsed.value("jurisdiction").map(VietnameseText.tidyName).flatMap { $0.isEmpty ? nil : $0 }
        guard !ids.isEmpty || placeText != nil else { return data }
        var kept = Set(data.plans.indices)
        if !ids.isEmpty {
            var wanted: Set<Int> = []
            for id in ids {
                guard let index = data.plans.firstIndex(where: { $0.id == id }) else {
                    throw .unknownPlan(id, suggestion: Suggestion.closestWord(to: id, among: data.plans.map(\.id)))
                }
                wanted.insert(index)
            }
            kept.formIntersection(wanted)
        }
        if let placeText {
            guard let place = data.registry.places.jurisdiction(parsing: placeText) else {
                throw .invalidJurisdiction(placeText, option: "--jurisdiction <place>")
            }
            let inPlace = data.plans(in: place, on: asOf)
            guard !inPlace.isEmpty else {
                let places = data.jurisdictions.compactMap { $0?.fullName }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                throw .noPlanInJurisdiction(placeText, places: places)
            }
            kept.formIntersection(inPlace)
            // Plans named by id that lie elsewhere: say where the ones named lie rather than report on nothing.
            guard !kept.isEmpty else {
                let named = ids.compactMap { id in data.plans.firstIndex { $0.id == id } }.compactMap { data.jurisdictions[$0]?.fullName }
                throw .noPlanInJurisdiction(placeText, places: named.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } })
            }
        }
        return data.keepingPlans(at: Array(kept))
    }

    static let asOfOption = CommandSpec.Option(
        long: "as-of", valueName: "date", help: "The day to judge by, YYYY-MM-DD or dd/mm/yyyy.", defaultDescription: "today")

    static let pathArgument = CommandSpec.Argument(
        name: "path",
        help: "A plan (appendix CSV or plan JSON), an updates CSV, a registry CSV, or a directory holding any of them.",
        isRepeating: true, isOptional: true, defaultDescription: "Data/, or $CHILDPLAN_DATA")

    /// Loads the paths (or the default data), applies `--registry`, and
    /// checks the whole: the data set, where each part came from, and every diagnostic.
    ///
    /// Plan files given alone bring the returns beside them (`returnsBeside`).
    /// Reports childplan wrote into a folder of the data are passed over with
    /// a note. A path that holds no data file at all is an error (66), and so,
    /// when the command needs a plan, is data with no plan in it.
    static func load(paths: [String], registryFile: String?, context: CommandContext,
                     loader: DataLoader = DataLoader(recordsTaskLocations: false), needsPlan: Bool = true,
                     bringsReturns: Bool = true) -> AssembledData
    {
        let given = paths.isEmpty ? [context.defaultDataPath] : paths
        var files = loader.load(paths: given, progress: progressReporter(context))
        // The default data missing: say where it was looked for and how to point elsewhere.
        for index in files.diagnostics.indices where files.diagnostics[index].problem == .fileNotFound
            && files.diagnostics[index].location.file == context.defaultDataPath {
            files.diagnostics[index].problem = .defaultDataNotFound(
                currentDirectory: FileManager.default.currentDirectoryPath, fromEnvironment: !(context.environment["CHILDPLAN_DATA"] ?? "").isEmpty)
        }
        let beside = bringsReturns ? returnsBeside(files, given: given) : []
        if !beside.isEmpty { files.append(loader.load(paths: beside)) }
        setOwnReportsAside(in: &files, given: Set(given), loader: loader)
        if !files.diagnostics.contains(where: { $0.severity == .error }) {
            if files.fileCount == 0 {
                files.diagnostics.append(.error(.noDataFiles, at: .wholeFile(given.joined(separator: ", "))))
            } else if needsPlan, files.plans.isEmpty {
                files.diagnostics.append(.error(.noPlan, at: .wholeFile(given.joined(separator: ", "))))
            }
        }
        if let registryFile {
            switch loader.readBytes(of: registryFile) {
            case .success(let bytes):
                let (registry, diagnostics) = RegistryReader.read(utf8: bytes, file: registryFile)
                files.diagnostics += diagnostics
                if let registry { files.registries.append(registry) }
            case .failure(let diagnostic):
                files.diagnostics.append(diagnostic)
            }
        }
        return DataSet.assemble(files)
    }

    /// Where a report's figures came from. The files it was made from, named as its reader knows them: a
    /// file given by name by its name, a file found in a folder given by its
    /// path within that folder; sorted.
    /// `selected`: the plans and tasks the report is made over, when `--plan`, `--jurisdiction` or `--agency` chose
    /// some: sample data is said to be counted, and inferred details listed, only for them.
    static func provenance(_ loaded: AssembledData, paths: [String], registryFile: String?, context: CommandContext,
                           setAside: [SetAsideRow] = [], selected: DataSet? = nil) -> ReportProvenance {
        let given = paths.isEmpty ? [context.defaultDataPath] : paths
        let folders = given.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        func name(_ path: String) -> String {
            if let folder = folders.first(where: { path.hasPrefix($0) && path.count > $0.count }) { return String(path.dropFirst(folder.count)) }
            return (path as NSString).lastPathComponent
        }
        var read = Set(loaded.files.paths)
        if let selected, selected.taskCount != loaded.dataSet.taskCount {
            let plans = Set(selected.plans.map(\.id))
            let tasks = Set(selected.plans.flatMap { plan in plan.tasks.map { "\(plan.id) \($0.id)" } })
            read = Set(loaded.files.plans.filter { plans.contains($0.plan.id) }.map(\.file)
                + loaded.files.updates.filter { $0.updates.contains { tasks.contains("\($0.planID) \($0.taskID)") } }.map(\.file))
        }
        // The rows set aside are named by their file the same way, so that the note and the file list agree.
        let setAside = setAside.map { row in
            SetAsideRow(location: SourceLocation(file: name(row.location.file), line: row.location.line, column: row.location.column),
                        reason: row.reason)
        }
        return ReportProvenance(
            files: (loaded.files.paths + [registryFile].compactMap { $0 }).map(name).sorted(),
            illustrativeFiles: loaded.files.illustrative.filter(read.contains).map(name).sorted(), setAside: setAside,
            inferred: InferredDetails(selected ?? loaded.dataSet))
    }

    /// Plan files given alone bring their returns: when every path given is a
    /// file and none of them is a returns file, the files named
    /// `PLAN-ID.updates….csv` beside each plan (the log `update` writes, and
    /// returns saved under that name) are read too.
    static func returnsBeside(_ files: LoadedFiles, given: [String]) -> [String] {
        guard files.updates.isEmpty, !files.plans.isEmpty, given.allSatisfy({ path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }) else { return [] }
        var beside: [String] = []
        for loaded in files.plans {
            let folder = (loaded.file as NSString).deletingLastPathComponent
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
            for name in names.sorted() where name.hasPrefix(loaded.plan.id + ".updates") && name.lowercased().hasSuffix(".csv") {
                beside.append(folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name))
            }
        }
        return beside.filter { !given.contains($0) }
    }

    /// A file found in a folder that could not be read as data, but is a
    /// report childplan wrote: its problems are replaced by one note.
    static func setOwnReportsAside(in files: inout LoadedFiles, given: Set<String>, loader: DataLoader) {
        let unread = Set(files.diagnostics.map(\.location.file)).subtracting(given).subtracting(files.paths)
        guard !unread.isEmpty else { return }
        var reports: Set<String> = []
        for file in unread {
            if case .success(let bytes) = loader.readBytes(of: file), OwnReports.isReport(bytes) { reports.insert(file) }
        }
        guard !reports.isEmpty else { return }
        files.diagnostics.removeAll { reports.contains($0.location.file) }
        files.diagnostics += reports.sorted().map { .warning(.ownReport, at: .wholeFile($0)) }
        files.skipped += reports.sorted()
    }

    /// Shows "Đang đọc dữ liệu: 1200/3400 tệp" on a terminal once loading has
    /// taken more than a second, at most ten times a second; clears it at the end.
    static func progressReporter(_ context: CommandContext) -> DataLoader.Progress? {
        guard let show = context.terminal.progress else { return nil }
        let start = ContinuousClock.now
        let last = Mutex<ContinuousClock.Instant?>(nil)
        // Called from the readers' threads, which do not carry the run's language: it is taken along.
        let language = MessageCatalogue.language
        return { done, total in
            let now = ContinuousClock.now
            if done == total {
                if last.withLock({ $0 }) != nil { show("") }
                return
            }
            guard now - start > .seconds(1) else { return }
            let due = last.withLock { previous -> Bool in
                guard previous.map({ now - $0 > .milliseconds(100) }) ?? true else { return false }
                previous = now
                return true
            }
            if due { show(MessageCatalogue.$language.withValue(language) { MessageCatalogue.message(for: .reading(done: done, total: total)) }) }
        }
    }

    static let strictOption = CommandSpec.Option(
        long: "strict", valueName: nil,
        help: "Stop at any row that cannot be read (exit 65) instead of leaving it out of the report and listing it at the end.")

    /// Errors of single rows in a returns file that was read (an unknown
    /// status, a task the plan does not have): a report leaves those rows out,
    /// lists them, and goes on. Every other error stops it.
    static func rowsToSetAside(_ assembled: AssembledData) -> (setAside: [Diagnostic], others: [Diagnostic]) {
        let returnsFiles = Set(assembled.files.updates.map(\.file))
        var setAside: [Diagnostic] = []
        var others: [Diagnostic] = []
        for diagnostic in assembled.diagnostics {
            if diagnostic.severity == .error, diagnostic.location.line > 0, returnsFiles.contains(diagnostic.location.file) {
                setAside.append(diagnostic)
            } else {
                others.append(diagnostic)
            }
        }
        return (setAside.sorted(), others)
    }

    /// The diagnostics as lines, sorted by file and position.
    static func lines(_ diagnostics: [Diagnostic]) -> String {
        String(decoding: lineBytes(diagnostics), as: UTF8.self)
    }

    /// The same lines as UTF-8, with room for `more` bytes after them (what `validate` prints under them), so that
    /// tens of megabytes of warnings are joined once and never copied again.
    static func lineBytes(_ diagnostics: [Diagnostic], reservingAfter more: Int = 0) -> [UInt8] {
        // Worded on every core: a national set's returns dated after today are half a million warnings.
        let sorted = diagnostics.sorted()
        let ranges = Parallel.ranges(of: sorted.count, splitFrom: 1024)
        // The language is a task-local value, which the other cores' threads do not inherit: each is given it.
        let language = MessageCatalogue.language
        let pieces = Parallel.map(ranges) { range in
            MessageCatalogue.$language.withValue(language) {
                var bytes: [UInt8] = []
                for index in range {
                    bytes += MessageCatalogue.line(for: sorted[index]).utf8
                    bytes.append(0x0A)
                }
                return bytes
            }
        }
        var joined: [UInt8] = []
        joined.reserveCapacity(pieces.reduce(more) { $0 + $1.count })
        for piece in pieces { joined += piece }
        return joined
    }
}

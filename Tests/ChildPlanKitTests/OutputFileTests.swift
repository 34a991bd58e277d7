import Foundation
import Testing
import Synchronization

@testable import ChildPlanKit

/// `-o` and the updates log touch only the file meant (issue 17, items 12–18, 22).
@Suite("Writing outputs safely", .englishMessages)
struct OutputFileTests {
    static func kind(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
    }

    /// Before: run as root, `-o /dev/null` replaced the system's /dev/null with a regular file.
    /// As root the test writes to a null device of its own (made with `mknod`), so that
    /// a regression could never harm the machine's; as another user, to /dev/null itself.
    @Test func aDeviceIsWrittenDirectlyNeverReplaced() throws {
        var device = "/dev/null"
        if getuid() == 0 {
            device = try Build.temporaryDirectory().appendingPathComponent("null").path
            #expect(mknod(device, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
        }
        try OutputFile.write(Array("x\n".utf8), to: device)
        #expect(Self.kind(device) == S_IFCHR)
        let outcome = Build.run("report", "status", "--as-of", "2026-11-22", Repository.data.path, "-o", device)
        #expect(outcome.exitCode == .success)
        #expect(Self.kind(device) == S_IFCHR)
    }

    /// A report is written into its file as it is made, never gathered whole first, and still all or nothing:
    /// while it is being written the old file is whole, and it is replaced only at the end, with its mode kept.
    @Test func aFileIsWrittenAsItIsMadeAndReplacedAtTheEnd() throws {
        let path = try Build.temporaryDirectory().appendingPathComponent("bao-cao.json").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o640)
        var seenWhileWriting: [String] = []
        try OutputFile.write(to: path) { sink in
            for piece in ["{", "\"a\": 1", "}\n"] {
                sink.write(Array(piece.utf8))
                seenWhileWriting.append((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
            }
        }
        #expect(seenWhileWriting == ["old\n", "old\n", "old\n"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\": 1}\n")
        #expect(Self.mode(path) == 0o640)
        // What `report -o` writes is what it prints.
        let written = Build.run("report", "--format", "json", "--as-of", "2026-11-22", Repository.data.path, "-o", path)
        #expect(written.exitCode == .success)
        let printed = Build.run("report", "--format", "json", "--as-of", "2026-11-22", Repository.data.path)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == printed.stdoutBytes)
    }

    @Test func aPipeIsWrittenDirectly() throws {
        let pipe = try Build.temporaryDirectory().appendingPathComponent("out.fifo").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let received = Mutex<Data?>(nil)
        let reader = Thread {
            let data = FileHandle(forReadingAtPath: pipe)?.readDataToEndOfFile()
            received.withLock { $0 = data }
        }
        reader.start()
        try OutputFile.write(Array("through the pipe\n".utf8), to: pipe)
        for _ in 0..<200 where received.withLock({ $0 }) == nil { usleep(10_000) }
        #expect(received.withLock { $0 } == Data("through the pipe\n".utf8))
        #expect(Self.kind(pipe) == S_IFIFO)
    }

    /// Before: `-o` onto a link replaced the link and left its target stale.
    @Test func aLinkChainIsFollowedToItsFileWhichKeepsItsMode() throws {
        let directory = try Build.temporaryDirectory().path
        let real = directory + "/bao-cao.md"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: real))
        #expect(chmod(real, 0o600) == 0)
        #expect(symlink("bao-cao.md", directory + "/one") == 0)
        #expect(symlink(directory + "/one", directory + "/two") == 0)
        try OutputFile.write(Array("new\n".utf8), to: directory + "/two")
        #expect(FileManager.default.contents(atPath: real) == Data("new\n".utf8))
        #expect(Self.kind(directory + "/one") == S_IFLNK && Self.kind(directory + "/two") == S_IFLNK)
        #expect(Self.mode(real) == 0o600)
        // A link to a file not made yet makes that file.
        #expect(symlink("later.md", directory + "/pending") == 0)
        try OutputFile.write(Array("made\n".utf8), to: directory + "/pending")
        #expect(FileManager.default.contents(atPath: directory + "/later.md") == Data("made\n".utf8))
        #expect(Self.kind(directory + "/pending") == S_IFLNK)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    /// Before: the temporary `.NAME.PID.tmp` was opened through a planted link, and `chmod` followed it.
    @Test func aLinkPlantedAtATemporaryNameIsNeverFollowed() throws {
        let directory = try Build.temporaryDirectory().path
        let victim = directory + "/victim"
        try Data("secret\n".utf8).write(to: URL(fileURLWithPath: victim))
        #expect(chmod(victim, 0o600) == 0)
        #expect(symlink(victim, directory + "/.out.md.\(getpid()).tmp") == 0)
        try OutputFile.write(Array("report\n".utf8), to: directory + "/out.md")
        #expect(FileManager.default.contents(atPath: victim) == Data("secret\n".utf8))
        #expect(Self.mode(victim) == 0o600)
        #expect(FileManager.default.contents(atPath: directory + "/out.md") == Data("report\n".utf8))
        #expect(Self.mode(directory + "/out.md") == 0o644)
    }

    /// Before: `report plan.csv -o plan.csv` and `import k.csv -o k.csv` destroyed the input.
    @Test func anInputOfTheSameRunIsNeverOverwritten() throws {
        let directory = try Build.temporaryDirectory().path
        let appendix = directory + "/kon-tum-2025.csv"
        let original = try Data(contentsOf: URL(fileURLWithPath: Repository.dataFile("kon-tum-2025.csv")))
        try original.write(to: URL(fileURLWithPath: appendix))
        #expect(symlink("kon-tum-2025.csv", directory + "/alias.csv") == 0)
        for arguments in [["report", appendix, "-o", appendix], ["import", appendix, "-o", appendix],
                          ["report", "--as-of", "2026-11-22", appendix, "-o", directory + "/alias.csv"]] {
            let outcome = ChildPlanCLI.run(arguments: arguments, environment: ["CHILDPLAN_LANG": "en"], today: Build.day("2026-11-22"))
            #expect(outcome.exitCode == .usage, "\(arguments)")
            #expect(outcome.stderr.contains("is a file this command reads (\(appendix)); writing it would destroy it. Choose another file."))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: appendix)) == original)
        let tables = Build.run("report", "--format", "csv", "--as-of", "2026-11-22", Repository.data.path, "-o", directory + "/")
        #expect(tables.exitCode == .success, "tables beside an input that none of them replaces")
    }

    @Test func anEmptyOutputNameIsAUsageError() {
        for command in [["report"], ["import", Repository.dataFile("kon-tum-2025.csv")]] {
            let outcome = ChildPlanCLI.run(arguments: command + ["-o", ""], environment: ["CHILDPLAN_LANG": "en"], today: Build.day("2026-11-22"))
            #expect(outcome.exitCode == .usage)
            #expect(outcome.stderr.hasPrefix("Error: The value '' is invalid for '--output <file>': give a file name, or - for standard output.\n"))
        }
    }

    /// Before: through two links the intermediate link was replaced by a copy and the lock was the link's.
    @Test func aLogReachedThroughLinksIsAppendedAtItsRealPath() throws {
        let directory = try Build.temporaryDirectory().path
        let plan = directory + "/kon-tum-2025.json"
        try Data(contentsOf: URL(fileURLWithPath: Repository.dataFile("kon-tum-2025.json"))).write(to: URL(fileURLWithPath: plan))
        let real = directory + "/real.csv"
        try Data("plan,task,period,status,date,agency,evidence,note\n".utf8).write(to: URL(fileURLWithPath: real))
        #expect(symlink("real.csv", directory + "/one.csv") == 0)
        #expect(symlink(directory + "/one.csv", directory + "/two.csv") == 0)
        let outcome = Build.run("update", plan, "II.1", "--status", "hoàn thành", "--period", "2026-H1", "--date", "2026-06-01",
                                "--log", directory + "/two.csv")
        #expect(outcome.exitCode == .success)
        #expect(Self.kind(directory + "/one.csv") == S_IFLNK && Self.kind(directory + "/two.csv") == S_IFLNK)
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("kon-tum-2025,II.1,2026-H1,completed,2026-06-01"))
        #expect(FileManager.default.fileExists(atPath: real + ".lock"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/two.csv.lock"))
    }

    /// Before: a row appended after an open quoted cell vanished into it, and `update` said "Recorded".
    @Test func aLogEndingInsideAQuotedCellIsRefusedAndKept() throws {
        let directory = try Build.temporaryDirectory().path
        let log = directory + "/log.csv"
        let text = "plan,task,period,status,date,agency,evidence,note\nkon-tum-2025,II.1,2025-H1,completed,2025-06-01,Sở Y tế,,\"không đóng\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: log))
        let outcome = Build.run("update", Repository.dataFile("kon-tum-2025.json"), "II.1", "--status", "hoàn thành", "--period", "2026-H1",
                                "--date", "2026-06-01", "--log", log)
        #expect(outcome.exitCode == .dataError)
        #expect(outcome.stderr == "\(log): error: cannot add the update to this log: it is not valid CSV (line 2)\n")
        #expect(try String(contentsOfFile: log, encoding: .utf8) == text)
    }

    /// Before: `update` waited for the log's lock forever, saying nothing.
    @Test func aLockHeldTooLongIsGivenUpWithTheReason() throws {
        let directory = try Build.temporaryDirectory().path
        let log = directory + "/log.csv"
        let holder = open(log + ".lock", O_RDWR | O_CREAT, 0o644)
        #expect(holder >= 0 && flock(holder, LOCK_EX) == 0)
        defer { close(holder) }
        let told = Mutex<[String?]>([])
        let update = StatusUpdate(planID: "p", taskID: "I.1", period: ReportingPeriod(year: 2026, span: .firstHalf), status: .completed,
                                  date: Build.day("2026-06-01"), agency: "Sở Y tế")
        #expect(throws: UpdatesLog.Failure(path: log + ".lock", problem: .lockTimeout(seconds: 1))) {
            try UpdatesLog(path: log, lockWait: .milliseconds(1300)) { lockFile in told.withLock { $0.append(lockFile) } }.append(update)
        }
        #expect(told.withLock { $0 } == [log + ".lock"])
        #expect(!FileManager.default.fileExists(atPath: log))
        #expect(MessageCatalogue.updatesLogFailure(UpdatesLog.Failure(path: log + ".lock", problem: .lockTimeout(seconds: 30)))
            == "\(log).lock: error: cannot add the update to this log: another update held its lock for more than 30 seconds; try again, or look for an update that is stuck\n")
        flock(holder, LOCK_UN)
        try UpdatesLog(path: log, lockWait: .milliseconds(300)).append(update)
        #expect(FileManager.default.fileExists(atPath: log))
    }

    /// Before: a table that could not be written left the folder with old and new tables mixed.
    @Test func theTablesOfAFolderAreWrittenAllOrNone() throws {
        let directory = try Build.temporaryDirectory().path + "/bang/"
        let first = Build.run("report", "--format", "csv", "--as-of", "2026-11-22", Repository.data.path, "-o", directory)
        #expect(first.exitCode == .success)
        let before = try Data(contentsOf: URL(fileURLWithPath: directory + "plans.csv"))
        // The last table cannot be written (a folder stands in its place).
        try FileManager.default.removeItem(atPath: directory + "collectives-groups.csv")
        try FileManager.default.createDirectory(atPath: directory + "collectives-groups.csv", withIntermediateDirectories: false)
        let second = Build.run("report", "--format", "csv", "--lang", "en", "--as-of", "2026-11-22", Repository.data.path, "-o", directory)
        #expect(second.exitCode == .cannotCreateOutput)
        #expect(second.stderr.hasSuffix("\(directory)collectives-groups.csv: error: cannot write the output: it is a directory\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "plans.csv")) == before, "no table was replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    /// Before: a write killed with `kill -9` left its temporary file behind for good.
    @Test func temporariesOfKilledWritesAreRemovedOnTheNextWrite() throws {
        let directory = try Build.temporaryDirectory().path
        var gone = pid_t(4_194_303)
        while kill(gone, 0) == 0 || errno != ESRCH { gone -= 1 }
        let stale = directory + "/.bao-cao.md.\(gone).12345.tmp"
        let live = directory + "/.bao-cao.md.\(getppid()).777.tmp"
        let other = directory + "/.khac.md.\(gone).1.tmp"
        for path in [stale, live, other] { try Data("half".utf8).write(to: URL(fileURLWithPath: path)) }
        try OutputFile.write(Array("whole\n".utf8), to: directory + "/bao-cao.md")
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live), "a running process's temporary is left alone")
        #expect(FileManager.default.fileExists(atPath: other), "another file's temporary is not this write's business")
    }
}

import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The built binary at a pseudo-terminal: `update --interactive` as a person uses it, interrupted with Ctrl-C.
@Suite("update --interactive at a terminal")
struct InteractiveTerminalTests {
    /// Starts the binary in a session of its own whose controlling terminal is a new pseudo-terminal, and returns
    /// the terminal's controlling side (what a person types into) and the child's pid.
    static func spawnAtTerminal(_ arguments: [String], environment: [String: String]) throws -> (master: Int32, pid: pid_t) {
        // posix_openpt, unlockpt and ptsname, as Linux does them (the Glibc module leaves them out): the
        // multiplexer's new terminal, unlocked (TIOCSPTLCK), and its number (TIOCGPTN).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw POSIXError(.EIO) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else { throw POSIXError(.EIO) }
        let slave = "/dev/pts/\(number)"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The first terminal a session leader opens becomes its controlling terminal: Ctrl-C then interrupts it.
        for descriptor in Int32(0)...2 { posix_spawn_file_actions_addopen(&actions, descriptor, slave, O_RDWR, 0) }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A session of its own (POSIX_SPAWN_SETSID), with SIGINT neither blocked nor ignored as the test runner may have
        // it (POSIX_SPAWN_SETSIGMASK, POSIX_SPAWN_SETSIGDEF): Ctrl-C does to it what it does at a real terminal.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &interrupt)
        posix_spawnattr_setflags(&attributes, 0x80 | 0x08 | 0x04)
        let argv = ([Binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Binary.path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        return (master, pid)
    }

    /// Reads what the terminal shows until `text` appears (or the time runs out).
    static func read(_ master: Int32, until text: String, seconds: Double = 20) -> String {
        var shown = [UInt8]()
        let end = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < end, !String(decoding: shown, as: UTF8.self).contains(text) {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let count = Glibc.read(master, &buffer, buffer.count)
            if count <= 0 { break }
            shown += buffer[..<count]
        }
        return String(decoding: shown, as: UTF8.self)
    }

    @Test func threeAnswersThenCtrlCLeaveExactlyThreeRows() throws {
        let directory = try Binary.temporaryDirectory()
        let plan = directory.appendingPathComponent("kon-tum-2025.json")
        try FileManager.default.copyItem(at: Binary.repository.appendingPathComponent("Data/kon-tum-2025.json"), to: plan)
        let (master, pid) = try Self.spawnAtTerminal(
            ["update", "--interactive", "--agency", "Sở Y tế", "--period", "2026-H1", plan.path],
            environment: ["CHILDPLAN_LANG": "vi", "PATH": "/usr/bin:/bin"])
        defer { close(master) }
        func type(_ line: String) { _ = Array((line + "\n").utf8).withUnsafeBytes { write(master, $0.baseAddress, $0.count) } }
        var screen = Self.read(master, until: "Tình trạng (")
        #expect(screen.contains("Báo cáo 2026-H1 của Sở Y tế: 7 nhiệm vụ chủ trì."))
        for (task, status) in [("1/7", "1"), ("2/7", "dang trien khai"), ("3/7", "3")] {
            #expect(screen.contains("[\(task)] kon-tum-2025 "))
            type(status)
            _ = Self.read(master, until: "Ngày báo cáo [")
            type("05/06/2026")
            _ = Self.read(master, until: "Văn bản (")
            type("Báo cáo số \(task)")
            _ = Self.read(master, until: "Ghi chú: ")
            type("ghi chú \(task)")
            screen = Self.read(master, until: "Tình trạng (")
        }
        // The fourth task, half answered, then Ctrl-C.
        type("4")
        _ = Self.read(master, until: "Ngày báo cáo [")
        _ = [UInt8(3)].withUnsafeBytes { write(master, $0.baseAddress, 1) }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(20)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline { kill(pid, SIGKILL) }
            usleep(50_000)
        }
        #expect(status & 0x7F == SIGINT, "interrupted by Ctrl-C")
        let log = try String(contentsOf: directory.appendingPathComponent("kon-tum-2025.updates.csv"), encoding: .utf8)
        let rows = log.split(separator: "\n")
        #expect(rows.count == 4, "the header and three rows: \(log)")
        #expect(rows.dropFirst().map { $0.split(separator: ",")[1] } == ["I.1", "II.1", "III.1"])
        #expect(rows.dropFirst().allSatisfy { $0.contains(",2026-06-05,Sở Y tế,Báo cáo số ") })
    }
}

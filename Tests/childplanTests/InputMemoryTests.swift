import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The built binary's peak memory, measured by the test itself: the child is
/// started with posix_spawn and reaped with wait4, whose resource usage holds
/// that one process's peak resident size.
enum PeakMemory {
    struct Run {
        var status: Int32
        var peakBytes: Int
    }

    static func run(_ arguments: [String]) throws -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([Binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Binary.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        // ru_maxrss is in kilobytes on Linux.
        return Run(status: (status >> 8) & 0xFF, peakBytes: usage.ru_maxrss * 1024)
    }
}

/// One reader's input at a given number of rows, and the command that reads it.
struct MemoryCase: Sendable, CustomTestStringConvertible {
    var name: String
    var command: [String]
    var files: @Sendable (_ rows: Int, _ directory: URL) throws -> [String]
    var testDescription: String { name }
}

@Suite("Memory grows with the input, not faster")
struct InputMemoryTests {
    static let header = "STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện\n"
    static let groups = ["I", "II", "III", "IV", "V", "VI", "VII"]

    static func write(_ text: String, _ name: String, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func appendix(rows: Int) -> String {
        var text = header
        for group in groups {
            text += "\(group),Nhóm nhiệm vụ \(group),,,\n"
            for number in 1...rows / groups.count {
                text += "\(number),\"Rà soát, sửa đổi văn bản về quyền trẻ em số \(number)\",Sở Tư pháp,\"Sở Y tế; Sở Giáo dục và Đào tạo\",Năm 2027\n"
            }
        }
        return text
    }

    static func planJSON(rows: Int) -> String {
        var tasks: [String] = []
        for (index, group) in groups.enumerated() {
            for number in 1...rows / groups.count {
                tasks.append("""
                {"id": "\(group).\(number)", "group": \(index + 1), "number": \(number), "text": "Rà soát văn bản về quyền trẻ em số \(number)", \
                "lead": "Sở Tư pháp", "partners": ["Sở Y tế", "Sở Giáo dục và Đào tạo"], "timeframe": "Năm 2027"}
                """)
            }
        }
        return "{\"format\": \"childplan.plan/1\", \"id\": \"p\", \"tasks\": [\n" + tasks.joined(separator: ",\n") + "\n]}\n"
    }

    static let cases: [MemoryCase] = [
        // Before any period closes, so that what is measured is reading, not a report of every task's missing returns.
        MemoryCase(name: "an appendix CSV", command: ["report", "--as-of", "2025-06-01"]) { rows, directory in
            [try write(appendix(rows: rows), "p.csv", in: directory)]
        },
        MemoryCase(name: "a plan JSON", command: ["report", "--as-of", "2025-06-01"]) { rows, directory in
            [try write(planJSON(rows: rows), "p.json", in: directory)]
        },
        MemoryCase(name: "a log of returns", command: ["report", "--as-of", "2027-06-01"]) { rows, directory in
            var log = "plan,task,period,status,date,agency,evidence,note\n"
            for row in 0..<rows * 2 {
                log += "p,I.\(row % 100 + 1),2026-H1,Đang triển khai,2026-06-0\(row % 9 + 1),Sở Y tế,Báo cáo số \(row)/BC-SYT,Ghi chú \(row)\n"
            }
            return [try write(planJSON(rows: 700), "p.json", in: directory), try write(log, "p.updates.csv", in: directory)]
        },
        MemoryCase(name: "a registry", command: ["report", "--as-of", "2027-06-01"]) { rows, directory in
            var registry = "name,short,aliases,kind,successor,since,level\n"
            for row in 0..<rows * 2 {
                registry += "Phòng Văn hóa - Xã hội xã số \(row),VHXH\(row),Phòng VHXH \(row),department,,,commune\n"
            }
            return ["--registry", try write(registry, "agencies.csv", in: directory), try write(planJSON(rows: 70), "p.json", in: directory)]
        },
    ]

    /// Before: reading took about 65 bytes of memory for each byte of input (100 MB of commas, 6.5 GB).
    /// The same reader at two sizes: what the larger input adds in memory is at most 16 times what it adds in bytes.
    @Test(arguments: cases)
    func memoryGrowsWithTheInput(_ memoryCase: MemoryCase) throws {
        var measured: [(bytes: Int, peak: Int)] = []
        for rows in [2_000, 16_000] {
            let directory = try Binary.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let files = try memoryCase.files(rows, directory)
            let bytes = try files.filter { $0.hasPrefix("/") }.reduce(0) { total, path in
                total + ((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            }
            let run = try PeakMemory.run(memoryCase.command + files)
            #expect(run.status == 0, "\(memoryCase.name) at \(rows) rows")
            measured.append((bytes, run.peakBytes))
        }
        let addedBytes = measured[1].bytes - measured[0].bytes
        let addedMemory = measured[1].peak - measured[0].peak
        #expect(addedBytes > 1_000_000, "the larger input is large enough to measure")
        #expect(addedMemory <= 16 * addedBytes,
                "\(memoryCase.name): \(addedBytes / 1000) kB more input took \(addedMemory / 1000) kB more memory")
    }
}

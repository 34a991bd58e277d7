import Foundation
import Testing
import Synchronization

@testable import ChildPlanKit

@Suite("Reading many files at once", .englishMessages)
struct ConcurrentReadingTests {
    /// A directory of a dozen plans, their updates and a broken file, so
    /// that readers finish in a different order from the paths.
    static func manyFiles() throws -> String {
        let directory = try Build.temporaryDirectory()
        let appendix = try Repository.bytes(Repository.dataFile("kon-tum-2025.csv"))
        for number in 1...12 {
            let name = "ke-hoach-\(String(format: "%02d", number)).csv"
            // Every third plan is cut short inside a quoted cell, so the files
            // differ in size and four of them are refused.
            let bytes = number % 3 == 0 ? Array(appendix.prefix(appendix.count / 2)) : appendix
            try Data(bytes).write(to: directory.appendingPathComponent(name))
        }
        try Data(Repository.bytes(Repository.dataFile("qd-27-ttg-2025.json"))).write(to: directory.appendingPathComponent("qd-27.json"))
        try Data("STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện\n1,\"Việc chưa đóng ngoặc,Sở Y tế,,2025\n".utf8)
            .write(to: directory.appendingPathComponent("hong.csv"))
        return directory.path
    }

    @Test func theResultDoesNotDependOnHowManyReadersThereAre() throws {
        let directory = try Self.manyFiles()
        let serial = DataLoader(concurrentReaders: 1).load(paths: [directory])
        #expect(serial.plans.count == 9)
        #expect(serial.diagnostics.contains { $0.severity == .error && $0.location.file.hasSuffix("hong.csv") })
        for readers in [2, 5] {
            let concurrent = DataLoader(concurrentReaders: readers).load(paths: [directory])
            #expect(concurrent.plans.map(\.plan.id) == serial.plans.map(\.plan.id))
            #expect(concurrent.diagnostics == serial.diagnostics)
            let asOf = Build.day("2026-11-22")
            let serialReport = OutputFormat.json.render(SummaryReport(DataSet.assemble(serial).dataSet, asOf: asOf), section: .summary, language: .vi)
            let concurrentReport = OutputFormat.json.render(SummaryReport(DataSet.assemble(concurrent).dataSet, asOf: asOf), section: .summary, language: .vi)
            #expect(concurrentReport == serialReport)
        }
    }

    @Test func progressCountsEveryFileOnce() throws {
        let directory = try Self.manyFiles()
        let seen = Mutex<[Int]>([])
        _ = DataLoader(concurrentReaders: 3).load(paths: [directory]) { done, total in
            #expect(total == 14)
            seen.withLock { $0.append(done) }
        }
        #expect(seen.withLock { $0 } == Array(1...14))
    }
}

@Suite("Reading a file's bytes", .englishMessages)
struct FileBytesTests {
    @Test("file names and extensions as NSString splits them", arguments: [
        "kon-tum-2025.csv", "Data/kon-tum-2025.csv", "/tmp/a.b/c.JSON", "plans/an-giang/xã-mỹ-hòa.csv", "noext", "dir.x/noext",
        ".hidden", "dir/.hidden", "a.b.c", "trailing.csv/", "dir/", "cập nhật 6 tháng.csv", "/x", "a/b//c.tsv",
    ])
    func fileNamesAndExtensions(path: String) {
        let (name, fileExtension) = DataLoader.nameAndExtension(of: path)
        let bridged = path as NSString
        #expect(String(name) == (bridged.lastPathComponent as NSString).deletingPathExtension, "\(path)")
        #expect(String(fileExtension) == bridged.pathExtension, "\(path)")
    }

    @Test func aDirectoryListsItsDataFilesSortedLeavingOutHiddenOnesAndLinkedDirectories() throws {
        let root = try Build.temporaryDirectory()
        let manager = FileManager.default
        for folder in ["plans/an-giang", ".git", "other"] {
            try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["b.csv", "a.JSON", "notes.md", "plans/an-giang/x.tsv", "plans/y.txt", ".hidden.csv", ".git/z.csv", "other/w.csv", "csv"] {
            try Data("a,b\n".utf8).write(to: root.appendingPathComponent(file))
        }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("linked.csv").path, withDestinationPath: root.appendingPathComponent("b.csv").path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("linked-dir").path, withDestinationPath: root.appendingPathComponent("other").path)
        let expected = ["a.JSON", "b.csv", "linked.csv", "other/w.csv", "plans/an-giang/x.tsv", "plans/y.txt"].map { root.path + "/" + $0 }
        #expect(DataLoader.dataFiles(in: root.path) == expected)
        #expect(DataLoader.dataFiles(in: root.path + "/") == expected)
    }

    @Test func aRegularFileAnEmptyOneAndAPipeAreReadWhole() throws {
        let directory = try Build.temporaryDirectory()
        let text = Array(String(repeating: "Sở Lao động - Thương binh và Xã hội\n", count: 5000).utf8)
        let regular = directory.appendingPathComponent("a.csv").path
        try Data(text).write(to: URL(fileURLWithPath: regular))
        #expect(DataLoader.readWhole(regular) == .read(text))
        let empty = directory.appendingPathComponent("b.csv").path
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(DataLoader.readWhole(empty) == .read([]))

        // A pipe, as `childplan report <(…)` passes one: longer than one read.
        let pipe = directory.appendingPathComponent("c.csv").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: pipe) {
                handle.write(Data(text))
                try? handle.close()
            }
        }
        writer.start()
        #expect(DataLoader.readWhole(pipe) == .read(text))
        #expect(DataLoader.readWhole(directory.appendingPathComponent("missing.csv").path) == .failed)
        // At the limit a file is read whole; one byte past it, it is refused.
        #expect(DataLoader.readWhole(regular, limit: text.count) == .read(text))
        #expect(DataLoader.readWhole(regular, limit: text.count - 1) == .tooLarge)
    }

    @Test("A device read without end is stopped at the limit and refused (66)", arguments: ["/dev/zero", "/dev/urandom"])
    func devicesWithoutEnd(device: String) {
        let limit = 1 << 20
        #expect(DataLoader.readWhole(device, limit: limit) == .tooLarge)
        let loader = DataLoader(maximumFileSize: limit)
        guard case .failure(let diagnostic) = loader.readBytes(of: device) else {
            Issue.record("\(device) was read")
            return
        }
        #expect(diagnostic.problem == .inputWithoutEnd(limit: limit))
        #expect(MessageCatalogue.line(for: diagnostic)
            == "\(device): error: gives more than 1 MB without ending (the limit for one input); reading stopped. Is it a device or an endless pipe? Give the file itself")
        #expect(MessageCatalogue.exitCode(for: [diagnostic]) == .noInput)
    }
}

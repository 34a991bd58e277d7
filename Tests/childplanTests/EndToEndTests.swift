import ChildPlanKit
import Foundation
import Testing

/// Runs the built `childplan` binary as a user would, from the repository root.
enum Binary {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `swift test` builds the executable beside the test bundle.
    static let path = URL(fileURLWithPath: Bundle.main.bundlePath).appendingPathComponent("childplan").path
    static let golden = repository.appendingPathComponent("Tests/ChildPlanKitTests/Snapshots")

    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    static func run(
        _ arguments: [String], environment: [String: String] = [:], directory: URL = repository, executable: String = "childplan"
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var inherited = ProcessInfo.processInfo.environment
        inherited["CHILDPLAN_DATA"] = nil
        // Messages in English unless a test asks for a language: most tests here pin English words, and the
        // machine's own LANG must not decide. The Vietnamese default has tests of its own.
        inherited["CHILDPLAN_LANG"] = "en"
        process.environment = inherited.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes to the end before waiting, so a large report cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
            status: process.terminationStatus)
    }

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// A shipped plan file copied alone into a folder of its own: read without the returns beside it in Data/.
    static func planAlone(_ path: String) throws -> String {
        let copy = try temporaryDirectory().appendingPathComponent((path as NSString).lastPathComponent).path
        try FileManager.default.copyItem(atPath: repository.appendingPathComponent(path).path, toPath: copy)
        return copy
    }

    /// A fresh temporary directory for one test, inside this run's scratch folder (removed when the run ends).
    static func temporaryDirectory() throws -> URL {
        let url = scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// One folder for all of a run's files, removed when the run's process exits.
    static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("childplan-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Binary.scratch) }
        return url
    }()
}

@Suite("End to end: the built binary")
struct EndToEndTests {
    @Test func theBinaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: Binary.path), "expected the built childplan at \(Binary.path)")
    }

    @Test func fullReportOverTheShippedData() throws {
        let result = try Binary.run(["report", "--as-of", "2026-11-22"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let golden = try String(contentsOf: Binary.golden.appendingPathComponent("report-summary-vi.md"), encoding: .utf8)
        // The golden file is the library's rendering; the command names the files it read under the first paragraph.
        #expect(withoutSources(result.stdout) == golden)
        #expect(result.stdout.contains("\n> **SỐ LIỆU MINH HỌA — KHÔNG PHẢI SỐ LIỆU BÁO CÁO."), "the sample returns are marked")
        #expect(result.stdout.contains("\nSố liệu từ 10 tệp: agencies.csv, can-tho-2025.csv, can-tho-2025.json, hai-phong-sgddt-2025.json, "
            + "kon-tum-2025.csv, kon-tum-2025.json, kon-tum-2025.updates.SAMPLE-illustrative.csv, provinces.csv, qd-27-ttg-2025.json, "
            + "thuy-nguyen-2025.json.\n"))
    }

    @Test func theKonTumPlanAloneAsTheIssueStatesIt() throws {
        let plan = try Binary.planAlone("Data/kon-tum-2025.json")
        let report = try Binary.json(["report", "--format", "json", "--as-of", "2026-11-22", plan])
        let plans = try #require(report["plans"] as? [[String: Any]])
        #expect(plans.count == 1 && plans[0]["tasks"] as? Int == 25)
        let status = try #require(report["status"] as? [String: Any])
        let groups = try #require(status["groups"] as? [[String: Any]])
        #expect(groups.map { $0["tasks"] as? Int } == [3, 4, 5, 9, 2, 1, 1])

        let overdue = try #require(report["overdue"] as? [[String: Any]])
        #expect(overdue.count == 66)
        #expect(overdue.allSatisfy { $0["kind"] as? String == "missingReport" })
        #expect(!overdue.contains { ($0["task"] as? String)?.hasPrefix("I.") == true }, "the theo đề nghị tasks are never overdue")
        #expect(Set(overdue.compactMap { $0["period"] as? String }) == ["2025-H1", "2025", "2026-H1"])

        for (day, count) in [("2025-06-09", 0), ("2025-06-10", 22)] {
            let early = try Binary.json(["report", "overdue", "--format", "json", "--as-of", day, plan])
            #expect((early["overdue"] as? [Any])?.count == count, "as of \(day)")
        }

        let coverage = try #require(report["coverage"] as? [[String: Any]])
        let health = try #require(coverage.first { $0["agency"] as? String == "Sở Y tế" })
        #expect(health["lead"] as? Int == 7)
        #expect(!coverage.contains { $0["agency"] as? String == "Sở Lao động - Thương binh và Xã hội" })

        let before = try Binary.json(["report", "coverage", "--format", "json", "--as-of", "2025-02-15", plan])
        let beforeCoverage = try #require(before["coverage"] as? [[String: Any]])
        let labour = try #require(beforeCoverage.first { $0["agency"] as? String == "Sở Lao động - Thương binh và Xã hội" })
        #expect(labour["lead"] as? Int == 6)
        #expect(beforeCoverage.first { $0["agency"] as? String == "Sở Y tế" }?["lead"] as? Int == 1)
    }

    /// Issue 13: a plan file given alone brings the returns saved beside it under its id (the README's own example).
    @Test func aPlanFileGivenAloneBringsItsReturns() throws {
        let alone = try Binary.run(["report", "overdue", "Data/kon-tum-2025.json", "--as-of", "2026-11-22", "--format", "json"])
        let named = try Binary.run(["report", "overdue", "Data/kon-tum-2025.json", "Data/kon-tum-2025.updates.SAMPLE-illustrative.csv",
                                    "--as-of", "2026-11-22", "--format", "json"])
        #expect(alone.status == 0 && alone.stdout == named.stdout)
        let withoutReturns = try Binary.json(["report", "overdue", "--format", "json", "--as-of", "2026-11-22", try Binary.planAlone("Data/kon-tum-2025.json")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8)) as? [String: Any])
        #expect((object["overdue"] as? [Any])!.count < (withoutReturns["overdue"] as? [Any])!.count)
    }

    static let konTumDetails = [
        "--title", "Kế hoạch triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc",
        "--issuer", "UBND tỉnh Kon Tum", "--document", "…/KH-UBND", "--implements", "27/QĐ-TTg",
        "--coordinator", "Sở Lao động - Thương binh và Xã hội",
    ]

    @Test func importWritesTheShippedPlanAndReportsOverEitherAreIdentical() throws {
        let directory = try Binary.temporaryDirectory()
        let output = directory.appendingPathComponent("x.json").path
        let result = try Binary.run(["import", "Data/kon-tum-2025.csv", "-o", output, "--id", "kon-tum-2025"] + Self.konTumDetails)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: output))
        let shipped = try Data(contentsOf: Binary.repository.appendingPathComponent("Data/kon-tum-2025.json"))
        #expect(written == shipped)
        for format in ["markdown", "json"] {
            let overImported = try Binary.run(["report", output, "--as-of", "2026-11-22", "--format", format])
            let overShipped = try Binary.run(["report", try Binary.planAlone("Data/kon-tum-2025.json"), "--as-of", "2026-11-22", "--format", format])
            #expect(overImported.status == 0)
            #expect(withoutSources(overImported.stdout) == withoutSources(overShipped.stdout))
        }
    }

    /// The Kon Tum appendix as an office's Excel would save it: BOM, CRLF,
    /// `;`, every cell quoted, names broken over lines, decomposed (NFD) text,
    /// a title line above the table.
    @Test func aMessySpreadsheetImportsToTheSamePlan() throws {
        let shipped = try String(contentsOf: Binary.repository.appendingPathComponent("Data/kon-tum-2025.csv"), encoding: .utf8)
        let rows = try CSVTable.rows(utf8: Array(shipped.utf8))
        var messy = "PHỤ LỤC KẾ HOẠCH\r\n"
        for row in rows {
            let cells = row.map { cell -> String in
                let broken = cell.replacingOccurrences(of: "Thương binh và", with: "Thương binh\r\nvà")
                    .replacingOccurrences(of: " - ", with: " – ")
                return "\"" + broken.replacingOccurrences(of: "\"", with: "\"\"").decomposedStringWithCanonicalMapping + "\""
            }
            messy += cells.joined(separator: ";") + "\r\n"
        }
        let directory = try Binary.temporaryDirectory()
        let input = directory.appendingPathComponent("kon-tum-2025.csv")
        try Data([0xEF, 0xBB, 0xBF] + Array(messy.utf8)).write(to: input)
        let output = directory.appendingPathComponent("messy.json").path
        let result = try Binary.run(["import", input.path, "-o", output] + Self.konTumDetails)
        #expect(result.status == 0, "\(result.stderr)")
        let imported = try Binary.run(["report", output, "--as-of", "2026-11-22", "--format", "json"])
        let expected = try Binary.run(["report", try Binary.planAlone("Data/kon-tum-2025.json"), "--as-of", "2026-11-22", "--format", "json"])
        #expect(withoutSources(imported.stdout).replacingOccurrences(of: "–", with: "-") == withoutSources(expected.stdout))
    }

    /// The Kon Tum plan as its Word document, straight from LibreOffice: the same plan file as the shipped one,
    /// once the details the document leaves blank or does not state are given; an old Word file refused (65).
    @Test func theWordDocumentImportsToTheShippedPlan() throws {
        let directory = try Binary.temporaryDirectory()
        let output = directory.appendingPathComponent("kon-tum-2025.json").path
        let result = try Binary.run(["import", "Tests/ChildPlanKitTests/Fixtures/office/kon-tum-2025.docx", "-o", output,
                                     "--coordinator", "Sở Lao động - Thương binh và Xã hội"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("  Issuer: UBND tỉnh Kon Tum\n"))
        let written = try Data(contentsOf: URL(fileURLWithPath: output))
        let shipped = try Data(contentsOf: Binary.repository.appendingPathComponent("Data/kon-tum-2025.json"))
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: shipped, as: UTF8.self))

        let old = directory.appendingPathComponent("ke-hoach.doc")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: old)
        let refused = try Binary.run(["import", old.path, "-o", output], environment: ["CHILDPLAN_LANG": "vi"])
        #expect(refused.status == 65)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.hasPrefix("\(old.path): lỗi: là tệp Word cũ (.doc, Word 97–2003), không đọc được"))
    }

    @Test func badInputGoesToStandardErrorWithItsExitCode() throws {
        let directory = try Binary.temporaryDirectory()
        let input = directory.appendingPathComponent("phu-luc.csv")
        try Data("STT,Nhiệm vụ,Cơ quan chủ trì\nI,Nhóm,\n1,\"Rà soát,Sở Y tế\n".utf8).write(to: input)
        let output = directory.appendingPathComponent("plan.json")
        let result = try Binary.run(["import", input.path, "-o", output.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(input.path):3:3: error: this quoted cell is never closed"))
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let usage = try Binary.run(["report", "--formt", "json"])
        #expect(usage.status == 64)
        #expect(usage.stdout.isEmpty)
        #expect(usage.stderr.hasPrefix("Error: Unknown option '--formt'. Did you mean '--format'?\n"))

        let missing = try Binary.run(["report", "khong-co.csv"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "khong-co.csv: error: no such file or directory\n")
    }

    @Test func helpAndVersion() throws {
        let help = try Binary.run(["report", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: childplan report"))
        #expect(help.stderr.isEmpty)
        let version = try Binary.run(["--version"])
        #expect(version.stdout == ChildPlanCLI.version + "\n")
    }

    @Test func theDataDirectoryFromTheEnvironmentAndFromAnotherFolder() throws {
        let elsewhere = try Binary.temporaryDirectory()
        // Run away from the repository: with no Data/ here, CHILDPLAN_DATA says where it is.
        let result = try Binary.run(
            ["report", "status", "--as-of", "2026-11-22"],
            environment: ["CHILDPLAN_DATA": Binary.repository.appendingPathComponent("Data").path], directory: elsewhere)
        #expect(result.status == 0)
        let golden = try String(contentsOf: Binary.golden.appendingPathComponent("report-status-vi.md"), encoding: .utf8)
        #expect(withoutSources(result.stdout) == golden)
        #expect(result.stdout.contains("\nSố liệu từ 10 tệp: agencies.csv, "), "files named within the data folder, wherever it is")
        let noData = try Binary.run(["report"], directory: elsewhere)
        #expect(noData.status == 66)
        #expect(noData.stderr == "Data: error: cannot find the default data folder Data/ in the current folder (\(elsewhere.path)): "
            + "give the folder or the plan file, for example 'childplan report ~/plans/', or set CHILDPLAN_DATA to the data folder\n")
    }
}

@Suite("End to end: concurrent updates")
struct ConcurrentUpdateTests {
    /// Eight `childplan update` processes at once, fifty updates each, must
    /// leave exactly 400 new well-formed rows and every earlier row untouched.
    @Test func eightWritersFiftyUpdatesEach() throws {
        let directory = try Binary.temporaryDirectory()
        let plan = directory.appendingPathComponent("kon-tum-2025.json")
        try FileManager.default.copyItem(at: Binary.repository.appendingPathComponent("Data/kon-tum-2025.json"), to: plan)
        let log = directory.appendingPathComponent("kon-tum-2025.updates.csv")
        let earlier = "Kế hoạch;Nhiệm vụ;Kỳ báo cáo;Tình trạng;Ngày báo cáo;Cơ quan báo cáo;Văn bản;Ghi chú\r\nkon-tum-2025;II.1;2025-H1;Hoàn thành;05/06/2025;Sở Y tế;Báo cáo số 41/BC-SYT;\r\n"
        try Data(earlier.utf8).write(to: log)

        let tasks = ["II.1", "II.2", "III.1", "IV.3", "V.1", "VI.1", "VII.1", "IV.9"]
        let script = """
            for i in $(seq 1 50); do
              "\(Binary.path)" update "\(plan.path)" "$1" --status "Đang triển khai" --period 2026 --date 2026-06-01 --evidence "Báo cáo số $i, \\"lần $i\\"" --note "dòng
            thứ $i" || exit 1
            done
            """
        let writers = try tasks.map { task -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, "writer", task]
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for writer in writers {
            writer.waitUntilExit()
            #expect(writer.terminationStatus == 0)
        }

        let bytes = Array(try Data(contentsOf: log))
        #expect(bytes.starts(with: Array(earlier.utf8)), "the earlier rows are unchanged")
        let (read, diagnostics) = UpdatesReader.read(utf8: bytes, file: log.path)
        #expect(diagnostics.isEmpty)
        let entries = try #require(read?.updates)
        #expect(entries.count == 1 + 400)
        for task in tasks {
            let rows = entries.filter { $0.taskID == task && $0.period.description == "2026" }
            #expect(rows.count == 50, "\(task)")
            #expect(Set(rows.map(\.evidence)).count == 50)
        }
        #expect(entries.dropFirst().allSatisfy { $0.status == .inProgress && $0.note.hasPrefix("dòng\nthứ ") })
        // The log keeps its form: semicolons, CRLF, Vietnamese words and dates.
        let text = String(decoding: bytes, as: UTF8.self)
        // Whichever writer finished last, its fiftieth row ends the file.
        #expect(text.hasSuffix(";\"Báo cáo số 50, \"\"lần 50\"\"\";\"dòng\nthứ 50\"\r\n"))
        #expect(text.components(separatedBy: ";2026;Đang triển khai;01/06/2026;").count == 401)
        #expect(text.components(separatedBy: "\r\n").count == 2 + 400 + 1)
        #expect(!text.contains("inProgress") && !text.contains("2026-06-01"))
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files == ["kon-tum-2025.json", "kon-tum-2025.updates.csv", "kon-tum-2025.updates.csv.lock"], "no temporary file is left")
    }
}

@Suite("End to end: output formats")
struct OutputFormatEndToEndTests {
    @Test("Through a pipe: only the report on stdout, no escape bytes", arguments: ["markdown", "text", "html", "csv", "json"])
    func throughAPipe(format: String) throws {
        for environment in [[:], ["NO_COLOR": "1"]] as [[String: String]] {
            let result = try Binary.run(["report", "--format", format, "--as-of", "2026-11-22"], environment: environment)
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty)
            #expect(!result.stdout.contains("\u{1B}"))
            let expected = ChildPlanCLI.run(
                arguments: ["report", "--format", format, "--as-of", "2026-11-22", Binary.repository.appendingPathComponent("Data").path],
                environment: ["CHILDPLAN_LANG": "en"], today: Day(year: 2026, month: 11, day: 22)!)
            #expect(result.stdout == expected.stdout)
        }
    }
}

@Suite("The benchmark runs")
struct BenchmarkSmokeTests {
    /// Not a timing: a tiny data set generated, read back without a problem,
    /// and every stage of the benchmark run once.
    @Test func generateAndRunOnATinySet() throws {
        let directory = try Binary.temporaryDirectory().appendingPathComponent("tiny").path
        let generated = try Binary.run(["generate", directory, "--plans", "4", "--years", "1"], executable: "childplan-bench")
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(generated.stdout.hasPrefix("Wrote \(directory): 4 plans,"))

        let validated = try Binary.run(["validate", directory])
        #expect(validated.status == 0, "\(validated.stderr)")

        let ran = try Binary.run(["run", directory, "--runs", "1", "--formats", "json,markdown"], executable: "childplan-bench")
        #expect(ran.status == 0, "\(ran.stderr)")
        for stage in ["read and parse files, one reader", "read and parse files, a reader per core", "assess tasks", "returns summary", "render json", "render markdown"] {
            #expect(ran.stdout.contains("| \(stage)"), "\(stage)")
        }
        #expect(ran.stdout.contains("Whole process `childplan report --format json`"))
        #expect(ran.stdout.contains("(exit 0)"))
    }
}


/// A report without what the command adds about where its figures came
/// from (the files it read, the sample-data warning, what the plans infer;
/// in JSON `files`, `illustrative` and `inferred`), to compare reports made from differently named files
/// or with the library's rendering.
func withoutSources(_ report: String) -> String {
    report.replacingOccurrences(of: #"\n(Số liệu từ|Figures from) \d+ (tệp|files?): [^\n]*\n"#, with: "", options: .regularExpression)
        .replacingOccurrences(of: #"\n(> \*\*)?(SỐ LIỆU MINH HỌA|ILLUSTRATIVE FIGURES) [^\n]*\n"#, with: "", options: .regularExpression)
        .replacingOccurrences(of: #",\n  "(files|illustrative|inferred)": \[[^\]]*\]"#, with: "", options: .regularExpression)
        .replacingOccurrences(of: #"\n## (Thông tin suy ra|Details inferred)[\s\S]*$"#, with: "", options: .regularExpression)
}

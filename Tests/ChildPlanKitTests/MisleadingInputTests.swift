import Foundation
import Testing

@testable import ChildPlanKit

/// Issue 13, point 5: inputs that cannot mislead. A path with nothing to
/// report on is an error that says so; reports childplan wrote into the data
/// folder are passed over with a note, never read as data.
@Suite("Inputs that cannot mislead")
struct MisleadingInputTests {
    /// A copy of the shipped data in a folder of its own.
    static func copyOfData() throws -> String {
        let folder = try Build.temporaryDirectory().appendingPathComponent("du-lieu").path
        try FileManager.default.copyItem(atPath: Repository.data.path, toPath: folder)
        return folder
    }

    @Test("A folder with no data file is an error (66)", arguments: ["report", "validate"])
    func anEmptyFolder(command: String) throws {
        let folder = try Build.temporaryDirectory().path
        try "ghi chú".write(toFile: folder + "/ghi-chu.md", atomically: true, encoding: .utf8)
        let outcome = Build.run(command, folder, "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .noInput)
        let message = "\(folder): error: no plan, updates or registry file here (.csv or .json): give the folder or the files that hold the plan\n"
        #expect((command == "validate" ? outcome.stdout : outcome.stderr).hasPrefix(message))
    }

    @Test func dataWithoutAPlanIsAnErrorForAReportNotForValidate() throws {
        let registry = Repository.dataFile("agencies.csv")
        let report = Build.run("report", registry, "--as-of", "2026-11-22")
        #expect(report.exitCode == .noInput)
        #expect(report.stderr == "\(registry): error: no plan here (an appendix CSV or a plan JSON): give the folder or the file that holds the plan, with its returns\n")
        #expect(Build.run("validate", registry).exitCode == .success, "a registry alone can be checked")
    }

    @Test func reportsWrittenIntoTheDataAreSkippedWithANote() throws {
        let folder = try Self.copyOfData()
        let clean = Build.run("report", folder, "--as-of", "2026-11-22")
        #expect(clean.exitCode == .success)
        let writes: [[String]] = [
            ["--format", "csv", "-o", folder + "/bao-cao.csv"],
            ["--format", "csv", "--excel", "--lang", "en", "-o", folder + "/bao-cao-en.csv"],
            ["--format", "json", "-o", folder + "/bao-cao.json"],
            ["--format", "text", "-o", folder + "/bao-cao.txt"],
            ["--format", "csv", "-o", folder + "/bang/"],
        ]
        for options in writes {
            let written = Build.run(["report", folder, "--as-of", "2026-11-22"] + options)
            #expect(written.exitCode == .success, "\(options): \(written.stderr)")
        }
        for section in [["returns"], ["overdue"], ["agency", "Sở Y tế — tỉnh Quảng Ngãi"], ["compare", "qd-27-ttg-2025", "kon-tum-2025"]] {
            let written = Build.run(["report"] + section + [folder, "--as-of", "2026-11-22", "--format", "csv", "-o", folder + "/\(section[0]).csv"])
            #expect(written.exitCode == .success, "\(section): \(written.stderr)")
        }
        let again = Build.run("report", folder, "--as-of", "2026-11-22")
        #expect(again.exitCode == .success)
        #expect(again.stdout == clean.stdout, "the reports are not read as data")
        let notes = again.stderr.split(separator: "\n")
        #expect(notes.count == 25)  // the CSV files of -o bang/ (one per table) and the other reports
        #expect(notes.allSatisfy { $0.hasSuffix(": warning: a report childplan wrote, not data: skipped (keep reports in a folder of their own)") },
                "\(notes)")
        // Named on the command line, a report is read as what it is asked to be, and refused.
        #expect(Build.run("report", folder + "/bao-cao.csv", "--as-of", "2026-11-22").exitCode == .dataError)
    }

    @Test func aReportNamesTheFilesItWasMadeFrom() throws {
        let folder = try Self.copyOfData()
        let json = Build.run("report", "overdue", folder, "--as-of", "2026-11-22", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["files"] as? [String] == ["agencies.csv", "can-tho-2025.csv", "can-tho-2025.json", "hai-phong-sgddt-2025.json", "kon-tum-2025.csv", "kon-tum-2025.json",
                                                 "kon-tum-2025.updates.SAMPLE-illustrative.csv", "provinces.csv", "qd-27-ttg-2025.json",
                                                 "thuy-nguyen-2025.json"])
        // Many files: twelve named, then how many more; in a sub-folder, by their path within the folder given.
        let plan = try String(contentsOfFile: Repository.dataFile("kon-tum-2025.json"), encoding: .utf8)
        let many = try Build.temporaryDirectory().path
        try FileManager.default.createDirectory(atPath: many + "/tinh", withIntermediateDirectories: true)
        for number in 1...14 {
            try plan.replacingOccurrences(of: "\"id\": \"kon-tum-2025\"", with: "\"id\": \"p\(number)\"")
                .write(toFile: many + "/tinh/p\(String(format: "%02d", number)).json", atomically: true, encoding: .utf8)
        }
        let english = Build.run("report", "status", many, "--as-of", "2026-11-22", "--lang", "en")
        #expect(english.stdout.contains("\nFigures from 14 files: " + (1...12).map { String(format: "tinh/p%02d.json", $0) }.joined(separator: ", ")
            + " and 2 more.\n"))
        // A letter of reminder names no files.
        let letter = Build.run("remind", "--period", "2026-H1", folder, "--as-of", "2026-11-22")
        #expect(!letter.stdout.contains("Số liệu từ"))
    }

    /// Issue 13, point 10: a report counting made-up sample data says so at its top, in every format and in a letter.
    @Test("Sample data is marked in every format", arguments: ["markdown", "text", "html", "csv", "json"])
    func sampleDataIsMarked(format: String) throws {
        let outcome = Build.run("report", Repository.data.path, "--as-of", "2026-11-22", "--format", format)
        #expect(outcome.exitCode == .success)
        if format == "json" {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
            #expect(object["illustrative"] as? [String] == ["kon-tum-2025.updates.SAMPLE-illustrative.csv"])
        } else {
            #expect(outcome.stdout.contains("SỐ LIỆU MINH HỌA — KHÔNG PHẢI SỐ LIỆU BÁO CÁO."))
            // Before the figures.
            let banner = try #require(outcome.stdout.range(of: "SỐ LIỆU MINH HỌA"))
            let figures = try #require(outcome.stdout.range(of: format == "csv" ? "Các kế hoạch" : "Số liệu tính đến"))
            #expect(banner.lowerBound < figures.lowerBound)
        }
        // Real data is not marked.
        let real = Build.run("report", Repository.dataFile("qd-27-ttg-2025.json"), "--as-of", "2026-11-22", "--format", format)
        #expect(!real.stdout.contains("MINH HỌA") && !real.stdout.contains("\"illustrative\""))
    }

    @Test func aLetterOverSampleDataSaysSo() {
        let letter = Build.run("remind", "--period", "2026-H1", Repository.data.path, "--as-of", "2026-11-22")
        #expect(letter.stdout.contains("SỐ LIỆU MINH HỌA — KHÔNG PHẢI SỐ LIỆU BÁO CÁO. Văn bản này tính cả dữ liệu mẫu"))
    }

    @Test("A file is marked as sample data by its name or a line above its header", arguments: [
        ("bao-cao.SAMPLE.csv", "", 1, true), ("du-lieu-minh-hoa.csv", "", 1, true), ("bao-cao.csv", "", 1, false),
        ("bao-cao.csv", "DỮ LIỆU MINH HỌA\nplan,task\n", 2, true), ("bao-cao.csv", "Illustrative sample\r\nplan,task\r\n", 2, true),
        ("bao-cao.csv", "Báo cáo Sở Y tế\nplan,task\n", 2, false), ("bao-cao.csv", "plan,task\nminh họa,x\n", 1, false),
    ])
    func sampleDataMark(file: String, text: String, headerLine: Int, marked: Bool) {
        #expect(SampleDataMark.isMarked(file: file, utf8: Array(text.utf8), headerLine: headerLine) == marked)
    }

    @Test func aFileThatIsNotAReportIsNotTakenForOne() {
        #expect(!OwnReports.isReport(Array("STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện\n".utf8)))
        #expect(!OwnReports.isReport(Array("Kế hoạch,Nhiệm vụ,Kỳ báo cáo,Tình trạng\n".utf8)))
        #expect(OwnReports.isReport(Array("\u{FEFF}Các kế hoạch\r\nKế hoạch,Văn bản\r\n".utf8)))
    }
}

import Foundation
import Testing
import Synchronization

@testable import ChildPlanKit

@Suite("Command line: help and usage errors", .englishMessages)
struct CommandLineUsageTests {
    @Test func noArgumentsShowsHelp() {
        let outcome = Build.run()
        #expect(outcome.exitCode == .success)
        #expect(outcome.stdout.hasPrefix("OVERVIEW: "))
        #expect(outcome.stdout.contains("SUBCOMMANDS:"))
        #expect(outcome.stderr.isEmpty)
    }

    @Test("Every command has help with usage, options and an example",
          arguments: ["report", "import", "validate", "agencies", "update", "template", "remind", "completions"])
    func help(command: String) {
        for outcome in [Build.run(command, "--help"), Build.run(command, "-h"), Build.run("help", command)] {
            #expect(outcome.exitCode == .success)
            #expect(outcome.stdout.contains("USAGE: childplan \(command)"))
            #expect(outcome.stdout.contains("OPTIONS:"))
            #expect(outcome.stdout.contains("EXAMPLES:\n  childplan \(command)"))
            #expect(outcome.stderr.isEmpty)
        }
    }

    @Test func version() {
        #expect(Build.run("--version") == Outcome(stdout: ChildPlanCLI.version + "\n"))
    }

    @Test("Usage errors", arguments: [
        (["repot"], "Error: Unknown command 'repot'. Did you mean 'report'?\nUsage: childplan <subcommand>\n  See 'childplan --help' for more information.\n"),
        (["report", "--formt", "json"],
         "Error: Unknown option '--formt'. Did you mean '--format'?\nUsage: \(ReportCommand.spec.usage)\n  See 'childplan report --help' for more information.\n"),
        (["report", "--format", "png"],
         "Error: The value 'png' is invalid for '--format <format>'. Please provide one of 'markdown', 'json', 'csv', 'html', 'text', 'xlsx' or 'docx'.\nUsage: \(ReportCommand.spec.usage)\n  See 'childplan report --help' for more information.\n"),
        (["report", "--lang=fr"],
         "Error: The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'vi' or 'en'.\nUsage: \(ReportCommand.spec.usage)\n  See 'childplan report --help' for more information.\n"),
        (["report", "--as-of", "2026-13-01"],
         "Error: The value '2026-13-01' is invalid for '--as-of <date>': no such day (there is no month 13).\nUsage: \(ReportCommand.spec.usage)\n  See 'childplan report --help' for more information.\n"),
        (["report", "--as-of"],
         "Error: Missing value for '--as-of <date>'.\nUsage: \(ReportCommand.spec.usage)\n  See 'childplan report --help' for more information.\n"),
        (["import"],
         "Error: Missing expected argument '<appendix>'.\nUsage: \(ImportCommand.spec.usage)\n  See 'childplan import --help' for more information.\n"),
        (["import", "a.csv", "b.csv"],
         "Error: Unexpected argument 'b.csv'.\nUsage: \(ImportCommand.spec.usage)\n  See 'childplan import --help' for more information.\n"),
        (["help", "imprt"],
         "Error: Unknown command 'imprt'. Did you mean 'import'?\nUsage: childplan help [<command>]\n  See 'childplan help --help' for more information.\n"),
    ])
    func usageErrors(arguments: [String], stderr: String) {
        let outcome = ChildPlanCLI.run(arguments: arguments, environment: ["CHILDPLAN_LANG": "en"], today: Build.day("2026-11-22"))
        #expect(outcome.exitCode == .usage)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == stderr)
        // The same error in Vietnamese, the default: the same exit code and usage line, in Vietnamese words.
        let vietnamese = Build.runByDefault(arguments)
        #expect(vietnamese.exitCode == .usage)
        let lines = vietnamese.stderr.split(separator: "\n")
        #expect(lines.count == 3 && lines[0].hasPrefix("Lỗi: ") && lines[1].hasPrefix("Cách dùng: ") && lines[2].hasPrefix("  Xem '"))
        #expect(lines[0] != stderr.split(separator: "\n")[0])
    }

    @Test func optionValuesInEitherForm() {
        let spaced = Build.run("report", "status", Repository.data.path, "--as-of", "2026-11-22", "--format", "json")
        let joined = Build.run("report", "status", Repository.data.path, "--as-of=22/11/2026", "--format=json")
        #expect(spaced.exitCode == .success)
        #expect(spaced == joined)
    }

    @Test func doubleDashEndsOptions() throws {
        let directory = try Build.temporaryDirectory()
        let odd = directory.appendingPathComponent("--lạ.csv").path
        try FileManager.default.copyItem(atPath: Repository.dataFile("kon-tum-2025.csv"), toPath: odd)
        let outcome = Build.run("import", "--", odd)
        #expect(outcome.exitCode == .success)
        #expect(outcome.stdout.contains("\"id\": \"--lạ\""))
    }
}

@Suite("Command line: bad input (DESIGN.md §11)", .englishMessages)
struct CommandLineBadInputTests {
    /// Writes a file into a fresh directory and returns its path.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = try Build.temporaryDirectory().appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    static let appendixHeader = "STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện\n"

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var message: String
        var code: ExitCode
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ message: String, _ code: ExitCode = .dataError) {
            self.init(name, Array(text.utf8), message, code)
        }

        init(_ name: String, _ bytes: [UInt8], _ message: String, _ code: ExitCode = .dataError) {
            self.name = name
            self.bytes = bytes
            self.message = message
            self.code = code
        }
    }

    static let appendixCases: [Case] = [
        Case("unterminated quote", appendixHeader + "I,Nhóm,,,\n1,\"Rà soát,Sở Y tế,,2027\n",
             "3:3: error: this quoted cell is never closed: add the closing quote (\"), or write a quote inside the text as two quotes (\"\")"),
        Case("ragged row", appendixHeader + "I,Nhóm,,,\n1,Rà soát,Sở Y tế,Sở Tư pháp,2027,Công an tỉnh\n",
             "3:35: error: this row has 6 cells but the header has 5 columns; cell 6 has no column (is there a delimiter inside a cell that should be quoted?)"),
        Case("empty file", "", "1:1: error: the file is empty"),
        Case("header without a lead column", "STT,Nhiệm vụ,Cơ quan phối hợp\nI,x,\n",
             "1:1: error: the header has no lead (Cơ quan chủ trì) column (a plan appendix needs STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện (or no, task, lead, partners, timeframe))"),
        Case("unknown group numeral", appendixHeader + "VIII,Nhóm tám,,,\n1,a,Sở Y tế,,2027\n",
             "2:1: error: unknown group numeral 'VIII': task groups run from I to VII (or 1 to 7)"),
        Case("duplicate task id", appendixHeader + "I,Nhóm,,,\n1,a,Sở Y tế,,2027\n1,b,Sở Tư pháp,,2027\n",
             "4:1: error: duplicate task id I.1 (first at line 3)"),
        Case("task without a lead", appendixHeader + "I,Nhóm,,,\n1,Rà soát,,,2027\n", "3:11: error: task I.1 has no lead agency (Cơ quan chủ trì)"),
        Case("invalid UTF-8 (Windows-1258)", SourceTextTests.windows1258,
             "1:8: error: the file is not UTF-8 text; it looks like Windows-1258 (what Excel's plain 'CSV (Comma delimited)' writes on a Vietnamese Windows). Nothing was imported. In Excel choose File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; in LibreOffice choose the character set 'Unicode (UTF-8)'."),
        Case("invalid UTF-16", [0xFF, 0xFE, 0x53, 0x00, 0x00, 0xDC],
             "1:2: error: the file is UTF-16 (little-endian) but is damaged or cut off here; save it again as 'CSV UTF-8'"),
    ]

    @Test("Bad appendices: message and exit code", arguments: appendixCases)
    func badAppendix(_ badCase: Case) throws {
        let path = try file("phu-luc.csv", badCase.bytes)
        let output = (path as NSString).deletingLastPathComponent + "/plan.json"
        let outcome = Build.run("import", path, "-o", output)
        #expect(outcome.exitCode == badCase.code)
        #expect(outcome.stderr == "\(path):\(badCase.message)\n")
        #expect(outcome.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output), "nothing is written when the input has errors")
        // In Vietnamese: the same place and exit code, "lỗi" for "error".
        let vietnamese = Build.runByDefault("import", path, "-o", output)
        #expect(vietnamese.exitCode == badCase.code)
        let place = badCase.message.prefix { $0 != " " }
        #expect(vietnamese.stderr.hasPrefix("\(path):\(place) lỗi: "), "\(vietnamese.stderr)")
        #expect(vietnamese.stderr != outcome.stderr)
    }

    static let updatesHeader = "plan,task,period,status,date,agency,evidence,note\n"

    static let updatesCases: [Case] = [
        Case("unknown status word", updatesHeader + "kon-tum-2025,II.1,2025-H1,xong rồi,05/06/2025,Sở Y tế,,\n",
             "2:27: error: unknown status 'xong rồi': use hoàn thành, đang triển khai, chậm tiến độ, chưa triển khai or không thực hiện (or completed, inProgress, delayed, notStarted, cancelled)"),
        Case("a date that is not a date", updatesHeader + "kon-tum-2025,II.1,2025-H1,Hoàn thành,31/06/2025,Sở Y tế,,\n",
             "2:38: error: '31/06/2025' is not a real day: month 6 of 2025 has 30 days"),
        Case("an update for a task the plan does not have", updatesHeader + "kon-tum-2025,II.9,2025-H1,Hoàn thành,05/06/2025,Sở Y tế,,\n",
             "2:14: error: plan kon-tum-2025 has no task II.9"),
        Case("an update for a plan not loaded", updatesHeader + "kon-tum-2026,II.1,2025-H1,Hoàn thành,05/06/2025,Sở Y tế,,\n",
             "2:1: error: unknown plan 'kon-tum-2026'; the plans loaded are kon-tum-2025"),
        Case("a period that is not a period", updatesHeader + "kon-tum-2025,II.1,2025-H2,Hoàn thành,05/06/2025,Sở Y tế,,\n",
             "2:19: error: '2025-H2' is not a reporting period: write 2025-H1 for the 6-month report or 2025 for the annual report"),
    ]

    /// With --strict and in validate, a bad row stops the command (65); a report leaves the row out and lists it.
    @Test("Bad updates: message and exit code", arguments: updatesCases)
    func badUpdates(_ badCase: Case) throws {
        let path = try file("bao-cao.csv", badCase.bytes)
        let strict = Build.run("report", Repository.dataFile("kon-tum-2025.json"), path, "--as-of", "2026-11-22", "--strict")
        #expect(strict.exitCode == badCase.code)
        #expect(strict.stderr == "\(path):\(badCase.message)\n")
        #expect(strict.stdout.isEmpty)
        let validated = Build.run("validate", Repository.dataFile("kon-tum-2025.json"), path)
        #expect(validated.exitCode == badCase.code)
        #expect(validated.stdout.hasPrefix("\(path):\(badCase.message)\n"))
        let report = Build.run("report", Repository.dataFile("kon-tum-2025.json"), path, "--as-of", "2026-11-22")
        #expect(report.exitCode == .success)
        #expect(report.stderr == "\(path):\(badCase.message)\n" + MessageCatalogue.message(for: .rowsSetAside(1)) + "\n")
        #expect(report.stdout.contains("## Dòng không đọc được, không tính trong báo cáo"))
        let vietnamese = Build.runByDefault("validate", Repository.dataFile("kon-tum-2025.json"), path)
        #expect(vietnamese.exitCode == badCase.code)
        #expect(vietnamese.stdout.hasPrefix("\(path):\(badCase.message.prefix { $0 != " " }) lỗi: "))
    }

    @Test func everyProblemIsReportedNotJustTheFirst() throws {
        let path = try file("bao-cao.csv", Self.updatesHeader
            + "kon-tum-2025,II.1,2025-H1,xong,05/06/2025,,,\nkon-tum-2025,II.2,2025,Hoàn thành,hôm qua,,,\nkon-tum-2025,IX.1,2025,Hoàn thành,05/12/2025,,,\n")
        let outcome = Build.run("validate", Repository.dataFile("kon-tum-2025.json"), path)
        #expect(outcome.exitCode == .dataError)
        let lines = outcome.stdout.split(separator: "\n")
        try #require(lines.count == 3 + 1)
        #expect(lines[0].hasPrefix("\(path):2:27: error: unknown status 'xong'"))
        #expect(lines[1].hasPrefix("\(path):3:35: error: 'hôm qua' is not a date"))
        #expect(lines[2].hasPrefix("\(path):4:14: error: plan kon-tum-2025 has no task IX.1"))
        #expect(lines[3] == "Checked 2 files (1 plan file, 1 updates file, 0 registries; 1 plan, 25 tasks, 0 updates): 3 errors, 0 warnings.")
    }

    @Test func aFileThatIsADirectory() throws {
        let directory = try Build.temporaryDirectory().path
        let outcome = Build.run("import", directory)
        #expect(outcome.exitCode == .noInput)
        #expect(outcome.stderr == "\(directory): error: is a directory, not a file; give the appendix CSV itself\n")
    }

    @Test func aFileThatDoesNotExist() {
        let outcome = Build.run("report", "/nonexistent/kế-hoạch.csv")
        #expect(outcome.exitCode == .noInput)
        #expect(outcome.stderr == "/nonexistent/kế-hoạch.csv: error: no such file or directory\n")
        #expect(outcome.stdout.isEmpty)
    }

    @Test func aHugeFileIsRefusedBeforeItIsRead() throws {
        let path = try file("lon.csv", String(repeating: "a,b,c\n", count: 2000))
        let files = DataLoader(maximumFileSize: 1000).load(paths: [path])
        #expect(files.diagnostics.map(\.problem) == [.fileTooLarge(bytes: 12_000, limit: 1000)])
        #expect(MessageCatalogue.exitCode(for: files.diagnostics) == .noInput)
        #expect(MessageCatalogue.message(for: .fileTooLarge(bytes: 3 << 30, limit: 1 << 30))
            == "is too large to read (3072 MB; the limit is 1024 MB): split it into smaller files")
    }

    @Test func aSpreadsheetFileGetsAdvice() throws {
        let path = try file("phu-luc.xlsx", [0x50, 0x4B, 0x03, 0x04])
        let outcome = Build.run("report", path)
        #expect(outcome.exitCode == .dataError)
        #expect(outcome.stderr.hasSuffix("error: the Word/Excel file is damaged or incomplete (perhaps not fully downloaded): "
            + "open the file in Word or Excel and save it again (File > Save As, as .docx or .xlsx), or ask for the original\n"))
    }

    @Test func anOutputThatCannotBeWritten() {
        let outcome = Build.run("report", Repository.data.path, "--as-of", "2026-11-22", "-o", "/nonexistent/dir/report.md")
        #expect(outcome.exitCode == .cannotCreateOutput)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.hasPrefix("/nonexistent/dir/report.md: error: cannot write the output: "))
    }

    @Test func aFailedImportLeavesTheOldOutputWhole() throws {
        let path = try file("phu-luc.csv", Self.appendixHeader + "I,Nhóm,,,\n1,a,,,2027\n")
        let output = (path as NSString).deletingLastPathComponent + "/plan.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: output))
        #expect(Build.run("import", path, "-o", output).exitCode == .dataError)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "old")
        let files = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(files.sorted() == ["phu-luc.csv", "plan.json"], "no temporary file is left behind")
    }

    @Test func twoPlansWithOneIDNameBothFiles() throws {
        let directory = try Build.temporaryDirectory()
        let first = directory.appendingPathComponent("a/kon-tum-2025.json").path
        let second = directory.appendingPathComponent("b/kon-tum-2025.json").path
        for path in [first, second] {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Repository.dataFile("kon-tum-2025.json"), toPath: path)
        }
        let outcome = Build.run("validate", directory.path)
        #expect(outcome.exitCode == .dataError)
        #expect(outcome.stdout.hasPrefix("\(second): error: plan id kon-tum-2025 is also defined in \(first); a plan may be loaded once\n"))
    }

    @Test func aPlanThatDiffersFromItsAppendix() throws {
        let directory = try Build.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Repository.dataFile("kon-tum-2025.json"), toPath: directory.appendingPathComponent("kon-tum-2025.json").path)
        let csv = try String(contentsOfFile: Repository.dataFile("kon-tum-2025.csv"), encoding: .utf8)
        try Data(csv.replacingOccurrences(of: "Sở Tư pháp", with: "Sở Nội vụ").utf8)
            .write(to: directory.appendingPathComponent("kon-tum-2025.csv"))
        let outcome = Build.run("report", directory.path)
        #expect(outcome.exitCode == .dataError)
        #expect(outcome.stderr.contains("kon-tum-2025.json: error: plan kon-tum-2025 differs from its appendix "))
        // The first difference is named: Sở Tư pháp leads I.2 in the plan file, Sở Nội vụ in the edited appendix.
        #expect(outcome.stderr.contains(" (task I.2 differs in its lead): import the appendix again, or remove one of the two\n"))
        let vietnamese = Build.run("report", directory.path, environment: ["CHILDPLAN_LANG": "vi"])
        #expect(vietnamese.stderr.contains(" (nhiệm vụ I.2 khác ở cơ quan chủ trì): hãy nhập lại phụ lục, hoặc bỏ một trong hai tệp\n"))
        // What only a plan file holds is no difference: a task marked inferred, a request recorded.
        let plan = Build.plan(at: Repository.dataFile("kon-tum-2025.json")).plans[0]
        var marked = plan.tasks
        marked[0].inferred = .lead
        marked[0].requested = Build.day("2026-03-01")
        #expect(DataSet.firstDifference(planFile: marked, appendix: plan.tasks) == nil)
        #expect(DataSet.firstDifference(planFile: Array(plan.tasks.dropLast()), appendix: plan.tasks) == .onlyInAppendix(taskID: "VII.1"))
    }
}

@Suite("Command line: import and report", .englishMessages)
struct CommandLineRunTests {
    static let konTumDetails = [
        "--title", "Kế hoạch triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc",
        "--issuer", "UBND tỉnh Kon Tum", "--document", "…/KH-UBND", "--implements", "27/QĐ-TTg",
        "--coordinator", "Sở Lao động - Thương binh và Xã hội",
    ]

    @Test func importWritesThePlanThatIsShipped() throws {
        let output = try Build.temporaryDirectory().appendingPathComponent("x.json").path
        let outcome = ChildPlanCLI.run(
            arguments: ["import", Repository.dataFile("kon-tum-2025.csv"), "-o", output, "--id", "kon-tum-2025"] + Self.konTumDetails,
            environment: ["CHILDPLAN_LANG": "en"], today: Build.day("2026-11-22"))
        #expect(outcome.exitCode == .success)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "Imported 25 tasks in 7 groups from \(Repository.dataFile("kon-tum-2025.csv")) as plan kon-tum-2025.\n")
        #expect(try Repository.bytes(output) == Repository.bytes(Repository.dataFile("kon-tum-2025.json")))
    }

    @Test("Reports over the appendix and over the plan JSON are identical", arguments: ["markdown", "json"])
    func reportsOverEitherForm(format: String) {
        let overCSV = Build.run("report", Repository.dataFile("kon-tum-2025.csv"), "--as-of", "2026-11-22", "--format", format)
        let overJSON = Build.run("report", Repository.dataFile("kon-tum-2025.json"), "--as-of", "2026-11-22", "--format", format)
        #expect(overCSV.exitCode == .success && overJSON.exitCode == .success)
        // The appendix carries no plan details (title, issuer…), so the list of plans differs, and only the plan
        // file knows its place (tỉnh Kon Tum, merged into Quảng Ngãi): its JSON gives each lead's jurisdiction and
        // it lists the merger (section IV); and religious affairs passed to Sở Dân tộc và Tôn giáo only in provinces
        // that have one, so only the plan file's IV.6 moves there. The status figures are the same.
        let body = { (text: String) -> Substring in
            let start = text.range(of: format == "json" ? "\"status\":" : "## I.")?.lowerBound ?? text.startIndex
            let end = text.range(of: format == "json" ? "\n  \"tasks\": [" : "## II.")?.lowerBound ?? text.endIndex
            return text[start..<max(start, end)]
        }
        #expect(body(overCSV.stdout).count > 1000)
        #expect(overJSON.stdout.contains(format == "json" ? "\"name\": \"tỉnh Quảng Ngãi\"" : "| Địa bàn: tỉnh Kon Tum |"))
        #expect(overJSON.stdout.contains(format == "json" ? "\"leadMovedForDuty\": \"tôn giáo\"" : "theo lĩnh vực tôn giáo"))
        #expect(!overCSV.stdout.contains(format == "json" ? "\"leadMovedForDuty\": \"tôn giáo\"" : "theo lĩnh vực tôn giáo"))
        // Tables name a plan by its document where it has one: the plan file's, the appendix its id.
        let named = String(body(overJSON.stdout)).replacingOccurrences(of: "| Kế hoạch số …/KH-UBND của UBND tỉnh Kon Tum |", with: "| kon-tum-2025 |")
            .replacingOccurrences(of: " — tỉnh Kon Tum", with: "").replacingOccurrences(of: " — tỉnh Quảng Ngãi", with: "")
        #expect(format == "json" || overJSON.stdout.contains("| Kế hoạch số …/KH-UBND của UBND tỉnh Kon Tum |"))
        // (A markdown table's rule row is as wide as its widest cell, so rule rows are left out of the comparison.)
        func withoutRules(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.allSatisfy { "|-: ".contains($0) } || $0.isEmpty }
                .joined(separator: "\n")
        }
        #expect(withoutRules(withoutSources(String(body(overCSV.stdout)))) == withoutRules(withoutSources(named)))
    }

    @Test func reportToAFileLeavesStandardOutputEmpty() throws {
        let output = try Build.temporaryDirectory().appendingPathComponent("bao-cao.md").path
        let outcome = Build.run("report", Repository.data.path, "--as-of", "2026-11-22", "-o", output)
        #expect(outcome == Outcome())
        let expected = Build.run("report", Repository.data.path, "--as-of", "2026-11-22").stdout
        #expect(try String(contentsOfFile: output, encoding: .utf8) == expected)
    }

    @Test func theDataDirectoryComesFromTheEnvironment() throws {
        let directory = try Build.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Repository.dataFile("thuy-nguyen-2025.json"), toPath: directory.appendingPathComponent("tn.json").path)
        let outcome = Build.run("report", "status", "--format", "json", environment: ["CHILDPLAN_DATA": directory.path])
        #expect(outcome.exitCode == .success)
        #expect(outcome.stdout.contains("\"id\": \"thuy-nguyen-2025\""))
        #expect(!outcome.stdout.contains("kon-tum"))
    }

    @Test func aUserRegistryChangesWhoCarriesATask() throws {
        // The province gave Sở Thông tin và Truyền thông's online duties to Sở Khoa học và Công nghệ: its registry says so.
        let registry = try Build.temporaryDirectory().appendingPathComponent("rieng.csv").path
        try Data("name,kind,successor,since,duty,keywords\nSở Thông tin và Truyền thông,department,Sở Khoa học và Công nghệ,2025-03-01,\"báo chí, xuất bản, thông tin trên mạng\",báo chí;xuất bản\n".utf8)
            .write(to: URL(fileURLWithPath: registry))
        let byDefault = Build.run("report", "coverage", Repository.dataFile("kon-tum-2025.json"), "--as-of", "2026-11-22", "--format", "json")
        #expect(byDefault.stdout.contains("\"movedForDuties\": [\n        \"báo chí, xuất bản, thông tin trên mạng\"\n      ]"))
        #expect(!byDefault.stdout.contains("\"agency\": \"Sở Khoa học và Công nghệ\""))
        let outcome = Build.run("report", "coverage", Repository.dataFile("kon-tum-2025.json"), "--registry", registry, "--as-of", "2026-11-22", "--format", "json")
        #expect(outcome.exitCode == .success)
        #expect(outcome.stdout.contains("\"agency\": \"Sở Khoa học và Công nghệ\""))
        #expect(!outcome.stdout.contains("movedForDuties\": [\n        \"báo chí"))
    }
}

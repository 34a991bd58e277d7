import Foundation
import OfficeFormats
import Testing

@testable import ChildPlanKit

/// Issue 16, point 1: messages in Vietnamese by default, in English when asked; one catalogue holds both.
@Suite("Messages in Vietnamese and English")
struct MessageLanguageTests {
    @Test("Which language a run speaks", arguments: [
        ([String](), [String: String](), Language.vi),
        (["validate"], ["LANG": "en_US.UTF-8"], .en),
        (["validate"], ["LANG": "C.UTF-8"], .vi),
        (["validate"], ["LANG": "vi_VN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"], .en),
        (["validate"], ["LANG": "en_US.UTF-8", "LC_ALL": "vi_VN.UTF-8"], .vi),
        (["validate"], ["CHILDPLAN_LANG": "en", "LANG": "vi_VN.UTF-8"], .en),
        (["validate"], ["CHILDPLAN_LANG": "vi", "LANG": "en_US.UTF-8"], .vi),
        (["validate", "--lang", "en"], ["CHILDPLAN_LANG": "vi"], .en),
        (["report", "--lang=en"], [:], .en),
        (["validate", "--lang", "vi"], ["LANG": "en_US.UTF-8"], .vi),
        (["validate", "--", "--lang", "en"], [:], .vi),
    ])
    func language(arguments: [String], environment: [String: String], expected: Language) {
        #expect(MessageCatalogue.language(arguments: arguments, environment: environment) == expected)
    }

    static let day = Day(year: 2026, month: 11, day: 22)!
    static let here = SourceLocation(file: "a.csv", line: 3, column: 1)

    /// One of every input problem.
    static let inputProblems: [InputProblem] = fileProblems + dataProblems + ExpectedValue.samples.map { .wrongType(key: "k", expected: $0) }

    static let fileProblems: [InputProblem] = [
        .fileNotFound, .defaultDataNotFound(currentDirectory: "/home/a", fromEnvironment: false),
        .defaultDataNotFound(currentDirectory: "/home/a", fromEnvironment: true), .fileUnreadable(reason: "Permission denied"), .isDirectory, .planIsDirectory,
        .fileTooLarge(bytes: 2 << 30, limit: 1 << 30), .inputWithoutEnd(limit: 1 << 30), .emptyFile,
        .notUnicode(.windows1258), .notUnicode(.tcvn3), .notUnicode(.vni), .notUnicode(.unknown), .invalidUTF16(bigEndian: true),
        .unrecognisedFile(header: ["a", "b"]), .unrecognisedFile(header: []), .ownReport, .noDataFiles, .noPlan,
        .unsupportedExtension("pages"), .unsupportedExtension("rtf"),
        .officeFile(.archive(.notAnArchive)), .officeFile(.archive(.damaged)), .officeFile(.archive(.damagedEntry("xl/styles.xml"))),
        .officeFile(.archive(.zip64)), .officeFile(.archive(.encrypted)), .officeFile(.archive(.unsupportedMethod(12, entry: "a.xml"))),
        .officeFile(.archive(.entryTooLarge("a.xml", limit: 256 << 20))), .officeFile(.archive(.tooCompressed("a.xml", ratio: 900))),
        .officeFile(.archive(.suspiciousName("../x"))), .officeFile(.xml(.documentType, part: "word/document.xml")),
        .officeFile(.xml(.unknownEntity("&x;"), part: "xl/sharedStrings.xml")), .officeFile(.missingPart("xl/workbook.xml")),
        .officeFile(.missingSharedString(cell: "C12", index: 40)), .officeFile(.cellOutOfRange("XFE1")),
        .officeFile(.tooManyMergedCells(limit: 20_000_000)), .binaryOffice(word: true, encrypted: false),
        .binaryOffice(word: false, encrypted: false), .binaryOffice(word: false, encrypted: true), .pdf, .openDocument, .notOfficeArchive,
        .tableNotFound(.appendix, found: ["1: ỦY BAN NHÂN DÂN | CỘNG HÒA"], inDocument: true), .tableNotFound(.updates, found: [], inDocument: false),
        .tableNotInDocument(5, count: 2), .sheetNotInWorkbook("Tổng hợp", sheets: ["Phụ lục"]), .unterminatedQuote, .raggedRow(fields: 6, columns: 5),
        .tooManyCells(limit: 10_000), .headerNotFound(.appendix), .headerNotFound(.updates), .headerNotFound(.registry),
        .headerNotFound(.planJSON), .missingColumns(["Nhiệm vụ"], .appendix), .missingColumns(["status"], .updates),
        .unknownGroupNumeral("VIII"), .groupRepeated(numeral: "II", firstLine: 4), .invalidTaskNumber("a"),
        .taskNumberTooLarge("99999999", limit: 999_999), .tooManyPartners(taskID: "I.1", count: 1001, limit: 1000), .taskOutsideGroup,
        .duplicateTaskID("I.1", firstLine: 3), .missingLead(taskID: "I.1"), .missingTaskText(taskID: "I.1"),
        .timeframeNotUnderstood(text: "sớm", recognised: nil), .timeframeNotUnderstood(text: "2025 sớm", recognised: "2025"),
        .invalidJSON(.textAfterValue), .unsupportedPlanFormat("x/9"), .unsupportedPlanFormat(nil), .missingKey("tasks"),
        .wrongType(key: "tasks", expected: .array), .invalidValue(key: "number", value: "0", expected: .wholeNumberFromOne),
        .taskIDMismatch(id: "I.2", expected: "I.1"), .unknownKey("x"), .unknownSetting("signr", known: ["signer"], suggestion: "signer"), .unknownStatus("xong"), .invalidDate("31/02/2025"),
        .dayOutOfRange("01/01/1900", years: 2000...2100), .missingDate, .invalidPeriod("2025-H2"), .missingTaskID,
        .planNotGiven(loaded: []), .planNotGiven(loaded: ["a", "b"]), .unknownPlan("x", loaded: []), .unknownPlan("x", loaded: ["a"]),
    ]

    static let dataProblems: [InputProblem] = [
        .unknownTask(plan: "p", task: "I.9"), .missingAgencyName, .missingRegistryValue(column: "since"),
        .jurisdictionUnknown(plan: "p", issuer: "Ban X"), .jurisdictionUnknown(plan: "p", issuer: nil),
        .jurisdictionWithoutProvince(plan: "p", jurisdiction: "xã Tân Phú"), .jurisdictionNotUnderstood("Mặt trăng"), .unknownAgencyKind("x"), .successionCycle(["A", "A"]),
        .successionCycle(["A", "B", "A"]), .duplicatePlan(id: "p", otherFile: "b.json"), .planDiffersFromSource(id: "p", otherFile: "p.csv", difference: .detail(taskID: "I.1", key: "lead")),
        .planDiffersFromSource(id: "p", otherFile: "p.csv", difference: .onlyInPlanFile(taskID: "I.2")),
        .planDiffersFromSource(id: "p", otherFile: "p.csv", difference: .onlyInAppendix(taskID: "I.3")),
        .unknownAgency("Sở Y tê", suggestions: ["Sở Y tế"]), .unknownAgency("Ban X", suggestions: []),
        .emptyGroup(plan: "p", group: .internationalCooperation), .districtLead(taskID: "I.1", lead: "Phòng Y tế", takenBy: nil),
        .districtLead(taskID: "I.1", lead: "Phòng Y tế", takenBy: "Phòng Văn hóa - Xã hội các xã, phường, đặc khu"),
        .looksTruncated(taskID: "I.1"), .duplicateText(taskID: "I.2", sameAs: "I.1", line: 3),
        .repeatedSentence(taskID: "I.1", sentence: "Rà soát."), .looksGarbled(sample: "Së Y tÕ"), .duplicateUpdate(sameAs: here),
        .conflictingStatus(taskID: "I.1", period: ReportingPeriod(year: 2025, span: .fullYear), status: .completed, other: .delayed, at: here),
        .updateAfterToday(date: day.adding(days: 1), today: day),
        .periodOutsidePlan(ReportingPeriod(year: 2024, span: .fullYear), plan: "p", first: ReportingPeriod(year: 2025, span: .firstHalf), lastYear: 2030),
    ]

    static let jsonProblems: [JSONSyntaxProblem] = [
        .textAfterValue, .endOfFile(expecting: nil), .endOfFile(expecting: "]"), .unexpectedCharacter("x"), .nestedTooDeep(limit: 200),
        .keyExpected, .colonExpected, .duplicateKey("a"), .commaOrClosingExpected("}"), .valueExpected, .digitExpected, .leadingZero,
        .digitExpectedAfterPoint, .digitExpectedInExponent, .notANumber, .loneSurrogate, .unknownEscape("q"), .unterminatedString,
        .lineBreakInString, .controlCharacterInString, .hexDigitsExpected,
    ]

    static let usageErrors: [UsageError] = [
        .unknownCommand("reprot", suggestion: "report"), .unknownCommand("x", suggestion: nil), .unknownOption("--fromat", suggestion: "--format"),
        .missingValue(option: "--as-of"), .invalidValue("pdf", option: "--format", allowed: ["markdown", "json"]),
        .invalidDate("31/02/2025", option: "--as-of <date>"), .dayOutOfRange("9999-01-01", option: "--as-of <date>", years: 2000...2100),
        .invalidPlanID("a b", fromFileName: true), .invalidPlanID("a b", fromFileName: false), .emptyValue(option: "--output <file>"),
        .outputIsInput("a.csv", input: "a.csv"), .missingArgument("appendix"), .unexpectedArgument("x"),
        .invalidStatus("xong", option: "--status <status>"), .invalidPeriod("2025-H3", option: "--period <period>"),
        .unknownPlan("p", suggestion: "q"), .unknownTask("I.9", plan: "p"), .unknownAgency("Sở X", suggestions: ["Sở Y tế"]),
        .ambiguousAgency("Sở Y tế", choices: ["Sở Y tế — tỉnh Quảng Ngãi", "Sở Y tế — thành phố Hải Phòng"]),
        .missingOption("--status"), .dateAfterToday("2027-01-01", today: day),
        .periodOutsidePlan("2024", plan: "p", first: ReportingPeriod(year: 2025, span: .firstHalf), lastYear: nil),
        .invalidDeadlines("x", option: "--deadlines <text>"), .invalidNumber("0", option: "--table <n>"), .onlyForWordReport(option: "--signer"), .invalidJurisdiction("Mặt trăng", option: "--jurisdiction <place>"),
        .noPlanInJurisdiction("tỉnh Gia Lai", places: ["tỉnh Kon Tum"]), .noPlanInJurisdiction("tỉnh Gia Lai", places: []), .unknownSection("stauts", suggestion: "status"), .needsTerminal,
        .agencyWithoutTasks("Sở Xây dựng", suggestions: ["Sở Y tế"]), .agencyWithoutTasks("Sở Xây dựng", suggestions: []),
        .noTasksOfAgency("Sở Xây dựng", suggestions: ["Sở Y tế"]), .noTasksOfAgency("Sở Xây dựng", suggestions: []),
    ]

    static let notices: [Notice] = [
        .tablesWritten(names: ["status.csv"], directory: "bang/"), .imported(tasks: 1, groups: 1, file: "a.csv", planID: "a"),
        .returnForm(agency: "Sở Y tế", formerly: "Sở LĐTBXH", period: ReportingPeriod(year: 2026, span: .firstHalf), led: 1, partnered: 2),
        .recorded(StatusUpdate(planID: "p", taskID: "I.1", period: ReportingPeriod(year: 2026, span: .firstHalf), status: .completed, date: day,
                               agency: "Sở Y tế"), log: "p.updates.csv"),
        .checked(.init(files: 1, planFiles: 1, updatesFiles: 0, registries: 0, plans: 1, tasks: 1, updates: 0, errors: 0, warnings: 0)),
        .checked(.init(files: 2, planFiles: 1, updatesFiles: 1, registries: 0, plans: 1, tasks: 3, updates: 2, errors: 1, warnings: 2)),
        .waitingForLock("p.updates.csv.lock"), .rowsSetAside(1), .rowsSetAside(2), .reading(done: 1, total: 3),
        .interactiveStart(agency: "Sở Y tế", period: ReportingPeriod(year: 2026, span: .firstHalf), tasks: 7),
        .interactiveTask(number: 1, of: 7, planID: "p", taskID: "I.1", text: "Rà soát", timeframe: "Hằng năm", latest: nil),
        .interactiveTask(number: 1, of: 7, planID: "p", taskID: "I.1", text: "Rà soát", timeframe: "", latest: StatusUpdate(
            planID: "p", taskID: "I.1", period: ReportingPeriod(year: 2025, span: .fullYear), status: .delayed, date: day, note: "Chưa có kinh phí")),
        .askStatus, .askDate(day), .askEvidence, .askNote, .notAnAnswer("xong"), .interactiveDone(recorded: 3, of: 7),
    ]

    static let logProblems: [UpdatesLogProblem] = [
        .cannotLock(errno: EACCES), .lockTimeout(seconds: 30), .unreadable, .notUTF8, .utf16, .invalidCSV(line: 3), .notAnUpdatesHeader,
        .wouldReadDifferently, .cannotWrite(.isDirectory),
    ]

    /// Every message in both languages: both worded, and differently (a message left in one language fails here).
    @Test func everyMessageIsWordedInBothLanguages() {
        func both(_ words: () -> String) -> (vi: String, en: String) {
            (MessageCatalogue.$language.withValue(.vi, operation: words), MessageCatalogue.$language.withValue(.en, operation: words))
        }
        var pairs: [(String, (vi: String, en: String))] = []
        pairs += Self.inputProblems.map { problem in ("\(problem)", both { MessageCatalogue.message(for: problem) }) }
        pairs += Self.jsonProblems.map { problem in ("\(problem)", both { MessageCatalogue.message(for: problem) }) }
        pairs += Self.usageErrors.map { error in ("\(error)", both { MessageCatalogue.message(for: error) }) }
        pairs += Self.notices.map { notice in ("\(notice)", both { MessageCatalogue.message(for: notice) }) }
        pairs += Self.logProblems.filter { if case .cannotLock = $0 { false } else { true } }
            .map { problem in ("\(problem)", both { MessageCatalogue.message(for: problem) }) }
        for (name, words) in pairs {
            #expect(!words.vi.isEmpty && !words.en.isEmpty, "\(name)")
            #expect(words.vi != words.en, "\(name) says the same in both languages: \(words.vi)")
        }
    }

    /// A new case in one of the catalogue's enums needs a sample above, or this fails.
    @Test("Every case has a sample", arguments: [
        ("Input/InputProblem.swift", "InputProblem", Set(inputProblems.map(\.caseName))),
        ("Input/JSONSyntaxProblem.swift", "JSONSyntaxProblem", Set(jsonProblems.map { String("\($0)".prefix { $0 != "(" }) })),
        ("CommandLine/UsageError.swift", "UsageError", Set(usageErrors.map { String("\($0)".prefix { $0 != "(" }) })),
        ("Messages/Notice.swift", "Notice", Set(notices.map { String("\($0)".prefix { $0 != "(" }) })),
    ])
    func everyCaseHasASample(file: String, type: String, sampled: Set<String>) throws {
        let source = try String(contentsOf: Repository.root.appendingPathComponent("Sources/ChildPlanKit/" + file), encoding: .utf8)
        // The enum's own cases: from its declaration to the first line that closes it.
        let body = source.components(separatedBy: "enum \(type)").dropFirst().first?.components(separatedBy: "\n}").first ?? ""
        let cases = body.split(separator: "\n").filter { $0.hasPrefix("    case ") }
            .map { String($0.dropFirst("    case ".count).prefix { $0.isLetter || $0.isNumber }) }
        #expect(!cases.isEmpty)
        #expect(Set(cases) == sampled, "cases without a sample: \(Set(cases).subtracting(sampled).sorted())")
    }

    /// The same problem, in each language, at the same place and with the same exit code.
    @Test func aBadFileIsReportedInTheLanguageAsked() throws {
        let directory = try Build.temporaryDirectory()
        let path = directory.appendingPathComponent("p.json").path
        try Data(#"{"format": "childplan.plan/1", "id": "p", "tasks": [{"group": 9, "number": 1, "text": "a", "lead": "b"}]}"#.utf8)
            .write(to: URL(fileURLWithPath: path))
        let vietnamese = Build.runByDefault("validate", path)
        let english = Build.run("validate", path)
        #expect(vietnamese.exitCode == .dataError && english.exitCode == .dataError)
        #expect(vietnamese.stdout.hasPrefix("\(path):1:63: lỗi: số hiệu nhóm '9' không hợp lệ: các nhóm nhiệm vụ đánh số từ I đến VII (hoặc 1 đến 7)\n"))
        #expect(english.stdout.hasPrefix("\(path):1:63: error: unknown group numeral '9': task groups run from I to VII (or 1 to 7)\n"))
        #expect(vietnamese.stdout.hasSuffix("0 kế hoạch, 0 nhiệm vụ, 0 báo cáo): 1 lỗi, 0 cảnh báo.\n"))
    }

    @Test func aUsageErrorIsWordedInTheLanguageAsked() {
        let vietnamese = Build.runByDefault("report", "--fromat", "json")
        #expect(vietnamese.exitCode == .usage)
        #expect(vietnamese.stderr.hasPrefix("Lỗi: Không có tùy chọn '--fromat'. Có phải là '--format'?\nCách dùng: childplan report"))
        #expect(vietnamese.stderr.hasSuffix("  Xem 'childplan report --help' để biết thêm.\n"))
        let english = Build.runByDefault("report", "--fromat", "json", "--lang", "en")
        #expect(english.stderr.hasPrefix("Error: Unknown option '--fromat'. Did you mean '--format'?\nUsage: childplan report"))
    }

    @Test("Every command takes --lang", arguments: ChildPlanCLI.commands.map(\.spec.name))
    func everyCommandTakesLang(command: String) {
        let outcome = Build.runByDefault(command, "--lang", "en", "--help")
        #expect(outcome.exitCode == .success)
        #expect(outcome.stdout.contains("--lang <lang>"))
    }
}

extension ExpectedValue {
    static let samples: [ExpectedValue] = [
        .object, .string, .stringOrNull, .array, .arrayOfObjects, .arrayOfStrings, .trueOrFalse, .groupNumber, .wholeNumberFromOne,
        .monthDay, .planID, .level, .arrayOf(["lead"]),
    ]
}

extension InputProblem {
    /// The case, without its values.
    var caseName: String { String("\(self)".prefix { $0 != "(" }) }
}

/// Issue 16, point 2: help in Vietnamese by default, in English with --lang en, from one catalogue.
@Suite("Help in Vietnamese and English")
struct HelpLanguageTests {
    static let specs = ChildPlanCLI.commands.map(\.spec) + [ChildPlanCLI.rootSpec, ChildPlanCLI.helpSpec]
    /// Texts that read the same in both languages: values, not words.
    static let sameInBoth: Set<String> = ["vi", "markdown", "trước ngày 10 tháng 6; trước ngày 05 tháng 12"]

    @Test func everyHelpTextHasItsVietnamese() {
        for spec in Self.specs {
            for text in spec.wordedTexts {
                let vietnamese = HelpCatalogue.vietnamese[text]
                #expect(vietnamese != nil, "\(spec.commandPath): no Vietnamese for '\(text)'")
                if let vietnamese, !Self.sameInBoth.contains(text) {
                    #expect(vietnamese != text, "\(spec.commandPath): '\(text)' is the same in Vietnamese")
                }
            }
        }
    }

    @Test("A golden help page per command per language", arguments: ["", "help"] + ChildPlanCLI.commands.map(\.spec.name))
    func goldenHelp(command: String) throws {
        let arguments = command.isEmpty ? ["--help"] : [command, "--help"]
        let vietnamese = Build.runByDefault(arguments)
        let english = Build.run(arguments)
        #expect(vietnamese.exitCode == .success && english.exitCode == .success)
        let name = command.isEmpty ? "childplan" : command
        try Snapshot.check(vietnamese.stdout, named: "help-\(name)-vi.txt")
        try Snapshot.check(english.stdout, named: "help-\(name)-en.txt")
        #expect(vietnamese.stdout.hasPrefix("TỔNG QUAN: ") && english.stdout.hasPrefix("OVERVIEW: "))
        // The same command, examples and options in both: only the words differ.
        #expect(vietnamese.stdout.filter { $0 == "\n" }.count > 3)
    }

    /// A long list of problems is worded on every core; each core's thread is given the command's language.
    @Test("Half a million warnings are worded on every core in the command's language", arguments: [Language.vi, .en])
    func longListsOfDiagnosticsKeepTheLanguage(language: Language) {
        let today = Build.day("2026-11-30")
        let diagnostics = (0..<5_000).map { index in
            Diagnostic.warning(.updateAfterToday(date: Build.day("2027-01-01"), today: today),
                               at: SourceLocation(file: "u-\(index % 7).csv", line: index + 2, column: 1))
        }
        let lines = MessageCatalogue.$language.withValue(language) { DataInput.lines(diagnostics) }
        let oneByOne = MessageCatalogue.$language.withValue(language) { diagnostics.sorted().map { MessageCatalogue.line(for: $0) + "\n" }.joined() }
        #expect(lines == oneByOne)
        #expect(lines.contains(language == .vi ? "cảnh báo" : "warning"))
        #expect(!lines.contains(language == .vi ? "warning" : "cảnh báo"))
    }
}

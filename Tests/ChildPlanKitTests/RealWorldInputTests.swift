import Foundation
import Testing

@testable import ChildPlanKit

/// The same appendix as every office's spreadsheet saves it (issue 3).
@Suite("Spreadsheet dialects", .englishMessages)
struct SpreadsheetDialectTests {
    static let shippedRows: [[String]] = {
        let bytes = (try? Repository.bytes(Repository.dataFile("kon-tum-2025.csv"))) ?? []
        return (try? CSVTable.rows(utf8: bytes)) ?? []
    }()

    static let shippedTasks: [PlanTask] = {
        let bytes = (try? Repository.bytes(Repository.dataFile("kon-tum-2025.csv"))) ?? []
        return AppendixImporter.read(utf8: bytes, file: "kon-tum-2025.csv", planID: "kon-tum-2025").0?.plan.tasks ?? []
    }()

    static func utf16(_ text: String, bigEndian: Bool, byteOrderMark: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = byteOrderMark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return bytes
    }

    /// The appendix rows with one column's cells changed.
    static func rows(changing column: Int, _ change: (String) -> String) -> [[String]] {
        shippedRows.enumerated().map { index, row in
            index == 0 ? row : row.enumerated().map { $0.offset == column ? change($0.element) : $0.element }
        }
    }

    struct Dialect: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var testDescription: String { name }
    }

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let english = ["no", "task", "lead", "partners", "timeframe"]

    static let dialects: [Dialect] = [
        Dialect(name: "UTF-8, LF, comma", bytes: Array(CSVWriter().table(shippedRows).utf8)),
        Dialect(name: "UTF-8 with BOM, CRLF (Excel 'CSV UTF-8')", bytes: bom + Array(CSVWriter(lineEnd: "\r\n").table(shippedRows).utf8)),
        Dialect(name: "semicolon, CRLF (Excel in a Vietnamese locale)",
                bytes: bom + Array(CSVWriter(delimiter: ";", lineEnd: "\r\n").table(shippedRows).utf8)),
        Dialect(name: "Excel 'sep=;' first line", bytes: Array(("sep=;\r\n" + CSVWriter(delimiter: ";", lineEnd: "\r\n").table(shippedRows)).utf8)),
        Dialect(name: "tab, UTF-16LE with BOM (Excel 'Unicode text')",
                bytes: utf16(CSVWriter(delimiter: "\t", lineEnd: "\r\n").table(shippedRows), bigEndian: false)),
        Dialect(name: "tab, UTF-16BE with BOM", bytes: utf16(CSVWriter(delimiter: "\t", lineEnd: "\r\n").table(shippedRows), bigEndian: true)),
        Dialect(name: "UTF-16LE without BOM", bytes: utf16(CSVWriter(delimiter: "\t").table(shippedRows), bigEndian: false, byteOrderMark: false)),
        Dialect(name: "lone CR line ends (old Mac Excel)", bytes: Array(CSVWriter(lineEnd: "\r").table(shippedRows).utf8)),
        Dialect(name: "every cell quoted", bytes: Array(CSVWriter(quoteAll: true).table(shippedRows).utf8)),
        Dialect(name: "decomposed (NFD) text from a PDF", bytes: Array(CSVWriter().table(shippedRows).decomposedStringWithCanonicalMapping.utf8)),
        Dialect(name: "trailing empty columns and rows",
                bytes: Array((CSVWriter().table(shippedRows.map { $0 + ["", "", ""] }) + ",,,,,,,\n,,,,,,,\n\n").utf8)),
        Dialect(name: "title lines above the header",
                bytes: Array(("Phụ lục\n\"NỘI DUNG, NHIỆM VỤ THỰC HIỆN CÁC KHUYẾN NGHỊ\"\n\n" + CSVWriter().table(shippedRows)).utf8)),
        Dialect(name: "English headers in another column order",
                bytes: Array(CSVWriter().table([["lead", "no", "timeframe", "task", "partners"]]
                    + shippedRows.dropFirst().map { [$0[2], $0[0], $0[4], $0[1], $0[3]] }).utf8)),
        Dialect(name: "headers in capitals without diacritics",
                bytes: Array(CSVWriter().table([["STT", "NHIEM VU", "CO QUAN CHU TRI", "CO QUAN PHOI HOP", "THOI GIAN THUC HIEN"]]
                    + shippedRows.dropFirst()).utf8)),
        Dialect(name: "names broken over lines, as pasted from the PDF",
                bytes: Array(CSVWriter().table(rows(changing: 2) { $0.replacingOccurrences(of: "Thương binh và", with: "Thương binh\nvà") }
                    .enumerated().map { index, row in
                        index == 0 ? row : row.enumerated().map { $0.offset == 3 ? $0.element.replacingOccurrences(of: "đơn vị liên quan", with: "đơn vị\nliên quan") : $0.element }
                    }).utf8)),
        Dialect(name: "non-breaking and doubled spaces in names",
                bytes: Array(CSVWriter().table(rows(changing: 2) { "  " + $0.replacingOccurrences(of: " ", with: "\u{00A0} ") + "\u{00A0}" }).utf8)),
    ]

    @Test("The same appendix, saved each way, imports to the same plan", arguments: dialects)
    func dialect(_ dialect: Dialect) throws {
        try #require(Self.shippedTasks.count == 25)
        let (loaded, diagnostics) = AppendixImporter.read(utf8: dialect.bytes, file: "phu-luc.csv", planID: "kon-tum-2025")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let tasks = try #require(loaded?.plan.tasks)
        #expect(tasks == Self.shippedTasks)
    }

    @Test("Legacy encodings are refused, named, and never imported", arguments: [
        ("windows1258", EncodingGuess.windows1258), ("tcvn3", .tcvn3), ("vni", .vni),
    ])
    func legacyEncodings(name: String, guess: EncodingGuess) throws {
        let path = Repository.fixture("legacy/kon-tum-2025.\(name).csv")
        let (loaded, diagnostics) = AppendixImporter.read(utf8: try Repository.bytes(path), file: "phu-luc.csv", planID: "p")
        #expect(loaded == nil)
        #expect(diagnostics.map(\.problem) == [.notUnicode(guess)])
        let output = try Build.temporaryDirectory().appendingPathComponent("p.json").path
        let outcome = Build.run("import", path, "-o", output)
        #expect(outcome.exitCode == .dataError)
        #expect(outcome.stderr.contains("the file is not UTF-8 text; it looks like "))
        #expect(outcome.stderr.contains("'CSV UTF-8 (Comma delimited) (*.csv)'"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func legacyEncodingMessagesNameTheEncoding() {
        #expect(MessageCatalogue.message(for: .notUnicode(.tcvn3)).contains("TCVN3 (ABC), the legacy encoding of .VnTime fonts"))
        #expect(MessageCatalogue.message(for: .notUnicode(.tcvn3)).contains("convert the text to Unicode"))
        #expect(MessageCatalogue.message(for: .notUnicode(.vni)).contains("VNI, the legacy encoding of VNI-Times fonts"))
    }
}

@Suite("Vietnamese agency names", .englishMessages)
struct AgencyNameTests {
    let registry = DefaultRegistry.registry

    @Test("Short forms and other spellings", arguments: [
        ("Sở LĐTBXH", "Sở Lao động - Thương binh và Xã hội"), ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở LĐ - TB & XH", "Sở Lao động - Thương binh và Xã hội"), ("so ldtbxh", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở GDĐT", "Sở Giáo dục và Đào tạo"), ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"), ("Sở GD-ĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"), ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở TN&MT", "Sở Tài nguyên và Môi trường"), ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("so y te", "Sở Y tế"), ("SO Y TE", "Sở Y tế"), ("Sở  Y\u{00A0}tế", "Sở Y tế"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"), ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố"),
        ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("Uy ban Mat tran To quoc Viet Nam tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("UBND TP", "Ủy ban nhân dân tỉnh"),
    ])
    func spelling(written: String, canonical: String) {
        #expect(registry.agency(named: written)?.name == canonical)
        #expect(registry.agency(named: written.decomposedStringWithCanonicalMapping)?.name == canonical)
    }

    @Test("A name that ends with its place: the agency, and the place", arguments: [
        ("UBND tỉnh Kon Tum", "Ủy ban nhân dân tỉnh", "tỉnh Kon Tum"), ("Uỷ ban nhân dân tỉnh Kon Tum", "Ủy ban nhân dân tỉnh", "tỉnh Kon Tum"),
        ("UBND TP Hải Phòng", "Ủy ban nhân dân tỉnh", "thành phố Hải Phòng"),
        ("Sở Giáo dục và Đào tạo thành phố Hải Phòng", "Sở Giáo dục và Đào tạo", "thành phố Hải Phòng"),
        ("Sở Y tế tỉnh Thừa Thiên Huế", "Sở Y tế", "thành phố Huế"),
        ("Phòng Văn hóa - Xã hội phường Thủy Nguyên", "Phòng Văn hóa - Xã hội", "phường Thủy Nguyên"),
    ])
    func nameWithPlace(written: String, agency: String, place: String) throws {
        let found = try #require(registry.agencyAndPlace(named: written))
        #expect(found.agency.name == agency)
        #expect(found.place?.name == place)
    }

    @Test func suggestionsForAMisspelledName() {
        #expect(registry.agency(named: "Sở Lao đông Thương binh Xã hội") == nil)
        #expect(registry.suggestions(for: "Sở Lao đông Thương binh Xã hội").first == "Sở Lao động - Thương binh và Xã hội")
        #expect(registry.suggestions(for: "Sở Giáo dục Đào tạo").first == "Sở Giáo dục và Đào tạo")
        #expect(registry.suggestions(for: "Sở Giáo dục Đào tạo").count <= 3)
        #expect(registry.suggestions(for: "Hợp tác xã Nông nghiệp Ea Kar").isEmpty)
    }

    /// The Kon Tum appendix typed with short forms, NFD text and en dashes
    /// counts every agency as the shipped one does.
    @Test func shortFormsAndNFDGiveTheSameCoverage() throws {
        let shortForms = [
            ("Sở Lao động - Thương binh và Xã hội", "Sở LĐ–TB&XH"), ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
            ("Sở Thông tin và Truyền thông", "Sở TT&TT"), ("Sở Tài nguyên và Môi trường", "Sở TN&MT"),
            ("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"), ("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL"),
            ("UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố"), ("Công an tỉnh", "CA tỉnh"),
            ("Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh"), ("Ban Dân tộc", "Ban Dân tộc tỉnh"),
        ]
        let abbreviate = { (cell: String) in shortForms.reduce(cell) { $0.replacingOccurrences(of: $1.0, with: $1.1) } }
        let rows = SpreadsheetDialectTests.shippedRows.enumerated().map { index, row in
            index == 0 ? row : row.enumerated().map { $0.offset == 2 || $0.offset == 3 ? abbreviate($0.element) : $0.element }
        }
        #expect(rows != SpreadsheetDialectTests.shippedRows)
        let typed = CSVWriter(delimiter: ";", lineEnd: "\r\n").table(rows).decomposedStringWithCanonicalMapping
        let (loaded, diagnostics) = AppendixImporter.read(utf8: Array(typed.utf8), file: "typed.csv", planID: "kon-tum-2025")
        #expect(diagnostics.isEmpty)
        let typedPlan = try #require(loaded?.plan)
        let shipped = Build.plan(at: Repository.dataFile("kon-tum-2025.csv"))
        for day in ["2025-02-15", "2026-11-22"] {
            let render = { (data: DataSet) in
                OutputFormat.json.render(SummaryReport(data, asOf: Build.day(day)), section: .coverage, language: .vi)
            }
            #expect(render(DataSet(plans: [typedPlan])) == render(shipped), "coverage as of \(day)")
        }
    }
}

@Suite("Validation warnings", .englishMessages)
struct ValidationWarningTests {
    func warnings(_ appendix: String, asOf: String = "2026-11-22") throws -> [String] {
        let path = try Build.temporaryDirectory().appendingPathComponent("phu-luc.csv").path
        try Data(appendix.utf8).write(to: URL(fileURLWithPath: path))
        let outcome = Build.run("validate", path, "--as-of", asOf)
        #expect(outcome.exitCode == .success)
        return outcome.stdout.split(separator: "\n").dropLast().map {
            $0.replacingOccurrences(of: path + ": ", with: "").replacingOccurrences(of: path + ":", with: "")
        }
    }

    static let header = "STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện\n"
    /// Groups II to VII with one task each, so that no group is empty.
    static let allGroups = (2...7).map { "\(RomanNumeral.string(for: $0)),Nhóm,,,\n1,Nhiệm vụ số \($0) của nhóm.,Sở Y tế,,Năm 2027\n" }.joined()

    @Test func anUnknownAgencyWithTheClosestNames() throws {
        // "Sở Tư phap" is Sở Tư pháp without a diacritic, and "Sở GD-ĐT" a short form: both known.
        let lines = try warnings(Self.header
            + "I,Nhóm,,,\n1,Rà soát các chính sách.,Sở Lao đông Thương binh Xã hội,Sở Tư phap; Hội Nông dân xã; Sở GD-ĐT; Đoàn luật sư,2027\n"
            + Self.allGroups)
        #expect(lines == [
            "3:27: warning: agency 'Sở Lao đông Thương binh Xã hội' is not in the registry, so it is counted under the name as written; did you mean 'Sở Lao động - Thương binh và Xã hội', 'Bộ Lao động - Thương binh và Xã hội' or 'Phòng Lao động - Thương binh và Xã hội'?",
            "3:58: warning: agency 'Hội Nông dân xã' is not in the registry, so it is counted under the name as written; did you mean 'Hội Nông dân tỉnh' or 'Hội Liên hiệp Phụ nữ xã'?",
            "3:58: warning: agency 'Đoàn luật sư' is not in the registry, so it is counted under the name as written; if the name is right, add it to a registry file (see --registry)",
        ])
    }

    @Test func emptyGroupsAndTimeframesNotUnderstood() throws {
        let lines = try warnings(Self.header + "I,Nhóm,,,\n1,Rà soát các chính sách.,Sở Y tế,,Sớm nhất\nIII,Nhóm,,,\n1,Tập huấn cán bộ.,Sở Y tế,,Quý V/2025\n")
        #expect(lines == [
            "warning: plan phu-luc has no task in group II (Truyền thông, giáo dục, vận động xã hội)",
            "warning: plan phu-luc has no task in group IV (Phát triển hệ thống dịch vụ)",
            "warning: plan phu-luc has no task in group V (Kiểm tra, thanh tra, cơ sở dữ liệu về trẻ em)",
            "warning: plan phu-luc has no task in group VI (Bố trí kinh phí)",
            "warning: plan phu-luc has no task in group VII (Hợp tác quốc tế)",
            "3:36: warning: timeframe 'Sớm nhất' not understood, so the task is never counted overdue; write for example 'Thường xuyên hằng năm', 'Năm 2027', 'Quý II/2025', '31/12/2025' or 'Theo đề nghị'",
            "5:29: warning: timeframe 'Quý V/2025' not understood (it has a quarter that is not I, II, III or IV with a year), so the task is never counted overdue; write for example 'Thường xuyên hằng năm', 'Năm 2027', 'Quý II/2025', '31/12/2025' or 'Theo đề nghị'",
        ])
    }

    @Test func aDistrictBodyLeadingAfterJuly2025() throws {
        let appendix = Self.header + "I,Nhóm,,,\n1,Rà soát các chính sách.,Phòng LĐTBXH,,2027\n" + Self.allGroups
        #expect(try warnings(appendix, asOf: "2025-06-30").isEmpty)
        #expect(try warnings(appendix, asOf: "2025-07-01") == [
            "3:27: warning: task I.1 is led by Phòng LĐTBXH, a district-level body; the district level ended on 01/07/2025 (its work passed to Phòng Văn hóa - Xã hội các xã, phường, đặc khu), so the task needs a new lead",
        ])
    }

    @Test func textsThatLookCutOffRepeatedOrGarbled() throws {
        let lines = try warnings(Self.header + """
            I,Nhóm,,,
            1,"Tuyên truyền về quyền trẻ em và",Sở Y tế,,2027
            2,"Rà soát chính sách (trẻ em khuyết tật",Sở Y tế,,2027
            3,Tuyên truyền về quyền trẻ em và,Sở Y tế,,2027
            4,"Tập huấn cho cán bộ cơ sở. Tập huấn cho cán bộ cơ sở.",Sở Y tế,,2027
            5,"Tuyªn truyÒn vÒ quyÒn trÎ em",Sở Y tế,,2027

            """ + Self.allGroups)
        #expect(lines == [
            "3:3: warning: the text of task I.1 looks cut off (it ends on a comma, an open parenthesis or a word such as 'và'); check it against the plan",
            "4:3: warning: the text of task I.2 looks cut off (it ends on a comma, an open parenthesis or a word such as 'và'); check it against the plan",
            "5:3: warning: the text of task I.3 looks cut off (it ends on a comma, an open parenthesis or a word such as 'và'); check it against the plan",
            "5:3: warning: task I.3 has the same text as task I.1 (line 3)",
            "6:3: warning: the text of task I.4 says 'Tập huấn cho cán bộ cơ sở' twice",
            "7:3: warning: this text looks garbled ('Tuyªn truyÒn vÒ'): it may be TCVN3 or VNI text saved as Unicode without converting; convert it to Unicode (for example with Unikey's converter) and save again",
        ])
    }

    @Test func anUnknownAgencyInAReturnIsPlacedAtItsCellWhichAReportDoesNotLookFor() throws {
        let directory = try Build.temporaryDirectory()
        try Data((Self.header + "I,Nhóm,,,\n1,Rà soát các chính sách.,Sở Y tế,,Thường xuyên hằng năm\n" + Self.allGroups).utf8)
            .write(to: directory.appendingPathComponent("phu-luc.csv"))
        // The status before the agency is Vietnamese: the column counts characters, not bytes.
        let returns = directory.appendingPathComponent("bao-cao.csv")
        try Data("plan,task,period,status,date,agency\nphu-luc,I.1,2025-H1,Đang triển khai,10/06/2025,Sở Không Có\n".utf8).write(to: returns)
        let outcome = Build.run("validate", directory.path, "--as-of", "2026-11-22")
        #expect(outcome.stdout.contains(returns.path + ":2:48: warning: agency 'Sở Không Có' is not in the registry"), "\(outcome.stdout)")
        // A report does not warn of names, so it does not note where they are.
        let forReport = DataLoader(recordsTaskLocations: false).load(paths: [returns.path])
        #expect(forReport.updates.first?.sources.first?.agencyColumn == 1)
        #expect(forReport.updates.first?.sources.first?.taskColumn == 9)
    }

    @Test func validateOnTheShippedDataHasOnlyTheWarningsAUserShouldSee() {
        let outcome = Build.run("validate", Repository.data.path, "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .success)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(!lines.contains { $0.contains(": error: ") })
        let warnings = lines.filter { $0.contains(": warning: ") }
        // Thủy Nguyên leaves group VII empty and Cần Thơ groups VI and VII, and Thủy Nguyên's Phòng Y tế, a district
        // body, still leads its six tasks after July 2025. (Hải Phòng's education plan has all seven groups: its section II.)
        #expect(warnings.filter { $0.contains("has no task in group") }.count == 3)
        #expect(warnings.filter { $0.contains("a district-level body") }.count == 6)
        #expect(warnings.count == 9)
        #expect(lines.last == "Checked 10 files (7 plan files, 1 updates file, 2 registries; 5 plans, 71 tasks, 48 updates): 0 errors, 9 warnings.")
        // Before July 2025 Phòng Y tế still existed.
        #expect(Build.run("validate", Repository.data.path, "--as-of", "2025-06-30").stdout.contains("0 errors, 3 warnings."))
    }
}

@Suite("The agencies command", .englishMessages)
struct AgenciesCommandTests {
    @Test func listsAgenciesAsCarriedWithTheSpellingsSeen() throws {
        let outcome = Build.run("agencies", Repository.dataFile("kon-tum-2025.json"), "--format", "json", "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .success)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let agencies = try #require(object["agencies"] as? [[String: Any]])
        let health = try #require(agencies.first { $0["agency"] as? String == "Sở Y tế" })
        #expect(health["lead"] as? Int == 7)
        #expect(health["partner"] as? Int == 2)
        #expect(health["writtenAs"] as? [String] == ["Sở Lao động - Thương binh và Xã hội", "Sở Y tế"])
        #expect(health["known"] as? Bool == true)
        #expect(health["level"] as? String == "province")
        #expect(agencies.reduce(0) { $0 + ($1["lead"] as? Int ?? 0) } == 25)
    }

    @Test func marksNamesTheRegistryDoesNotKnow() throws {
        let path = try Build.temporaryDirectory().appendingPathComponent("p.csv").path
        try Data("group,task,lead\n1,Rà soát,Sở Lạ\n1,Góp ý,Sở Y tế\n".utf8).write(to: URL(fileURLWithPath: path))
        let outcome = Build.run("agencies", path, "--lang", "en", "--as-of", "2026-11-22")
        #expect(outcome.exitCode == .success)
        #expect(outcome.stdout.contains("| Sở Lạ | not in the registry |  | Sở Lạ | 1 | 0 |"))
        #expect(outcome.stdout.contains("| Sở Y tế | Department | Province | Sở Y tế | 1 | 0 |"))
    }
}

@Suite("Task text checks", .englishMessages)
struct TextCheckTests {
    @Test("cut-off texts", arguments: [
        ("Tổ chức tập huấn (năm 2026", true), ("Tổ chức tập huấn cho cán bộ và", true), ("Rà soát, góp ý,", true),
        ("Tổ chức tập huấn (năm 2026).", false), ("Tổ chức tập huấn cho cán bộ.", false), ("(", true), ("", false),
    ])
    func truncated(text: String, expected: Bool) {
        #expect(TextChecks.looksTruncated(text) == expected)
        #expect(TextChecks.looksTruncated(text, looseKey: VietnameseText.looseKey(text)) == expected)
    }

    @Test("repeated sentences", arguments: [
        ("Tổ chức tập huấn cho cán bộ. Tổ chức tập huấn cho cán bộ.", "Tổ chức tập huấn cho cán bộ"),
        ("- Tuyên truyền về quyền trẻ em;\n- Tuyên truyền về quyền trẻ em", "Tuyên truyền về quyền trẻ em"),
        ("Tổ chức tập huấn cho cán bộ.   ", nil), ("Một câu duy nhất không lặp lại", nil), ("Ba từ thôi. Ba từ thôi.", nil),
    ])
    func repeated(text: String, expected: String?) {
        #expect(TextChecks.repeatedSentence(in: text) == expected)
    }

    @Test("garbled texts need two characters Vietnamese never uses", arguments: [
        ("Së Gi¸o dôc", true), ("Së Y tế", false), ("Sở Giáo dục và Đào tạo", false), ("ë\u{301}¸ë", true),
    ])
    func garbled(text: String, expected: Bool) {
        #expect((TextChecks.garbledSample(text) != nil) == expected)
    }
}

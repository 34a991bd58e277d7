import Foundation
import OfficeFormats
import Testing

@testable import ChildPlanKit

/// Issue 15, point 1: what the data cannot know — the office, number, place, date, signer and recipients — from
/// `report`'s options or a settings file (`--letterhead`), else "…" for the officer.
@Suite("The Word report's letterhead")
struct LetterheadTests {
    static let report = Report.summary(SummaryReport(Build.shippedData(), asOf: Build.day("2026-11-22")), .status)

    static func texts(_ letterhead: Letterhead, language: Language = .vi) throws -> (header: [String], closing: [String]) {
        var sink = ByteSink()
        OutputFormat.docx.write(report, options: RenderOptions(language: language, letterhead: letterhead), to: &sink)
        let document = try WordDocument(bytes: sink.bytes)
        let header = try #require(document.tables.first?.table.rows.first?.texts)
        let closing = try #require(document.tables.last?.table.rows.first?.texts)
        return (header, closing)
    }

    static let given = Letterhead(
        superior: "UBND tỉnh Quảng Ngãi", office: "Sở Y tế", number: "125/BC-SYT", place: "Quảng Ngãi", date: Build.day("2026-12-05"),
        signerTitle: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer: "Nguyễn Văn An", recipients: ["UBND tỉnh (để b/c)", "Lưu: VT, PCTE"])

    @Test func theGivenValuesFillTheHeaderAndClosingBlocks() throws {
        let (header, closing) = try Self.texts(Self.given)
        #expect(header == ["UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ\n\nSố: 125/BC-SYT",
                           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQuảng Ngãi, ngày 05 tháng 12 năm 2026"])
        #expect(closing == ["Nơi nhận:\n- UBND tỉnh (để b/c);\n- Lưu: VT, PCTE.", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn Văn An"])
    }

    @Test func nothingGivenLeavesBlanksForTheOfficer() throws {
        let (header, closing) = try Self.texts(Letterhead())
        #expect(header == ["…………………\nCƠ QUAN BÁO CÁO …\n\nSố: …/BC-…", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n…, ngày … tháng … năm …"])
        #expect(closing == ["Nơi nhận:\n- Như trên;\n- Lưu: VT, ….", "THỦ TRƯỞNG CƠ QUAN\n(Ký, ghi rõ họ tên, đóng dấu)\n\n\n\n…………………"])
    }

    /// The decree writes a day before the 10th, and January and February, with a leading zero.
    @Test("The date as the decree writes it", arguments: [
        ("2026-12-05", "Quảng Ngãi, ngày 05 tháng 12 năm 2026"),
        ("2027-01-15", "Quảng Ngãi, ngày 15 tháng 01 năm 2027"),
        ("2027-02-09", "Quảng Ngãi, ngày 09 tháng 02 năm 2027"),
        ("2026-03-10", "Quảng Ngãi, ngày 10 tháng 3 năm 2026"),
    ])
    func dates(day: String, line: String) throws {
        let writer = DOCXReportWriter(language: .vi, letterhead: Letterhead(place: "Quảng Ngãi", date: Build.day(day)))
        #expect(writer.placeAndDate == line)
    }

    /// The office given without a superior body stands alone (a People's Committee has none above it in the block).
    @Test func anOfficeWithoutASuperiorBody() throws {
        let (header, _) = try Self.texts(Letterhead(office: "Ủy ban nhân dân tỉnh Quảng Ngãi"))
        #expect(header.first == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\nSố: …/BC-…")
    }

    @Test func theDocumentDateIsTheLetterheadsElseTheFigures() throws {
        func core(_ letterhead: Letterhead) throws -> String {
            var sink = ByteSink()
            OutputFormat.docx.write(Self.report, options: RenderOptions(letterhead: letterhead), to: &sink)
            return String(decoding: try #require(try ZipArchive(bytes: sink.bytes).contents(ofEntryNamed: "docProps/core.xml")), as: UTF8.self)
        }
        #expect(try core(Letterhead()).contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-22T00:00:00Z</dcterms:created>"#))
        #expect(try core(Self.given).contains(">2026-12-05T00:00:00Z<"))
    }

    /// The settings file, and the options over it: an option replaces the file's value, the rest stay.
    @Test func theOptionsReplaceWhatTheFileSays() throws {
        let folder = try Build.temporaryDirectory()
        let settings = folder.appendingPathComponent("bao-cao.json")
        try Data("\u{FEFF}{\"office\": \"Sở Y tế\", \"number\": \"125/BC-SYT\", \"signer\": \"Nguyễn Văn An\", \"recipients\": [\"Như trên\", \"Lưu: VT\"]}".utf8)
            .write(to: settings)
        let output = folder.appendingPathComponent("bao-cao.docx")
        let result = Build.run(["report", "status", "-o", output.path, "--letterhead", settings.path, "--number", "130/BC-SYT",
                                "--recipient", "UBND tỉnh", "--recipient", "Lưu: VT, PCTE"])
        #expect(result.exitCode == .success, "\(result.stderr)")
        let document = try WordDocument(bytes: Array(try Data(contentsOf: output)))
        let header = try #require(document.tables.first?.table.rows.first?.texts.first)
        let closing = try #require(document.tables.last?.table.rows.first?.texts)
        #expect(header == "SỞ Y TẾ\n\nSố: 130/BC-SYT")
        #expect(closing.first == "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT, PCTE.")
        #expect(closing.last?.hasSuffix("Nguyễn Văn An") == true)
    }

    /// Each problem of the settings file at its line and column, in Vietnamese, exit 65; a missing file 66; a
    /// letterhead option with another format 64, before any plan is read.
    @Test func aBadSettingsFileIsRefusedWithItsPlaces() throws {
        let folder = try Build.temporaryDirectory()
        let settings = folder.appendingPathComponent("bao-cao.json")
        try Data(#"{"signr": "A", "date": "31/02/2026", "recipients": "UBND tỉnh"}"#.utf8).write(to: settings)
        let output = folder.appendingPathComponent("x.docx").path
        let bad = Build.run(["report", "-o", output, "--letterhead", settings.path, "--lang", "vi"])
        #expect(bad.exitCode == .dataError)
        #expect(bad.stderr == """
            \(settings.path):1:2: lỗi: khóa "signr" không có trong tệp thiết lập (có phải "signer"?); các khóa dùng được: superior, office, number, place, date, signer-title, signer, recipients
            \(settings.path):1:24: lỗi: '31/02/2026' không phải là ngày có thật: tháng 2 năm 2026 chỉ có 28 ngày
            \(settings.path):1:52: lỗi: "recipients" phải là một mảng các chuỗi

            """)
        #expect(!FileManager.default.fileExists(atPath: output), "nothing is written")
        try Data(#"{"signer": "A",}"#.utf8).write(to: settings)
        let syntax = Build.run(["report", "-o", output, "--letterhead", settings.path, "--lang", "vi"])
        #expect(syntax.exitCode == .dataError && syntax.stderr.hasPrefix("\(settings.path):1:16: lỗi: không phải JSON hợp lệ"))
        let missing = Build.run(["report", "-o", output, "--letterhead", folder.appendingPathComponent("none.json").path])
        #expect(missing.exitCode == .noInput)
        let markdown = Build.run(["report", "--signer", "Nguyễn Văn An", "--lang", "vi"])
        #expect(markdown.exitCode == .usage)
        #expect(markdown.stderr.hasPrefix("Lỗi: Tùy chọn '--signer' chỉ dùng cho báo cáo Word: thêm --format docx, hoặc ghi vào tệp .docx (-o bao-cao.docx)."))
        let date = Build.run(["report", "-o", output, "--report-date", "32/12/2026"])
        #expect(date.exitCode == .usage)
    }
}

import Foundation
import OfficeFormats
import Testing

@testable import ChildPlanKit

/// Issue 15, point 6: markdown whose table cells keep their line breaks through `pandoc -o .docx`. Pandoc drops a
/// GitHub table's `<br>` (raw HTML) from Word; its grid tables carry a hard break (`--pandoc`).
@Suite("Markdown through pandoc into Word")
struct PandocRouteTests {
    static let brief = "Tham mưu UBND tỉnh về bảo vệ trẻ em.\n- Truyền thông | tập huấn <cán bộ>\nIV. Phát triển dịch vụ"

    static var document: ReportDocument {
        var table = ReportDocument.Table(name: "t", title: "T", columns: ["Cơ quan", "Nội dung", "Số"], rightAligned: [2])
        table.add(["Sở Y tế", brief, "12"])
        table.add(["Tổng cộng", "", "12"], isTotal: true)
        return ReportDocument(title: "T", blocks: [.table(table)])
    }

    /// The markdown pandoc gets: every line of the grid as wide as the others, each line break a hard break, and
    /// what pandoc would read as a list or markup escaped.
    @Test func theGridTablePandocGets() {
        let text = MarkdownWriter(gridTables: true).write(Self.document)
        #expect(text == """
            +---------------+------------------------------------+---------+
            | Cơ quan       | Nội dung                           | Số      |
            +===============+====================================+========:+
            | Sở Y tế       | Tham mưu UBND tỉnh về bảo vệ trẻ   | 12      |
            |               | em.\\                               |         |
            |               | \\- Truyền thông \\| tập huấn        |         |
            |               | &lt;cán bộ&gt;\\                    |         |
            |               | IV\\. Phát triển dịch vụ            |         |
            +---------------+------------------------------------+---------+
            | **Tổng cộng** |                                    | **12**  |
            +---------------+------------------------------------+---------+

            """)
        let widths = Set(text.split(separator: "\n").map { PandocGridTable.width($0) })
        #expect(widths.count == 1, "every line of the grid is as wide")
    }

    @Test("Line starts pandoc would read as blocks are escaped", arguments: [
        ("- Truyền thông", "\\- Truyền thông"), ("+ a", "\\+ a"), ("# Tiêu đề", "\\# Tiêu đề"), (": định nghĩa", "\\: định nghĩa"),
        ("IV. Phát triển", "IV\\. Phát triển"), ("1. Một", "1\\. Một"), ("a) Một", "a\\) Một"), ("(a) Một", "\\(a) Một"),
        ("Sở Y tế. Sở Tư pháp", "Sở Y tế. Sở Tư pháp"), ("III.5 và IV.1", "III.5 và IV.1"), ("a | b *c*", "a \\| b \\*c\\*"),
    ])
    func escapes(line: String, escaped: String) {
        #expect(PandocGridTable.escapedLine(line) == escaped)
    }

    @Test func widthsAreCountedAsPandocCountsThem() {
        #expect(PandocGridTable.width("Nguyễn") == 6)
        #expect(PandocGridTable.width("Nguye\u{302}\u{303}n") == 6, "combining marks take no room")
        #expect(PandocGridTable.width("儿童") == 4, "wide characters take two")
    }

    /// Pandoc itself, where it is installed (the test says so and passes without it): the Word file it makes from
    /// `--pandoc` markdown has the cell's line breaks, read back by our own Word reader.
    @Test func pandocCarriesTheLineBreaksIntoWord() throws {
        guard let pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("pandoc is not installed: the route through pandoc is not run")
            return
        }
        let folder = try Build.temporaryDirectory()
        let markdown = folder.appendingPathComponent("bao-cao.md"), word = folder.appendingPathComponent("bao-cao.docx")
        try Data(MarkdownWriter(gridTables: true).write(Self.document).utf8).write(to: markdown)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments = [markdown.path, "-o", word.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let table = try #require(try WordDocument(bytes: Array(Data(contentsOf: word))).tables.first?.table)
        #expect(table.rows.map(\.texts) == [["Cơ quan", "Nội dung", "Số"], ["Sở Y tế", Self.brief, "12"], ["Tổng cộng", "", "12"]])
    }
}

import ChildPlanKit
import OfficeFormats

/// The Office readers' targets. Mutated bytes rarely survive a ZIP's CRC-32,
/// so the Word and Excel targets take the part's XML itself and pack it into
/// a valid file; the `zip` target takes whole archives. (Only public API:
/// the fuzz build is a release build, which cannot import for testing.)
enum OfficeFuzz {
    /// Any stream: inflated with room to spare, then again with exactly its
    /// size as the limit (the same bytes) and one byte less (refused).
    static func inflate(_ bytes: [UInt8]) {
        guard let output = try? Inflater.inflate(bytes, limit: 1 << 20) else { return }
        guard (try? Inflater.inflate(bytes, limit: output.count)) == output else { fatalError("the same stream inflated otherwise") }
        if !output.isEmpty, (try? Inflater.inflate(bytes, limit: output.count - 1)) != nil {
            fatalError("a stream grew past its limit")
        }
    }

    static func zip(_ bytes: [UInt8]) {
        guard let archive = try? ZipArchive(bytes: bytes) else { return }
        for entry in archive.entries.prefix(64) {
            if let contents = try? archive.contents(of: entry), contents.count != entry.size { fatalError("an entry read to another size") }
        }
        _ = try? WordDocument(bytes: bytes)
        _ = try? Workbook(bytes: bytes).sheets
    }

    /// The bytes as `word/document.xml`, read as an appendix (a plan that reads back as itself).
    static func document(_ bytes: [UInt8]) {
        var writer = ZipWriter()
        writer.add("word/document.xml", bytes)
        readAppendix(writer.finished(), file: "fuzz.docx")
    }

    static let sharedStrings = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "I", "Sở Y tế", "Năm 2026",
                                "Kế hoạch", "Kỳ báo cáo", "Tình trạng", "Ngày báo cáo", "2026-H1", "Hoàn thành"]

    /// The bytes as a sheet's XML, in a workbook with shared strings and a date style, read as an appendix and as a data file.
    static func sheet(_ bytes: [UInt8]) {
        var writer = ZipWriter()
        writer.add("xl/workbook.xml", Array(#"<workbook><sheets><sheet name="Phụ lục" r:id="a"/></sheets></workbook>"#.utf8))
        writer.add("xl/_rels/workbook.xml.rels", Array(("<Relationships>"
            + #"<Relationship Id="a" Type="/worksheet" Target="sheet.xml"/><Relationship Id="b" Type="/sharedStrings" Target="s.xml"/>"#
            + #"<Relationship Id="c" Type="/styles" Target="st.xml"/></Relationships>"#).utf8))
        writer.add("xl/s.xml", Array(("<sst>" + sharedStrings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>").utf8))
        writer.add("xl/st.xml", Array(#"<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#.utf8))
        writer.add("xl/sheet.xml", bytes)
        let workbook = writer.finished()
        readAppendix(workbook, file: "fuzz.xlsx")
        if let book = try? Workbook(bytes: workbook), let sheet = book.sheets.first, let table = try? book.table(of: sheet) {
            for row in table.rows where row.cells.contains(where: { $0.column < 1 || $0.span < 1 }) { fatalError("a cell outside the grid: \(row)") }
        }
    }

    static func readAppendix(_ file: [UInt8], file name: String) {
        let (loaded, _, _) = AppendixImporter.read(file, file: name, planID: "fuzz", defaultTimeframe: nil, choice: .init())
        guard let plan = loaded?.plan else { return }
        let (readBack, problems) = PlanJSONCodec.read(utf8: PlanJSONCodec.encode(plan), file: "round-trip.json")
        guard let readBack, !problems.contains(where: { $0.severity == .error }), readBack.plan.tasks == plan.tasks else {
            fatalError("a plan read from \(name) did not read back")
        }
    }
}

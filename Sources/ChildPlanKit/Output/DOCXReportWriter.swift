import OfficeFormats

/// Writes a report document as a Word báo cáo laid out as Decree 30/2020/NĐ-CP's Appendix I asks: A4, margins
/// 20 mm top and bottom, 30 mm left, 20 mm right; Times New Roman 14 pt (tables 12 pt); the header block as a
/// borderless two-column table (the issuing body over a short rule, the national motto over its rule), the
/// number and the place and date in italics, "BÁO CÁO" and its subject centred in bold, the report's sections
/// and tables (header rows repeated on each page, numbers right-aligned), page numbers centred at the top from
/// page 2, and the "Nơi nhận:" and signature blocks. What the tool cannot know — the issuing body, number,
/// place, date, signer, recipients — comes from the `Letterhead`, or is left as "…" for the officer. It lays out;
/// it does not count.
struct DOCXReportWriter {
    let language: Language
    var letterhead = Letterhead()

    /// The document's bytes, joined (for tests; a report is written from `archive(_:)` piece by piece).
    func write(_ document: ReportDocument) -> [UInt8] {
        archive(document).finished()
    }

    /// The document as the parts of its ZIP archive.
    func archive(_ document: ReportDocument) -> ZipWriter {
        let blocks = document.blocks.filter { block in
            switch block {
            case .heading(let level, let text): !(level == 1 && text == document.title)
            case .bars, .heatMap: false
            default: true
            }
        }
        // Each table's columns measured once: for its orientation, then for its widths.
        let measures = blocks.map { block -> [ColumnMeasure]? in if case .table(let table) = block { columnMeasures(table) } else { nil } }
        // A letter stays on portrait pages.
        let landscape = document.isLetter ? blocks.map { _ in false } : landscapeBlocks(blocks, measures: measures)
        // The part is written from its start, so that its hundred megabytes are never copied into another array.
        var body = Array(DOCXReportWriter.documentStart.utf8)
        body += (document.isLetter ? letterHeaderBlock(subject: document.title) : headerBlock(title: document.title)).utf8
        var isFirstSection = true
        var addressees = 0
        for index in blocks.indices {
            switch blocks[index] {
            case .heading(let level, let text):
                // In a letter, each addressee's ("Kính gửi: …") begins a page, and the one before it ends with its own
                // "Nơi nhận" and signature: each can be printed and sent by itself.
                if document.isLetter, level == 2 {
                    addressees += 1
                    if addressees > 1 { body += closingBlock().utf8 }
                }
                body += paragraph(text, bold: true, size: level <= 2 ? 28 : 26, spacingBefore: 120, keepNext: true,
                                  pageBreakBefore: document.isLetter && level == 2 && addressees > 1).utf8
            case .paragraph(let text): body += paragraph(text, justified: true, firstLineIndent: true).utf8
            case .notice(let title, let text): body += paragraph(title + ": " + text, bold: true, italic: true, justified: true).utf8
            case .list(let items): body += items.map { paragraph("- " + $0, justified: true, firstLineIndent: true) }.joined().utf8
            case .table(let table):
                let width = landscape[index] ? Page.landscapeTextWidth : Page.portraitTextWidth
                appendTable(table, measures: measures[index] ?? [], textWidth: width, to: &body)
                body += paragraph("", size: 12).utf8
            case .bars, .heatMap: continue
            }
            // A section ends where the orientation changes: its properties close its last paragraph.
            if index + 1 < blocks.count, landscape[index] != landscape[index + 1] {
                body += ("<w:p><w:pPr>" + DOCXReportWriter.sectionProperties(landscape: landscape[index], isFirst: isFirstSection) + "</w:pPr></w:p>").utf8
                isFirstSection = false
            }
        }
        body += closingBlock().utf8
        body += DOCXReportWriter.sectionProperties(landscape: landscape.last ?? false, isFirst: isFirstSection).utf8
        body += DOCXReportWriter.documentEnd.utf8
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(DOCXReportWriter.contentTypes.utf8))
        zip.add("_rels/.rels", Array(DOCXReportWriter.packageRelationships.utf8))
        zip.add("docProps/core.xml", Array(coreProperties(title: document.title, date: letterhead.date ?? document.asOf).utf8))
        zip.add("word/_rels/document.xml.rels", Array(DOCXReportWriter.documentRelationships.utf8))
        zip.add("word/styles.xml", Array(DOCXReportWriter.styles.utf8))
        zip.add("word/settings.xml", Array(DOCXReportWriter.settings.utf8))
        zip.add("word/header1.xml", Array(DOCXReportWriter.pageNumberHeader.utf8))
        zip.add("word/document.xml", body)
        return zip
    }

    // MARK: Blocks

    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    /// The header block of a report: issuing body and national motto side by side (`issuerAndMotto`), then
    /// "BÁO CÁO" and the subject centred in bold.
    func headerBlock(title: String) -> String {
        issuerAndMotto(unnamedOffice: pick("CƠ QUAN BÁO CÁO …", "REPORTING OFFICE …"), number: "…/BC-…", underNumber: "")
            + paragraph(pick("BÁO CÁO", "REPORT"), bold: true, centred: true, size: 28)
            + paragraph(title, bold: true, centred: true, size: 28) + paragraph("", size: 12)
    }

    /// A letter's header block (công văn): the subject ("V/v …") under the office's number, and no title.
    func letterHeaderBlock(subject: String) -> String {
        issuerAndMotto(unnamedOffice: pick("CƠ QUAN …", "OFFICE …"), number: "…/…",
                       underNumber: paragraph(pick("V/v ", "Re: ") + subject.lowercasedFirst, centred: true, size: 24))
    }

    /// The issuing body (the superior body, when given, over the office and its short rule) and its number, beside
    /// the national motto over its rule and the place and date, in a borderless two-column table; what is not given
    /// is left as "…".
    func issuerAndMotto(unnamedOffice: String, number blankNumber: String, underNumber: String) -> String {
        var left = ""
        if let superior = letterhead.superior {
            left += paragraph(superior.uppercased(), centred: true, size: 26)
        } else if letterhead.office == nil {
            left += paragraph("…………………", centred: true, size: 26)
        }
        left += paragraph(letterhead.office?.uppercased() ?? unnamedOffice, bold: true, centred: true, size: 26, spacingAfter: 0)
            + rule(inset: 1200)
            + paragraph(pick("Số: ", "No.: ") + (letterhead.number ?? blankNumber), centred: true, size: 26) + underNumber
        let right = paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, centred: true, size: 24)
            + paragraph("Độc lập - Tự do - Hạnh phúc", bold: true, centred: true, size: 26, spacingAfter: 0) + rule(inset: 1000)
            + paragraph(placeAndDate, italic: true, centred: true, size: 26)
        return sideBySide(left, right, widths: (3600, 5471)) + paragraph("", size: 12)
    }

    /// "Quảng Ngãi, ngày 05 tháng 12 năm 2026": a day before the 10th and the months January and February with a
    /// leading zero, as the decree writes them; "…" for what is not given.
    var placeAndDate: String {
        let place = letterhead.place ?? "…"
        guard let date = letterhead.date else { return pick("\(place), ngày … tháng … năm …", "\(place), date …") }
        let (year, month, day) = (date.year, date.month, date.day)
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        let monthText = month < 3 ? "0\(month)" : "\(month)"
        return pick("\(place), ngày \(dayText) tháng \(monthText) năm \(year)", "\(place), \(date.iso)")
    }

    /// "Nơi nhận:" beside the signature block: the recipients and the signer given, else blanks for the officer.
    func closingBlock() -> String {
        var recipients = paragraph(pick("Nơi nhận:", "To:"), bold: true, italic: true, size: 24)
        if letterhead.recipients.isEmpty {
            recipients += paragraph(pick("- Như trên;", "- As above;"), size: 22) + paragraph(pick("- Lưu: VT, ….", "- Archive: …."), size: 22)
        } else {
            for (index, recipient) in letterhead.recipients.enumerated() {
                let line = recipient.hasPrefix("-") ? recipient : "- " + recipient
                let last = index == letterhead.recipients.count - 1
                let ending = line.hasSuffix(";") || line.hasSuffix(".") ? "" : last ? "." : ";"
                recipients += paragraph(line + ending, size: 22)
            }
        }
        var signature = ""
        for line in (letterhead.signerTitle ?? pick("THỦ TRƯỞNG CƠ QUAN", "HEAD OF OFFICE")).split(separator: "\n") {
            signature += paragraph(line.uppercased(), bold: true, centred: true, size: 26)
        }
        if letterhead.signer == nil {
            signature += paragraph(pick("(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name, seal)"), italic: true, centred: true, size: 26)
        }
        signature += paragraph("", size: 26) + paragraph("", size: 26) + paragraph("", size: 26)
            + paragraph(letterhead.signer ?? "…………………", bold: true, centred: true, size: 26)
        return paragraph("", size: 12) + sideBySide(recipients, signature, widths: (4535, 4536))
    }

    /// Two blocks of paragraphs side by side in a borderless table, as the decree lays out its header and closing blocks.
    func sideBySide(_ left: String, _ right: String, widths: (Int, Int)) -> String {
        #"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>"#
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map { #"<w:\#($0) w:val="nil"/>"# }.joined()
            + #"</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>"#
            + #"<w:tblGrid><w:gridCol w:w="\#(widths.0)"/><w:gridCol w:w="\#(widths.1)"/></w:tblGrid><w:tr>"#
            + #"<w:tc><w:tcPr><w:tcW w:w="\#(widths.0)" w:type="dxa"/></w:tcPr>\#(left)</w:tc>"#
            + #"<w:tc><w:tcPr><w:tcW w:w="\#(widths.1)" w:type="dxa"/></w:tcPr>\#(right)</w:tc></w:tr></w:tbl>"#
    }

    /// What a column needs: room for its longest word (about 130 twips a character at 12 pt, at most 20 characters, and
    /// one more for the cell's margins and a bold title);
    /// a wish for more that grows with its longest line of data (titles wrap); and the room it would like, its longest line of data (or
    /// its title's longest word) up to 30 characters.
    struct ColumnMeasure {
        var word: Double
        var wish: Double
        var comfortable: Double
    }

    func columnMeasures(_ table: ReportDocument.Table) -> [ColumnMeasure] {
        let titles = (table.group.map { [$0.title] } ?? []) + table.columns.map(\.title)
        let rows = [titles] + table.rows.map { (table.group.map { [$0.value] } ?? []) + $0.cells }
        return titles.indices.map { column in
            var longestWord = 0, longestDataLine = 0
            for (index, row) in rows.enumerated() where column < row.count {
                // One pass over the cell: its lines' and words' lengths in scalars.
                var line = 0, word = 0
                for scalar in row[column].unicodeScalars {
                    switch scalar {
                    case "\n": line = 0; word = 0
                    case " ": line += 1; word = 0
                    default: line += 1; word += 1
                    }
                    if index > 0, line > longestDataLine { longestDataLine = line }
                    if word > longestWord { longestWord = word }
                }
            }
            return ColumnMeasure(word: Double(min(longestWord, 20) + 2) * 130, wish: min(4 * Double(longestDataLine).squareRoot(), 40),
                                 comfortable: Double(min(max(longestDataLine, min(longestWord, 20)), 30) + 1) * 130)
        }
    }

    /// Which blocks go on landscape pages: each table whose columns' longest words do not fit across a portrait page, or
    /// that would like more than one and a half portrait widths,
    /// with the headings (and the paragraphs under them) that lead into it, back to its section's heading, and the
    /// paragraphs and lists that follow it up to the next heading. Paragraphs under no heading stay portrait, so that
    /// the first page keeps its opening.
    func landscapeBlocks(_ blocks: [ReportDocument.Block], measures: [[ColumnMeasure]?]) -> [Bool] {
        var landscape = [Bool](repeating: false, count: blocks.count)
        for index in blocks.indices {
            guard let columns = measures[index] else { continue }
            let portrait = Double(Page.portraitTextWidth)
            guard columns.map(\.word).reduce(0, +) > portrait || columns.map(\.comfortable).reduce(0, +) > 1.5 * portrait else { continue }
            landscape[index] = true
            var pending: [Int] = []
            var back = index - 1
            walk: while back >= 0 {
                switch blocks[back] {
                case .paragraph, .notice: pending.append(back)
                case .heading(let level, _) where level >= 2:
                    for marked in pending + [back] { landscape[marked] = true }
                    pending = []
                    if level == 2 { break walk }
                default: break walk
                }
                back -= 1
            }
            var next = index + 1
            while next < blocks.count {
                switch blocks[next] {
                case .paragraph, .list, .notice: landscape[next] = true
                default: next = blocks.count
                }
                next += 1
            }
        }
        return landscape
    }

    /// A table of the report across the text width: borders, the header row bold and repeated on each page,
    /// right-aligned numbers. Its body cells are written from `CellTemplate`s: a national report has 400,000.
    func appendTable(_ table: ReportDocument.Table, measures: [ColumnMeasure], textWidth: Int, to bytes: inout [UInt8]) {
        bytes += #"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/><w:tblBorders>"#.utf8
        bytes += ["top", "left", "bottom", "right", "insideH", "insideV"].map { #"<w:\#($0) w:val="single" w:sz="4" w:space="0" w:color="000000"/>"# }.joined().utf8
        bytes += #"</w:tblBorders><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>"#.utf8
        let titles = (table.group.map { [$0.title] } ?? []) + table.columns.map(\.title)
        let alignments = (table.group == nil ? [] : [ReportDocument.Table.Alignment.left]) + table.columns.map(\.alignment)
        // Each column first gets room for its longest word, within the width; the rest goes to the columns with longer texts.
        let width = Double(textWidth)
        let floor = measures.map(\.word).reduce(0, +)
        let scale = floor > width ? width / floor : 1
        let spare = max(0, width - floor * scale)
        let wishes = measures.map(\.wish).reduce(0, +)
        let widths = measures.map { $0.word * scale + (wishes > 0 ? spare * $0.wish / wishes : 0) }
        bytes += ("<w:tblGrid>" + widths.map { #"<w:gridCol w:w="\#(Int($0))"/>"# }.joined() + "</w:tblGrid>").utf8
        bytes += #"<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"#.utf8
        bytes += (titles.map { cell($0, bold: true, centred: true, shaded: true) }.joined() + "</w:tr>").utf8
        // [bold][right]
        let templates = [false, true].map { bold in [false, true].map { right in CellTemplate(self, bold: bold, right: right) } }
        let isRight = alignments.map { $0 == .right }
        for row in table.rows {
            bytes += #"<w:tr><w:trPr><w:cantSplit/></w:trPr>"#.utf8
            let bold = row.isTotal ? 1 : 0
            var column = 0
            if let group = table.group {
                templates[bold][0].append(group.value, to: &bytes)
                column = 1
            }
            for text in row.cells {
                templates[bold][column < isRight.count && isRight[column] ? 1 : 0].append(text, to: &bytes)
                column += 1
            }
            bytes += "</w:tr>".utf8
        }
        bytes += "</w:tbl>".utf8
    }

    /// A table cell's bytes before and after its text, for one look: cut from what `cell` writes around a marker,
    /// so that the cells written by copying are exactly `cell`'s (the reference, `DOCXReportTests`).
    struct CellTemplate {
        let prefix: [UInt8]
        let suffix: [UInt8]

        init(_ writer: DOCXReportWriter, bold: Bool, right: Bool) {
            let marker: [UInt8] = Array("\u{E000}".utf8)
            let whole = Array(writer.cell("\u{E000}", bold: bold, right: right).utf8)
            let start = whole.indices.first { whole[$0...].starts(with: marker) }!
            prefix = Array(whole[..<start])
            suffix = Array(whole[(start + marker.count)...])
        }

        /// The cell: its text escaped, a line break a `<w:br/>` between runs of text.
        func append(_ text: String, to bytes: inout [UInt8]) {
            bytes += prefix
            XMLText.appendEscaped(text, lineBreak: DOCXReportWriter.lineBreak, to: &bytes)
            bytes += suffix
        }
    }

    /// A line break inside a paragraph's text: the text ends, the line breaks, the text goes on.
    static let lineBreak: [UInt8] = Array(#"</w:t><w:br/><w:t xml:space="preserve">"#.utf8)

    func cell(_ text: String, bold: Bool = false, centred: Bool = false, right: Bool = false, shaded: Bool = false) -> String {
        let shading = shaded ? #"<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>"# : ""
        return #"<w:tc><w:tcPr>\#(shading)</w:tcPr>"#
            + paragraph(text, bold: bold, centred: centred, right: right, size: 24, spacingAfter: 0) + "</w:tc>"
    }

    /// The short rule the decree draws under the issuing office (a third of its column) and under the motto (as long as
    /// it): an empty paragraph's bottom border between indents, so that a long name above it is not squeezed.
    func rule(inset: Int) -> String {
        #"<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>"#
            + #"<w:spacing w:before="0" w:after="120" w:line="120" w:lineRule="exact"/><w:ind w:left="\#(inset)" w:right="\#(inset)"/>"#
            + #"<w:rPr><w:sz w:val="4"/></w:rPr></w:pPr></w:p>"#
    }

    /// One paragraph; a line break in the text is a line break in Word.
    func paragraph(_ text: String, bold: Bool = false, italic: Bool = false, centred: Bool = false, right: Bool = false,
                   justified: Bool = false, firstLineIndent: Bool = false, size: Int = 28, spacingBefore: Int = 0,
                   spacingAfter: Int = 60, keepNext: Bool = false, pageBreakBefore: Bool = false) -> String {
        var properties = keepNext ? "<w:keepNext/>" : ""
        if pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        properties += #"<w:spacing w:before="\#(spacingBefore)" w:after="\#(spacingAfter)"/>"#
        if firstLineIndent { properties += #"<w:ind w:firstLine="567"/>"# }
        let alignment = centred ? "center" : right ? "right" : justified ? "both" : nil
        if let alignment { properties += #"<w:jc w:val="\#(alignment)"/>"# }
        var runProperties = bold ? "<w:b/>" : ""
        if italic { runProperties += "<w:i/>" }
        runProperties += #"<w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/>"#
        // A line break ends the run's text, breaks the line and starts the text again.
        var runs = Array(#"<w:t xml:space="preserve">"#.utf8)
        XMLText.appendEscaped(text, lineBreak: DOCXReportWriter.lineBreak, to: &runs)
        runs += "</w:t>".utf8
        return "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:rPr>\(runProperties)</w:rPr>\(String(decoding: runs, as: UTF8.self))</w:r></w:p>"
    }

    // MARK: Parts

    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// The page: A4 (210 × 297 mm) with the decree's margins, in twentieths of a point: top and bottom 20 mm, left
    /// 30 mm, right 20 mm; the text between them 160 mm wide on a portrait page, 247 mm on a landscape one.
    enum Page {
        static let portraitTextWidth = 11906 - 1701 - 1134
        static let landscapeTextWidth = 16838 - 1701 - 1134
    }

    /// A section's page: portrait or landscape, the margins, and the page number header — from page 2: the first
    /// section's first page (`titlePg`) has none.
    static func sectionProperties(landscape: Bool, isFirst: Bool) -> String {
        let size = landscape ? #"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"# : #"<w:pgSz w:w="11906" w:h="16838"/>"#
        return #"<w:sectPr><w:headerReference w:type="default" r:id="rId3"/>"# + size
            + #"<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>"#
            + (isFirst ? "<w:titlePg/>" : "") + "</w:sectPr>"
    }

    /// What `word/document.xml` holds before its body, and after it.
    static let documentStart = header + "<w:document \(namespaces)><w:body>"
    static let documentEnd = "</w:body></w:document>"

    static let contentTypes = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
        + #"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#
        + #"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#
        + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        + "</Types>"

    static let packageRelationships = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + "</Relationships>"

    static let documentRelationships = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>"#
        + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>"#
        + "</Relationships>"

    /// Times New Roman 14 pt for the whole document.
    static let styles = header + "<w:styles \(namespaces)><w:docDefaults><w:rPrDefault><w:rPr>"
        + #"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>"#
        + #"<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>"#
        + #"<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
        + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#

    static let settings = header + "<w:settings \(namespaces)><w:defaultTabStop w:val=\"720\"/><w:compat/></w:settings>"

    /// The page number, centred, as a PAGE field.
    static let pageNumberHeader = header + "<w:hdr \(namespaces)><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        + #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>"#
        + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>"#

    /// The title, the maker, the date (the letterhead's, else the figures'; never the clock's, so that the same input
    /// gives the same bytes) and the mark that tells our own reports from a plan (`ChildPlanMark`).
    func coreProperties(title: String, date: Day?) -> String {
        let created = date.map { #"<dcterms:created xsi:type="dcterms:W3CDTF">\#($0.iso)T00:00:00Z</dcterms:created>"# } ?? ""
        return DOCXReportWriter.header + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\#(XMLText.escaped(title))</dc:title><dc:creator>childplan</dc:creator>"#
            + created + "<cp:category>\(ChildPlanMark.reportCategory)</cp:category></cp:coreProperties>"
    }
}

import Foundation
import OfficeFormats

/// What a plan document states about itself, read from its text before the
/// appendix: the header block (issuing body, `Số: 97/KH-UBND`, `Cần Thơ,
/// ngày 26 tháng 4 năm 2025`), the title (`KẾ HOẠCH` and its subject line),
/// the document it implements (`Quyết định số 27/QĐ-TTg`) and the reporting
/// deadlines the body words (`Định kỳ 6 tháng (trước ngày 10 tháng 6), hằng
/// năm (trước ngày 05 tháng 12)`). Each is nil when the text does not say it.
public struct DocumentDetails: Hashable, Sendable {
    public var document: String?
    public var issued: Day?
    /// The place-and-date line as written, when its day cannot be read (left blank to be filled in by hand).
    public var dateLine: String?
    public var issuer: String?
    public var title: String?
    public var implements: String?
    public var deadlines: ReportingDeadlines?
    public var deadlinesWording: String?

    public init() {}

    /// The details in the text of `document` before its table number `tableIndex`.
    init(_ document: WordDocument, before tableIndex: Int) {
        var lines: [String] = []
        for block in document.blocks {
            switch block {
            case .paragraph(let text): lines += text.split(separator: "\n").map(String.init)
            case .table(let table, let index):
                if index >= tableIndex { break }
                // A header block laid out as a table: its left column first, then its right, as read.
                let columns = Set(table.rows.flatMap { $0.cells.map(\.column) }).sorted()
                for column in columns {
                    for row in table.rows {
                        if let cell = row.cells.first(where: { $0.column == column }) { lines += cell.text.split(separator: "\n").map(String.init) }
                    }
                }
            }
            if case .table(_, let index) = block, index >= tableIndex { break }
        }
        self.init(lines: lines.map(VietnameseText.tidyName).filter { !$0.isEmpty })
    }

    /// The details in these lines of text, in the document's order.
    init(lines: [String]) {
        let keys = lines.map(VietnameseText.looseKey)
        if let numberLine = keys.firstIndex(where: { $0.hasPrefix("so:") || $0.hasPrefix("so :") }) {
            let text = lines[numberLine].drop { $0 != ":" }.dropFirst()
            let tidy = VietnameseText.tidyName(String(text)).replacingOccurrences(of: " ", with: "")
            if !tidy.isEmpty { document = tidy.hasPrefix("/") ? "…" + tidy : tidy }
            issuer = DocumentDetails.issuer(in: Array(lines[..<numberLine]))
        }
        if let dateLine = lines.first(where: { DocumentDetails.isDateLine($0) }) {
            if let day = DocumentDetails.day(in: dateLine) { issued = day } else { self.dateLine = dateLine }
        }
        if let heading = keys.firstIndex(where: { $0 == "ke hoach" }), heading + 1 < lines.count {
            let subject = lines[heading + 1]
            title = "Kế hoạch " + subject.prefix(1).lowercased() + subject.dropFirst()
            implements = DocumentDetails.parentDocument(in: subject)
        }
        if implements == nil { implements = lines.lazy.compactMap(DocumentDetails.parentDocument).first }
        let body = lines.joined(separator: " ")
        if let semiannual = DocumentDetails.bracket(after: "6 tháng", in: body),
           let annual = DocumentDetails.bracket(after: "hằng năm", in: body) ?? DocumentDetails.bracket(after: "hàng năm", in: body) {
            let wording = "\(semiannual); \(annual)"
            if let deadlines = ReportingDeadlines(wording: wording) {
                self.deadlines = deadlines
                deadlinesWording = wording
            }
        }
    }

    /// True for `Kon Tum, ngày … tháng 02 năm 2025` (and `Hà Nội, ngày 26/4/2025`).
    static func isDateLine(_ line: String) -> Bool {
        let key = VietnameseText.looseKey(line)
        return key.contains(", ngay") && (key.contains("nam") || key.contains("/"))
    }

    static func day(in line: String) -> Day? {
        let pattern = #"ngày\s*(\d{1,2})\s*(?:tháng\s*|/)\s*(\d{1,2})\s*(?:năm\s*|/)\s*(\d{4})"#
        guard let match = line.range(of: pattern, options: [.regularExpression, .caseInsensitive]) else { return nil }
        let numbers = line[match].split { !$0.isNumber }.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        return Day(year: numbers[2], month: numbers[1], day: numbers[0])
    }

    /// `Quyết định số 27/QĐ-TTg` → `27/QĐ-TTg`: the first document a line says it implements.
    static func parentDocument(in line: String) -> String? {
        let pattern = #"(Quyết định|Kế hoạch|Chỉ thị|Nghị quyết)\s+số\s+\d+/[\p{L}\d\-]+"#
        guard let match = line.range(of: pattern, options: [.regularExpression, .caseInsensitive]) else { return nil }
        return line[match].split(separator: " ").last.map(String.init)
    }

    /// The text in brackets just after `phrase`: `6 tháng (trước ngày 10 tháng 6)` → `trước ngày 10 tháng 6`.
    static func bracket(after phrase: String, in text: String) -> String? {
        guard let found = text.range(of: phrase + " (", options: .caseInsensitive) ?? text.range(of: phrase + "(", options: .caseInsensitive),
              let close = text[found.upperBound...].firstIndex(of: ")")
        else { return nil }
        return VietnameseText.tidyName(String(text[found.upperBound..<close]))
    }

    /// The issuing body from the header block's lines above the number:
    /// `ỦY BAN NHÂN DÂN` / `TỈNH KON TUM` → `UBND tỉnh Kon Tum`;
    /// `UBND THÀNH PHỐ HẢI PHÒNG` / `SỞ GIÁO DỤC VÀ ĐÀO TẠO` → `Sở Giáo dục và Đào tạo thành phố Hải Phòng`.
    static func issuer(in lines: [String]) -> String? {
        // Only the block's first lines: the motto beside it is read after.
        let block = Array(lines.prefix { !VietnameseText.looseKey($0).hasPrefix("cong hoa") }.suffix(3))
        guard !block.isEmpty else { return nil }
        var place: String?
        var body: String?
        for line in block {
            let key = VietnameseText.looseKey(line)
            if key == "uy ban nhan dan" {
                body = "UBND"
            } else if key.hasPrefix("uy ban nhan dan ") || key.hasPrefix("ubnd ") {
                place = placeName(DocumentDetails.afterUBND(line))
                body = nil
            } else if let named = placeName(line), body == "UBND" || body == nil, place == nil {
                place = named
            } else {
                body = agencyName(line)
            }
        }
        switch (body, place) {
        case (let body?, let place?): return "\(body) \(place)"
        case (let body?, nil): return body
        case (nil, let place?): return "UBND \(place)"
        default: return nil
        }
    }

    /// `UBND TỈNH KON TUM` or `ỦY BAN NHÂN DÂN TỈNH KON TUM` → `TỈNH KON TUM`.
    static func afterUBND(_ line: String) -> String {
        let words = line.split(separator: " ")
        let skip = VietnameseText.looseKey(String(words[0])) == "ubnd" ? 1 : 4
        return words.dropFirst(skip).joined(separator: " ")
    }

    /// A place as a header block writes it in capitals (`THÀNH PHỐ CẦN THƠ`), as it is spelt (`thành phố Cần Thơ`).
    static func placeName(_ line: String) -> String? {
        let key = VietnameseText.looseKey(line)
        guard ["tinh ", "thanh pho ", "xa ", "phuong ", "dac khu ", "huyen ", "quan ", "thi xa "].contains(where: { key.hasPrefix($0) })
        else { return nil }
        let words = line.split(separator: " ").map { $0.lowercased() }
        let kindLength = key.hasPrefix("thanh pho ") || key.hasPrefix("dac khu ") || key.hasPrefix("thi xa ") ? 2 : 1
        guard words.count > kindLength else { return nil }
        let written = (words[..<kindLength] + words[kindLength...].map { $0.prefix(1).uppercased() + $0.dropFirst() }).joined(separator: " ")
        if let known = DefaultRegistry.registry.places.jurisdiction(parsing: written), known.level != .national { return known.name }
        return written
    }

    /// A body written in capitals (`SỞ Y TẾ`) as the registry spells it, else in sentence case.
    static func agencyName(_ line: String) -> String {
        if let agency = DefaultRegistry.registry.agency(named: line) { return agency.name }
        guard line == line.uppercased() else { return line }
        let lower = line.lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }
}

extension Plan {
    /// Takes the details a plan document states where the plan has none of its own.
    mutating func apply(_ details: DocumentDetails) {
        title = title ?? details.title
        issuer = issuer ?? details.issuer
        document = document ?? details.document
        issued = issued ?? details.issued
        implements = implements ?? details.implements
        if let deadlines = details.deadlines { reporting = deadlines }
    }
}

import OfficeFormats

/// Reads a Word document or an Excel workbook as the table it holds: a plan's
/// appendix, or a return (updates), found by its header as a CSV file's is.
///
/// - Word: the first table whose header matches (`table` picks another); the
///   tables after it that repeat its header, or have as many columns with
///   nothing written between, are its continuation, their header rows (and
///   rows marked to repeat as a header) passed over. The plan's number, date,
///   issuer, title, parent and deadlines are read from the text before it
///   (`DocumentDetails`).
/// - Excel: the first sheet whose header matches (`sheet` picks one by name).
/// Which table of a Word document or sheet of a workbook holds the table wanted, when the user says
/// (`import --table N`, `--sheet NAME`); by default the first whose header matches.
public struct TableChoice: Hashable, Sendable {
    public var table: Int?
    public var sheet: String?

    public init(table: Int? = nil, sheet: String? = nil) {
        self.table = table
        self.sheet = sheet
    }
}

enum OfficeInput {
    /// The kind of file the bytes hold, by their first bytes whatever the file is called.
    enum Signature {
        case zip
        case pdf
        /// Binary Office 97–2003 (`.doc`, `.xls`), or an encrypted Word or Excel file, which is kept in the same container.
        case compoundDocument(encrypted: Bool)

        init?(_ bytes: [UInt8]) {
            if ZipArchive.hasSignature(bytes) {
                self = .zip
            } else if bytes.starts(with: Array("%PDF".utf8)) {
                self = .pdf
            } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
                // An encrypted .docx or .xlsx is an OLE file holding an `EncryptedPackage` stream (named in UTF-16).
                let marker: [UInt8] = "EncryptedPackage".utf8.flatMap { [$0, 0] }
                self = .compoundDocument(encrypted: bytes.count >= marker.count && OfficeInput.contains(bytes, marker))
            } else {
                return nil
            }
        }
    }

    static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        var index = 0
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }

    /// What a Word document or workbook gave: the table read into `files`,
    /// and, for a Word plan, the details its text states.
    struct Read {
        var files = LoadedFiles()
        var details: DocumentDetails?
    }

    /// Reads a ZIP-signed file: a Word document (`word/…`) or a workbook (`xl/…`).
    static func read(
        _ bytes: [UInt8], file: String, expecting kind: FileKind?, choice: TableChoice, loader: DataLoader, cache: ReadingCache,
        explicitly: Bool
    ) -> Read {
        var read = Read()
        do {
            let archive = try ZipArchive(bytes: bytes)
            if let properties = try? archive.contents(ofEntryNamed: "docProps/core.xml"),
               OfficeInput.contains(properties, Array("<cp:category>\(ChildPlanMark.reportCategory)</cp:category>".utf8)) {
                // A report childplan wrote (`XLSXReportWriter`, `DOCXReportWriter`), not data.
                read.files.diagnostics.append(.warning(.ownReport, at: .wholeFile(file)))
                read.files.skipped.append(file)
            } else if archive.entries.contains(where: { $0.name.hasPrefix("word/") }) {
                let document = try WordDocument(bytes: bytes)
                readDocument(document, file: file, expecting: kind, choice: choice, loader: loader, cache: cache, explicitly: explicitly,
                             into: &read)
            } else if archive.entries.contains(where: { $0.name.hasPrefix("xl/") }) {
                let workbook = try Workbook(bytes: bytes)
                try readWorkbook(workbook, file: file, expecting: kind, choice: choice, loader: loader, cache: cache, explicitly: explicitly,
                                 into: &read)
            } else if archive.entries.contains(where: { $0.name == "mimetype" }) {
                read.files.diagnostics.append(.error(.openDocument, at: .wholeFile(file)))
            } else {
                read.files.diagnostics.append(.error(.notOfficeArchive, at: .wholeFile(file)))
            }
        } catch let problem as ZipProblem {
            read.files.diagnostics.append(.error(.officeFile(.archive(problem)), at: .wholeFile(file)))
        } catch let problem as OfficeProblem {
            read.files.diagnostics.append(.error(.officeFile(problem), at: .wholeFile(file)))
        } catch {
            read.files.diagnostics.append(.error(.notOfficeArchive, at: .wholeFile(file)))
        }
        return read
    }

    // MARK: Word

    static func readDocument(
        _ document: WordDocument, file: String, expecting kind: FileKind?, choice: TableChoice, loader: DataLoader, cache: ReadingCache,
        explicitly: Bool, into read: inout Read
    ) {
        let tables = document.tables
        let candidates: [(index: Int, table: OfficeTable)]
        if let wanted = choice.table {
            guard let found = tables.first(where: { $0.index == wanted }) else {
                read.files.diagnostics.append(.error(.tableNotInDocument(wanted, count: tables.count), at: .wholeFile(file)))
                return
            }
            candidates = [found]
        } else {
            candidates = tables
        }
        for candidate in candidates {
            guard let (header, headerRow) = header(in: candidate.table, part: .table(candidate.index), expecting: kind) else { continue }
            var rows = candidate.table.rows[headerRow...].map { OfficeRecords.Row(part: .table(candidate.index), row: $0) }
            rows = [rows[0]] + rows.dropFirst().filter { !isHeader($0.row, header) }
            rows += continuation(of: candidate.index, header: header, in: document).map { continued in
                continued.table.rows.filter { !$0.isRepeatedHeader && !isHeader($0, header) }.map {
                    OfficeRecords.Row(part: .table(continued.index), row: $0)
                }
            }.joined()
            var records = OfficeRecords(rows: rows)
            _ = try? records.nextRecord()
            loader.readTable(&records, header: header, file: file, cache: cache, into: &read.files)
            if header.kind == .appendix { read.details = DocumentDetails(document, before: candidate.index) }
            return
        }
        let found = tables.map { OfficeInput.firstRowText(of: $0.table, name: "\($0.index)") }
        noTable(file: file, expecting: kind, found: found, inDocument: true, explicitly: explicitly, into: &read.files)
    }

    /// The tables after table `index` that carry it on: each repeats its
    /// header, or has as many columns with no text written between.
    static func continuation(of index: Int, header: CSVHeader, in document: WordDocument) -> [(index: Int, table: OfficeTable)] {
        var tables: [(index: Int, table: OfficeTable)] = []
        var passed = false
        var textBetween = false
        let width = document.tables.first { $0.index == index }?.table.columnCount
        for block in document.blocks {
            switch block {
            case .table(let table, let number):
                if number == index {
                    passed = true
                    continue
                }
                guard passed else { continue }
                let repeatsHeader = table.rows.prefix(3).contains { isHeader($0, header) }
                guard repeatsHeader || (!textBetween && table.columnCount == width) else { return tables }
                tables.append((number, table))
                textBetween = false
            case .paragraph(let text):
                if passed, !VietnameseText.tidyName(text).isEmpty { textBetween = true }
            }
        }
        return tables
    }

    static func isHeader(_ row: OfficeTable.Row, _ header: CSVHeader) -> Bool {
        let texts = row.texts
        guard !texts.isEmpty else { return false }
        return CSVHeader.keys(of: texts) == CSVHeader.keys(of: Array(header.titles.prefix(texts.count)))
            && texts.count >= header.columns.count
    }

    /// The header a table's first rows hold, and its row's index in the table.
    static func header(in table: OfficeTable, part: SourcePart, expecting kind: FileKind?) -> (CSVHeader, Int)? {
        var records = OfficeRecords(table: table, part: part)
        var noCache: CSVHeader.HeaderCache?
        guard let found = try? CSVHeader.find(in: &records, expecting: kind, cache: &noCache), found.missingRequiredRoles.isEmpty,
              let index = table.rows.firstIndex(where: { $0.number == found.line })
        else { return nil }
        return (found, index)
    }

    static func firstRowText(of table: OfficeTable, name: String) -> String {
        let first = table.rows.first { !$0.texts.allSatisfy(\.isEmpty) }
        let cells = first?.texts.map { VietnameseText.tidyName($0) }.filter { !$0.isEmpty } ?? []
        let text = cells.joined(separator: " | ")
        return "\(name): " + (text.count > 80 ? String(text.prefix(79)) + "…" : text)
    }

    static func noTable(file: String, expecting kind: FileKind?, found: [String], inDocument: Bool, explicitly: Bool,
                        into files: inout LoadedFiles) {
        if explicitly || kind != nil {
            files.diagnostics.append(.error(.tableNotFound(kind ?? .appendix, found: found, inDocument: inDocument), at: .wholeFile(file)))
        } else {
            files.diagnostics.append(.warning(.unrecognisedFile(header: found.first.map { [$0] } ?? []), at: .wholeFile(file)))
            files.skipped.append(file)
        }
    }

    // MARK: Excel

    static func readWorkbook(
        _ workbook: Workbook, file: String, expecting kind: FileKind?, choice: TableChoice, loader: DataLoader, cache: ReadingCache,
        explicitly: Bool, into read: inout Read
    ) throws(OfficeProblem) {
        var sheets = workbook.sheets
        if let wanted = choice.sheet {
            let key = VietnameseText.looseKey(wanted)
            guard let found = sheets.first(where: { VietnameseText.looseKey($0.name) == key }) else {
                read.files.diagnostics.append(.error(.sheetNotInWorkbook(wanted, sheets: sheets.map(\.name)), at: .wholeFile(file)))
                return
            }
            sheets = [found]
        }
        var found: [String] = []
        for sheet in sheets {
            let table = try workbook.table(of: sheet)
            let part = SourcePart.sheet(sheet.name)
            guard let (header, headerRow) = header(in: table, part: part, expecting: kind) else {
                found.append(firstRowText(of: table, name: sheet.name))
                continue
            }
            var records = OfficeRecords(rows: table.rows[headerRow...].map { OfficeRecords.Row(part: part, row: $0) })
            _ = try? records.nextRecord()
            let updatesBefore = read.files.updates.count
            loader.readTable(&records, header: header, file: file, cache: cache, into: &read.files)
            for index in read.files.updates.indices.dropFirst(updatesBefore) { read.files.updates[index].sheet = part }
            return
        }
        noTable(file: file, expecting: kind, found: found, inDocument: false, explicitly: explicitly, into: &read.files)
    }
}

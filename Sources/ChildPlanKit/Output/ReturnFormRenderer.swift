import OfficeFormats

/// Writes a return form as CSV, headed in Vietnamese, so that the agency can
/// fill in the status columns and send it back, and the filled form reads as
/// its updates without editing (see `UpdatesReader`).
public struct ReturnFormRenderer: Sendable {
    /// For Excel: a BOM and CRLF line ends, so it opens with its diacritics whole.
    public var excel: Bool
    public var delimiter: Character

    public init(excel: Bool = false, delimiter: Character = ",") {
        self.excel = excel
        self.delimiter = delimiter
    }

    public static let columns = [
        "Kế hoạch", "Nhiệm vụ", "Kỳ báo cáo", "Hạn báo cáo", "Vai trò", "Nhóm", "Nội dung nhiệm vụ", "Thời gian thực hiện",
        "Tình trạng", "Ngày báo cáo", "Cơ quan báo cáo", "Văn bản", "Ghi chú",
    ]

    /// The form's lines: the title and instructions, an empty line, the header, then a row per task.
    static func lines(of form: ReturnForm) -> (instructions: [String], rows: [[String]]) {
        let wording = ReportWording(.vi)
        let instructions = [
            "MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ: \(form.agency.label.uppercased())",
            "Kỳ báo cáo: \(wording.period(form.period)) (ghi ở cột Kỳ báo cáo: \(form.period)). Hạn báo cáo theo từng kế hoạch ở cột Hạn báo cáo.",
            "Cách điền: cột Tình trạng ghi một trong: Hoàn thành, Đang triển khai, Chậm tiến độ, Chưa triển khai, Không thực hiện (ghi rõ lý do ở Ghi chú); "
                + "Ngày báo cáo ghi dd/mm/yyyy; Văn bản ghi số, ký hiệu, ngày của văn bản báo cáo. "
                + "Dòng Phối hợp để cơ quan nắm nhiệm vụ phối hợp, không tính là báo cáo tình trạng của nhiệm vụ.",
        ]
        let rows = form.rows.map { row in
            [
                row.planID, row.task.id, form.period.description, wording.deadline(row.deadline, before: row.deadlineBefore),
                row.role == .lead ? "Chủ trì" : "Phối hợp",
                "\(row.task.group.romanNumeral). \(row.task.group.vietnameseName)", row.task.text, row.task.timeframe.text,
                "", "", form.agency.name, "", "",
            ]
        }
        // Text from the plans made visible, as in every report (`VisibleText`).
        return (instructions.map(VisibleText.visibleKeepingLineBreaks), rows.map { $0.map(VisibleText.visibleKeepingLineBreaks) })
    }

    /// Writes the form to the sink, as every report is written.
    public func write(_ form: ReturnForm, to sink: inout some ReportSink) {
        let writer = CSVWriter(delimiter: delimiter, lineEnd: excel ? "\r\n" : "\n")
        let (instructions, body) = ReturnFormRenderer.lines(of: form)
        let rows = instructions.map { [$0] } + [[], ReturnFormRenderer.columns] + body
        sink.write((excel ? [0xEF, 0xBB, 0xBF] : []) + Array(writer.table(rows).utf8))
    }

    /// The columns an agency fills in (from 1): Tình trạng, Ngày báo cáo, Cơ quan báo cáo, Văn bản, Ghi chú.
    static let answerColumns: Set<Int> = [9, 10, 11, 12, 13]
    static let statusColumn = 9
    static let dateColumn = 10
    static let columnWidths: [Double] = [16, 8, 10, 18, 10, 24, 60, 20, 18, 14, 22, 28, 30]

    /// The form as an Excel workbook: the instructions above the table; Tình trạng a drop-down of the five
    /// status words and Ngày báo cáo a date; the task columns locked on a sheet protected without a password,
    /// the answer columns open; the header frozen and filtered.
    public func workbook(_ form: ReturnForm) -> [UInt8] {
        let (instructions, body) = ReturnFormRenderer.lines(of: form)
        var rows: [[WorkbookWriter.Cell]] = instructions.map { [WorkbookWriter.Cell(.text($0), .title)] }
        rows.append([])
        let headerRow = rows.count + 1
        rows.append(ReturnFormRenderer.columns.map { WorkbookWriter.Cell(.text($0), .header) })
        for line in body {
            rows.append(line.enumerated().map { index, text in
                let column = index + 1
                if column == ReturnFormRenderer.dateColumn { return WorkbookWriter.Cell(.empty, .answerDay) }
                return WorkbookWriter.Cell(.text(text), ReturnFormRenderer.answerColumns.contains(column) ? .answer : .wrapped)
            })
        }
        var sheet = WorkbookWriter.Sheet(name: "Mẫu báo cáo", rows: rows)
        sheet.columnWidths = ReturnFormRenderer.columnWidths
        sheet.frozenRows = headerRow
        sheet.filterRow = headerRow
        sheet.isProtected = true
        let lastRow = max(rows.count, headerRow + 1)
        sheet.validations = [
            WorkbookWriter.Validation(
                column: ReturnFormRenderer.statusColumn, firstRow: headerRow + 1, lastRow: lastRow,
                rule: .list(Status.inReturnOrder.map(\.vietnameseWord)),
                error: "Chọn một trong: " + Status.inReturnOrder.map(\.vietnameseWord).joined(separator: ", ")),
            WorkbookWriter.Validation(
                column: ReturnFormRenderer.dateColumn, firstRow: headerRow + 1, lastRow: lastRow, rule: .day,
                error: "Ghi ngày báo cáo dạng dd/mm/yyyy, trong các năm 2000–2100"),
        ]
        return WorkbookWriter(sheets: [sheet], title: instructions.first).finished()
    }
}

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

    /// Writes the form to the sink, as every report is written.
    public func write(_ form: ReturnForm, to sink: inout some ReportSink) {
        let writer = CSVWriter(delimiter: delimiter, lineEnd: excel ? "\r\n" : "\n")
        let wording = ReportWording(.vi)
        var rows: [[String]] = [
            ["MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ: \(form.agency.label.uppercased())"],
            ["Kỳ báo cáo: \(wording.period(form.period)) (ghi ở cột Kỳ báo cáo: \(form.period)). Hạn báo cáo theo từng kế hoạch ở cột Hạn báo cáo."],
            ["Cách điền: cột Tình trạng ghi một trong: Hoàn thành, Đang triển khai, Chậm tiến độ, Chưa triển khai, Không thực hiện (ghi rõ lý do ở Ghi chú); "
                + "Ngày báo cáo ghi dd/mm/yyyy; Văn bản ghi số, ký hiệu, ngày của văn bản báo cáo. "
                + "Dòng Phối hợp để cơ quan nắm nhiệm vụ phối hợp, không tính là báo cáo tình trạng của nhiệm vụ."],
            [],
            ReturnFormRenderer.columns,
        ]
        for row in form.rows {
            rows.append([
                row.planID, row.task.id, form.period.description, wording.deadline(row.deadline, before: row.deadlineBefore),
                row.role == .lead ? "Chủ trì" : "Phối hợp",
                "\(row.task.group.romanNumeral). \(row.task.group.vietnameseName)", row.task.text, row.task.timeframe.text,
                "", "", form.agency.name, "", "",
            ])
        }
        // Text from the plans made visible, as in every report (`VisibleText`).
        let text = writer.table(rows.map { $0.map(VisibleText.visibleKeepingLineBreaks) })
        sink.write((excel ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
    }
}

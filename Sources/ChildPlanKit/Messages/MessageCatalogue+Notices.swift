extension MessageCatalogue {
    /// The words of a notice, without a final line break; names from the data made visible.
    static func message(for notice: Notice) -> String {
        // Line by line: a notice of several lines keeps its line breaks; anything else unseen is written out.
        words(for: notice).split(separator: "\n", omittingEmptySubsequences: false).map { VisibleText.visible(String($0)) }.joined(separator: "\n")
    }

    private static func words(for notice: Notice) -> String {
        switch notice {
        case .tablesWritten(let names, let directory):
            return say("Đã ghi \(names.count) bảng vào \(directory): \(names.joined(separator: ", ")).",
                       "Wrote \(plural(names.count, "table", count: true)) to \(directory): \(names.joined(separator: ", ")).")
        case .imported(let tasks, let groups, let file, let planID):
            return say("Đã nhập \(tasks) nhiệm vụ thuộc \(groups) nhóm từ \(file) thành kế hoạch \(planID).",
                       "Imported \(plural(tasks, "task", count: true)) in \(plural(groups, "group", count: true)) from \(file) as plan \(planID).")
        case .returnForm(let agency, let formerly, let period, let led, let partnered):
            return say("Mẫu báo cáo của \(agency)" + (formerly.map { " (trước đây: \($0))" } ?? "")
                           + ", kỳ \(period): \(led) nhiệm vụ chủ trì, \(partnered) nhiệm vụ phối hợp.",
                       "Return form for \(agency)" + (formerly.map { " (formerly \($0))" } ?? "")
                           + ", \(period): \(plural(led, "task", count: true)) led, \(partnered) partnered.")
        case .recorded(let update, let log):
            return say("Đã ghi \(update.planID) \(update.taskID) \(update.period): \(update.status.vietnameseWord) "
                           + "(\(update.date.vietnamese), \(update.agency)) vào \(log).",
                       "Recorded \(update.planID) \(update.taskID) \(update.period): \(update.status.vietnameseWord) "
                           + "(\(update.date.vietnamese), \(update.agency)) in \(log).")
        case .checked(let checked):
            if language == .vi {
                let read = "Đã kiểm tra \(checked.files) tệp (\(checked.planFiles) tệp kế hoạch, \(checked.updatesFiles) tệp báo cáo, "
                    + "\(checked.registries) tệp danh mục cơ quan; \(checked.plans) kế hoạch, \(checked.tasks) nhiệm vụ, \(checked.updates) báo cáo)"
                return read + (checked.errors + checked.warnings == 0
                    ? ": không phát hiện vấn đề gì." : ": \(checked.errors) lỗi, \(checked.warnings) cảnh báo.")
            }
            let read = "Checked \(checked.files) " + plural(checked.files, "file") + " ("
                + [plural(checked.planFiles, "plan file", count: true), plural(checked.updatesFiles, "updates file", count: true),
                   plural(checked.registries, "registry", plural: "registries", count: true)].joined(separator: ", ")
                + "; \(checked.plans) " + plural(checked.plans, "plan") + ", "
                + "\(plural(checked.tasks, "task", count: true)), \(checked.updates) " + plural(checked.updates, "update") + ")"
            let verdict = checked.errors + checked.warnings == 0
                ? ": no problems found."
                : ": \(checked.errors) " + plural(checked.errors, "error") + ", \(checked.warnings) " + plural(checked.warnings, "warning") + "."
            return read + verdict
        case .waitingForLock(let lockFile):
            return say("Đang chờ một lần cập nhật khác ghi xong vào sổ báo cáo (\(lockFile))…",
                       "Waiting for another update to finish with the log (\(lockFile))…")
        case .rowsSetAside(let count):
            return say("\(count) dòng nêu trên không đọc được nên không được tính trong báo cáo (báo cáo liệt kê ở phần cuối); "
                           + "mọi dòng khác đều được tính. Hãy sửa, hoặc dùng --strict để dừng lại khi gặp dòng như vậy.",
                       "\(count) row\(count == 1 ? "" : "s") above could not be read and \(count == 1 ? "is" : "are") left out of the report, "
                           + "which lists \(count == 1 ? "it" : "them") at its end; every other row is counted. Correct \(count == 1 ? "it" : "them"), "
                           + "or give --strict to stop at such rows.")
        case .reading(let done, let total):
            return say("Đang đọc dữ liệu: \(done)/\(total)", "Reading data: \(done)/\(total)")
        case .interactiveStart(let agency, let period, let tasks):
            return say("Báo cáo \(period.description) của \(agency): \(tasks) nhiệm vụ chủ trì. Mỗi báo cáo được ghi ngay khi trả lời xong; "
                           + "bỏ trống Tình trạng để bỏ qua một nhiệm vụ; Ctrl-D hoặc Ctrl-C để dừng.",
                       "Returns of \(agency) for \(period.description): \(plural(tasks, "task", count: true)) led. Each return is recorded as soon as "
                           + "it is answered; leave the status empty to skip a task; Ctrl-D or Ctrl-C to stop.")
        case .interactiveTask(let number, let total, let planID, let taskID, let text, let timeframe, let latest):
            let last = latest.map { update in
                say("  Báo cáo gần nhất: \(update.status.vietnameseWord) (kỳ \(update.period.description), ngày \(update.date.vietnamese))",
                    "  Latest return: \(update.status.vietnameseWord) (\(update.period.description), \(update.date.vietnamese))")
                    + (update.note.isEmpty ? "" : ": \(update.note)")
            } ?? say("  Chưa có báo cáo nào.", "  No return yet.")
            return "[\(number)/\(total)] \(planID) \(taskID): \(text)\n"
                + say("  Thời gian thực hiện: ", "  Timeframe: ") + (timeframe.isEmpty ? "–" : timeframe) + "\n" + last
        case .askStatus:
            let choices = Status.inReturnOrder.enumerated().map { "\($0.offset + 1) \($0.element.vietnameseWord)" }.joined(separator: ", ")
            return say("  Tình trạng (\(choices); bỏ trống để bỏ qua): ", "  Status (\(choices); empty to skip): ")
        case .askDate(let today):
            return say("  Ngày báo cáo [\(today.vietnamese)]: ", "  Date of the return [\(today.vietnamese)]: ")
        case .askEvidence:
            return say("  Văn bản (số, ký hiệu, ngày): ", "  Evidence (number and date of the report): ")
        case .askNote:
            return say("  Ghi chú: ", "  Note: ")
        case .notAnAnswer(let answer):
            return say("  '\(answer)' không phải câu trả lời phù hợp; hãy nhập lại.", "  '\(answer)' is not one of the answers; try again.")
        case .interactiveDone(let recorded, let total):
            return say("Đã ghi \(recorded)/\(total) báo cáo.", "Recorded \(recorded) of \(total) returns.")
        }
    }

    /// `1 file`, `2 files`; with `count`, the number before the word.
    static func plural(_ count: Int, _ word: String, plural: String? = nil, count showCount: Bool = false) -> String {
        let form = count == 1 ? word : (plural ?? word + "s")
        return showCount ? "\(count) \(form)" : form
    }

    /// What `import` read from a plan document, and what it did not, in one short block.
    static func documentDetails(_ details: DocumentDetails, file: String, deadlinesGiven: Bool) -> String {
        var found: [String] = []
        var missing: [String] = []
        func note(_ value: String?, _ vi: String, _ en: String, option: String) {
            if let value { found.append("  \(say(vi, en)): \(value)") } else { missing.append("\(say(vi, en)) (\(option))") }
        }
        note(details.document, "Số", "Number", option: "--document")
        let dateMissing = details.dateLine.map { say("ngày ban hành, văn bản để trống: '\($0)'", "date of issue, left blank: '\($0)'") }
        if let issued = details.issued {
            found.append("  \(say("Ngày ban hành", "Issued")): \(issued)")
        } else {
            missing.append("\(dateMissing ?? say("ngày ban hành", "date of issue")) (--issued)")
        }
        note(details.issuer, "Cơ quan ban hành", "Issuer", option: "--issuer")
        note(details.title, "Tên", "Title", option: "--title")
        note(details.implements, "Thực hiện", "Implements", option: "--implements")
        if !deadlinesGiven { note(details.deadlinesWording, "Hạn báo cáo", "Reporting deadlines", option: "--deadlines") }
        var lines = [say("Đọc từ văn bản \(file):", "Read from the document \(file):")] + found
        if !missing.isEmpty {
            lines.append("  " + say("Không thấy trong văn bản (ghi bằng tùy chọn nếu cần): ", "Not in the document (give by option if needed): ")
                + missing.joined(separator: "; "))
        }
        return lines.map(VisibleText.visible).joined(separator: "\n") + "\n"
    }
}

extension MessageCatalogue {
    /// The words of a notice, without a final line break; names from the data made visible.
    static func message(for notice: Notice) -> String {
        VisibleText.visible(words(for: notice))
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
        }
    }

    /// `1 file`, `2 files`; with `count`, the number before the word.
    static func plural(_ count: Int, _ word: String, plural: String? = nil, count showCount: Bool = false) -> String {
        let form = count == 1 ? word : (plural ?? word + "s")
        return showCount ? "\(count) \(form)" : form
    }
}

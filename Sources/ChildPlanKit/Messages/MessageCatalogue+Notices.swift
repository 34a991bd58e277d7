extension MessageCatalogue {
    /// The words of a notice, without a final line break; names from the data made visible.
    static func message(for notice: Notice) -> String {
        VisibleText.visible(words(for: notice))
    }

    private static func words(for notice: Notice) -> String {
        switch notice {
        case .tablesWritten(let names, let directory):
            return "Wrote \(names.count) tables to \(directory): \(names.joined(separator: ", "))."
        case .imported(let tasks, let groups, let file, let planID):
            return "Imported \(tasks) tasks in \(groups) groups from \(file) as plan \(planID)."
        case .returnForm(let agency, let formerly, let period, let led, let partnered):
            return "Return form for \(agency)" + (formerly.map { " (formerly \($0))" } ?? "")
                + ", \(period): \(led) tasks led, \(partnered) partnered."
        case .recorded(let update, let log):
            return "Recorded \(update.planID) \(update.taskID) \(update.period): \(update.status.vietnameseWord) "
                + "(\(update.date.vietnamese), \(update.agency)) in \(log)."
        case .checked(let checked):
            let read = "Checked \(checked.files) " + plural(checked.files, "file") + " ("
                + [plural(checked.planFiles, "plan file", count: true), plural(checked.updatesFiles, "updates file", count: true),
                   plural(checked.registries, "registry", plural: "registries", count: true)].joined(separator: ", ")
                + "; \(checked.plans) " + plural(checked.plans, "plan") + ", "
                + "\(checked.tasks) tasks, \(checked.updates) " + plural(checked.updates, "update") + ")"
            let verdict = checked.errors + checked.warnings == 0
                ? ": no problems found."
                : ": \(checked.errors) " + plural(checked.errors, "error") + ", \(checked.warnings) " + plural(checked.warnings, "warning") + "."
            return read + verdict
        case .waitingForLock(let lockFile):
            return "Waiting for another update to finish with the log (\(lockFile))…"
        case .rowsSetAside(let count):
            return "\(count) row\(count == 1 ? "" : "s") above could not be read and \(count == 1 ? "is" : "are") left out of the report, "
                + "which lists \(count == 1 ? "it" : "them") at its end; every other row is counted. Correct \(count == 1 ? "it" : "them"), "
                + "or give --strict to stop at such rows."
        case .reading(let done, let total):
            return "Đang đọc dữ liệu / reading data: \(done)/\(total)"
        }
    }

    /// `1 file`, `2 files`; with `count`, the number before the word.
    static func plural(_ count: Int, _ word: String, plural: String? = nil, count showCount: Bool = false) -> String {
        let form = count == 1 ? word : (plural ?? word + "s")
        return showCount ? "\(count) \(form)" : form
    }
}

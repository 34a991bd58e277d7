import ChildPlanKit

/// Appends a return made from the fuzzer's choices to a log made of its
/// bytes. When the log takes the row, reading the log back must give every
/// row it gave before and the new one last, as it was recorded.
enum LogFuzz {
    static func run(_ bytes: [UInt8]) {
        var choices = FuzzBytes(bytes)
        let update = StatusUpdate(
            planID: choices.pick(["kon-tum-2025", "ke-hoach", "k"]),
            taskID: "\(choices.pick(["I", "II", "VII"])).\(choices.int(in: 1...30))",
            period: PipelineFuzz.period(&choices), status: choices.pick(Status.allCases), date: PipelineFuzz.day(&choices),
            agency: choices.pick(["Sở Y tế", "Sở Tư pháp", "UBND xã A, huyện B", ""]),
            evidence: choices.pick(["", "Báo cáo số 12/BC-SYT", "=1+1", "\"trích\"", "a;b,c", "-5"]),
            note: choices.pick(["", "Ghi chú", "@tên", "+84", "dòng một"]))
        let log = choices.raw(upTo: 4096)
        let before = UpdatesReader.read(utf8: log, file: "log.csv").0?.updates ?? []
        guard let appended = try? UpdatesLog(path: "log.csv").appended(update, to: log) else { return }
        let (readBack, problems) = UpdatesReader.read(utf8: appended, file: "log.csv")
        guard let after = readBack?.updates else {
            fatalError("a log that took a row no longer reads: \(problems)")
        }
        guard after.count == before.count + 1, Array(after.dropLast()) == before, let last = after.last else {
            fatalError("the log read back with \(after.count) rows after \(before.count) and one more")
        }
        guard last.taskID == update.taskID, last.period == update.period, last.status == update.status, last.date == update.date,
              last.planID == update.planID || last.planID.isEmpty,
              last.agency == update.agency || last.agency.isEmpty,
              last.evidence == update.evidence || last.evidence.isEmpty,
              last.note == update.note || last.note.isEmpty
        else { fatalError("the row read back is not the row recorded: \(last) for \(update)") }
    }
}

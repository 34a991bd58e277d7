/// The words of the drafted sections (`ReportDraft`): plain sentences an officer can keep, correct or extend.
extension ReportWording {
    var draftHeading: String { pick("Đánh giá chung", "Overall assessment") }
    var draftNote: String {
        pick("Phần đánh giá dưới đây được soạn sẵn từ số liệu của báo cáo để cơ quan xem lại, bổ sung trước khi gửi; chỗ \"…\" là phần cơ quan tự viết. Số liệu chi tiết tại các mục sau.",
             "The assessment below is drafted from the report's figures for the office to review and complete before sending; \"…\" marks what the office writes itself. The detailed figures follow.")
    }
    var resultsHeading: String { pick("1. Kết quả đạt được", "1. Results") }
    var shortcomingsHeading: String { pick("2. Tồn tại, hạn chế", "2. Shortcomings") }
    var causesHeading: String { pick("3. Nguyên nhân", "3. Causes") }
    var proposalsHeading: String { pick("4. Kiến nghị, đề xuất", "4. Proposals") }

    /// "Tính đến ngày 30/11/2026, kế hoạch có 25 nhiệm vụ; 4 nhiệm vụ hoàn thành (16,0%), 3 nhiệm vụ đang triển khai, …"
    func standingsSentence(asOf: Day, plans: Int, total: StatusSummary.Tally) -> String {
        let counted = Standing.allCases.filter { $0 == .completed || total.count($0) > 0 }.map { standing -> String in
            let count = total.count(standing)
            let share = standing == .completed ? " (\(percent(total.percentCompleted)))" : ""
            return pick("\(tasks(count)) \(self.standing(standing).lowercasedFirst)", "\(number(count)) \(englishStanding(standing))") + share
        }
        let subject = plans == 1 ? pick("kế hoạch có", "the plan has") : pick("\(number(plans)) kế hoạch có", "the \(number(plans)) plans have")
        return pick("Tính đến ngày \(date(asOf)), ", "As of \(date(asOf)), ") + subject + " " + tasks(total.tasks)
            + pick("; ", ": ") + counted.joined(separator: ", ") + "."
    }

    /// A standing after a count, in an English sentence: "3 with no report".
    private func englishStanding(_ standing: Standing) -> String {
        switch standing {
        case .noReport: "with no report"
        case .notYetDue: "with nothing owed yet"
        case .awaitingRequest: "awaiting a request"
        default: self.standing(standing).lowercased()
        }
    }

    func tasks(_ count: Int) -> String { pick("\(number(count)) nhiệm vụ", count == 1 ? "1 task" : "\(number(count)) tasks") }

    /// A count in a sentence, its thousands grouped as each language groups them: "85.237", "85,237".
    func number(_ count: Int) -> String {
        let digits = String(count.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += pick(".", ",") }
            grouped.append(digit)
        }
        return (count < 0 ? "-" : "") + grouped
    }

    func leadingGroupsSentence(_ groups: [StatusSummary.GroupLine]) -> String {
        guard !groups.isEmpty else { return pick("Chưa có nhiệm vụ nào được báo cáo hoàn thành.", "No task has been reported completed yet.") }
        let named = groups.prefix(3).map { line in
            "\(line.group.romanNumeral). \(groupName(line.group)) (\(number(line.tally.count(.completed)))/\(number(line.tally.tasks)), \(percent(line.tally.percentCompleted)))"
        }
        return pick("Nhóm nhiệm vụ có tỷ lệ hoàn thành cao nhất: ", "The task groups with the largest share completed: ")
            + named.joined(separator: "; ") + "."
    }

    func groupsWithNoneCompletedSentence(_ groups: [TaskGroup]) -> String? {
        guard !groups.isEmpty else { return nil }
        return pick("Nhóm nhiệm vụ chưa có nhiệm vụ hoàn thành: ", "Task groups with no task completed yet: ")
            + groups.map { "\($0.romanNumeral). \(groupName($0))" }.joined(separator: "; ") + "."
    }

    var completedTasksLead: String { pick("Các nhiệm vụ đã hoàn thành:", "Tasks completed:") }

    func reportingSentence(expected: Int, received: Int) -> String {
        guard expected > 0 else {
            return pick("Chưa đến hạn gửi báo cáo kỳ nào.", "No reporting period has closed yet.")
        }
        let rate = percent(Double(received) * 100 / Double(expected))
        return pick("Trong kỳ báo cáo gần nhất đã đến hạn của từng kế hoạch, các cơ quan đã gửi báo cáo cho \(number(received))/\(number(expected)) nhiệm vụ phải báo cáo (\(rate)).",
                    "For each plan's latest closed reporting period, agencies sent returns for \(number(received)) of the \(number(expected)) tasks that owed one (\(rate)).")
    }

    func missingReturnsSentence(_ count: Int, agencies: Int) -> String {
        pick("Còn \(number(count)) báo cáo chưa gửi (mỗi nhiệm vụ một báo cáo cho mỗi kỳ đã đến hạn) của \(number(agencies)) cơ quan chủ trì",
             "\(number(count)) return\(count == 1 ? " is" : "s are") missing (one per task for each closed period), from \(number(agencies)) lead agenc\(agencies == 1 ? "y" : "ies")")
            + (agencies > 1 ? pick("; nhiều nhất:", "; the most:") : ":")
    }

    func pastDueSentence(_ count: Int) -> String {
        pick("\(number(count)) trường hợp quá hạn hoàn thành mà chưa báo cáo hoàn thành:", "\(number(count)) item\(count == 1 ? "" : "s") past due and not reported completed:")
    }

    func delayedSentence(_ count: Int) -> String {
        pick("\(tasks(count)) được báo cáo chậm tiến độ:", "\(tasks(count)) reported delayed:")
    }

    func needsNewLeadSentence(_ count: Int) -> String {
        pick("\(tasks(count)) do cơ quan cấp huyện chủ trì cần phân công lại cơ quan chủ trì (từ ngày 01/7/2025 không tổ chức chính quyền cấp huyện).",
             "\(tasks(count).capitalisedFirst) led by a district body need a new lead (the district level ended on 1 July 2025).")
    }

    func needsTimeframeSentence(_ count: Int) -> String {
        pick("\(tasks(count)) chưa xác định thời gian thực hiện nên chưa theo dõi được tiến độ.",
             "\(tasks(count).capitalisedFirst) have no timeframe, so their progress cannot be followed.")
    }

    var noShortcomings: String {
        pick("Không có nhiệm vụ quá hạn, chậm tiến độ hay báo cáo còn thiếu.", "No task is overdue or delayed, and no return is missing.")
    }

    var causesLead: String { pick("Theo báo cáo của các cơ quan:", "As the agencies' returns say:") }
    var noCauses: String {
        pick("Các cơ quan chưa nêu nguyên nhân trong báo cáo.", "The agencies' returns give no causes.")
    }

    var proposalsNote: String {
        pick("Cơ quan báo cáo nêu kiến nghị, đề xuất với cơ quan cấp trên và các cơ quan liên quan:",
             "The office states its proposals to the superior body and the agencies concerned:")
    }

    /// "và 12 nhiệm vụ khác." after a list cut at its limit.
    func andMore(_ count: Int, of noun: String) -> String { pick("và \(number(count)) \(noun) khác.", "and \(number(count)) more.") }
    var taskNoun: String { pick("nhiệm vụ", "tasks") }
    var agencyNoun: String { pick("cơ quan", "agencies") }
    /// The officer's blank, in the closing sentences and the proposals.
    var blank: String { "…" }
}

extension String {
    /// The string with its first letter in upper case, to start a sentence.
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

extension MessageCatalogue {
    /// The sentence after `Lỗi: ` (`Error: `) for a command line that cannot be run.
    static func message(for error: UsageError) -> String {
        switch error {
        case .unknownCommand(let name, let suggestion):
            say("Không có lệnh '\(name)'.", "Unknown command '\(name)'.") + didYouMean(suggestion)
        case .unknownOption(let name, let suggestion):
            say("Không có tùy chọn '\(name)'.", "Unknown option '\(name)'.") + didYouMean(suggestion)
        case .agencyWithoutTasks(let name, let suggestions):
            say("\(name) không chủ trì hay phối hợp nhiệm vụ nào trong các kế hoạch đã nạp, nên không có mẫu báo cáo để lập.",
                "\(name) neither leads nor partners in any task of the plans loaded, so there is no return form to make.")
                + (suggestions.isEmpty ? "" : say(" Các cơ quan có nhiệm vụ, gần tên nhất: \(list(suggestions)).",
                                                  " The agencies with tasks nearest that name: \(list(suggestions))."))
        case .noTasksOfAgency(let name, let suggestions):
            say("\(name) không chủ trì hay phối hợp nhiệm vụ nào trong các kế hoạch đã chọn, nên không có gì để báo cáo.",
                "\(name) neither leads nor partners in any task of the plans chosen, so there is nothing to report.")
                + (suggestions.isEmpty ? "" : say(" Các cơ quan có nhiệm vụ, gần tên nhất: \(list(suggestions)).",
                                                  " The agencies with tasks nearest that name: \(list(suggestions))."))
        case .needsTerminal:
            say("--interactive cần một người trả lời tại màn hình (terminal). Khi chạy từ tập lệnh, hãy ghi từng báo cáo: "
                    + "childplan update KẾ-HOẠCH NHIỆM-VỤ --status 'Hoàn thành' --period 2026-H1 --evidence 'Báo cáo số …'.",
                "--interactive needs someone at a terminal to answer. From a script, record each return: "
                    + "childplan update PLAN TASK --status 'Hoàn thành' --period 2026-H1 --evidence 'Báo cáo số …'.")
        case .unknownSection(let name, let suggestion):
            say("Không có phần báo cáo hoặc tệp '\(name)'.", "There is no report section or file '\(name)'.") + didYouMean(suggestion)
        case .missingValue(let option):
            say("Thiếu giá trị cho '\(option)'.", "Missing value for '\(option)'.")
        case .invalidNumber(let value, let option):
            say("Giá trị '\(value)' không hợp lệ cho '\(option)': cần một số nguyên từ 1 trở lên, ví dụ '--table 2'.",
                "The value '\(value)' is invalid for '\(option)': give a whole number from 1, for example '--table 2'.")
        case .invalidValue(let value, let option, let allowed):
            say("Giá trị '\(value)' không hợp lệ cho '\(option)'. Hãy dùng một trong \(list(allowed)).",
                "The value '\(value)' is invalid for '\(option)'. Please provide one of \(list(allowed)).")
        case .invalidDate(let value, let option) where nonexistentDay(value) != nil:
            say("Giá trị '\(value)' không hợp lệ cho '\(option)': ngày này không có thật (\(nonexistentDay(value) ?? "")).",
                "The value '\(value)' is invalid for '\(option)': no such day (\(nonexistentDay(value) ?? "")).")
        case .invalidDate(let value, let option):
            say("Giá trị '\(value)' không hợp lệ cho '\(option)': ghi ngày theo dạng dd/mm/yyyy hoặc YYYY-MM-DD.",
                "The value '\(value)' is invalid for '\(option)': write a date as YYYY-MM-DD or dd/mm/yyyy.")
        case .dayOutOfRange(let value, let option, let years):
            say("Giá trị '\(value)' không hợp lệ cho '\(option)': hãy ghi một ngày trong các năm từ \(years.lowerBound) đến \(years.upperBound).",
                "The value '\(value)' is invalid for '\(option)': give a day in the years \(years.lowerBound) to \(years.upperBound).")
        case .invalidPlanID(let id, let fromFileName):
            fromFileName
                ? say("Không dùng được mã kế hoạch '\(id)' lấy từ tên tệp: hãy ghi mã bằng --id, một tên ngắn không có dấu cách hay '/', ví dụ kon-tum-2025.",
                      "The plan id '\(id)', taken from the file name, cannot be used: give one with --id, a short name without spaces or '/', such as kon-tum-2025.")
                : say("Giá trị '\(id)' không hợp lệ cho '--id <id>': hãy ghi một tên ngắn không có dấu cách hay '/', không bắt đầu bằng '.', ví dụ kon-tum-2025.",
                      "The value '\(id)' is invalid for '--id <id>': give a short name without spaces or '/' that does not start with '.', such as kon-tum-2025.")
        case .emptyValue(let option):
            say("Giá trị '' không hợp lệ cho '\(option)': hãy ghi tên tệp, hoặc - để in ra màn hình.",
                "The value '' is invalid for '\(option)': give a file name, or - for standard output.")
        case .outputIsInput(let path, let input):
            say("Tệp kết quả '\(path)' là tệp mà lệnh này đang đọc (\(input)); ghi vào sẽ làm mất nó. Hãy chọn tệp khác.",
                "The output '\(path)' is a file this command reads (\(input)); writing it would destroy it. Choose another file.")
        case .missingArgument(let name):
            say("Thiếu tham số '<\(name)>'.", "Missing expected argument '<\(name)>'.")
        case .unexpectedArgument(let value):
            say("Tham số '\(value)' không cần thiết.", "Unexpected argument '\(value)'.")
        case .invalidStatus(let value, let option):
            say("Giá trị '\(value)' không hợp lệ cho '\(option)': dùng hoàn thành, đang triển khai, chậm tiến độ, chưa triển khai "
                    + "hoặc không thực hiện.",
                "The value '\(value)' is invalid for '\(option)': use hoàn thành, đang triển khai, chậm tiến độ, chưa triển khai "
                    + "or không thực hiện (or completed, inProgress, delayed, notStarted, cancelled).")
        case .invalidPeriod(let value, let option):
            say("Giá trị '\(value)' không hợp lệ cho '\(option)': ghi 2025-H1 cho báo cáo 6 tháng hoặc 2025 cho báo cáo năm.",
                "The value '\(value)' is invalid for '\(option)': write 2025-H1 for the 6-month report or 2025 for the annual report.")
        case .unknownPlan(let name, let suggestion):
            say("Chưa nạp kế hoạch '\(name)', và không có tệp nào như vậy.", "No plan '\(name)' is loaded, and there is no such file.")
                + didYouMean(suggestion)
        case .noPlanInJurisdiction(let place, let places):
            say("Không có kế hoạch nào đã nạp thuộc địa bàn '\(place)'.", "None of the loaded plans lies in '\(place)'.")
                + (places.isEmpty ? say(" Không kế hoạch nào cho biết địa bàn của nó.", " No plan says where it belongs.")
                    : say(" Các kế hoạch đã nạp thuộc: \(places.joined(separator: "; ")).", " The loaded plans lie in: \(places.joined(separator: "; "))."))
        case .dateAfterToday(let value, let today):
            say("Giá trị '\(value)' không hợp lệ cho '--date <date>': ngày này sau ngày hôm nay (\(today.vietnamese)); "
                    + "hãy ghi ngày gửi báo cáo, là hôm nay hoặc trước đó.",
                "The value '\(value)' is invalid for '--date <date>': it is after today (\(today.vietnamese)); "
                    + "give the day the return was sent, today or earlier.")
        case .periodOutsidePlan(let value, let plan, let first, let lastYear):
            say("Giá trị '\(value)' không hợp lệ cho '--period <period>': kế hoạch \(plan) báo cáo "
                    + (lastYear.map { "từ \(first) đến \($0)" } ?? "từ \(first) trở đi") + "; hãy ghi một kỳ trong khoảng đó.",
                "The value '\(value)' is invalid for '--period <period>': plan \(plan) is reported on "
                    + (lastYear.map { "from \(first) to \($0)" } ?? "from \(first) on") + "; give a period in that span.")
        case .invalidDeadlines(let value, let option):
            say("Giá trị '\(value)' không hợp lệ cho '\(option)': hãy ghi hai hạn báo cáo của kế hoạch, hạn 6 tháng trước, "
                    + "đúng như kế hoạch ghi, ví dụ 'trước ngày 10 tháng 6; trước ngày 05 tháng 12' hoặc '15/6; 30/11'.",
                "The value '\(value)' is invalid for '\(option)': give the plan's two reporting deadlines, the 6-month one first, "
                    + "as the plan words them, e.g. 'trước ngày 10 tháng 6; trước ngày 05 tháng 12' or '15/6; 30/11'.")
        case .invalidJurisdiction(let value, let option):
            say("Giá trị '\(value)' không hợp lệ cho '\(option)': hãy ghi địa bàn kèm cấp, ví dụ 'tỉnh Quảng Ngãi', 'thành phố Hải Phòng', "
                    + "'xã Tân Phú, tỉnh Quảng Ngãi' hoặc 'Việt Nam'.",
                "The value '\(value)' is invalid for '\(option)': name the place with its kind, e.g. 'tỉnh Quảng Ngãi', 'thành phố Hải Phòng', "
                    + "'xã Tân Phú, tỉnh Quảng Ngãi' or 'Việt Nam'.")
        case .unknownTask(let task, let plan):
            say("Kế hoạch \(plan) không có nhiệm vụ '\(task)'.", "Plan \(plan) has no task '\(task)'.")
        case .unknownAgency(let name, let suggestions):
            say("Không có cơ quan nào trong các kế hoạch đã nạp khớp với '\(name)'.", "No agency in the loaded plans matches '\(name)'.")
                + (suggestions.isEmpty ? "" : say(" Có phải là \(list(suggestions))?", " Did you mean \(list(suggestions))?"))
        case .ambiguousAgency(let name, let choices):
            say("Các kế hoạch đã nạp có '\(name)' ở \(choices.count) địa bàn: \(choices.joined(separator: "; ")). "
                    + "Hãy ghi rõ địa bàn, ví dụ \"\(choices[0])\".",
                "The loaded plans have '\(name)' in \(choices.count) jurisdictions: \(choices.joined(separator: "; ")). "
                    + "Say which, for example \"\(choices[0])\".")
        case .missingOption(let option):
            say("Thiếu tùy chọn '\(option)'.", "Missing expected option '\(option)'.")
        case .onlyForWordReport(let option):
            say("Tùy chọn '\(option)' chỉ dùng cho báo cáo Word: thêm --format docx, hoặc ghi vào tệp .docx (-o bao-cao.docx).",
                "The option '\(option)' is for the Word report only: add --format docx, or write a .docx file (-o report.docx).")
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { say(" Có phải là '\($0)'?", " Did you mean '\($0)'?") } ?? ""
    }

    /// `Lỗi: …` (`Error: …`), the usage line and where to find help: what a usage error prints.
    static func usageFailure(_ error: UsageError, usage: String, helpCommand: String) -> String {
        say("Lỗi: ", "Error: ") + VisibleText.visible(message(for: error)) + "\n"
            + say("Cách dùng: ", "Usage: ") + usage + "\n"
            + say("  Xem '\(helpCommand)' để biết thêm.\n", "  See '\(helpCommand)' for more information.\n")
    }

    /// `'a', 'b' hoặc 'c'` (`or` in English).
    static func list(_ values: [String]) -> String {
        let quoted = values.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + say(" hoặc ", " or ") + quoted.last!
    }
}

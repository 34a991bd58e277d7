import Foundation

extension MessageCatalogue {
    /// `PATH: lỗi: không ghi được kết quả: REASON` (`error: cannot write the output:`), with its line break.
    static func outputFailure(_ error: OutputFile.WriteError) -> String {
        VisibleText.visible("\(error.path): \(word(for: .error)): " + say("không ghi được kết quả: ", "cannot write the output: ")
            + message(for: error.problem)) + "\n"
    }

    /// `PATH: lỗi: không thêm được báo cáo vào sổ này: REASON`, with its line break.
    static func updatesLogFailure(_ failure: UpdatesLog.Failure) -> String {
        VisibleText.visible("\(failure.path): \(word(for: .error)): " + say("không thêm được báo cáo vào sổ này: ", "cannot add the update to this log: ")
            + message(for: failure.problem)) + "\n"
    }

    static func message(for problem: OutputProblem) -> String {
        switch problem {
        case .isDirectory: say("đây là một thư mục", "it is a directory")
        case .system(let number): String(cString: strerror(number))
        case .described(let description): description
        }
    }

    static func message(for problem: UpdatesLogProblem) -> String {
        switch problem {
        case .cannotLock(let number): String(cString: strerror(number))
        case .lockTimeout(let seconds):
            say("một lần cập nhật khác giữ khóa quá \(seconds) giây; hãy thử lại, hoặc kiểm tra lần cập nhật đang bị treo",
                "another update held its lock for more than \(seconds) seconds; try again, or look for an update that is stuck")
        case .unreadable: say("không đọc được sổ", "it cannot be read")
        case .notUTF8: say("sổ không phải văn bản UTF-8", "it is not UTF-8 text")
        case .utf16: say("sổ ở dạng UTF-16; hãy lưu lại dưới dạng CSV UTF-8 trước", "it is UTF-16; save it as CSV UTF-8 first")
        case .invalidCSV(let line): say("sổ không phải CSV hợp lệ (dòng \(line))", "it is not valid CSV (line \(line))")
        case .notAnUpdatesHeader:
            say("dòng tiêu đề không phải của sổ báo cáo (Kế hoạch, Nhiệm vụ, Kỳ báo cáo, Tình trạng, Ngày báo cáo…)",
                "its header is not an updates header (plan, task, period, status, date…)")
        case .wouldReadDifferently:
            say("nếu thêm dòng này, sổ sẽ được đọc khác đi (dấu phân cách hoặc dòng tiêu đề không rõ ràng); "
                    + "hãy mở bằng bảng tính, kiểm tra các cột rồi lưu lại dưới dạng CSV, hoặc dùng --log với một tệp mới",
                "with the row added it would read differently (its delimiter or header is unclear); "
                    + "open it in a spreadsheet, check its columns and save it as CSV again, or give --log a new file")
        case .cannotWrite(let problem): message(for: problem)
        }
    }

    static func message(for problem: JSONSyntaxProblem) -> String {
        switch problem {
        case .textAfterValue: say("có nội dung thừa sau giá trị JSON", "unexpected text after the end of the JSON value")
        case .endOfFile(let expecting):
            say("tệp kết thúc đột ngột: ", "unexpected end of file: ")
                + (expecting.map { say("cần '\($0)'", "'\($0)' was expected") } ?? say("cần một giá trị", "a value was expected"))
        case .unexpectedCharacter(let character): say("ký tự '\(character)' không hợp lệ: cần một giá trị", "unexpected character '\(character)': a value was expected")
        case .nestedTooDeep(let limit): say("các giá trị lồng nhau quá \(limit) cấp", "values are nested more than \(limit) deep")
        case .keyExpected: say("cần một khóa đặt trong ngoặc kép", "a key in double quotes was expected")
        case .colonExpected: say("cần dấu ':' sau khóa", "':' was expected after the key")
        case .duplicateKey(let key): say("khóa \"\(key)\" xuất hiện hai lần trong đối tượng này: giữ một", "the key \"\(key)\" is given twice in this object: keep one")
        case .commaOrClosingExpected(let closing): say("cần ',' hoặc '\(closing)'", "',' or '\(closing)' was expected")
        case .valueExpected: say("nội dung không hợp lệ: cần một giá trị", "unexpected text: a value was expected")
        case .digitExpected: say("cần một chữ số", "a digit was expected")
        case .leadingZero: say("số không được bắt đầu bằng 0", "numbers may not start with 0")
        case .digitExpectedAfterPoint: say("cần một chữ số sau dấu '.'", "a digit was expected after '.'")
        case .digitExpectedInExponent: say("cần một chữ số ở phần số mũ", "a digit was expected in the exponent")
        case .notANumber: say("không phải là số", "not a number")
        case .loneSurrogate: say("cặp thay thế (surrogate) không đầy đủ trong một mã \\u", "a lone surrogate in a \\u escape")
        case .unknownEscape(let escape): say("mã thoát '\\\(escape)' không hợp lệ", "unknown escape '\\\(escape)'")
        case .unterminatedString: say("tệp kết thúc khi chuỗi chưa đóng", "unexpected end of file inside a string")
        case .lineBreakInString: say("có xuống dòng trong chuỗi (hãy viết \\n)", "a line break inside a string (write \\n)")
        case .controlCharacterInString: say("có ký tự điều khiển trong chuỗi", "a control character inside a string")
        case .hexDigitsExpected: say("cần bốn chữ số thập lục phân sau \\u", "four hex digits were expected after \\u")
        }
    }
}

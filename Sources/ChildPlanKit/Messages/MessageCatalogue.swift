import OfficeFormats

/// The words for every problem childplan reports, in one place (STYLE.md:
/// errors are data, wording lives in one switch), in Vietnamese and English
/// (`MessageLanguage.swift`): input problems here, usage errors and output
/// failures in the extensions beside this file.
enum MessageCatalogue {
    /// `file:line:column: lỗi: message` (`error` in English), or `file: lỗi: message`
    /// for a problem with the whole file.
    /// Text from the data in it (names, cells, file names) is made visible (`VisibleText`).
    static func line(for diagnostic: Diagnostic) -> String {
        VisibleText.visible("\(location(diagnostic.location)): \(word(for: diagnostic.severity)): \(message(for: diagnostic.problem))")
    }

    /// `file:line:column`; in a workbook `file.xlsx:Phụ lục!C12`; in a document `file.docx: bảng 2, dòng 5, cột 3`.
    static func location(_ location: SourceLocation) -> String {
        guard location.line > 0, case .table(let number) = location.part else { return location.description }
        return say("\(location.file): bảng \(number), dòng \(location.line), cột \(location.column)",
                   "\(location.file): table \(number), row \(location.line), column \(location.column)")
    }

    /// Another row named in a message: "dòng 5 của FILE".
    static func place(_ location: SourceLocation) -> String {
        say("dòng \(location.line) của \(location.file)", "line \(location.line) of \(location.file)")
    }

    static func message(for problem: InputProblem) -> String {
        switch problem {
        case .fileNotFound:
            return say("không có tệp hoặc thư mục này", "no such file or directory")
        case .defaultDataNotFound(let directory, let fromEnvironment):
            let looked = fromEnvironment
                ? say("thư mục dữ liệu mà CHILDPLAN_DATA chỉ ra", "the data folder CHILDPLAN_DATA names")
                : say("thư mục dữ liệu mặc định Data/ trong thư mục hiện tại (\(directory))", "the default data folder Data/ in the current folder (\(directory))")
            return say("không tìm thấy \(looked): hãy chỉ ra thư mục hoặc tệp kế hoạch, ví dụ 'childplan report ~/ke-hoach/', "
                           + "hoặc đặt CHILDPLAN_DATA là thư mục dữ liệu",
                       "cannot find \(looked): give the folder or the plan file, for example 'childplan report ~/plans/', "
                           + "or set CHILDPLAN_DATA to the data folder")
        case .fileUnreadable(let reason):
            return say("không đọc được: \(reason)", "cannot be read: \(reason)")
        case .isDirectory:
            return say("là một thư mục, không phải tệp; hãy chỉ ra chính tệp CSV phụ lục",
                       "is a directory, not a file; give the appendix CSV itself")
        case .planIsDirectory:
            return say("là một thư mục, không phải kế hoạch: hãy chỉ ra tệp của kế hoạch (CSV phụ lục hoặc JSON kế hoạch), hoặc mã kế hoạch",
                       "is a directory, not a plan: give the plan's file (appendix CSV or plan JSON), or its id")
        case .fileTooLarge(let bytes, let limit):
            return say("tệp quá lớn để đọc (\(bytes / 1_048_576) MB; giới hạn là \(limit / 1_048_576) MB): hãy tách thành các tệp nhỏ hơn",
                       "is too large to read (\(bytes / 1_048_576) MB; the limit is \(limit / 1_048_576) MB): split it into smaller files")
        case .inputWithoutEnd(let limit):
            return say("dữ liệu vượt quá \(limit / 1_048_576) MB mà chưa kết thúc (giới hạn cho một đầu vào); đã dừng đọc. "
                           + "Đây có phải là thiết bị hoặc luồng không có điểm dừng? Hãy chỉ ra chính tệp dữ liệu",
                       "gives more than \(limit / 1_048_576) MB without ending (the limit for one input); reading stopped. "
                           + "Is it a device or an endless pipe? Give the file itself")
        case .emptyFile:
            return say("tệp rỗng", "the file is empty")
        case .notUnicode(let guess):
            let looksLike = switch guess {
            case .windows1258: say("Windows-1258 (bảng mã mà lệnh lưu 'CSV (Comma delimited)' của Excel dùng trên Windows tiếng Việt)",
                                   "Windows-1258 (what Excel's plain 'CSV (Comma delimited)' writes on a Vietnamese Windows)")
            case .tcvn3: say("TCVN3 (ABC), bảng mã cũ của các phông .VnTime", "TCVN3 (ABC), the legacy encoding of .VnTime fonts")
            case .vni: say("VNI, bảng mã cũ của các phông VNI-Times", "VNI, the legacy encoding of VNI-Times fonts")
            case .unknown: say("một bảng mã 8 bit cũ", "a legacy 8-bit encoding")
            }
            let fonts = guess == .tcvn3 || guess == .vni
                ? say(" Trước hết hãy chuyển văn bản sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey), rồi lưu lại.",
                      " First convert the text to Unicode (for example with Unikey's converter), then save.")
                : ""
            return say("tệp không phải văn bản UTF-8; có vẻ là \(looksLike). Chưa nhập gì. "
                           + "Trong Excel chọn File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; "
                           + "trong LibreOffice chọn bộ ký tự 'Unicode (UTF-8)'.\(fonts)",
                       "the file is not UTF-8 text; it looks like \(looksLike). Nothing was imported. "
                           + "In Excel choose File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; "
                           + "in LibreOffice choose the character set 'Unicode (UTF-8)'.\(fonts)")
        case .invalidUTF16(let bigEndian):
            let order = bigEndian ? "big" : "little"
            return say("tệp là UTF-16 (\(order)-endian) nhưng bị hỏng hoặc bị cắt ở đây; hãy lưu lại dưới dạng 'CSV UTF-8'",
                       "the file is UTF-16 (\(order)-endian) but is damaged or cut off here; save it again as 'CSV UTF-8'")
        case .unrecognisedFile(let header):
            let shown = header.prefix(6).filter { !$0.isEmpty }.map { "'\($0)'" }.joined(separator: ", ")
            return say("không phải tệp của childplan (các dòng đầu \(shown.isEmpty ? "để trống" : "bắt đầu bằng \(shown)"), không có cột của kế hoạch, báo cáo hay danh mục cơ quan); bỏ qua",
                       "not a childplan file (its first rows \(shown.isEmpty ? "are empty" : "begin \(shown)") name no plan, updates or registry columns); skipped")
        case .officeFile(let problem):
            return officeMessage(problem)
        case .binaryOffice(let word, let encrypted):
            if encrypted {
                return say("tệp đã được đặt mật khẩu nên không đọc được: mở bằng \(word ? "Word" : "Excel"), bỏ mật khẩu (File > Info > Protect) rồi lưu lại",
                           "the file is protected with a password and cannot be read: open it in \(word ? "Word" : "Excel"), remove the password (File > Info > Protect) and save it again")
            }
            return word
                ? say("là tệp Word cũ (.doc, Word 97–2003), không đọc được: mở bằng Word và lưu lại dưới dạng .docx (File > Save As > Word Document)",
                      "is an old Word file (.doc, Word 97–2003), which cannot be read: open it in Word and save it as .docx (File > Save As > Word Document)")
                : say("là tệp Excel cũ (.xls, Excel 97–2003), không đọc được: mở bằng Excel và lưu lại dưới dạng .xlsx (File > Save As > Excel Workbook)",
                      "is an old Excel file (.xls, Excel 97–2003), which cannot be read: open it in Excel and save it as .xlsx (File > Save As > Excel Workbook)")
        case .pdf:
            return say("là tệp PDF, không đọc được bảng trong đó: mở bằng Word (Word chuyển PDF thành .docx), hoặc chép bảng phụ lục sang Excel và lưu thành .xlsx",
                       "is a PDF, whose tables cannot be read: open it in Word (which turns a PDF into a .docx), or copy the appendix table into Excel and save it as .xlsx")
        case .openDocument:
            return say("là tệp OpenDocument (.odt, .ods), chưa đọc được: trong LibreOffice chọn File > Save As và lưu dưới dạng .docx hoặc .xlsx",
                       "is an OpenDocument file (.odt, .ods), which cannot be read yet: in LibreOffice choose File > Save As and save it as .docx or .xlsx")
        case .notOfficeArchive:
            return say("là tệp nén (ZIP) nhưng không phải văn bản Word hay bảng tính Excel: hãy giải nén và chỉ ra tệp .docx, .xlsx hoặc .csv bên trong",
                       "is a ZIP archive but not a Word document or Excel workbook: unpack it and give the .docx, .xlsx or .csv inside")
        case .tableNotFound(let kind, let found, let inDocument):
            let listed = found.isEmpty
                ? say(inDocument ? "văn bản không có bảng nào" : "bảng tính trống", inDocument ? "the document has no tables" : "the workbook is empty")
                : say(inDocument ? "các bảng có trong văn bản (bảng số: dòng đầu): " : "các trang tính (tên: dòng đầu): ",
                      inDocument ? "the document's tables (number: first row): " : "the sheets (name: first row): ")
                    + found.joined(separator: "; ")
            let pick = inDocument ? say("chọn bảng bằng --table N", "pick the table with --table N") : say("chọn trang tính bằng --sheet TÊN", "pick the sheet with --sheet NAME")
            return say("không tìm thấy bảng \(kindName(kind)) (cần các cột như \(expectedColumns(kind))); \(listed). Nếu bảng có tiêu đề khác, \(pick)",
                       "found no \(kindName(kind)) table (with columns such as \(expectedColumns(kind))); \(listed). If its header differs, \(pick)")
        case .tableNotInDocument(let number, let count):
            return say("văn bản không có bảng số \(number): văn bản có \(count) bảng", "the document has no table \(number): it has \(count) tables")
        case .sheetNotInWorkbook(let name, let sheets):
            return say("bảng tính không có trang tính '\(name)'; các trang tính: \(sheets.map { "'\($0)'" }.joined(separator: ", "))",
                       "the workbook has no sheet '\(name)'; its sheets: \(sheets.map { "'\($0)'" }.joined(separator: ", "))")
        case .ownReport:
            return say("là báo cáo do childplan xuất ra, không phải dữ liệu: bỏ qua (hãy để báo cáo ở một thư mục riêng)",
                       "a report childplan wrote, not data: skipped (keep reports in a folder of their own)")
        case .noDataFiles:
            return say("ở đây không có tệp kế hoạch, báo cáo hay danh mục cơ quan (.csv hoặc .json): hãy chỉ ra thư mục hoặc các tệp chứa kế hoạch",
                       "no plan, updates or registry file here (.csv or .json): give the folder or the files that hold the plan")
        case .noPlan:
            return say("ở đây không có kế hoạch (CSV phụ lục hoặc JSON kế hoạch): hãy chỉ ra thư mục hoặc tệp chứa kế hoạch, cùng các báo cáo của nó",
                       "no plan here (an appendix CSV or a plan JSON): give the folder or the file that holds the plan, with its returns")
        case .unsupportedExtension(let fileExtension):
            return say("không đọc được tệp '.\(fileExtension)': hãy dùng văn bản Word (.docx), bảng tính Excel (.xlsx), tệp CSV (phụ lục, báo cáo hoặc danh mục cơ quan) hoặc tệp JSON kế hoạch",
                       "'.\(fileExtension)' files cannot be read: give a Word document (.docx), an Excel workbook (.xlsx), a CSV file (appendix, updates or registry) or a plan JSON file")
        case .unterminatedQuote:
            return say("ô có dấu ngoặc kép này không được đóng: thêm dấu ngoặc kép đóng (\"), hoặc viết dấu ngoặc kép trong nội dung thành hai dấu (\"\")",
                       "this quoted cell is never closed: add the closing quote (\"), or write a quote inside the text as two quotes (\"\")")
        case .raggedRow(let fields, let columns):
            return say("dòng này có \(fields) ô nhưng dòng tiêu đề có \(columns) cột; ô thứ \(columns + 1) không thuộc cột nào "
                           + "(có dấu phân cách nằm trong một ô mà lẽ ra phải đặt trong ngoặc kép?)",
                       "this row has \(fields) cells but the header has \(columns) columns; cell \(columns + 1) has no column "
                           + "(is there a delimiter inside a cell that should be quoted?)")
        case .tooManyCells(let limit):
            return say("dòng này có hơn \(limit) ô (giới hạn cho một dòng): tệp này có phải là bảng không, và dấu phân cách là , hay ;?",
                       "this row has more than \(limit) cells (the limit for one row): is this file a table, and is its delimiter , or ;?")
        case .headerNotFound(let kind):
            return say("không tìm thấy dòng tiêu đề: cần có các cột như \(expectedColumns(kind))",
                       "no header row found: expected columns such as \(expectedColumns(kind))")
        case .missingColumns(let names, let kind):
            return say("dòng tiêu đề thiếu cột \(names.joined(separator: " hoặc ")) (\(kindName(kind)) cần \(expectedColumns(kind)))",
                       "the header has no \(names.joined(separator: " or ")) column (\(kind == .updates ? "an" : "a") \(kindName(kind)) needs \(expectedColumns(kind)))")
        case .unknownGroupNumeral(let numeral):
            return say("số hiệu nhóm '\(numeral)' không hợp lệ: các nhóm nhiệm vụ đánh số từ I đến VII (hoặc 1 đến 7)",
                       "unknown group numeral '\(numeral)': task groups run from I to VII (or 1 to 7)")
        case .groupRepeated(let numeral, let firstLine):
            return say("nhóm \(numeral) bắt đầu lần thứ hai (lần đầu ở dòng \(firstLine)); hãy đặt mọi nhiệm vụ của nhóm dưới một dòng nhóm",
                       "group \(numeral) starts a second time (it first starts at line \(firstLine)); put all its tasks under one group row")
        case .invalidTaskNumber(let text):
            return say("'\(text)' ở cột STT không phải số hiệu nhóm (I đến VII) cũng không phải số thứ tự nhiệm vụ",
                       "'\(text)' in the STT column is neither a group numeral (I to VII) nor a task number")
        case .taskNumberTooLarge(let text, let limit):
            return say("số thứ tự nhiệm vụ \(text) quá lớn: trong một nhóm, số thứ tự tối đa là \(limit); hãy kiểm tra cột STT",
                       "task number \(text) is too large: task numbers within a group go up to \(limit); check the STT column")
        case .tooManyPartners(let id, let count, let limit):
            return say("nhiệm vụ \(id) ghi \(count) cơ quan phối hợp, vượt quá \(limit) cơ quan cho một nhiệm vụ: "
                           + "có phải cả một cột bị dán vào một ô? Mỗi ô chỉ ghi cơ quan phối hợp của một nhiệm vụ",
                       "task \(id) names \(count) partner agencies, more than the \(limit) a task may name: "
                           + "is a whole column pasted into one cell? Keep one task's partners in its cell")
        case .taskOutsideGroup:
            return say("dòng nhiệm vụ đứng trước mọi dòng nhóm: hãy thêm dòng nhóm (STT từ I đến VII) phía trên",
                       "a task row comes before any group row: put a group row (STT I to VII) above it")
        case .duplicateTaskID(let id, let firstLine):
            return say("mã nhiệm vụ \(id) bị trùng (lần đầu ở dòng \(firstLine))", "duplicate task id \(id) (first at line \(firstLine))")
        case .missingLead(let id):
            return say("nhiệm vụ \(id) chưa có cơ quan chủ trì", "task \(id) has no lead agency (Cơ quan chủ trì)")
        case .missingTaskText(let id):
            return say("nhiệm vụ \(id) chưa có nội dung", "task \(id) has no text")
        case .timeframeNotUnderstood(let text, let recognised):
            let seen = recognised.map { say(" (có \($0))", " (it has \($0))") } ?? ""
            return say("không hiểu thời gian thực hiện '\(text)'\(seen), nên nhiệm vụ không bao giờ được tính quá hạn; hãy ghi, ví dụ, "
                           + "'Thường xuyên hằng năm', 'Năm 2027', 'Quý II/2025', '31/12/2025' hoặc 'Theo đề nghị'",
                       "timeframe '\(text)' not understood\(seen), so the task is never counted overdue; write for example "
                           + "'Thường xuyên hằng năm', 'Năm 2027', 'Quý II/2025', '31/12/2025' or 'Theo đề nghị'")
        case .invalidJSON(let problem):
            return say("không phải JSON hợp lệ: ", "not valid JSON: ") + message(for: problem)
        case .unsupportedPlanFormat(let found):
            if let found {
                return say("định dạng kế hoạch \"\(found)\" không được hỗ trợ (cần \"\(PlanJSONCodec.formatName)\")",
                           "unsupported plan format \"\(found)\" (expected \"\(PlanJSONCodec.formatName)\")")
            }
            return say("không phải kế hoạch của childplan: thiếu khóa \"format\" (cần \"\(PlanJSONCodec.formatName)\")",
                       "not a childplan plan: the \"format\" key is missing (expected \"\(PlanJSONCodec.formatName)\")")
        case .missingKey(let key):
            return say("thiếu khóa \"\(key)\"", "missing key \"\(key)\"")
        case .wrongType(let key, let expected):
            return say("\"\(key)\" phải là \(words(for: expected))", "\"\(key)\" must be \(words(for: expected))")
        case .invalidValue(let key, let value, let expected):
            return say("\"\(key)\" là '\(value)': cần \(words(for: expected))", "\"\(key)\" is '\(value)': expected \(words(for: expected))")
        case .taskIDMismatch(let id, let expected):
            return say("mã nhiệm vụ \"\(id)\" không khớp với nhóm và số thứ tự của nó (là \(expected))",
                       "task id \"\(id)\" does not match its group and number, which make \(expected)")
        case .unknownKey(let key):
            return say("khóa \"\(key)\" không được dùng, bỏ qua", "unknown key \"\(key)\" ignored")
        case .unknownSetting(let key, let known, let suggestion):
            let hint = suggestion.map { say(" (có phải \"\($0)\"?)", " (did you mean \"\($0)\"?)") } ?? ""
            return say("khóa \"\(key)\" không có trong tệp thiết lập\(hint); các khóa dùng được: \(known.joined(separator: ", "))",
                       "unknown key \"\(key)\" in the settings file\(hint); the keys are: \(known.joined(separator: ", "))")
        case .unknownStatus(let word):
            return say("tình trạng '\(word)' không hợp lệ: dùng hoàn thành, đang triển khai, chậm tiến độ, chưa triển khai hoặc không thực hiện",
                       "unknown status '\(word)': use hoàn thành, đang triển khai, chậm tiến độ, chưa triển khai or không thực hiện "
                           + "(or completed, inProgress, delayed, notStarted, cancelled)")
        case .invalidDate(let text):
            if let reason = nonexistentDay(text) {
                return say("'\(text)' không phải là ngày có thật: \(reason)", "'\(text)' is not a real day: \(reason)")
            }
            return say("'\(text)' không phải là ngày: ghi theo dạng dd/mm/yyyy hoặc YYYY-MM-DD",
                       "'\(text)' is not a date: write YYYY-MM-DD or dd/mm/yyyy")
        case .dayOutOfRange(let text, let years):
            return say("'\(text)' nằm ngoài khoảng năm mà một kế hoạch có thể có (\(years.lowerBound) đến \(years.upperBound)): hãy kiểm tra năm",
                       "'\(text)' is outside the years a plan can span (\(years.lowerBound) to \(years.upperBound)): check the year")
        case .missingDate:
            return say("chưa ghi ngày báo cáo: ghi theo dạng dd/mm/yyyy hoặc YYYY-MM-DD",
                       "the report date is empty: write it as YYYY-MM-DD or dd/mm/yyyy")
        case .invalidPeriod(let text):
            return say("'\(text)' không phải kỳ báo cáo: ghi 2025-H1 cho báo cáo 6 tháng hoặc 2025 cho báo cáo năm",
                       "'\(text)' is not a reporting period: write 2025-H1 for the 6-month report or 2025 for the annual report")
        case .missingTaskID:
            return say("ô nhiệm vụ để trống: ghi mã nhiệm vụ, ví dụ II.3", "the task cell is empty: write the task's id, such as II.3")
        case .planNotGiven(let loaded):
            if loaded.isEmpty {
                return say("báo cáo này không ghi kế hoạch và chưa có kế hoạch nào được nạp: hãy chỉ ra cả kế hoạch",
                           "this update names no plan and no plan is loaded: give the plan too")
            }
            return say("báo cáo này không ghi kế hoạch trong khi có \(loaded.count) kế hoạch được nạp (\(loaded.joined(separator: ", "))): hãy điền cột kế hoạch",
                       "this update names no plan and \(loaded.count) plans are loaded (\(loaded.joined(separator: ", "))): fill in the plan column")
        case .unknownPlan(let id, let loaded):
            return say("không có kế hoạch '\(id)'" + (loaded.isEmpty ? ": chưa có kế hoạch nào được nạp" : "; các kế hoạch đã nạp là \(loaded.joined(separator: ", "))"),
                       "unknown plan '\(id)'" + (loaded.isEmpty ? ": no plan is loaded" : "; the plans loaded are \(loaded.joined(separator: ", "))"))
        case .unknownTask(let plan, let task):
            return say("kế hoạch \(plan) không có nhiệm vụ \(task)", "plan \(plan) has no task \(task)")
        case .missingAgencyName:
            return say("tên cơ quan để trống", "the agency name is empty")
        case .unknownAgencyKind(let kind):
            let kinds = AgencyKind.allCases.map(\.rawValue).joined(separator: ", ")
            return say("loại cơ quan '\(kind)' không hợp lệ: dùng một trong \(kinds)", "unknown agency kind '\(kind)': use one of \(kinds)")
        case .missingRegistryValue(let column):
            return say("dòng phân chia nhiệm vụ (cột duty) cần có giá trị ở cột \(column)", "a row of a duty that split (the duty column) needs a value in the \(column) column")
        case .jurisdictionNotUnderstood(let text):
            return say("không đọc được địa bàn '\(text)': ghi như 'tỉnh Quảng Ngãi', 'thành phố Hải Phòng', 'xã Tân Phú, tỉnh Quảng Ngãi' hoặc 'Việt Nam'",
                       "cannot read the jurisdiction '\(text)': write it as 'tỉnh Quảng Ngãi', 'thành phố Hải Phòng', 'xã Tân Phú, tỉnh Quảng Ngãi' or 'Việt Nam'")
        case .successionCycle(let names):
            if names.count <= 2 && VietnameseText.matchKey(names.first ?? "") == VietnameseText.matchKey(names.last ?? "") {
                return say("'\(names[0])' được ghi là cơ quan kế thừa của chính nó: để trống cơ quan kế thừa, hoặc ghi cơ quan đã tiếp nhận",
                           "'\(names[0])' is given as its own successor: leave the successor empty, or name the agency that took over")
            }
            return say("các quan hệ kế thừa tạo thành vòng tròn (\(names.joined(separator: " → "))): một trong số đó phải ghi cơ quan tiếp nhận sau cùng",
                       "the successions go round in a circle (\(names.joined(separator: " → "))): one of them must name the agency that took over for good")
        case .duplicatePlan(let id, let otherFile):
            return say("mã kế hoạch \(id) cũng có trong \(otherFile); mỗi kế hoạch chỉ được nạp một lần",
                       "plan id \(id) is also defined in \(otherFile); a plan may be loaded once")
        case .planDiffersFromSource(let id, let otherFile, let difference):
            let how = switch difference {
            case .onlyInPlanFile(let task): say("nhiệm vụ \(task) có ở đây nhưng không có trong phụ lục", "task \(task) is here but not in the appendix")
            case .onlyInAppendix(let task): say("nhiệm vụ \(task) có trong phụ lục nhưng không có ở đây", "task \(task) is in the appendix but not here")
            case .detail(let task, let key): say("nhiệm vụ \(task) khác ở \(detailName(key))", "task \(task) differs in its \(key)")
            }
            return say("kế hoạch \(id) khác với phụ lục \(otherFile) của nó (\(how)): hãy nhập lại phụ lục, hoặc bỏ một trong hai tệp",
                       "plan \(id) differs from its appendix \(otherFile) (\(how)): import the appendix again, or remove one of the two")
        case .unknownAgency(let name, let suggestions):
            let advice = suggestions.isEmpty
                ? say("nếu tên đúng, hãy bổ sung vào một tệp danh mục cơ quan (xem --registry)", "if the name is right, add it to a registry file (see --registry)")
                : say("có phải là \(list(suggestions))?", "did you mean \(list(suggestions))?")
            return say("cơ quan '\(name)' không có trong danh mục, nên được tính theo tên như đã ghi; \(advice)",
                       "agency '\(name)' is not in the registry, so it is counted under the name as written; \(advice)")
        case .duplicateUpdate(let earlier):
            return say("trùng hoàn toàn với báo cáo ở \(place(earlier)): có thể bỏ một trong hai", "the same return as \(place(earlier)): one of the two can go")
        case .conflictingStatus(let id, let period, let status, let other, let earlier):
            return say("nhiệm vụ \(id), kỳ \(period): ở đây là '\(status.vietnameseWord)' nhưng ở \(place(earlier)) là '\(other.vietnameseWord)', "
                           + "cùng một ngày; dòng đọc sau cùng được tính: hãy sửa dòng sai",
                       "task \(id), period \(period): '\(status.vietnameseWord)' here but '\(other.vietnameseWord)' at \(place(earlier)), "
                           + "both on the same day; the row read last counts: correct the one that is wrong")
        case .updateAfterToday(let date, let today):
            return say("đề ngày \(date.vietnamese), sau ngày hôm nay (\(today.vietnamese)): ngày có đúng không?",
                       "dated \(date.vietnamese), after today (\(today.vietnamese)): is the date right?")
        case .periodOutsidePlan(let period, let plan, let first, let lastYear):
            let span = lastYear.map { say("từ \(first) đến \($0)", "from \(first) to \($0)") } ?? say("từ \(first) trở đi", "from \(first) on")
            return say("kỳ \(period) nằm ngoài kế hoạch \(plan), là kế hoạch báo cáo \(span): kỳ báo cáo có đúng không?",
                       "period \(period) is outside plan \(plan), which is reported on \(span): is the period right?")
        case .emptyGroup(let plan, let group):
            return say("kế hoạch \(plan) không có nhiệm vụ nào ở nhóm \(group.romanNumeral) (\(group.vietnameseName))",
                       "plan \(plan) has no task in group \(group.romanNumeral) (\(group.vietnameseName))")
        case .districtLead(let id, let lead, let takenBy):
            let ended = AdministrativeLevel.districtLevelEnded.vietnamese
            let taken = takenBy.map { say(" (phần việc này nay do \($0) đảm nhận)", " (its work passed to \($0))") } ?? ""
            return say("nhiệm vụ \(id) do \(lead) chủ trì, là cơ quan cấp huyện; từ ngày \(ended) không tổ chức chính quyền cấp huyện\(taken), "
                           + "nên cần phân công lại một cơ quan chủ trì",
                       "task \(id) is led by \(lead), a district-level body; the district level ended on \(ended)\(taken), so the task needs a new lead")
        case .jurisdictionUnknown(let plan, let issuer):
            let from = issuer.map { say("cơ quan ban hành '\($0)' không cho biết", "its issuer '\($0)' does not say") } ?? say("kế hoạch không ghi cơ quan ban hành nên không rõ", "it names no issuer, so it is not known")
            return say("không xác định được địa bàn của kế hoạch \(plan) (\(from) thuộc tỉnh, xã nào): cơ quan trong kế hoạch được tính theo tên, không theo địa bàn; "
                           + "hãy ghi \"jurisdiction\" trong tệp kế hoạch, hoặc nhập lại với --jurisdiction (ví dụ --jurisdiction \"tỉnh Quảng Ngãi\")",
                       "cannot tell where plan \(plan) belongs (\(from) which province or commune): its agencies are counted by name, not by place; "
                           + "add \"jurisdiction\" to the plan file, or import it again with --jurisdiction (for example --jurisdiction \"tỉnh Quảng Ngãi\")")
        case .jurisdictionWithoutProvince(let plan, let jurisdiction):
            return say("kế hoạch \(plan) thuộc \(jurisdiction) nhưng không rõ thuộc tỉnh, thành phố nào: hãy ghi \"jurisdiction\": \"\(jurisdiction), tỉnh …\" trong tệp kế hoạch",
                       "plan \(plan) belongs to \(jurisdiction), but its province is not known: write \"jurisdiction\": \"\(jurisdiction), tỉnh …\" in the plan file")
        case .looksTruncated(let id):
            return say("nội dung nhiệm vụ \(id) có vẻ bị cắt (kết thúc bằng dấu phẩy, dấu mở ngoặc hoặc một từ như 'và'); hãy đối chiếu với kế hoạch",
                       "the text of task \(id) looks cut off (it ends on a comma, an open parenthesis or a word such as 'và'); check it against the plan")
        case .duplicateText(let id, let other, let line):
            return say("nội dung nhiệm vụ \(id) trùng với nhiệm vụ \(other) (dòng \(line))", "task \(id) has the same text as task \(other) (line \(line))")
        case .repeatedSentence(let id, let sentence):
            return say("nội dung nhiệm vụ \(id) lặp lại hai lần câu '\(sentence)'", "the text of task \(id) says '\(sentence)' twice")
        case .looksGarbled(let sample):
            return say("văn bản này có vẻ bị lỗi phông ('\(sample)'): có thể là văn bản TCVN3 hoặc VNI được lưu thành Unicode mà chưa chuyển mã; "
                           + "hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi lưu lại",
                       "this text looks garbled ('\(sample)'): it may be TCVN3 or VNI text saved as Unicode without converting; "
                           + "convert it to Unicode (for example with Unikey's converter) and save again")
        }
    }

    /// Why a text written as a day names none ("tháng 2 năm 2025 chỉ có 28 ngày"); nil when it is not written as a day.
    static func nonexistentDay(_ text: String) -> String? {
        guard let parts = Day.nonexistent(text) else { return nil }
        guard (1...12).contains(parts.month) else { return say("không có tháng \(parts.month)", "there is no month \(parts.month)") }
        let days = Day.numberOfDays(inMonth: parts.month, year: parts.year)
        return say("tháng \(parts.month) năm \(parts.year) chỉ có \(days) ngày", "month \(parts.month) of \(parts.year) has \(days) days")
    }

    /// A task detail's name: "nội dung", "cơ quan chủ trì", …
    static func detailName(_ key: String) -> String {
        switch key {
        case "text": "nội dung"
        case "lead": "cơ quan chủ trì"
        case "partners": "cơ quan phối hợp"
        case "timeframe": "thời gian thực hiện"
        default: key
        }
    }

    static func words(for expected: ExpectedValue) -> String {
        switch expected {
        case .object: say("một đối tượng", "an object")
        case .string: say("một chuỗi", "a string")
        case .stringOrNull: say("một chuỗi hoặc null", "a string or null")
        case .array: say("một mảng", "an array")
        case .arrayOfObjects: say("một mảng các đối tượng", "an array of objects")
        case .arrayOfStrings: say("một mảng các chuỗi", "an array of strings")
        case .trueOrFalse: say("true hoặc false", "true or false")
        case .groupNumber: say("một số từ 1 đến 7", "a number from 1 to 7")
        case .wholeNumberFromOne: say("một số nguyên từ 1 trở lên", "a whole number from 1")
        case .monthDay: say("một ngày trong năm dạng MM-DD, ví dụ 06-10", "a day of the year as MM-DD, such as 06-10")
        case .planID: say("một tên ngắn không có dấu cách hay '/', ví dụ kon-tum-2025", "a short name without spaces or '/', such as kon-tum-2025")
        case .level: say("national, province, district hoặc commune", "national, province, district or commune")
        case .arrayOf(let words):
            say("một mảng gồm ", "an array of ") + words.map { "\"\($0)\"" }.joined(separator: ", ")
        }
    }

    static func kindName(_ kind: FileKind) -> String {
        switch kind {
        case .appendix: say("phụ lục kế hoạch", "plan appendix")
        case .planJSON: say("tệp kế hoạch", "plan file")
        case .updates: say("tệp báo cáo", "updates file")
        case .registry: say("tệp danh mục cơ quan", "registry file")
        }
    }

    static func expectedColumns(_ kind: FileKind) -> String {
        switch kind {
        case .appendix:
            say("STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện (hoặc no, task, lead, partners, timeframe)",
                "STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện (or no, task, lead, partners, timeframe)")
        case .updates:
            say("Kế hoạch, Nhiệm vụ, Kỳ báo cáo, Tình trạng, Ngày báo cáo, Cơ quan báo cáo, Văn bản, Ghi chú (hoặc plan, task, period, status, date, agency, evidence, note)",
                "plan, task, period, status, date, agency, evidence, note (or Kế hoạch, Nhiệm vụ, Kỳ báo cáo, Tình trạng, Ngày báo cáo, Cơ quan báo cáo, Văn bản, Ghi chú)")
        case .registry: "name, short, aliases, kind, successor, since"
        case .planJSON: say("\"format\", \"id\" và \"tasks\"", "\"format\", \"id\" and \"tasks\"")
        }
    }

    /// The exit code for a set of problems: 66 when a file could not be
    /// read at all, 65 for errors in what was read.
    /// Why a Word or Excel file cannot be opened, and what to do.
    static func officeMessage(_ problem: OfficeProblem) -> String {
        let resave = say("mở tệp bằng Word hoặc Excel và lưu lại (File > Save As, dạng .docx hoặc .xlsx)",
                         "open the file in Word or Excel and save it again (File > Save As, as .docx or .xlsx)")
        switch problem {
        case .archive(.notAnArchive), .archive(.damaged):
            return say("tệp Word/Excel bị hỏng hoặc không trọn vẹn (có thể tải về chưa xong): \(resave), hoặc xin lại tệp gốc",
                       "the Word/Excel file is damaged or incomplete (perhaps not fully downloaded): \(resave), or ask for the original")
        case .archive(.damagedEntry(let part)):
            return say("phần '\(part)' của tệp bị hỏng (sai kích thước hoặc mã kiểm tra CRC-32): \(resave)",
                       "part '\(part)' of the file is damaged (wrong size or CRC-32): \(resave)")
        case .archive(.zip64):
            return say("tệp dùng dạng nén ZIP64 dành cho tệp rất lớn, không đọc được: \(resave)",
                       "the file uses ZIP64, meant for very large files, which is not read: \(resave)")
        case .archive(.encrypted):
            return say("tệp đã được mã hóa bằng mật khẩu: bỏ mật khẩu rồi lưu lại", "the file is encrypted with a password: remove the password and save it again")
        case .archive(.unsupportedMethod(let method, let part)):
            return say("phần '\(part)' nén theo cách \(method) không được hỗ trợ (chỉ đọc 'stored' và 'deflate'): \(resave)",
                       "part '\(part)' is compressed with method \(method), which is not supported (only stored and deflate): \(resave)")
        case .archive(.entryTooLarge(let part, let limit)):
            return say("phần '\(part)' lớn quá \(limit >> 20) MB khi giải nén: tách bảng thành các tệp nhỏ hơn",
                       "part '\(part)' is larger than \(limit >> 20) MB unpacked: split the table into smaller files")
        case .archive(.tooCompressed(let part, let ratio)):
            return say("phần '\(part)' nở ra gấp \(ratio) lần khi giải nén (quá \(ZipArchive.largestRatio) lần): tệp có dấu hiệu là 'bom nén', không đọc",
                       "part '\(part)' grows \(ratio) times when unpacked (over \(ZipArchive.largestRatio)): the file looks like a zip bomb and is not read")
        case .archive(.suspiciousName(let name)):
            return say("tệp chứa phần có tên bất thường '\(name)' (đường dẫn tuyệt đối hoặc '..'): tệp có dấu hiệu bị làm giả, không đọc",
                       "the file holds a part with a suspicious name '\(name)' (an absolute path or '..'): it looks crafted and is not read")
        case .xml(.documentType, let part):
            return say("phần '\(part)' có khai báo DOCTYPE, điều mà tệp Word/Excel không bao giờ có: tệp có dấu hiệu bị làm giả, không đọc",
                       "part '\(part)' has a DOCTYPE declaration, which Word and Excel files never have: it looks crafted and is not read")
        case .xml(_, let part):
            return say("phần '\(part)' của tệp có XML hỏng: \(resave)", "part '\(part)' of the file has broken XML: \(resave)")
        case .missingPart(let part):
            return say("tệp thiếu phần '\(part)': \(resave)", "the file lacks its part '\(part)': \(resave)")
        case .missingSharedString(let cell, _):
            return say("ô \(cell) trỏ tới một chuỗi mà bảng tính không có: \(resave)", "cell \(cell) points at a string the workbook does not have: \(resave)")
        case .cellOutOfRange(let reference):
            return say("ô '\(reference)' nằm ngoài lưới của Excel: \(resave)", "cell '\(reference)' lies outside Excel's grid: \(resave)")
        case .tooManyMergedCells(let limit):
            return say("các vùng gộp ô chồng lên nhau quá nhiều (hơn \(limit) dòng phải xét): bỏ gộp ô rồi lưu lại",
                       "merged ranges overlap too much (more than \(limit) rows to visit): unmerge the cells and save again")
        }
    }

    static func exitCode(for diagnostics: [Diagnostic]) -> ExitCode {
        let errors = diagnostics.filter { $0.severity == .error }
        if errors.contains(where: { isNoInput($0.problem) }) { return .noInput }
        return errors.isEmpty ? .success : .dataError
    }

    static func isNoInput(_ problem: InputProblem) -> Bool {
        switch problem {
        case .fileNotFound, .defaultDataNotFound, .fileUnreadable, .isDirectory, .planIsDirectory, .fileTooLarge, .inputWithoutEnd, .noDataFiles, .noPlan: true
        default: false
        }
    }
}

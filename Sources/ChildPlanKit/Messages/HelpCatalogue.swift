/// The help pages in Vietnamese: each English text of a command's help (as
/// its `CommandSpec` writes it) with its Vietnamese. Help is read in the
/// run's language (`MessageLanguage.swift`); a test fails when a text of any
/// command has no entry here.
enum HelpCatalogue {
    /// The text in the run's language.
    static func words(_ english: String) -> String {
        MessageCatalogue.language == .en ? english : (vietnamese[english] ?? english)
    }

    /// The headings of a help page, as swift-argument-parser names them, and their Vietnamese.
    static func heading(_ english: String) -> String {
        MessageCatalogue.language == .en ? english : (headings[english] ?? english)
    }

    static let headings: [String: String] = [
        "OVERVIEW": "TỔNG QUAN", "USAGE": "CÁCH DÙNG", "ARGUMENTS": "THAM SỐ", "OPTIONS": "TÙY CHỌN",
        "EXAMPLES": "VÍ DỤ", "SUBCOMMANDS": "LỆNH", "default": "mặc định",
        "See 'childplan help <subcommand>' for detailed help.": "Xem 'childplan help <lệnh>' để biết chi tiết từng lệnh.",
    ]

    static let vietnamese: [String: String] = [
        // childplan, help
        "Track the plans that implement Decision 27/QĐ-TTg: where each task stands, what is overdue, who carries what.":
            "Theo dõi các kế hoạch thực hiện Quyết định số 27/QĐ-TTg: tình hình từng nhiệm vụ, việc quá hạn, cơ quan nào đảm nhận nhiệm vụ nào.",
        "Show the version.": "In phiên bản.",
        "Show help information.": "Hiện hướng dẫn sử dụng.",
        "Show help for a command.": "Hiện hướng dẫn của một lệnh.",
        "The command to explain.": "Lệnh cần hướng dẫn.",
        "Language of messages: vi or en (also CHILDPLAN_LANG, or an English LANG).":
            "Ngôn ngữ của thông báo: vi hoặc en (hoặc đặt CHILDPLAN_LANG, hoặc LANG tiếng Anh).",
        "vi": "vi",
        // report
        "Report where each task stands, what is overdue, and what each agency carries.":
            "Báo cáo tình hình thực hiện từng nhiệm vụ, các trường hợp quá hạn và nhiệm vụ của từng cơ quan.",
        "Reads every plan, updates file and registry in the paths given (or in Data/) and prints, as of a day, the status of tasks by group, the overdue items grouped by lead agency, and coverage per agency. Agencies are counted under the body that carries their duties on that day (2025 reorganisation), in the place they belong to: with plans of several provinces or communes loaded, names carry their place, and an agency is asked for with it (agency 'Sở Y tế — tỉnh Quảng Ngãi').":
            "Đọc mọi kế hoạch, tệp báo cáo và danh mục cơ quan trong các đường dẫn đã cho (hoặc trong Data/) rồi in, tính đến một ngày, tình hình thực hiện nhiệm vụ theo nhóm, các trường hợp quá hạn theo cơ quan chủ trì và phân công theo cơ quan. Cơ quan được tính theo cơ quan đảm nhận nhiệm vụ tại ngày đó (sắp xếp tổ chức bộ máy năm 2025), thuộc địa bàn của nó: khi nạp kế hoạch của nhiều tỉnh hoặc xã, tên cơ quan kèm địa bàn, và khi hỏi về một cơ quan thì ghi kèm địa bàn (agency 'Sở Y tế — tỉnh Quảng Ngãi').",
        "status, overdue or coverage: one part of the summary; returns: who has sent their returns; agency NAME: one agency's brief; history PLAN [TASK]: every period's return for a plan's tasks, with evidence and notes; compare PARENT CHILD: how a lower plan covers the plan it implements (each a plan file or id); cascade: the plans level by level, the Decision, the provinces and their communes, with the groups each leaves empty. Without one, the full summary.":
            "status, overdue hoặc coverage: một phần của báo cáo chung; returns: cơ quan nào đã gửi báo cáo; agency TÊN: tình hình của một cơ quan; history KẾ-HOẠCH [NHIỆM-VỤ]: báo cáo từng kỳ của các nhiệm vụ, kèm văn bản và ghi chú; compare CẤP-TRÊN CẤP-DƯỚI: kế hoạch cấp dưới triển khai kế hoạch cấp trên đến đâu (mỗi kế hoạch là tệp hoặc mã); cascade: kế hoạch các cấp, từ Quyết định đến tỉnh và các xã, kèm các nhóm mỗi kế hoạch bỏ trống. Không ghi thì in báo cáo chung.",
        "A plan (appendix CSV or plan JSON), an updates CSV, a registry CSV, or a directory holding any of them.":
            "Một kế hoạch (CSV phụ lục hoặc JSON kế hoạch), một tệp CSV báo cáo, một tệp CSV danh mục cơ quan, hoặc thư mục chứa các tệp đó.",
        "Data/, or $CHILDPLAN_DATA": "Data/, hoặc $CHILDPLAN_DATA",
        "The day to judge by, YYYY-MM-DD or dd/mm/yyyy.": "Ngày tính số liệu, dạng dd/mm/yyyy hoặc YYYY-MM-DD.",
        "today": "hôm nay",
        "markdown (to paste into a report), text (for the terminal), html (one page with charts), csv (tables for a spreadsheet), xlsx (an Excel workbook, a sheet per table), docx (a Word báo cáo to finish and send) or json (for scripts).":
            "markdown (để dán vào báo cáo), text (xem trên màn hình), html (một trang có biểu đồ), csv (bảng để mở bằng bảng tính), xlsx (bảng tính Excel, mỗi bảng một trang tính), docx (báo cáo Word để hoàn thiện và gửi đi) hoặc json (cho chương trình).",
        "markdown; xlsx or docx when -o names such a file": "markdown; xlsx hoặc docx khi -o là tệp như vậy",
        "markdown": "markdown",
        "Language of messages, and of the report's headings, group names and status words: vi or en.":
            "Ngôn ngữ của thông báo và của tiêu đề, tên nhóm, tình trạng trong báo cáo: vi hoặc en.",
        "Write to this file instead of the screen; for csv, a directory (ending in /) gets one file per table.":
            "Ghi vào tệp này thay vì in ra màn hình; với csv, một thư mục (kết thúc bằng /) nhận mỗi bảng một tệp.",
        "standard output": "màn hình",
        // report: the Word report's letterhead
        "For docx: a JSON file of the letterhead, with any of the keys superior, office, number, place, date, signer-title, signer, recipients (a list); the options below replace what it says.":
            "Với docx: tệp JSON ghi phần đầu và phần cuối văn bản, gồm các khóa superior (cơ quan chủ quản), office (cơ quan báo cáo), number (số, ký hiệu), place (địa danh), date (ngày ký), signer-title (chức vụ người ký), signer (người ký), recipients (danh sách nơi nhận); các tùy chọn dưới đây thay cho giá trị trong tệp.",
        "For docx: the superior body over the reporting office, shown above it (UBND tỉnh Quảng Ngãi).":
            "Với docx: cơ quan chủ quản của cơ quan báo cáo, ghi phía trên (UBND tỉnh Quảng Ngãi).",
        "For docx: the reporting office (Sở Y tế).": "Với docx: cơ quan báo cáo (Sở Y tế).",
        "For docx: the report's number and symbol (125/BC-SYT).": "Với docx: số, ký hiệu của báo cáo (125/BC-SYT).",
        "For docx: the place name before the date (Quảng Ngãi).": "Với docx: địa danh ghi trước ngày tháng (Quảng Ngãi).",
        "For docx: the day the report is signed.": "Với docx: ngày ký báo cáo.",
        "For docx: the signer's authority and title (GIÁM ĐỐC); a line break starts a second line.":
            "Với docx: quyền hạn, chức vụ người ký (GIÁM ĐỐC); xuống dòng để ghi dòng thứ hai (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC).",
        "For docx: the signer's full name.": "Với docx: họ và tên người ký.",
        "For docx: a line of the 'Nơi nhận' block; give the option again for each.":
            "Với docx: một dòng của mục \"Nơi nhận\"; ghi lại tùy chọn cho mỗi nơi nhận.",
        "left blank": "để trống",
        "For markdown: pandoc's grid tables, whose cells keep their line breaks through 'pandoc report.md -o report.docx' (GitHub shows them as text).":
            "Với markdown: dùng bảng dạng lưới của pandoc, giữ được xuống dòng trong ô khi chuyển sang Word bằng 'pandoc bao-cao.md -o bao-cao.docx' (GitHub hiện bảng này như văn bản thường).",
        "For csv: add a BOM and CRLF line ends, so that Excel opens it with its diacritics whole.":
            "Với csv: thêm BOM và xuống dòng kiểu CRLF để Excel mở đúng dấu tiếng Việt.",
        "An agency registry CSV to apply over the built-in one (adds agencies, overrides successions).":
            "Tệp CSV danh mục cơ quan dùng thêm vào danh mục có sẵn (bổ sung cơ quan, thay quan hệ kế thừa).",
        "Stop at any row that cannot be read (exit 65) instead of leaving it out of the report and listing it at the end.":
            "Dừng lại khi gặp dòng không đọc được (mã thoát 65) thay vì bỏ dòng đó khỏi báo cáo và liệt kê ở phần cuối.",
        // import
        "Turn a plan's appendix (CSV, Word or Excel) into a plan JSON file, checking every row.":
            "Chuyển phụ lục của kế hoạch (CSV, Word hoặc Excel) thành tệp JSON kế hoạch, kiểm tra từng dòng.",
        "Reads the appendix table as typed or copied from the plan into a spreadsheet and saved as CSV, in either layout: the document's own (STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện; Roman numerals open the groups) or flat (group, no, task, lead, partners, timeframe). Any problem is reported with its line and column, and then nothing is written. A Word document (.docx) is read straight from the issued plan: its first table with the appendix's columns (--table N for another), joined with the tables that continue it; its number, date, issuing body, title, parent document and reporting deadlines are read from the text above it, each unless given by its option. An Excel workbook (.xlsx) is read from its first sheet with the appendix's columns (--sheet NAME for another). A merged cell counts for every row it spans: one lead cell over three tasks is the lead of each; a heading merged across the row (\"I. Hoàn thiện …\") opens a group.":
            "Đọc bảng phụ lục đã nhập hoặc chép từ kế hoạch vào bảng tính và lưu dạng CSV, theo một trong hai cách trình bày: như văn bản (STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện; số La Mã mở đầu mỗi nhóm) hoặc dạng phẳng (group, no, task, lead, partners, timeframe). Mọi lỗi đều được báo kèm dòng và cột, và khi có lỗi thì không ghi gì. Văn bản Word (.docx) được đọc thẳng từ kế hoạch đã ban hành: bảng đầu tiên có các cột của phụ lục (--table N để chọn bảng khác), nối với các bảng viết tiếp nó; số, ngày, cơ quan ban hành, tên, văn bản được thực hiện và hạn báo cáo được đọc từ phần chữ phía trên, trừ khi đã ghi bằng tùy chọn. Bảng tính Excel (.xlsx) được đọc từ trang tính đầu tiên có các cột của phụ lục (--sheet TÊN để chọn trang khác). Ô đã gộp có giá trị cho mọi dòng nó trải qua: một ô chủ trì gộp trên ba nhiệm vụ là cơ quan chủ trì của cả ba; dòng tiêu đề gộp ngang cả hàng (\"I. Hoàn thiện …\") mở đầu một nhóm.",
        "The appendix: a CSV file, a Word document (.docx) or an Excel workbook (.xlsx).":
            "Phụ lục: tệp CSV, văn bản Word (.docx) hoặc bảng tính Excel (.xlsx).",
        "In a Word document, the table that holds the appendix (1 for the first).": "Trong văn bản Word, bảng chứa phụ lục (1 là bảng đầu tiên).",
        "the first with the appendix's columns": "bảng đầu tiên có các cột của phụ lục",
        "In an Excel workbook, the sheet that holds the appendix.": "Trong bảng tính Excel, trang tính chứa phụ lục.",
        "the first sheet with the appendix's columns": "trang tính đầu tiên có các cột của phụ lục",
        "Write the plan JSON to this file.": "Ghi JSON kế hoạch vào tệp này.",
        "The plan's id, which updates refer to.": "Mã kế hoạch, được dùng trong các báo cáo.",
        "the file name without extension": "tên tệp, bỏ phần đuôi",
        "The plan's title.": "Tên kế hoạch.",
        "The issuing body, e.g. 'UBND tỉnh Kon Tum'.": "Cơ quan ban hành, ví dụ 'UBND tỉnh Kon Tum'.",
        "Where the plan belongs, when its issuer does not say: 'tỉnh Quảng Ngãi', 'xã Tân Phú, tỉnh Quảng Ngãi', 'Việt Nam'.":
            "Địa bàn của kế hoạch, khi cơ quan ban hành không cho biết: 'tỉnh Quảng Ngãi', 'xã Tân Phú, tỉnh Quảng Ngãi', 'Việt Nam'.",
        "read from the issuer": "đọc từ cơ quan ban hành",
        "Only this plan: its id. Give the option again, or ids separated by commas, for more.":
            "Chỉ kế hoạch này: mã của nó. Ghi lại tùy chọn, hoặc ghi các mã cách nhau bằng dấu phẩy, để chọn thêm.",
        "Only the plans of this place: 'tỉnh Quảng Ngãi' brings its districts' and communes' plans too (and Kon Tum's, merged into it); 'Việt Nam', every plan.":
            "Chỉ các kế hoạch của địa bàn này: 'tỉnh Quảng Ngãi' gồm cả kế hoạch của các huyện, xã trong tỉnh (và của tỉnh Kon Tum, đã hợp nhất vào); 'Việt Nam': mọi kế hoạch.",
        "every plan": "mọi kế hoạch",
        "Only the tasks this agency leads or partners in, as carried on the day (with its place where plans of several are loaded).":
            "Chỉ các nhiệm vụ cơ quan này chủ trì hoặc phối hợp, theo cơ quan đảm nhận tại ngày báo cáo (kèm địa bàn khi nạp kế hoạch của nhiều địa bàn).",
        "every task": "mọi nhiệm vụ",
        "The document number, e.g. '90/KH-UBND'.": "Số, ký hiệu văn bản, ví dụ '90/KH-UBND'.",
        "The date the plan was issued (YYYY-MM-DD or dd/mm/yyyy).": "Ngày ban hành kế hoạch (dd/mm/yyyy hoặc YYYY-MM-DD).",
        "The document the plan implements, e.g. '27/QĐ-TTg'.": "Văn bản mà kế hoạch triển khai, ví dụ '27/QĐ-TTg'.",
        "The coordinating agency (cơ quan đầu mối).": "Cơ quan đầu mối.",
        "The plan's reporting deadlines as it words them, 6-month first: 'trước ngày 10 tháng 6; trước ngày 05 tháng 12' (before the day: a return dated on it is late) or '15/6; 30/11' (by the day).":
            "Hạn báo cáo đúng như kế hoạch ghi, hạn 6 tháng trước: 'trước ngày 10 tháng 6; trước ngày 05 tháng 12' (trước ngày: báo cáo đề đúng ngày đó là muộn) hoặc '15/6; 30/11' (đến hết ngày đó).",
        "trước ngày 10 tháng 6; trước ngày 05 tháng 12": "trước ngày 10 tháng 6; trước ngày 05 tháng 12",
        "Timeframe for tasks whose cell is empty, or for every task when there is no timeframe column.":
            "Thời gian thực hiện cho các nhiệm vụ để trống ô này, hoặc cho mọi nhiệm vụ khi không có cột thời gian.",
        // validate
        "Check plans, updates and registries and list every problem.": "Kiểm tra kế hoạch, báo cáo và danh mục cơ quan, liệt kê mọi vấn đề.",
        "Prints each problem as file:line:column: error|warning: message, then one line with the count. Errors are what stops a file from being read (see README, Exit codes); warnings are what a reader of the plan should look at: agency names the registry does not know (with the closest known names), timeframes not understood, groups left empty, district bodies still leading tasks after 01/07/2025, task texts that look cut off, repeated or garbled; returns given twice, two statuses for one task and period on one day, returns dated after today, periods outside the plan. Exits with 65 when there are errors and 0 when there are only warnings.":
            "In mỗi vấn đề dưới dạng tệp:dòng:cột: lỗi|cảnh báo: nội dung, rồi một dòng tổng hợp. Lỗi là điều làm tệp không đọc được (xem README, Exit codes); cảnh báo là điều người đọc kế hoạch cần xem lại: tên cơ quan chưa có trong danh mục (kèm các tên gần nhất), thời gian thực hiện không hiểu được, nhóm để trống, cơ quan cấp huyện còn chủ trì nhiệm vụ sau ngày 01/7/2025, nội dung nhiệm vụ có vẻ bị cắt, lặp hoặc lỗi phông; báo cáo bị trùng, hai tình trạng cho cùng nhiệm vụ và kỳ trong cùng ngày, báo cáo đề ngày sau hôm nay, kỳ nằm ngoài kế hoạch. Mã thoát 65 khi có lỗi, 0 khi chỉ có cảnh báo.",
        // agencies
        "List the agencies the plans name, as carried today, with how many tasks each leads and partners in.":
            "Liệt kê các cơ quan mà kế hoạch ghi tên, theo cơ quan đảm nhận hiện nay, với số nhiệm vụ mỗi cơ quan chủ trì và phối hợp.",
        "Each agency is shown under the body that carries its duties on the day (2025 reorganisation), with its kind and level, every spelling the plans used for it, and the number of tasks it leads and partners in. Names the registry does not know are marked, so that they can be corrected or added with --registry.":
            "Mỗi cơ quan được ghi theo cơ quan đảm nhận nhiệm vụ tại ngày tính số liệu (sắp xếp tổ chức bộ máy năm 2025), kèm loại, cấp, mọi cách viết tên trong các kế hoạch, và số nhiệm vụ chủ trì, phối hợp. Tên chưa có trong danh mục được đánh dấu để sửa lại hoặc bổ sung bằng --registry.",
        // update
        "Record the status of one task for one reporting period in the plan's updates log.":
            "Ghi tình trạng của một nhiệm vụ trong một kỳ báo cáo vào sổ báo cáo của kế hoạch.",
        "Checks that the plan has the task and that the status and period are valid, then appends one row to the updates log: the CSV beside the plan (PLAN-ID.updates.csv), or --log FILE. The log is locked while it is written, and is replaced whole, so that another update running at the same time, or a crash, never leaves it half-written; earlier rows are never changed.":
            "Kiểm tra kế hoạch có nhiệm vụ đó, tình trạng và kỳ báo cáo hợp lệ, rồi thêm một dòng vào sổ báo cáo: tệp CSV bên cạnh kế hoạch (MÃ-KẾ-HOẠCH.updates.csv), hoặc --log TỆP. Sổ được khóa trong khi ghi và được thay cả tệp, nên một lần cập nhật khác chạy cùng lúc hay máy bị dừng đột ngột không bao giờ để sổ dở dang; các dòng đã có không bao giờ bị sửa.",
        "The plan: its file (appendix CSV or plan JSON), or its id in the data directory.":
            "Kế hoạch: tệp của kế hoạch (CSV phụ lục hoặc JSON kế hoạch), hoặc mã kế hoạch trong thư mục dữ liệu.",
        "The task's id, such as II.3.": "Mã nhiệm vụ, ví dụ II.3.",
        "hoàn thành, đang triển khai, chậm tiến độ, chưa triển khai or không thực hiện (or completed, inProgress, delayed, notStarted, cancelled); diacritics optional.":
            "hoàn thành, đang triển khai, chậm tiến độ, chưa triển khai hoặc không thực hiện; có dấu hay không dấu đều được.",
        "2025-H1 for the 6-month report, 2025 for the annual report.": "2025-H1 cho báo cáo 6 tháng, 2025 cho báo cáo năm.",
        "The day the agency reported, YYYY-MM-DD or dd/mm/yyyy.": "Ngày cơ quan báo cáo, dạng dd/mm/yyyy hoặc YYYY-MM-DD.",
        "The reporting agency.": "Cơ quan báo cáo.",
        "the task's lead": "cơ quan chủ trì nhiệm vụ",
        "The document that shows it, e.g. 'Báo cáo số 41/BC-SYT ngày 05/6/2026'.": "Văn bản làm căn cứ, ví dụ 'Báo cáo số 41/BC-SYT ngày 05/6/2026'.",
        "A note (for a cancelled task: why).": "Ghi chú (với nhiệm vụ không thực hiện: lý do).",
        "The updates log to append to.": "Sổ báo cáo cần ghi thêm.",
        "Ask, task by task, for an agency's returns for a period (--agency, --period; the arguments are then the paths to read), writing each to the log as it is given.":
            "Hỏi lần lượt từng nhiệm vụ để ghi báo cáo của một cơ quan cho một kỳ (--agency, --period; khi đó các tham số là đường dẫn cần đọc), ghi ngay từng báo cáo vào sổ khi trả lời xong.",
        "PLAN-ID.updates.csv beside the plan": "MÃ-KẾ-HOẠCH.updates.csv bên cạnh kế hoạch",
        // template
        "Write the return form for one agency and one period, to fill in and send back.":
            "Lập mẫu báo cáo của một cơ quan cho một kỳ, để cơ quan điền và gửi lại.",
        "Lists the tasks the agency leads (and, marked Phối hợp, those it partners in) with their group, text and timeframe, and empty Tình trạng, Ngày báo cáo, Văn bản and Ghi chú columns, headed in Vietnamese. The filled-in form, dropped into the data directory or given as a path, is read as the agency's updates without any editing. The agency is matched as everywhere: short forms, no diacritics, and predecessors (Sở LĐTBXH gives Sở Y tế's form after March 2025).":
            "Liệt kê các nhiệm vụ cơ quan chủ trì (và các nhiệm vụ phối hợp, ghi Phối hợp) kèm nhóm, nội dung, thời gian thực hiện, cùng các cột Tình trạng, Ngày báo cáo, Văn bản, Ghi chú để trống. Mẫu đã điền, đặt vào thư mục dữ liệu hoặc chỉ ra bằng đường dẫn, được đọc thành báo cáo của cơ quan mà không cần sửa gì. Tên cơ quan được nhận như mọi nơi khác: tên viết tắt, không dấu, và cơ quan trước sắp xếp (Sở LĐTBXH cho mẫu của Sở Y tế sau tháng 3/2025).",
        "The agency, e.g. 'Sở Y tế' or 'so y te'.": "Cơ quan, ví dụ 'Sở Y tế' hoặc 'so y te'.",
        "2026-H1 for the 6-month report, 2026 for the annual report.": "2026-H1 cho báo cáo 6 tháng, 2026 cho báo cáo năm.",
        "Write the form to this file.": "Ghi mẫu vào tệp này.",
        "csv, or xlsx: an Excel workbook with a drop-down of the status words, a date column, and the task columns locked.":
            "csv, hoặc xlsx: bảng tính Excel có danh sách chọn tình trạng, cột ngày, và các cột nhiệm vụ được khóa.",
        "xlsx when -o names a .xlsx file, else csv": "xlsx khi -o là tệp .xlsx, nếu không thì csv",
        "Write it the way Excel opens it cleanly: UTF-8 with a BOM, CRLF line ends.": "Ghi để Excel mở đúng: UTF-8 có BOM, xuống dòng kiểu CRLF.",
        "Separate cells with ';', as Excel in a Vietnamese locale expects.": "Phân cách các ô bằng ';', như Excel cài đặt tiếng Việt cần.",
        // remind
        "Write reminders (đôn đốc) to every agency whose returns for a period have not come.":
            "Soạn văn bản đôn đốc (hoặc nhắc trước hạn) gửi từng cơ quan chưa gửi đủ báo cáo của một kỳ.",
        "One document, one section per agency: the period, its deadline, and the tasks whose updates are missing, ready to paste into an official letter. The period may still be open: a reminder can go out before the deadline.":
            "Một văn bản, mỗi cơ quan một mục: kỳ báo cáo, hạn gửi và các nhiệm vụ chưa có báo cáo, sẵn để đưa vào công văn. Kỳ báo cáo có thể chưa đến hạn: khi đó văn bản là lời nhắc trước hạn.",
        // completions
        "Print a shell completion script: commands, options and their values complete on Tab.":
            "In tập lệnh gợi ý cho shell: lệnh, tùy chọn và giá trị được gợi ý khi bấm Tab.",
        "Load it in the current shell, or save it where your shell looks for completions.":
            "Nạp vào shell đang dùng, hoặc lưu vào nơi shell tìm tập lệnh gợi ý.",
        "bash, zsh or fish.": "bash, zsh hoặc fish.",
    ]
}

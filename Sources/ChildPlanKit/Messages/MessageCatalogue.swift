/// The words for every problem childplan reports, in one place (STYLE.md:
/// errors are data, wording lives in one switch): input problems here,
/// usage errors and output failures in the extensions beside this file.
enum MessageCatalogue {
    /// `file:line:column: error: message`, or `file: error: message` for a
    /// problem with the whole file.
    /// Text from the data in it (names, cells, file names) is made visible (`VisibleText`).
    static func line(for diagnostic: Diagnostic) -> String {
        VisibleText.visible("\(diagnostic.location): \(diagnostic.severity.rawValue): \(message(for: diagnostic.problem))")
    }

    /// Another row named in a message: "line 5 of FILE".
    static func place(_ location: SourceLocation) -> String { "line \(location.line) of \(location.file)" }

    static func message(for problem: InputProblem) -> String {
        switch problem {
        case .fileNotFound:
            return "no such file or directory"
        case .fileUnreadable(let reason):
            return "cannot be read: \(reason)"
        case .isDirectory:
            return "is a directory, not a file; give the appendix CSV itself"
        case .planIsDirectory:
            return "is a directory, not a plan: give the plan's file (appendix CSV or plan JSON), or its id"
        case .fileTooLarge(let bytes, let limit):
            return "is too large to read (\(bytes / 1_048_576) MB; the limit is \(limit / 1_048_576) MB): split it into smaller files"
        case .inputWithoutEnd(let limit):
            return "gives more than \(limit / 1_048_576) MB without ending (the limit for one input); reading stopped. "
                + "Is it a device or an endless pipe? Give the file itself"
        case .emptyFile:
            return "the file is empty"
        case .notUnicode(let guess):
            let looksLike = switch guess {
            case .windows1258: "Windows-1258 (what Excel's plain 'CSV (Comma delimited)' writes on a Vietnamese Windows)"
            case .tcvn3: "TCVN3 (ABC), the legacy encoding of .VnTime fonts"
            case .vni: "VNI, the legacy encoding of VNI-Times fonts"
            case .unknown: "a legacy 8-bit encoding"
            }
            let fonts = guess == .tcvn3 || guess == .vni
                ? " First convert the text to Unicode (for example with Unikey's converter), then save."
                : ""
            return "the file is not UTF-8 text; it looks like \(looksLike). Nothing was imported. "
                + "In Excel choose File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; "
                + "in LibreOffice choose the character set 'Unicode (UTF-8)'.\(fonts)"
        case .invalidUTF16(let bigEndian):
            return "the file is UTF-16 (\(bigEndian ? "big" : "little")-endian) but is damaged or cut off here; save it again as 'CSV UTF-8'"
        case .unrecognisedFile(let header):
            let shown = header.prefix(6).filter { !$0.isEmpty }.map { "'\($0)'" }.joined(separator: ", ")
            return "not a childplan file (its first rows \(shown.isEmpty ? "are empty" : "begin \(shown)") name no plan, updates or registry columns); skipped"
        case .ownReport:
            return "a report childplan wrote, not data: skipped (keep reports in a folder of their own)"
        case .noDataFiles:
            return "no plan, updates or registry file here (.csv or .json): give the folder or the files that hold the plan"
        case .noPlan:
            return "no plan here (an appendix CSV or a plan JSON): give the folder or the file that holds the plan, with its returns"
        case .unsupportedExtension(let fileExtension):
            if ["xlsx", "xls", "ods"].contains(fileExtension) {
                return "spreadsheet files cannot be read directly; in Excel choose File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'"
            }
            return "'.\(fileExtension)' files cannot be read: give a CSV file (appendix, updates or registry) or a plan JSON file"
        case .unterminatedQuote:
            return "this quoted cell is never closed: add the closing quote (\"), or write a quote inside the text as two quotes (\"\")"
        case .raggedRow(let fields, let columns):
            return "this row has \(fields) cells but the header has \(columns) columns; cell \(columns + 1) has no column "
                + "(is there a delimiter inside a cell that should be quoted?)"
        case .tooManyCells(let limit):
            return "this row has more than \(limit) cells (the limit for one row): is this file a table, and is its delimiter , or ;?"
        case .headerNotFound(let kind):
            return "no header row found: expected columns such as \(expectedColumns(kind))"
        case .missingColumns(let names, let kind):
            return "the header has no \(names.joined(separator: " or ")) column (\(kind == .updates ? "an" : "a") \(kindName(kind)) needs \(expectedColumns(kind)))"
        case .unknownGroupNumeral(let numeral):
            return "unknown group numeral '\(numeral)': task groups run from I to VII (or 1 to 7)"
        case .groupRepeated(let numeral, let firstLine):
            return "group \(numeral) starts a second time (it first starts at line \(firstLine)); put all its tasks under one group row"
        case .invalidTaskNumber(let text):
            return "'\(text)' in the STT column is neither a group numeral (I to VII) nor a task number"
        case .taskNumberTooLarge(let text, let limit):
            return "task number \(text) is too large: task numbers within a group go up to \(limit); check the STT column"
        case .tooManyPartners(let id, let count, let limit):
            return "task \(id) names \(count) partner agencies, more than the \(limit) a task may name: "
                + "is a whole column pasted into one cell? Keep one task's partners in its cell"
        case .taskOutsideGroup:
            return "a task row comes before any group row: put a group row (STT I to VII) above it"
        case .duplicateTaskID(let id, let firstLine):
            return "duplicate task id \(id) (first at line \(firstLine))"
        case .missingLead(let id):
            return "task \(id) has no lead agency (Cơ quan chủ trì)"
        case .missingTaskText(let id):
            return "task \(id) has no text"
        case .timeframeNotUnderstood(let text, let recognised):
            let seen = recognised.map { " (it has \($0))" } ?? ""
            return "timeframe '\(text)' not understood\(seen), so the task is never counted overdue; write for example "
                + "'Thường xuyên hằng năm', 'Năm 2027', 'Quý II/2025', '31/12/2025' or 'Theo đề nghị'"
        case .invalidJSON(let problem):
            return "not valid JSON: \(message(for: problem))"
        case .unsupportedPlanFormat(let found):
            if let found { return "unsupported plan format \"\(found)\" (expected \"\(PlanJSONCodec.formatName)\")" }
            return "not a childplan plan: the \"format\" key is missing (expected \"\(PlanJSONCodec.formatName)\")"
        case .missingKey(let key):
            return "missing key \"\(key)\""
        case .wrongType(let key, let expected):
            return "\"\(key)\" must be \(expected)"
        case .invalidValue(let key, let value, let expected):
            return "\"\(key)\" is '\(value)': expected \(expected)"
        case .taskIDMismatch(let id, let expected):
            return "task id \"\(id)\" does not match its group and number, which make \(expected)"
        case .unknownKey(let key):
            return "unknown key \"\(key)\" ignored"
        case .unknownStatus(let word):
            return "unknown status '\(word)': use hoàn thành, đang triển khai, chậm tiến độ, chưa triển khai or không thực hiện "
                + "(or completed, inProgress, delayed, notStarted, cancelled)"
        case .invalidDate(let text):
            return "'\(text)' is not a date: write YYYY-MM-DD or dd/mm/yyyy"
        case .dayOutOfRange(let text, let years):
            return "'\(text)' is outside the years a plan can span (\(years.lowerBound) to \(years.upperBound)): check the year"
        case .missingDate:
            return "the report date is empty: write it as YYYY-MM-DD or dd/mm/yyyy"
        case .invalidPeriod(let text):
            return "'\(text)' is not a reporting period: write 2025-H1 for the 6-month report or 2025 for the annual report"
        case .missingTaskID:
            return "the task cell is empty: write the task's id, such as II.3"
        case .planNotGiven(let loaded):
            return loaded.isEmpty
                ? "this update names no plan and no plan is loaded: give the plan too"
                : "this update names no plan and \(loaded.count) plans are loaded (\(loaded.joined(separator: ", "))): fill in the plan column"
        case .unknownPlan(let id, let loaded):
            return "unknown plan '\(id)'" + (loaded.isEmpty ? ": no plan is loaded" : "; the plans loaded are \(loaded.joined(separator: ", "))")
        case .unknownTask(let plan, let task):
            return "plan \(plan) has no task \(task)"
        case .missingAgencyName:
            return "the agency name is empty"
        case .unknownAgencyKind(let kind):
            return "unknown agency kind '\(kind)': use one of \(AgencyKind.allCases.map(\.rawValue).joined(separator: ", "))"
        case .successionCycle(let names):
            return names.count <= 2 && VietnameseText.matchKey(names.first ?? "") == VietnameseText.matchKey(names.last ?? "")
                ? "'\(names[0])' is given as its own successor: leave the successor empty, or name the agency that took over"
                : "the successions go round in a circle (\(names.joined(separator: " → "))): one of them must name the agency that took over for good"
        case .duplicatePlan(let id, let otherFile):
            return "plan id \(id) is also defined in \(otherFile); a plan may be loaded once"
        case .planDiffersFromSource(let id, let otherFile):
            return "plan \(id) differs from its appendix \(otherFile): import the appendix again, or remove one of the two"
        case .unknownAgency(let name, let suggestions):
            let advice = suggestions.isEmpty
                ? "if the name is right, add it to a registry file (see --registry)"
                : "did you mean \(list(suggestions))?"
            return "agency '\(name)' is not in the registry, so it is counted under the name as written; \(advice)"
        case .duplicateUpdate(let earlier):
            return "the same return as \(place(earlier)): one of the two can go"
        case .conflictingStatus(let id, let period, let status, let other, let earlier):
            return "task \(id), period \(period): '\(status.vietnameseWord)' here but '\(other.vietnameseWord)' at \(place(earlier)), "
                + "both on the same day; the row read last counts: correct the one that is wrong"
        case .updateAfterToday(let date, let today):
            return "dated \(date.vietnamese), after today (\(today.vietnamese)): is the date right?"
        case .periodOutsidePlan(let period, let plan, let first, let lastYear):
            let span = lastYear.map { "from \(first) to \($0)" } ?? "from \(first) on"
            return "period \(period) is outside plan \(plan), which is reported on \(span): is the period right?"
        case .emptyGroup(let plan, let group):
            return "plan \(plan) has no task in group \(group.romanNumeral) (\(group.vietnameseName))"
        case .districtLead(let id, let lead):
            return "task \(id) is led by \(lead), a district-level body; the district level ended on "
                + "\(AdministrativeLevel.districtLevelEnded.vietnamese), so the task needs a new lead"
        case .looksTruncated(let id):
            return "the text of task \(id) looks cut off (it ends on a comma, an open parenthesis or a word such as 'và'); check it against the plan"
        case .duplicateText(let id, let other, let line):
            return "task \(id) has the same text as task \(other) (line \(line))"
        case .repeatedSentence(let id, let sentence):
            return "the text of task \(id) says '\(sentence)' twice"
        case .looksGarbled(let sample):
            return "this text looks garbled ('\(sample)'): it may be TCVN3 or VNI text saved as Unicode without converting; "
                + "convert it to Unicode (for example with Unikey's converter) and save again"
        }
    }

    static func kindName(_ kind: FileKind) -> String {
        switch kind {
        case .appendix: "plan appendix"
        case .planJSON: "plan file"
        case .updates: "updates file"
        case .registry: "registry file"
        }
    }

    static func expectedColumns(_ kind: FileKind) -> String {
        switch kind {
        case .appendix: "STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện (or no, task, lead, partners, timeframe)"
        case .updates: "plan, task, period, status, date, agency, evidence, note (or Kế hoạch, Nhiệm vụ, Kỳ báo cáo, Tình trạng, Ngày báo cáo, Cơ quan báo cáo, Văn bản, Ghi chú)"
        case .registry: "name, short, aliases, kind, successor, since"
        case .planJSON: "\"format\", \"id\" and \"tasks\""
        }
    }

    /// The exit code for a set of problems: 66 when a file could not be
    /// read at all, 65 for errors in what was read.
    static func exitCode(for diagnostics: [Diagnostic]) -> ExitCode {
        let errors = diagnostics.filter { $0.severity == .error }
        if errors.contains(where: { isNoInput($0.problem) }) { return .noInput }
        return errors.isEmpty ? .success : .dataError
    }

    static func isNoInput(_ problem: InputProblem) -> Bool {
        switch problem {
        case .fileNotFound, .fileUnreadable, .isDirectory, .planIsDirectory, .fileTooLarge, .inputWithoutEnd, .noDataFiles, .noPlan: true
        default: false
        }
    }
}

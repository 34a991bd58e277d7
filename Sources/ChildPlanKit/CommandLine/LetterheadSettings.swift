/// The letterhead of a Word report (`Letterhead`): a small JSON settings file (`--letterhead FILE`) whose keys are
/// the options' names, and the options themselves, each replacing what the file says.
///
///     {"superior": "UBND tỉnh Quảng Ngãi", "office": "Sở Y tế", "number": "125/BC-SYT", "place": "Quảng Ngãi",
///      "date": "05/12/2026", "signer-title": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "signer": "Nguyễn Văn A",
///      "recipients": ["UBND tỉnh (để b/c)", "Lưu: VT, PCTE"]}
enum LetterheadSettings {
    static let fileOption = CommandSpec.Option(
        long: "letterhead", valueName: "file",
        help: "For docx: a JSON file of the letterhead, with any of the keys superior, office, number, place, date, signer-title, signer, recipients (a list); the options below replace what it says.")

    /// The options, in the order the báo cáo shows them; each key of the settings file is an option's name.
    static let options: [CommandSpec.Option] = [
        fileOption,
        .init(long: "superior", valueName: "body", help: "For docx: the superior body over the reporting office, shown above it (UBND tỉnh Quảng Ngãi)."),
        .init(long: "office", valueName: "name", help: "For docx: the reporting office (Sở Y tế).", defaultDescription: "left blank"),
        .init(long: "number", valueName: "number", help: "For docx: the report's number and symbol (125/BC-SYT).", defaultDescription: "left blank"),
        .init(long: "place", valueName: "place", help: "For docx: the place name before the date (Quảng Ngãi).", defaultDescription: "left blank"),
        .init(long: "report-date", valueName: "date", help: "For docx: the day the report is signed.", defaultDescription: "left blank"),
        .init(long: "signer-title", valueName: "title", help: "For docx: the signer's authority and title (GIÁM ĐỐC); a line break starts a second line."),
        .init(long: "signer", valueName: "name", help: "For docx: the signer's full name.", defaultDescription: "left blank"),
        .init(long: "recipient", valueName: "recipient", help: "For docx: a line of the 'Nơi nhận' block; give the option again for each."),
    ]

    /// A letterhead, or every problem of its settings file.
    enum Reading {
        case read(Letterhead)
        case problems([Diagnostic])
    }

    /// The settings file's keys, each the name of an option (`recipients` for the repeated `--recipient`).
    static let keys = ["superior", "office", "number", "place", "date", "signer-title", "signer", "recipients"]

    /// The first letterhead option the command line gives (`--signer`), if any.
    static func givenOption(_ parsed: ParsedArguments) -> String? {
        options.first { parsed.value($0.long) != nil || parsed.allValues[$0.long] != nil }.map { "--" + $0.long }
    }

    /// The letterhead the file and the options give; the file's problems, each with its place, when it cannot be read.
    static func letterhead(_ parsed: ParsedArguments) throws(UsageError) -> Reading {
        var fromFile = Letterhead()
        if let path = parsed.value("letterhead") {
            switch read(path) {
            case .read(let letterhead): fromFile = letterhead
            case .problems(let problems): return .problems(problems)
            }
        }
        let options = Letterhead(
            superior: text(parsed.value("superior")), office: text(parsed.value("office")), number: text(parsed.value("number")),
            place: text(parsed.value("place")), date: try CommandLineValues.day(parsed.value("report-date"), option: "--report-date <date>"),
            signerTitle: text(parsed.value("signer-title")), signer: text(parsed.value("signer")),
            recipients: (parsed.allValues["recipient"] ?? []).compactMap(text))
        return .read(fromFile.overridden(by: options))
    }

    /// A value tidied (NFC, spaces), its line breaks kept; nil when empty.
    static func text(_ value: String?) -> String? {
        guard let value else { return nil }
        let tidy = VietnameseText.tidy(value)
        return tidy.isEmpty ? nil : tidy
    }

    /// Reads the settings file: every problem, each at its line and column.
    static func read(_ path: String) -> Reading {
        let bytes: [UInt8]
        switch DataLoader().readBytes(of: path) {
        case .success(let read): bytes = read
        case .failure(let problem): return .problems([problem])
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(utf8: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes)
        } catch {
            return .problems([.error(.invalidJSON(error.problem), at: SourceLocation(file: path, line: error.line, column: error.column))])
        }
        var log = DiagnosticLog(file: path)
        guard case .object(let members) = root.value else {
            log.error(.wrongType(key: "letterhead", expected: .object), line: root.line, column: root.column)
            return .problems(log.diagnostics)
        }
        var letterhead = Letterhead()
        for member in members {
            let key = member.key
            guard keys.contains(key) else {
                log.error(.unknownSetting(key, known: keys, suggestion: Suggestion.closestWord(to: key, among: keys)),
                          line: member.keyLine, column: member.keyColumn)
                continue
            }
            if key == "recipients" {
                guard case .array(let items) = member.node.value else {
                    log.error(.wrongType(key: key, expected: .arrayOfStrings), line: member.node.line, column: member.node.column)
                    continue
                }
                for item in items {
                    guard case .string(let recipient) = item.value else {
                        log.error(.wrongType(key: key, expected: .arrayOfStrings), line: item.line, column: item.column)
                        continue
                    }
                    if let recipient = text(recipient) { letterhead.recipients.append(recipient) }
                }
                continue
            }
            guard case .string(let value) = member.node.value else {
                log.error(.wrongType(key: key, expected: .string), line: member.node.line, column: member.node.column)
                continue
            }
            switch key {
            case "superior": letterhead.superior = text(value)
            case "office": letterhead.office = text(value)
            case "number": letterhead.number = text(value)
            case "place": letterhead.place = text(value)
            case "signer-title": letterhead.signerTitle = text(value)
            case "signer": letterhead.signer = text(value)
            default:
                guard let day = Day(parsing: value) else {
                    log.error(.invalidDate(value), line: member.node.line, column: member.node.column)
                    continue
                }
                letterhead.date = day
            }
        }
        return log.hasErrors ? .problems(log.diagnostics) : .read(letterhead)
    }
}

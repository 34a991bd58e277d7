/// `childplan import`: an appendix (CSV, or the Word document or Excel workbook itself) becomes a checked plan JSON file.
enum ImportCommand {
    static let spec = CommandSpec(
        name: "import",
        overview: "Turn a plan's appendix (CSV, Word or Excel) into a plan JSON file, checking every row.",
        discussion: """
            Reads the appendix table as typed or copied from the plan into a spreadsheet and saved as CSV, in either \
            layout: the document's own (STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện; Roman \
            numerals open the groups) or flat (group, no, task, lead, partners, timeframe). Any problem is reported \
            with its line and column, and then nothing is written. \
            A Word document (.docx) is read straight from the issued plan: its first table with the appendix's \
            columns (--table N for another), joined with the tables that continue it; its number, date, issuing \
            body, title, parent document and reporting deadlines are read from the text above it, each unless \
            given by its option. An Excel workbook (.xlsx) is read from its first sheet with the appendix's columns \
            (--sheet NAME for another). A merged cell counts for every row it spans: one lead cell over three \
            tasks is the lead of each; a heading merged across the row ("I. Hoàn thiện …") opens a group.
            """,
        arguments: [.init(name: "appendix", help: "The appendix: a CSV file, a Word document (.docx) or an Excel workbook (.xlsx).")],
        options: [
            .init(long: "output", short: "o", valueName: "file", help: "Write the plan JSON to this file.",
                  defaultDescription: "standard output"),
            .init(long: "id", valueName: "id", help: "The plan's id, which updates refer to.",
                  defaultDescription: "the file name without extension"),
            .init(long: "title", valueName: "text", help: "The plan's title."),
            .init(long: "issuer", valueName: "text", help: "The issuing body, e.g. 'UBND tỉnh Kon Tum'."),
            .init(long: "jurisdiction", valueName: "place",
                  help: "Where the plan belongs, when its issuer does not say: 'tỉnh Quảng Ngãi', 'xã Tân Phú, tỉnh Quảng Ngãi', 'Việt Nam'.",
                  defaultDescription: "read from the issuer"),
            .init(long: "document", valueName: "text", help: "The document number, e.g. '90/KH-UBND'."),
            .init(long: "issued", valueName: "date", help: "The date the plan was issued (YYYY-MM-DD or dd/mm/yyyy)."),
            .init(long: "implements", valueName: "text", help: "The document the plan implements, e.g. '27/QĐ-TTg'."),
            .init(long: "coordinator", valueName: "text", help: "The coordinating agency (cơ quan đầu mối)."),
            .init(long: "deadlines", valueName: "text",
                  help: "The plan's reporting deadlines as it words them, 6-month first: 'trước ngày 10 tháng 6; trước ngày 05 tháng 12' "
                      + "(before the day: a return dated on it is late) or '15/6; 30/11' (by the day).",
                  defaultDescription: "trước ngày 10 tháng 6; trước ngày 05 tháng 12"),
            .init(long: "timeframe", valueName: "text",
                  help: "Timeframe for tasks whose cell is empty, or for every task when there is no timeframe column."),
            .init(long: "table", valueName: "n", help: "In a Word document, the table that holds the appendix (1 for the first).",
                  defaultDescription: "the first with the appendix's columns"),
            .init(long: "sheet", valueName: "name", help: "In an Excel workbook, the sheet that holds the appendix.",
                  defaultDescription: "the first sheet with the appendix's columns"),
        ],
        examples: [
            "childplan import Data/kon-tum-2025.csv -o kon-tum-2025.json",
            "childplan import ke-hoach-97.docx -o can-tho-2025.json",
            "childplan import phu-luc.xlsx --sheet 'Phụ lục' --issuer 'UBND tỉnh Kon Tum' -o kon-tum-2025.json",
            "childplan import Data/kon-tum-2025.csv --issuer 'UBND tỉnh Kon Tum' --implements 27/QĐ-TTg -o kon-tum-2025.json",
            "childplan import ke-hoach.csv --deadlines 'trước ngày 15 tháng 6; trước ngày 30 tháng 11' -o ke-hoach.json",
            "childplan import ke-hoach-xa.csv --issuer 'UBND xã Tân Phú' --jurisdiction 'xã Tân Phú, tỉnh Quảng Ngãi' -o ke-hoach-xa.json",
        ])

    static func run(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) -> Outcome {
        guard let path = parsed.positionals.first else { throw .missingArgument("appendix") }
        if parsed.positionals.count > 1 { throw .unexpectedArgument(parsed.positionals[1]) }
        let issued = try CommandLineValues.day(parsed.value("issued"), option: "--issued <date>")
        var deadlines = ReportingDeadlines.standard
        if let wording = parsed.value("deadlines") {
            guard let read = ReportingDeadlines(wording: wording) else { throw .invalidDeadlines(wording, option: "--deadlines <text>") }
            deadlines = read
        }
        let jurisdiction = parsed.value("jurisdiction").map(VietnameseText.tidyName).flatMap { $0.isEmpty ? nil : $0 }
        if let jurisdiction, DefaultRegistry.registry.places.jurisdiction(parsing: jurisdiction) == nil {
            throw .invalidJurisdiction(jurisdiction, option: "--jurisdiction <place>")
        }
        let planID = parsed.value("id") ?? DataLoader.planID(forFile: path)
        guard Plan.isValidID(planID) else { throw .invalidPlanID(planID, fromFileName: parsed.value("id") == nil) }
        let loader = DataLoader(defaultTimeframe: parsed.value("timeframe"))
        let bytes: [UInt8]
        switch loader.readBytes(of: path) {
        case .success(let read): bytes = read
        case .failure(let diagnostic):
            return Outcome(stderr: DataInput.lines([diagnostic]), exitCode: MessageCatalogue.exitCode(for: [diagnostic]))
        }
        let table = try parsed.value("table").map { text throws(UsageError) -> Int in
            guard let number = Int(text), number > 0 else { throw .invalidNumber(text, option: "--table <n>") }
            return number
        }
        let (loaded, diagnostics, details) = AppendixImporter.read(
            bytes, file: path, planID: planID, defaultTimeframe: parsed.value("timeframe"),
            choice: TableChoice(table: table, sheet: parsed.value("sheet")))
        guard var plan = loaded?.plan else {
            return Outcome(stderr: DataInput.lines(diagnostics), exitCode: MessageCatalogue.exitCode(for: diagnostics))
        }
        // What the document states first; then each option given, which wins over it.
        var found = ""
        if let details {
            plan.apply(details)
            found = MessageCatalogue.documentDetails(details, file: path, deadlinesGiven: parsed.value("deadlines") != nil)
        }
        func detail(_ name: String) -> String? { parsed.value(name).map(VietnameseText.tidyName).flatMap { $0.isEmpty ? nil : $0 } }
        plan.title = detail("title") ?? plan.title
        plan.issuer = detail("issuer") ?? plan.issuer
        plan.jurisdiction = jurisdiction
        plan.document = detail("document") ?? plan.document
        plan.issued = issued ?? plan.issued
        plan.implements = detail("implements") ?? plan.implements
        plan.coordinator = detail("coordinator")
        if parsed.value("deadlines") != nil { plan.reporting = deadlines }
        let json = String(decoding: PlanJSONCodec.encode(plan), as: UTF8.self)
        let groups = Set(plan.tasks.map(\.group)).count
        let note = found + MessageCatalogue.message(for: .imported(tasks: plan.tasks.count, groups: groups, file: path, planID: plan.id))
        return try CommandLineValues.deliver(.bytes(Array(json.utf8)), to: parsed.value("output"), inputs: [path], stderr: DataInput.lines(diagnostics), note: note)
    }
}

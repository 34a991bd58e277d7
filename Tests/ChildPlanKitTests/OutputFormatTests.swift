import Foundation
import Testing

@testable import ChildPlanKit

@Suite("HTML, CSV and the terminal view")
struct OutputFormatTests {
    static let report = SummaryReport(Build.shippedData(), asOf: Build.day("2026-11-22"))

    @Test("Golden files", arguments: [
        ("report-summary-vi.html", OutputFormat.html, ReportSection.summary, Language.vi),
        ("report-summary-en.html", .html, .summary, .en),
        ("report-summary-vi.csv", .csv, .summary, .vi),
        ("report-overdue-vi.csv", .csv, .overdue, .vi),
        ("report-summary-vi.txt", .text, .summary, .vi),
        ("report-coverage-en.txt", .text, .coverage, .en),
    ])
    func golden(name: String, format: OutputFormat, section: ReportSection, language: Language) throws {
        let text = format.render(.summary(Self.report, section), options: RenderOptions(language: language, width: 100))
        try Snapshot.check(text, named: name)
    }

    @Test func theReturnsReportInEveryFormat() throws {
        let returns = Report.returns(ReturnsSummary(Build.shippedData(), asOf: Build.day("2026-11-22")))
        try Snapshot.check(OutputFormat.html.render(returns, options: RenderOptions()), named: "returns-vi.html")
        try Snapshot.check(OutputFormat.csv.render(returns, options: RenderOptions()), named: "returns-vi.csv")
        try Snapshot.check(OutputFormat.text.render(returns, options: RenderOptions(width: 90)), named: "returns-vi.txt")
    }

    // MARK: Hostile texts

    static let hostile: DataSet = {
        let texts = [
            "<script>alert(1)</script> | ô\nmột dòng khác",
            "\"><img src=x onerror=alert(1)>",
            "=HYPERLINK(\"http://example.com\",\"bấm vào đây\")",
            "- Tuyên truyền sâu rộng",
            "+84 912 345 678; @mention; \tTab",
        ]
        let tasks = texts.enumerated().map { index, text in
            PlanTask(group: .communication, number: index + 1, text: text, lead: "Sở <b>Y tế</b> & \"Đoàn\"", partners: ["'Cơ quan' = A"],
                     timeframe: Timeframe("Năm 2025"))
        }
        return DataSet(plans: [Plan(id: "hostile<plan>", title: "Kế hoạch <i>thử</i>", tasks: tasks)])
    }()

    static func render(_ format: OutputFormat) -> String {
        format.render(.summary(SummaryReport(hostile, asOf: Build.day("2026-11-22")), .summary), options: RenderOptions())
    }

    @Test func htmlShowsHostileTextsAsText() {
        let html = Self.render(.html)
        #expect(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>") && !html.contains("<i>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("Sở &lt;b&gt;Y tế&lt;/b&gt; &amp; &quot;Đoàn&quot;"))
        // The only elements are the writer's own.
        let tags = Set(html.matches(of: /<([a-zA-Z][a-zA-Z0-9]*)/).map { String($0.output.1) })
        #expect(tags.isSubset(of: ["html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "p", "ul", "li", "table",
                                   "thead", "tbody", "tr", "th", "td", "br", "figure", "figcaption", "svg", "desc", "defs",
                                   "pattern", "rect", "line", "text", "tspan"]), "\(tags)")
    }

    @Test func markdownShowsHostileTextsAsText() {
        let markdown = Self.render(.markdown)
        #expect(!markdown.contains("<script>") && !markdown.contains("<img") && !markdown.contains("<b>"))
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| ô"))
    }

    @Test func csvNeutralisesFormulasAndReadsBackTheSameText() throws {
        let csv = Self.render(.csv)
        for formula in ["'=HYPERLINK(", "'- Tuyên truyền sâu rộng", "'+84 912"] {
            #expect(csv.contains(formula), "\(formula)")
        }
        let rows = try CSVTable.rows(utf8: Array(csv.utf8))
        let cells = Set(rows.flatMap { $0 })
        #expect(cells.contains("- Tuyên truyền sâu rộng"))
        #expect(cells.contains("=HYPERLINK(\"http://example.com\",\"bấm vào đây\")"))
        #expect(cells.contains("+84 912 345 678; @mention; \tTab"))
        #expect(!cells.contains { $0.hasPrefix("'-") || $0.hasPrefix("'=") })
    }

    @Test("The neutraliser round-trips through our own reader", arguments: [
        "=1+1", "+84", "-5", "@SUM(A1)", "\tTab", "\rCR", "- Tuyên truyền", "'quoted already", "bình thường", "",
    ])
    func neutraliserRoundTrip(text: String) throws {
        let line = CSVWriter().record([text, "x"])
        #expect(try CSVTable.rows(utf8: Array(line.utf8)) == [[text, "x"]])
        if let first = text.utf8.first, SpreadsheetFormula.starts.contains(first) {
            #expect(line.hasPrefix("'") || line.hasPrefix("\"'"))
        }
    }

    // MARK: Markdown structure

    @Test("Every markdown table keeps its column count", arguments: ReportSection.allCases)
    func markdownTablesAreWhole(section: ReportSection) {
        for data in [Build.shippedData(), Self.hostile] {
            let markdown = OutputFormat.markdown.render(.summary(SummaryReport(data, asOf: Build.day("2026-11-22")), section), options: RenderOptions())
            var expected: Int?
            for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
                guard line.hasPrefix("|") else { expected = nil; continue }
                let cells = MarkdownStructure.cellCount(line)
                if let expected { #expect(cells == expected, "\(line)") } else { expected = cells }
            }
        }
    }

    // MARK: The terminal view

    @Test("Lines fit the terminal", arguments: [60, 80, 100, 140])
    func linesFit(width: Int) {
        let text = OutputFormat.text.render(.summary(Self.report, .overdue), options: RenderOptions(width: width))
        let widest = text.split(separator: "\n").map { String($0).count }.max() ?? 0
        #expect(widest <= width)
    }

    @Test func combiningMarksTakeNoColumns() {
        let plan = Build.shippedData().plans.first { $0.id == "kon-tum-2025" }!
        var decomposed = plan
        decomposed.tasks = plan.tasks.map { task in
            var copy = task
            copy.text = task.text.decomposedStringWithCanonicalMapping
            copy.lead = task.lead.decomposedStringWithCanonicalMapping
            return copy
        }
        let render = { (plan: Plan) in
            OutputFormat.text.render(.summary(SummaryReport(DataSet(plans: [plan]), asOf: Build.day("2026-11-22")), .summary),
                                     options: RenderOptions(width: 100))
        }
        #expect(render(decomposed).precomposedStringWithCanonicalMapping == render(plan))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let arguments = ["report", "--format", "text", Repository.data.path, "--as-of", "2026-11-22"]
        let terminal = Terminal(outputIsTerminal: true, columns: 120)
        let coloured = ChildPlanCLI.run(arguments: arguments, environment: ["CHILDPLAN_LANG": "en"], today: Build.day("2026-11-22"), terminal: terminal)
        #expect(coloured.stdout.contains("\u{1B}[1m"))
        #expect(coloured.stdout.contains("531\u{1B}[0m") && coloured.stdout.contains("\u{1B}[1;31m"), "overdue days in red")
        let noColor = ChildPlanCLI.run(arguments: arguments, environment: ["NO_COLOR": "1", "CHILDPLAN_LANG": "en"], today: Build.day("2026-11-22"), terminal: terminal)
        let piped = ChildPlanCLI.run(arguments: arguments, environment: ["CHILDPLAN_LANG": "en"], today: Build.day("2026-11-22"))
        for outcome in [noColor, piped] {
            #expect(!outcome.stdout.contains("\u{1B}"))
            #expect(!outcome.stderr.contains("\u{1B}"))
        }
        let file = try Build.temporaryDirectory().appendingPathComponent("r.txt").path
        _ = ChildPlanCLI.run(arguments: arguments + ["-o", file], environment: ["CHILDPLAN_LANG": "en"], today: Build.day("2026-11-22"), terminal: terminal)
        #expect(try !String(contentsOfFile: file, encoding: .utf8).contains("\u{1B}"), "a file never gets colour")
    }

    @Test func theWidthComesFromColumnsOrTheTerminal() {
        let arguments = ["report", "overdue", "--format", "text", Repository.data.path, "--as-of", "2026-11-22"]
        func widest(_ outcome: Outcome) -> Int {
            let lines: [Substring] = outcome.stdout.split(separator: "\n")
            return lines.map(\.count).max() ?? 0
        }
        let narrow = ChildPlanCLI.run(arguments: arguments, environment: ["COLUMNS": "70", "CHILDPLAN_LANG": "en"], today: Build.day("2026-11-22"),
                                      terminal: Terminal(columns: 200))
        #expect(widest(narrow) <= 70)
        let terminal = ChildPlanCLI.run(arguments: arguments, environment: ["CHILDPLAN_LANG": "en"], today: Build.day("2026-11-22"), terminal: Terminal(columns: 80))
        #expect(widest(terminal) <= 80)
        #expect(widest(Build.run(arguments[0], arguments[1], arguments[2], arguments[3], arguments[4], arguments[5], arguments[6])) <= 100)
    }

    // MARK: CSV files

    @Test func oneFilePerTableInADirectory() throws {
        let directory = try Build.temporaryDirectory().path + "/bang/"
        let outcome = Build.run("report", "--format", "csv", Repository.data.path, "--as-of", "2026-11-22", "-o", directory, "--excel")
        #expect(outcome.exitCode == .success)
        #expect(outcome.stdout.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(files == ["awaiting-request.csv", "collectives-groups.csv", "collectives.csv", "coverage-across-jurisdictions.csv",
                          "coverage-groups.csv", "coverage.csv", "inferred.csv", "lagging-provinces.csv", "needs-new-lead.csv", "needs-timeframe.csv",
                          "notice.csv", "overdue.csv", "plan-figures.csv", "plans.csv", "province-figures.csv", "reorganisation.csv", "status.csv"])
        let overdue = try Repository.bytes(directory + "overdue.csv")
        #expect(overdue.starts(with: [0xEF, 0xBB, 0xBF]))
        let rows = try CSVTable.rows(utf8: Array(overdue.dropFirst(3)))
        #expect(rows.first?.first == "Cơ quan chủ trì")
        #expect(rows.count == 1 + 43)  // 6 past due, 36 missing returns, 1 behind schedule
        #expect(String(decoding: overdue, as: UTF8.self).contains("\r\n"))
    }
}

enum MarkdownStructure {
    /// Cells in a table row, counting `|` that are not escaped.
    static func cellCount(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count - 1
    }
}

@Suite("Shell completions")
struct CompletionTests {
    func bash(_ script: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test func theBashScriptLoadsAndCompletes() throws {
        let script = Build.run("completions", "bash").stdout
        let path = try Build.temporaryDirectory().appendingPathComponent("childplan.bash").path
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try bash("bash -n '\(path)'").status == 0)
        let completed = try bash("""
            source '\(path)'
            COMP_WORDS=(childplan rep); COMP_CWORD=1; _childplan; echo "1:${COMPREPLY[*]}"
            COMP_WORDS=(childplan report --format ''); COMP_CWORD=3; _childplan; echo "2:${COMPREPLY[*]}"
            COMP_WORDS=(childplan update kon-tum-2025 II.1 --status hoan); COMP_CWORD=5; _childplan; echo "3:${COMPREPLY[*]}"
            """)
        #expect(completed.output.contains("1:report\n"))
        #expect(completed.output.contains("2:markdown json csv html text xlsx docx\n"))
        #expect(completed.output.contains("3:hoan-thanh\n"))
    }

    @Test("Every shell has a script", arguments: ["bash", "zsh", "fish"])
    func scripts(shell: String) {
        let outcome = Build.run("completions", shell)
        #expect(outcome.exitCode == .success)
        for command in ["report", "import", "validate", "agencies", "update", "template", "remind", "completions"] {
            #expect(outcome.stdout.contains(command))
        }
        #expect(outcome.stdout.contains("as-of"))
    }

    @Test func anUnknownShell() {
        let outcome = Build.run("completions", "powershell")
        #expect(outcome.exitCode == .usage)
        #expect(outcome.stderr.hasPrefix("Error: The value 'powershell' is invalid for '<shell>'. Please provide one of 'bash', 'zsh' or 'fish'."))
    }
}

@Suite("Escaping by bytes")
struct ByteEscapingTests {
    @Test func csvFieldsAreQuotedWhenTheyMustBeAndReadBackTheSame() throws {
        let writer = CSVWriter(delimiter: ";")
        let fields = ["Sở Y tế", "a;b", "nói \"có\"", "\"\u{301}lạ", "dòng\n\u{301}hai", " đầu", "cuối ", "=1+1", "", "x\r\ny"]
        let line = writer.record(fields)
        #expect(writer.field("Sở Y tế") == "Sở Y tế")
        #expect(writer.field("nói \"có\"") == "\"nói \"\"có\"\"\"")
        #expect(Array(writer.field("\"\u{301}lạ").utf8.prefix(3)) == [0x22, 0x22, 0x22])
        let read = try CSVTable.rows(utf8: Array(line.utf8), delimiter: UInt8(ascii: ";"))
        #expect(read == [fields.map { $0 == "=1+1" ? "=1+1" : $0 }])
    }

    @Test func htmlEscapesQuotesEvenBeforeACombiningMark() {
        #expect(HTMLText.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(HTMLText.escape("\"\u{301}") == "&quot;\u{301}")
        #expect(HTMLText.escape("Sở Lao động") == "Sở Lao động")
    }
}

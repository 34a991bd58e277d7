/// A report laid out for reading: headings, paragraphs, tables, lists and
/// charts, in order. `ReportLayout` builds it from a `Report` (choosing the
/// words, the tables and their rows); each format's writer only turns these
/// blocks into its syntax, so every format says the same thing.
public struct ReportDocument: Sendable {
    public var title: String
    public var blocks: [Block]
    /// The day the figures are as of (a Word report's date property).
    public var asOf: Day?
    /// A letter (công văn: the reminders of `remind`), not a report: in Word it has "V/v" under its number, no
    /// "BÁO CÁO" title, and each addressee's letter on a page of its own.
    public var isLetter = false
    /// The name a report shows for each plan id ("Kế hoạch số 97/KH-UBND của UBND thành phố Cần Thơ"), in the
    /// columns marked `isPlan`, in every format but CSV, which keeps the id.
    public var planNames: [String: String] = [:]

    public enum Block: Sendable {
        /// Level 1 is the document's title, 2 a section, 3 a sub-section.
        case heading(level: Int, text: String)
        case paragraph(String)
        /// A warning no format may lose (sample data counted): set apart in
        /// every format, and in CSV a one-cell table of its own, first.
        case notice(title: String, text: String)
        case table(Table)
        case list([String])
        /// One horizontal bar per row; the table behind it follows in the document.
        case bars(BarChart)
        /// An agency × group grid of lead and partner counts; its table follows.
        case heatMap(HeatMap)
    }

    public struct Table: Sendable {
        public enum Alignment: Sendable { case left, right }

        public struct Column: Sendable {
            public var title: String
            public var alignment: Alignment
            /// Cells of this column are counts of overdue items: the terminal view shows them in colour.
            public var isAlert = false
            /// Cells of this column are plan ids, shown by the plans' names (`planNames`) except in CSV.
            public var isPlan = false
            /// Cells of this column list tasks as "PLAN-ID TASK-ID, …": shown grouped under the plans' names
            /// ("Kế hoạch số …: III.5, IV.8") except in CSV.
            public var isPlanTaskList = false
            /// Cells of this column hold a whole task text or note, which the formats read on a page or screen
            /// shorten to its opening (`TextExcerpt`); CSV, the workbook and JSON keep it whole.
            public var isExcerpted = false
        }

        public struct Row: Sendable {
            public var cells: [String]
            /// A total row, shown in bold.
            public var isTotal = false
        }

        /// A short ASCII name, used for file names when each table goes to its own CSV file.
        public var name: String
        /// The section the table belongs to, as its heading says, for a CSV stream holding several tables.
        public var title: String
        /// For one of several tables of the same name split by a label (overdue items
        /// by lead agency): the label's column title and value. A CSV writer joins
        /// them into one table with this as its first column.
        public var group: (title: String, value: String)?
        public var columns: [Column]
        public var rows: [Row] = []

        /// `plans`: columns whose cells are plan ids; `planTaskLists`: columns whose cells list "PLAN-ID TASK-ID, …".
        public init(name: String, title: String, columns: [String], rightAligned: Set<Int> = [], alert: Set<Int> = [],
                    plans: Set<Int> = [], planTaskLists: Set<Int> = [], excerpted: Set<Int> = [], group: (title: String, value: String)? = nil) {
            self.name = name
            self.title = title
            self.group = group
            self.columns = columns.enumerated().map {
                Column(title: $1, alignment: rightAligned.contains($0) ? .right : .left, isAlert: alert.contains($0),
                       isPlan: plans.contains($0), isPlanTaskList: planTaskLists.contains($0), isExcerpted: excerpted.contains($0))
            }
        }

        public mutating func add(_ cells: [String], isTotal: Bool = false) { rows.append(Row(cells: cells, isTotal: isTotal)) }
    }

    public struct BarChart: Sendable {
        public struct Bar: Sendable {
            public var label: String
            /// What the bar is: "I. Hoàn thiện pháp luật, chính sách".
            public var title: String
            /// 0 to 100.
            public var percent: Double
            /// The figure written beside the bar: "1/3 (33,3%)".
            public var caption: String
        }

        public var title: String
        /// A sentence saying what the chart shows, for readers who cannot see it.
        public var description: String
        public var bars: [Bar]
    }

    public struct HeatMap: Sendable {
        public struct Cell: Sendable {
            public var lead: Int
            public var partner: Int
        }

        public var title: String
        public var description: String
        public var columnLabels: [String]
        public var rowLabels: [String]
        /// cells[row][column]
        public var cells: [[Cell]]
        public var leadLegend: String
        public var partnerLegend: String
    }
}

extension ReportDocument {
    /// The document for a page or a screen: long task texts and notes in excerpted columns cut to their opening.
    func excerptingLongTexts() -> ReportDocument {
        var excerpted = self
        for index in excerpted.blocks.indices {
            guard case .table(var table) = excerpted.blocks[index] else { continue }
            let columns = table.columns.indices.filter { table.columns[$0].isExcerpted }
            guard !columns.isEmpty else { continue }
            for row in table.rows.indices {
                for column in columns where column < table.rows[row].cells.count {
                    table.rows[row].cells[column] = TextExcerpt.of(table.rows[row].cells[column])
                }
            }
            excerpted.blocks[index] = .table(table)
        }
        return excerpted
    }

    /// The document as a reader sees it: plan ids in plan columns replaced by the plans' names.
    func namingPlans() -> ReportDocument {
        guard !planNames.isEmpty else { return self }
        var named = self
        for index in named.blocks.indices {
            guard case .table(var table) = named.blocks[index] else { continue }
            let columns = table.columns.indices.filter { table.columns[$0].isPlan }
            let lists = table.columns.indices.filter { table.columns[$0].isPlanTaskList }
            guard !columns.isEmpty || !lists.isEmpty else { continue }
            for row in table.rows.indices {
                for column in columns where column < table.rows[row].cells.count {
                    if let name = planNames[table.rows[row].cells[column]] { table.rows[row].cells[column] = name }
                }
                for column in lists where column < table.rows[row].cells.count {
                    table.rows[row].cells[column] = namingPlans(inTaskList: table.rows[row].cells[column])
                }
            }
            named.blocks[index] = .table(table)
        }
        return named
    }
}

extension ReportDocument {
    /// "kon-tum-2025 III.5, kon-tum-2025 IV.8, p I.1" → "Kế hoạch số …: III.5, IV.8; p: I.1", plans in the order met.
    func namingPlans(inTaskList list: String) -> String {
        var order: [String] = []
        var tasks: [String: [String]] = [:]
        for item in list.components(separatedBy: ", ") {
            let parts = item.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return list }
            if tasks[parts[0]] == nil { order.append(parts[0]) }
            tasks[parts[0], default: []].append(parts[1])
        }
        return order.map { "\(planNames[$0] ?? $0): \(tasks[$0, default: []].joined(separator: ", "))" }.joined(separator: "; ")
    }
}

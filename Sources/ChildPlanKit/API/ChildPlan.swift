/// The front door for a script: load plans and their updates, make a
/// report as of a day, and write it in a format. Everything `childplan
/// report` does, without the command line:
///
/// ```swift
/// import ChildPlanKit
///
/// let data = try ChildPlan.load(paths: ["Data"])
/// let report = ChildPlan.report(.overdue, of: data, asOf: Day(year: 2026, month: 11, day: 22)!)
/// print(ChildPlan.render(report, as: .json))
/// ```
public enum ChildPlan {
    /// Problems that stop a load: each with its file and place, worded as
    /// `childplan validate` words them (`description`).
    public struct LoadFailure: Error, CustomStringConvertible, Sendable {
        /// Every problem found, errors and warnings, sorted by file and place.
        public var diagnostics: [Diagnostic]

        public var description: String { diagnostics.map { MessageCatalogue.line(for: $0) }.joined(separator: "\n") }

        /// The problems worded in a language (`description` is in Vietnamese).
        public func description(in language: Language) -> String {
            MessageCatalogue.$language.withValue(language) { description }
        }
    }

    /// Reads every plan, updates file and registry in the paths (files or
    /// directories), checks them as a whole, and gives the data set.
    /// Registry files found in the paths are applied over `registry`.
    /// Throws when any file cannot be read or has an error; warnings do not stop it.
    public static func load(paths: [String], registry: AgencyRegistry = DefaultRegistry.registry) throws(LoadFailure) -> DataSet {
        let assembled = DataSet.assemble(DataLoader().load(paths: paths), baseRegistry: registry)
        guard !assembled.diagnostics.contains(where: { $0.severity == .error }) else {
            throw LoadFailure(diagnostics: assembled.diagnostics.sorted())
        }
        return assembled.dataSet
    }

    /// The summary, or one section of it, as of a day (DESIGN.md §7, §8).
    public static func report(_ section: ReportSection = .summary, of data: DataSet, asOf day: Day) -> Report {
        .summary(SummaryReport(data, asOf: day), section)
    }

    /// Who has sent their returns for each closed period, as of a day.
    public static func returns(of data: DataSet, asOf day: Day) -> Report {
        .returns(ReturnsSummary(data, asOf: day))
    }

    /// The report as text in a format: what `childplan report --format` prints.
    public static func render(_ report: Report, as format: OutputFormat = .markdown, language: Language = .vi) -> String {
        format.render(report, options: RenderOptions(language: language))
    }

    /// The report written to a sink (standard output, a file's bytes), in
    /// the pieces it is made in.
    public static func write(_ report: Report, as format: OutputFormat, options: RenderOptions = RenderOptions(), to sink: inout some ReportSink) {
        format.write(report, options: options, to: &sink)
    }
}

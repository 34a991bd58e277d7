/// Which part of the report to produce.
public enum ReportSection: String, CaseIterable, Sendable {
    /// Plans, status, overdue and coverage: what `childplan report` prints.
    case summary
    case status
    case overdue
    case coverage
    /// The agencies the plans name, as carried on the day: what `childplan agencies` prints.
    case agencies
}

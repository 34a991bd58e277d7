/// A report ready to render: one of the analyses, with what it is about.
public enum Report: Sendable {
    /// The summary, or one section of it.
    case summary(SummaryReport, ReportSection)
    /// Who sent their returns, per period and agency.
    case returns(ReturnsSummary)
    /// One agency's brief.
    case agency(AgencyBrief)
    /// How a lower plan covers the plan it implements.
    case comparison(PlanComparison, asOf: Day)
    /// Reminders (đôn đốc) to the agencies whose returns for a period are missing.
    case reminders(ReturnsSummary)
    /// Every period of a plan's tasks, or of one task: the return that counts, or none.
    case history(TaskHistory)
    /// The plans level by level, with the groups each leaves empty against the level above.
    case cascade(PlanCascade)
}

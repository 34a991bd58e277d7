/// One line of an agency's return: the status of one task for one period.
public struct StatusUpdate: Hashable, Sendable {
    public var planID: String
    public var taskID: String
    public var period: ReportingPeriod
    public var status: Status
    /// The day the agency reported (ngày báo cáo).
    public var date: Day
    /// The reporting agency, as written.
    public var agency: String
    /// The document that shows it (number and date of the agency's report
    /// or decision), and the agency's note.
    var texts: UpdateTexts

    public var evidence: String {
        get { texts.evidence }
        set { texts = UpdateTexts(evidence: newValue, note: note) }
    }

    public var note: String {
        get { texts.note }
        set { texts = UpdateTexts(evidence: evidence, note: newValue) }
    }

    public init(
        planID: String, taskID: String, period: ReportingPeriod, status: Status, date: Day,
        agency: String = "", evidence: String = "", note: String = ""
    ) {
        self.init(
            planID: planID, taskID: taskID, period: period, status: status, date: date, agency: agency,
            texts: UpdateTexts(evidence: evidence, note: note))
    }

    init(planID: String, taskID: String, period: ReportingPeriod, status: Status, date: Day, agency: String, texts: UpdateTexts) {
        self.planID = planID
        self.taskID = taskID
        self.period = period
        self.status = status
        self.date = date
        self.agency = agency
        self.texts = texts
    }
}

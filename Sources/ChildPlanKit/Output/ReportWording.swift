/// Every word a rendered report uses, in Vietnamese and English.
struct ReportWording: Sendable {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    var title: String {
        pick("Báo cáo tình hình thực hiện Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc",
             "Progress report on the plans implementing the UN Committee on the Rights of the Child's recommendations")
    }
    func asOf(_ day: Day) -> String { pick("Số liệu tính đến ngày \(date(day)).", "Figures as of \(date(day)).") }

    var plansHeading: String { pick("Các kế hoạch", "Plans") }
    var planColumns: [String] {
        [pick("Kế hoạch", "Plan"), pick("Văn bản", "Document"), pick("Cơ quan ban hành", "Issued by"),
         pick("Thực hiện văn bản", "Implements"), pick("Cơ quan đầu mối", "Coordinator"), pick("Số nhiệm vụ", "Tasks")]
    }

    var statusHeading: String { pick("Tình hình thực hiện theo nhóm nhiệm vụ", "Status by task group") }
    var statusColumns: [String] {
        [pick("Nhóm", "Group"), pick("Nhóm nhiệm vụ", "Task group"), pick("Số nhiệm vụ", "Tasks")]
            + Standing.allCases.map(standing) + [pick("Tỷ lệ hoàn thành", "% completed")]
    }
    var total: String { pick("Tổng cộng", "Total") }
    var noTasksInGroup: String { pick("chưa có nhiệm vụ", "no tasks") }
    var statusNote: String {
        pick("Nhiệm vụ thường xuyên được tính theo kỳ báo cáo gần nhất đã đến hạn; \"Chưa báo cáo\" là nhiệm vụ đến hạn báo cáo mà chưa có báo cáo.",
             "Recurring tasks count by their latest reporting period whose deadline has passed; \"No report\" is a task that owes an update and has none.")
    }

    var overdueHeading: String { pick("Nhiệm vụ quá hạn", "Overdue items") }
    func overdueCount(total: Int, byKind: [OverdueKind: Int]) -> String {
        if total == 0 { return pick("Không có nhiệm vụ quá hạn.", "Nothing is overdue.") }
        let parts = OverdueKind.allCases.compactMap { kind -> String? in
            guard let count = byKind[kind], count > 0 else { return nil }
            return "\(count) \(overdueKind(kind).lowercased())"
        }
        return pick("Có \(total) mục quá hạn: ", "\(total) overdue items: ") + parts.joined(separator: ", ") + "."
    }
    var overdueColumns: [String] {
        [pick("Kế hoạch", "Plan"), pick("Nhiệm vụ", "Task"), pick("Nội dung", "Text"), pick("Loại", "Kind"),
         pick("Kỳ báo cáo", "Period"), pick("Hạn", "Due"), pick("Số ngày quá hạn", "Days overdue")]
    }
    func itemCount(_ count: Int) -> String { pick("\(count) mục", count == 1 ? "1 item" : "\(count) items") }
    var awaitingRequestHeading: String {
        pick("Nhiệm vụ thực hiện theo đề nghị (không tính quá hạn)", "Tasks done on request (never overdue)")
    }
    var needsTimeframeHeading: String {
        pick("Nhiệm vụ chưa xác định thời gian thực hiện (không tính quá hạn)", "Tasks without a timeframe (never overdue)")
    }
    var needsNewLeadHeading: String {
        pick("Nhiệm vụ do cơ quan cấp huyện chủ trì, cần giao cơ quan chủ trì mới (cấp huyện kết thúc từ 01/07/2025)",
             "Tasks led by a district body, which need a new lead (the district level ended on 2025-07-01)")
    }
    var referenceColumns: [String] {
        [pick("Kế hoạch", "Plan"), pick("Nhiệm vụ", "Task"), pick("Nội dung", "Text"), pick("Cơ quan chủ trì", "Lead agency"),
         pick("Thời gian thực hiện", "Timeframe")]
    }
    var none: String { pick("Không có.", "None.") }

    var coverageHeading: String { pick("Phân công thực hiện theo cơ quan", "Coverage by agency") }
    var coverageColumns: [String] {
        [pick("Cơ quan", "Agency"), pick("Loại", "Kind"), pick("Chủ trì", "Leads"), pick("Phối hợp", "Partners")]
            + TaskGroup.allCases.map(\.romanNumeral) + [pick("Hoàn thành", "Completed"), pick("Quá hạn", "Overdue")]
    }
    var coverageNote: String {
        pick("Cột I–VII: số nhiệm vụ chủ trì/phối hợp trong từng nhóm. Cơ quan được tính theo tên gọi sau sắp xếp tổ chức bộ máy tại ngày báo cáo; \"Quá hạn\" đếm các mục quá hạn của nhiệm vụ chủ trì.",
             "Columns I–VII: tasks led/partnered in each group. Agencies are counted under the body that carries their duties on the report's day; \"Overdue\" counts the overdue items of the tasks they lead.")
    }
    var agenciesHeading: String { pick("Các cơ quan được giao nhiệm vụ", "Agencies named in the plans") }
    var agencyColumns: [String] {
        [pick("Cơ quan", "Agency"), pick("Loại", "Kind"), pick("Cấp", "Level"), pick("Cách ghi trong kế hoạch", "Written in the plans as"),
         pick("Chủ trì", "Leads"), pick("Phối hợp", "Partners")]
    }
    var agenciesNote: String {
        pick("Cơ quan được ghi theo tên gọi sau sắp xếp tổ chức bộ máy tại ngày báo cáo. \"Chưa có trong danh mục\": tên không có trong danh mục cơ quan; kiểm tra lại hoặc bổ sung bằng tệp danh mục (--registry).",
             "Agencies are shown as carried on the report's day. \"Not in the registry\": a name the agency registry does not know; check it, or add it with a registry file (--registry).")
    }
    var notInRegistry: String { pick("chưa có trong danh mục", "not in the registry") }
    func level(_ level: AdministrativeLevel?) -> String {
        switch level {
        case .national: pick("Trung ương", "National")
        case .province: pick("Tỉnh", "Province")
        case .district: pick("Huyện", "District")
        case .commune: pick("Xã", "Commune")
        case nil: ""
        }
    }
    var collectivesHeading: String { pick("Cơ quan, đơn vị tập thể (tính riêng)", "Collective partners (counted apart)") }
    var emptyGroupsHeading: String { pick("Nhóm nhiệm vụ chưa có nhiệm vụ", "Task groups with no task") }
    var noEmptyGroups: String { pick("Cả bảy nhóm nhiệm vụ đều có nhiệm vụ.", "All seven task groups have tasks.") }

    func formerly(_ names: [String]) -> String {
        pick("trước đây: ", "formerly: ") + names.joined(separator: "; ")
    }
    var unknownAgencyKind: String { pick("chưa rõ", "unknown") }

    func groupName(_ group: TaskGroup) -> String { language == .vi ? group.vietnameseName : group.englishName }

    func standing(_ standing: Standing) -> String {
        switch standing {
        case .completed: pick("Hoàn thành", "Completed")
        case .inProgress: pick("Đang triển khai", "In progress")
        case .delayed: pick("Chậm tiến độ", "Delayed")
        case .notStarted: pick("Chưa triển khai", "Not started")
        case .cancelled: pick("Không thực hiện", "Cancelled")
        case .noReport: pick("Chưa báo cáo", "No report")
        }
    }

    func overdueKind(_ kind: OverdueKind) -> String {
        switch kind {
        case .pastDue: pick("Quá hạn hoàn thành", "Past due")
        case .missingReport: pick("Chưa báo cáo", "Missing report")
        case .behindSchedule: pick("Chậm tiến độ", "Behind schedule")
        }
    }

    func agencyKind(_ kind: AgencyKind?) -> String {
        switch kind {
        case .ministry: pick("Bộ, ngành", "Ministry")
        case .department: pick("Cơ quan chuyên môn", "Department")
        case .peoplesCommittee: pick("UBND", "People's committee")
        case .police: pick("Công an", "Police")
        case .military: pick("Quân sự", "Military")
        case .court: pick("Tòa án", "Court")
        case .procuracy: pick("Viện kiểm sát", "Procuracy")
        case .massOrganisation: pick("Mặt trận, đoàn thể", "Front / mass organisation")
        case .collective: pick("Tập thể", "Collective")
        case .other: pick("Khác", "Other")
        case nil: unknownAgencyKind
        }
    }

    func period(_ period: ReportingPeriod) -> String {
        switch (period.span, language) {
        case (.firstHalf, .vi): "6 tháng đầu năm \(period.year)"
        case (.fullYear, .vi): "Năm \(period.year)"
        case (_, .en): period.description
        }
    }

    /// `dd/mm/yyyy` in Vietnamese, ISO `YYYY-MM-DD` in English.
    func date(_ day: Day) -> String { language == .vi ? day.vietnamese : day.iso }

    /// One decimal, with a decimal comma in Vietnamese: `33,3%`.
    func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let text = "\(tenths / 10)\(language == .vi ? "," : ".")\(tenths % 10)%"
        return text
    }
}

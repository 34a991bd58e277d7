/// Every word a rendered report uses, in Vietnamese and English.
struct ReportWording: Sendable {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    var title: String {
        pick("Báo cáo tình hình thực hiện Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc",
             "Progress report on the plans implementing the UN Committee on the Rights of the Child's recommendations")
    }
    var setAsideHeading: String { pick("Dòng không đọc được, không tính trong báo cáo", "Rows that could not be read, left out of this report") }
    var setAsideColumns: [String] { language == .vi ? ["Tệp", "Dòng", "Cột", "Lý do"] : ["File", "Line", "Column", "Reason"] }
    func setAsideNote(_ count: Int) -> String {
        pick("Báo cáo này không tính \(count) dòng dưới đây vì không đọc được; các dòng khác đều được tính. Sửa các dòng này rồi chạy lại để có số liệu đầy đủ.",
             "This report leaves out the \(count) row\(count == 1 ? "" : "s") below, which could not be read; every other row is counted. Correct them and run the report again for complete figures.")
    }

    var noticeTitle: String { pick("Lưu ý", "Note") }

    var inferredHeading: String { pick("Thông tin suy ra, không có trong văn bản kế hoạch", "Details inferred, not stated in the plans") }
    var inferredColumns: [String] { language == .vi ? ["Kế hoạch", "Thông tin", "Số nhiệm vụ"] : ["Plan", "Detail", "Tasks"] }
    var inferredNote: String {
        pick("Các thông tin dưới đây không có trong văn bản kế hoạch mà được suy ra (giá trị mặc định hoặc suy từ nội dung kế hoạch); trong báo cáo, hạn và thời gian thực hiện suy ra được ghi \"(suy ra)\". Đề nghị đối chiếu, bổ sung theo văn bản khi có.",
             "The details below are not stated in the plans but inferred (a default, or what the plan implies); in this report, inferred deadlines and timeframes are marked \"(inferred)\". Check them against the documents when they are available.")
    }
    /// The mark after an inferred deadline or timeframe.
    var inferredMark: String { pick(" (suy ra)", " (inferred)") }
    func inferredDetail(_ detail: InferredDetails.Detail) -> String {
        switch detail {
        case .plan(let field):
            switch field {
            case .title: pick("Tên kế hoạch", "Title")
            case .issuer: pick("Cơ quan ban hành", "Issued by")
            case .document: pick("Số, ký hiệu văn bản", "Document number")
            case .issued: pick("Ngày ban hành", "Date issued")
            case .implements: pick("Văn bản thực hiện", "Implements")
            case .coordinator: pick("Cơ quan đầu mối", "Coordinator")
            case .reporting: pick("Hạn báo cáo 6 tháng và hằng năm", "Deadlines of the 6-month and annual reports")
            }
        case .task(let field):
            field == .lead ? pick("Cơ quan chủ trì", "Lead agency")
                : field == .partners ? pick("Cơ quan phối hợp", "Partner agencies") : pick("Thời gian thực hiện", "Timeframe")
        }
    }

    /// The warning that heads a report counting made-up sample data.
    func illustrative(_ files: [String]) -> String {
        pick("SỐ LIỆU MINH HỌA — KHÔNG PHẢI SỐ LIỆU BÁO CÁO. Văn bản này tính cả dữ liệu mẫu đặt ra để minh họa (\(files.joined(separator: ", "))); không gửi đi như số liệu thật.",
             "ILLUSTRATIVE FIGURES — NOT REPORTED DATA. This document counts sample data made up for illustration (\(files.joined(separator: ", "))); do not send it on as real figures.")
    }

    /// The files a report was made from: every one up to twelve, then how many more.
    func sources(_ files: [String]) -> String {
        let shown = files.prefix(12).joined(separator: ", ")
        let more = files.count - min(files.count, 12)
        return pick("Số liệu từ \(files.count) tệp: \(shown)" + (more > 0 ? " và \(more) tệp khác." : "."),
                    "Figures from \(files.count) file\(files.count == 1 ? "" : "s"): \(shown)" + (more > 0 ? " and \(more) more." : "."))
    }

    func asOf(_ day: Day) -> String { pick("Số liệu tính đến ngày \(date(day)).", "Figures as of \(date(day)).") }

    /// A plan by its document, as an official report names it: "Kế hoạch số …/KH-UBND của UBND tỉnh Kon Tum",
    /// "Quyết định số 27/QĐ-TTg của Thủ tướng Chính phủ"; its id when it has neither number nor issuer.
    func planName(_ plan: Plan) -> String {
        guard plan.document != nil || plan.issuer != nil else { return plan.id }
        let decision = (plan.document ?? "").contains("QĐ")
        var name = decision ? pick("Quyết định", "Decision") : pick("Kế hoạch", "Plan")
        if let document = plan.document { name += pick(" số ", " ") + document }
        if let issuer = plan.issuer { name += pick(" của ", " of ") + issuer }
        return name
    }
    var plansHeading: String { pick("Các kế hoạch", "Plans") }
    var cascadeHeading: String { pick("Kế hoạch các cấp", "Plans level by level") }
    var cascadeNote: String {
        pick("Từ Quyết định đến kế hoạch của các tỉnh, thành phố và của các huyện, xã trong tỉnh (theo địa giới tại ngày báo cáo). "
                + "Cột I–VII: ✓ kế hoạch có nhiệm vụ ở nhóm đó; \"thiếu\" cấp trên có nhóm đó mà kế hoạch bỏ trống; – cả cấp trên cũng không có. "
                + "Cấp trên của kế hoạch tỉnh là Quyết định; của kế hoạch huyện, xã là các kế hoạch của tỉnh (bảy nhóm của Quyết định khi chưa nạp).",
             "From the Decision to the provinces' plans and their districts' and communes' (within each province's bounds on the report's day). "
                + "Columns I–VII: ✓ the plan has tasks in the group; \"missing\" the level above has the group and the plan leaves it empty; "
                + "– neither has. Above a province's plan is the Decision; above a district's or commune's, its province's plans "
                + "(the Decision's seven groups when they are not loaded).")
    }
    func cascadeColumns(_ groups: [String]) -> [String] {
        [pick("Cấp", "Level"), pick("Kế hoạch", "Plan"), pick("Địa bàn", "Jurisdiction")] + groups
            + [pick("Nhóm bỏ trống so với cấp trên", "Groups left empty against the level above")]
    }
    func nowIn(_ written: String, _ province: String) -> String { pick("\(written) (nay thuộc \(province))", "\(written) (now in \(province))") }
    var cascadeMissing: String { pick("thiếu", "missing") }
    func cascadeLevel(_ level: PlanCascade.Level) -> String {
        switch level {
        case .nation: pick("Trung ương", "National")
        case .province: pick("Tỉnh, thành phố", "Province")
        case .lower: pick("Huyện, xã", "District, commune")
        case .unplaced: pick("Không rõ địa bàn", "Place not known")
        }
    }
    var planFiguresHeading: String { pick("Số liệu theo kế hoạch", "Figures by plan") }
    var planFiguresColumns: [String] {
        [pick("Kế hoạch", "Plan"), pick("Địa bàn", "Jurisdiction"), pick("Số nhiệm vụ", "Tasks"), pick("% hoàn thành", "% completed"),
         pick("Kỳ báo cáo gần nhất", "Latest period"), pick("Tỷ lệ báo cáo", "Reporting rate"), pick("Báo cáo còn thiếu", "Returns missing"),
         pick("Quá hạn hoàn thành", "Past due"), pick("Chậm tiến độ", "Behind schedule")]
    }
    var provinceFiguresHeading: String { pick("Số liệu theo tỉnh, thành phố", "Figures by province") }
    var provinceFiguresNote: String {
        pick("Mỗi tỉnh, thành phố (theo địa giới tại ngày báo cáo) gồm kế hoạch của tỉnh, của các sở và của các huyện, xã trong tỉnh. "
                + "Tỷ lệ báo cáo tính cho kỳ báo cáo gần nhất đã đến hạn của từng kế hoạch.",
             "Each province (within its bounds on the report's day) counts its own plans, its departments' and those of its districts and "
                + "communes. The reporting rate is for each plan's latest period whose deadline has passed.")
    }
    var provinceFiguresColumns: [String] {
        [pick("Tỉnh, thành phố", "Province"), pick("Kế hoạch cấp tỉnh", "Provincial plans"), pick("Kế hoạch cấp huyện, xã", "District and commune plans"),
         pick("Số nhiệm vụ", "Tasks"), pick("% hoàn thành", "% completed"), pick("Tỷ lệ báo cáo", "Reporting rate"),
         pick("Báo cáo còn thiếu", "Returns missing"), pick("Quá hạn hoàn thành", "Past due"), pick("Chậm tiến độ", "Behind schedule")]
    }
    var provinceChartTitle: String { pick("Tỷ lệ nhiệm vụ hoàn thành theo tỉnh, thành phố", "Tasks completed by province") }
    var provinceChartDescription: String {
        pick("Mỗi thanh là một tỉnh, thành phố: phần trăm nhiệm vụ đã hoàn thành trên tổng số nhiệm vụ của các kế hoạch thuộc tỉnh.",
             "Each bar is a province: the share of its plans' tasks that are completed.")
    }
    var laggingHeading: String { pick("Tỉnh, thành phố chậm nhất theo từng chỉ số", "Provinces that lag most, measure by measure") }
    var laggingColumns: [String] { [pick("Chỉ số", "Measure"), pick("Tỉnh, thành phố (chậm nhất trước)", "Provinces (worst first)")] }
    func measure(_ measure: PlanFigures.Measure) -> String {
        switch measure {
        case .percentCompleted: pick("% hoàn thành thấp nhất", "Lowest % completed")
        case .reportingRate: pick("Tỷ lệ báo cáo thấp nhất", "Lowest reporting rate")
        case .missingReturns: pick("Nhiều báo cáo còn thiếu nhất", "Most returns missing")
        case .pastDue: pick("Nhiều nhiệm vụ quá hạn hoàn thành nhất", "Most tasks past due")
        }
    }
    /// A reporting rate: received of expected, as a percentage; a dash when nothing was owed yet.
    func reportingRate(_ figures: PlanFigures.Figures) -> String {
        figures.reportingRate.map { "\(percent($0)) (\(figures.returnsReceived)/\(figures.returnsExpected))" } ?? "–"
    }
    var planColumns: [String] {
        [pick("Kế hoạch", "Plan"), pick("Văn bản", "Document"), pick("Cơ quan ban hành", "Issued by"),
         pick("Triển khai văn bản", "Implements"), pick("Cơ quan đầu mối", "Coordinator"), pick("Số nhiệm vụ", "Tasks")]
    }

    var statusHeading: String { pick("Tình hình thực hiện theo nhóm nhiệm vụ", "Status by task group") }
    var statusColumns: [String] {
        [pick("Nhóm nhiệm vụ", "Task group"), pick("Số nhiệm vụ", "Tasks")]
            + Standing.allCases.map(standing) + [pick("Tỷ lệ hoàn thành", "% completed"), pick("Báo cáo còn thiếu", "Returns missing")]
    }
    var total: String { pick("Tổng cộng", "Total") }
    var noTasksInGroup: String { pick("chưa có nhiệm vụ", "no tasks") }
    var statusNote: String {
        pick("Mỗi nhiệm vụ được tính theo báo cáo của kỳ gần nhất mà nhiệm vụ phải báo cáo: nhiệm vụ thường xuyên mọi kỳ đã đến hạn; nhiệm vụ có thời hạn mọi kỳ cho đến khi hoàn thành hoặc không thực hiện. \"Chưa báo cáo\" là nhiệm vụ phải báo cáo mà chưa có báo cáo; \"Chưa đến hạn báo cáo\" là nhiệm vụ chưa có báo cáo và chưa phải báo cáo (chưa hết kỳ báo cáo nào hoặc không ghi thời gian); \"Chờ đề nghị\" là nhiệm vụ thực hiện theo đề nghị, chưa có báo cáo. \"Chưa triển khai\" chỉ khi cơ quan báo cáo như vậy. \"Báo cáo còn thiếu\" đếm mỗi nhiệm vụ một lần cho mỗi kỳ phải báo cáo mà chưa có báo cáo, như mục \"Chưa báo cáo\" của báo cáo quá hạn và của báo cáo tình hình gửi báo cáo.",
             "Each task counts by the return for the latest period it owes one for: a recurring task, every period whose deadline has passed; a dated task, every such period until it is completed or cancelled. \"No report\" is a task that owes a return and has none; \"Nothing owed yet\", a task with no return that owes none yet (no period closed, or no timeframe); \"Awaiting a request\", a task done on request with no return. \"Not started\" is only ever what an agency reported. \"Returns missing\" counts each task once for each period it owes a return for and has none, as the missing-report items of the overdue report and the returns report do.")
    }

    var overdueHeading: String { pick("Nhiệm vụ quá hạn", "Overdue items") }
    func overdueCount(total: Int, byKind: [OverdueKind: Int]) -> String {
        if total == 0 { return pick("Không có nhiệm vụ quá hạn.", "Nothing is overdue.") }
        let parts = OverdueKind.allCases.compactMap { kind -> String? in
            guard let count = byKind[kind], count > 0 else { return nil }
            return "\(count) \(overdueKind(kind).lowercased())"
        }
        return pick("Có \(total) trường hợp quá hạn: ", "\(total) overdue items: ") + parts.joined(separator: ", ") + "."
    }
    var overdueColumns: [String] {
        [pick("Kế hoạch", "Plan"), pick("Nhiệm vụ", "Task"), pick("Nội dung", "Text"), pick("Loại", "Kind"),
         pick("Kỳ báo cáo", "Period"), pick("Hạn", "Due"), pick("Số ngày quá hạn", "Days overdue")]
    }
    func itemCount(_ count: Int) -> String { pick("\(count) trường hợp", count == 1 ? "1 item" : "\(count) items") }
    var awaitingRequestHeading: String {
        pick("Nhiệm vụ thực hiện theo đề nghị (không tính quá hạn)", "Tasks to be done on request (never overdue)")
    }
    var needsTimeframeHeading: String {
        pick("Nhiệm vụ chưa xác định thời gian thực hiện (không tính quá hạn)", "Tasks without a timeframe (never overdue)")
    }
    var needsNewLeadHeading: String {
        pick("Nhiệm vụ do cơ quan cấp huyện chủ trì, cần phân công lại cơ quan chủ trì (từ ngày 01/7/2025 không tổ chức chính quyền cấp huyện)",
             "Tasks led by a district body, which need a new lead (the district level ended on 2025-07-01)")
    }
    var referenceColumns: [String] {
        [pick("Kế hoạch", "Plan"), pick("Nhiệm vụ", "Task"), pick("Nội dung", "Text"), pick("Cơ quan chủ trì", "Lead agency"),
         pick("Thời gian thực hiện", "Timeframe")]
    }
    var none: String { pick("Không có.", "None.") }

    var completionChartTitle: String { pick("Tỷ lệ hoàn thành theo nhóm nhiệm vụ", "Share of tasks completed, by task group") }
    var completionChartDescription: String {
        pick("Mỗi thanh là một nhóm nhiệm vụ; độ dài thanh là tỷ lệ nhiệm vụ đã hoàn thành, số liệu ghi bên cạnh và ở bảng dưới.",
             "One bar per task group; its length is the share of tasks completed, written beside it and in the table below.")
    }
    var heatMapTitle: String { pick("Phân công theo cơ quan và nhóm nhiệm vụ", "Agencies by task group") }
    var heatMapDescription: String {
        pick("Mỗi hàng là một cơ quan, mỗi cột một nhóm nhiệm vụ; ô ghi số nhiệm vụ chủ trì (CT, nền đặc) và phối hợp (PH, nền gạch chéo); ô càng đậm càng nhiều nhiệm vụ. Số liệu ở bảng dưới.",
             "One row per agency, one column per task group; each cell gives the tasks led (L, solid) and partnered (P, hatched); the darker the cell, the more tasks. The table below has the same figures.")
    }
    var leadLegend: String { pick("CT = chủ trì", "L = leads") }
    var partnerLegend: String { pick("PH = phối hợp", "P = partners") }
    var leadColumn: String { pick("Cơ quan chủ trì", "Lead agency") }
    var agencyColumn: String { pick("Cơ quan", "Agency") }
    var groupColumn: String { pick("Nhóm nhiệm vụ", "Task group") }
    var coverageHeading: String { pick("Phân công thực hiện theo cơ quan", "Coverage by agency") }
    var coverageColumns: [String] {
        [pick("Cơ quan", "Agency"), pick("Loại", "Kind"), pick("Chủ trì", "Leads"), pick("Phối hợp", "Partners"),
         pick("Hoàn thành", "Completed"), pick("Quá hạn", "Overdue")]
    }
    var coverageNote: String {
        pick("Bảng thứ hai, cột I–VII: số nhiệm vụ chủ trì/phối hợp trong từng nhóm nhiệm vụ. Cơ quan được tính theo tên gọi sau sắp xếp tổ chức bộ máy tại ngày báo cáo; \"Quá hạn\" đếm các trường hợp quá hạn của nhiệm vụ chủ trì.",
             "Second table, columns I–VII: tasks led/partnered in each task group. Agencies are counted under the body that carries their duties on the report's day; \"Overdue\" counts the overdue items of the tasks they lead.")
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
    var reorganisationHeading: String { pick("Thay đổi sau sắp xếp tổ chức bộ máy", "Changes after the 2025 reorganisation") }
    var reorganisationNote: String {
        pick("Địa bàn và cơ quan mà kế hoạch ghi nhưng không còn vào ngày báo cáo, và nơi tiếp nhận; các số liệu ở trên đã tính theo cơ quan nay đảm nhận.",
             "Places and bodies a plan names that no longer exist on the report's day, and what took over; the figures above already count the bodies that carry the work now.")
    }
    var reorganisationColumns: [String] {
        [pick("Kế hoạch", "Plan"), pick("Ghi trong kế hoạch", "As the plan names it"), pick("Vai trò", "Role"),
         pick("Nay do", "Now"), pick("Ghi chú", "Note")]
    }
    func placeAsWritten(_ place: Jurisdiction) -> String { pick("Địa bàn: \(place.fullName)", "Jurisdiction: \(place.fullName)") }
    func placeNow(_ place: Jurisdiction, since: Day) -> String { pick("\(place.fullName) (từ \(date(since)))", "\(place.fullName) (from \(date(since)))") }
    func districtLevelEnded(since: Day) -> String {
        pick("cấp huyện kết thúc từ \(date(since)); các xã, phường tiếp nhận", "the district level ended on \(date(since)); the communes and wards took over")
    }
    var districtPlan: String { pick("kế hoạch cấp huyện", "a district plan") }
    var needsReassignment: String { pick("cần phân công lại", "needs reassigning") }
    func role(_ role: PlanReorganisation.Role) -> String {
        switch role {
        case .issuer: pick("ban hành", "issuer")
        case .coordinator: pick("đầu mối", "coordinator")
        case .lead: pick("chủ trì", "lead")
        case .partner: pick("phối hợp", "partner")
        }
    }
    var acrossJurisdictionsHeading: String { pick("Tổng hợp theo loại cơ quan trên các địa bàn", "By kind of agency across jurisdictions") }
    var acrossJurisdictionsNote: String {
        pick("Cộng dồn các cơ quan cùng tên ở những địa bàn khác nhau (ví dụ Sở Y tế của nhiều tỉnh): mỗi dòng là một loại cơ quan, không phải một cơ quan.",
             "Agencies of the same name in different jurisdictions added up (for example the Sở Y tế of several provinces): each row is a kind of agency, not one agency.")
    }
    var acrossJurisdictionsColumns: [String] {
        [pick("Cơ quan", "Agency"), pick("Loại", "Kind"), pick("Số địa bàn", "Jurisdictions"), pick("Chủ trì", "Leads"),
         pick("Phối hợp", "Partners"), pick("Hoàn thành", "Completed"), pick("Quá hạn", "Overdue")]
    }
    var collectivesHeading: String { pick("Cơ quan, đơn vị ghi chung (tính riêng)", "Collective partners (counted apart)") }
    var emptyGroupsHeading: String { pick("Nhóm nhiệm vụ chưa được giao nhiệm vụ cụ thể", "Task groups with no task") }
    var noEmptyGroups: String { pick("Kế hoạch nào cũng có nhiệm vụ ở cả bảy nhóm.", "Every plan has tasks in all seven task groups.") }
    var everyGroupInSomePlan: String {
        pick("Nhóm nào cũng có nhiệm vụ ở ít nhất một kế hoạch, nhưng các kế hoạch dưới đây để trống một số nhóm:",
             "Every group has tasks in some plan, but these plans leave groups empty:")
    }
    func emptyGroups(plan: String, _ groups: [String]) -> String {
        pick("Kế hoạch \(plan): \(groups.joined(separator: "; "))", "Plan \(plan): \(groups.joined(separator: "; "))")
    }

    // MARK: Returns

    var returnsHeading: String { pick("Tình hình gửi báo cáo của các cơ quan", "Returns from agencies") }
    func latestPeriod(_ period: ReportingPeriod, deadline: Day, before: Bool) -> String {
        pick("Kỳ báo cáo gần nhất đã đến hạn: \(self.period(period)) (hạn \(self.deadline(deadline, before: before)))",
             "Latest period due: \(self.period(period)) (due \(self.deadline(deadline, before: before)))")
    }
    var notReportedHeading: String { pick("Cơ quan chưa gửi đủ báo cáo", "Agencies whose returns are missing") }
    var allReported: String { pick("Tất cả cơ quan đã gửi đủ báo cáo.", "Every agency has sent its returns.") }
    var noPeriods: String { pick("Chưa có kỳ báo cáo nào đến hạn.", "No reporting period is due yet.") }
    var notReportedColumns: [String] {
        [pick("Cơ quan", "Agency"), pick("Phải báo cáo", "Expected"), pick("Đã nhận", "Received"),
         pick("Chưa báo cáo", "Missing"), pick("Nhiệm vụ chưa báo cáo", "Tasks without a return")]
    }
    var periodsHeading: String { pick("Tỷ lệ báo cáo theo kỳ", "Reporting rate by period") }
    var periodColumns: [String] {
        [pick("Kỳ báo cáo", "Period"), pick("Hạn", "Due"), pick("Phải báo cáo", "Expected"), pick("Đã nhận", "Received"),
         pick("Đúng hạn", "On time"), pick("Tỷ lệ báo cáo", "Reporting rate"), pick("Tỷ lệ đúng hạn", "On-time rate"),
         pick("Cơ quan chưa báo cáo đủ", "Agencies missing returns")]
    }
    var agencyReturnsHeading: String { pick("Chi tiết theo cơ quan", "By agency") }
    var agencyReturnColumns: [String] {
        [pick("Kỳ báo cáo", "Period"), pick("Cơ quan", "Agency"), pick("Phải báo cáo", "Expected"), pick("Đã nhận", "Received"),
         pick("Đúng hạn", "On time"), pick("Tỷ lệ báo cáo", "Reporting rate"), pick("Tình trạng", "State")]
    }
    func returnState(_ count: ReturnsSummary.Count) -> String {
        if count.received == count.expected { return pick("Đã báo cáo đủ", "Complete") }
        return count.received == 0 ? standing(.noReport) : pick("Thiếu", "Partial")
    }
    var returnsNote: String {
        pick("Mỗi nhiệm vụ phải có một báo cáo cho mỗi kỳ đã đến hạn: nhiệm vụ thường xuyên mọi kỳ, nhiệm vụ có thời hạn cho đến khi hoàn thành hoặc không thực hiện; nhiệm vụ theo đề nghị và nhiệm vụ không ghi thời gian chưa phải báo cáo. \"Đúng hạn\" là báo cáo ghi ngày không muộn hơn hạn báo cáo của kế hoạch. Cơ quan được tính theo tên gọi sau sắp xếp tổ chức bộ máy tại ngày báo cáo.",
             "Each task owes one return for each period whose deadline has passed: a recurring task every period, a dated task until it is completed or cancelled; tasks done on request and tasks with no timeframe owe none. \"On time\" is a return dated no later than the plan's deadline. Agencies are counted under the body that carries their duties on the report's day.")
    }
    func optionalPercent(_ value: Double?) -> String { value.map(percent) ?? "–" }

    // MARK: Agency brief

    func briefHeading(_ name: String) -> String { pick("Tình hình thực hiện nhiệm vụ của \(name)", "Brief: \(name)") }
    func succession(asked: String, predecessor: String, carrier: String) -> String {
        pick("Nhiệm vụ giao cho \(predecessor) nay do \(carrier) đảm nhận sau sắp xếp tổ chức bộ máy; dưới đây là các nhiệm vụ của \(carrier).",
             "The duties of \(predecessor) are now carried by \(carrier) after the reorganisation; below are \(carrier)'s tasks.")
    }
    func includesPredecessors(_ names: [String]) -> String {
        pick("Bao gồm nhiệm vụ kế hoạch giao cho: \(names.joined(separator: "; ")).", "Includes the tasks the plans gave to: \(names.joined(separator: "; ")).")
    }
    func briefSummary(led: Int, partnered: Int, completed: Int, overdue: Int) -> String {
        pick("Chủ trì \(led) nhiệm vụ, phối hợp \(partnered) nhiệm vụ; đã hoàn thành \(completed); \(overdue) trường hợp quá hạn.",
             "Leads \(led) \(led == 1 ? "task" : "tasks") and partners in \(partnered); \(completed) completed; "
                 + "\(overdue) overdue \(overdue == 1 ? "item" : "items").")
    }
    var ledHeading: String { pick("Nhiệm vụ chủ trì", "Tasks it leads") }
    var partneredHeading: String { pick("Nhiệm vụ phối hợp", "Tasks it partners in") }
    var obligationsHeading: String { pick("Việc phải làm sắp tới", "What it owes next") }
    var briefOverdueHeading: String { pick("Các trường hợp quá hạn", "Overdue items") }
    var ledColumns: [String] {
        [pick("Kế hoạch", "Plan"), pick("Nhiệm vụ", "Task"), pick("Nội dung", "Text"), pick("Thời gian thực hiện", "Timeframe"),
         pick("Tình trạng", "Status"), pick("Kỳ báo cáo", "Period"), pick("Văn bản", "Evidence"), pick("Ghi chú", "Note")]
    }
    var partneredColumns: [String] {
        [pick("Kế hoạch", "Plan"), pick("Nhiệm vụ", "Task"), pick("Nội dung", "Text"), pick("Cơ quan chủ trì", "Lead agency"),
         pick("Tình trạng", "Status")]
    }
    var obligationColumns: [String] {
        [pick("Kế hoạch", "Plan"), pick("Nhiệm vụ", "Task"), pick("Nội dung", "Text"), pick("Việc", "What"), pick("Hạn", "Due")]
    }
    func obligation(_ period: ReportingPeriod?) -> String {
        period.map { pick("Báo cáo \(self.period($0).lowercasedFirst)", "Return for \(self.period($0))") }
            ?? pick("Hoàn thành nhiệm vụ", "Complete the task")
    }
    var noTasks: String { pick("Không có.", "None.") }

    // MARK: Comparison

    /// "Đối chiếu kế hoạch số …/KH-UBND của UBND tỉnh Kon Tum với quyết định số 27/QĐ-TTg…" (plans by their
    /// documents, `planName`; a plan known only by its id: "kế hoạch kon-tum-2025").
    func compareHeading(child: Plan, parent: Plan) -> String {
        func named(_ plan: Plan) -> String {
            let name = planName(plan)
            return name == plan.id ? pick("kế hoạch ", "plan ") + name : name.lowercasedFirst
        }
        return pick("Đối chiếu \(named(child)) với \(named(parent))", "How \(named(child)) covers \(named(parent))")
    }
    func compareIntro(child: Plan, parent: Plan) -> String {
        let childName = child.title.map { "\(child.id): \($0)" } ?? child.id
        let parentName = parent.title.map { "\(parent.id): \($0)" } ?? parent.id
        return pick("Kế hoạch cấp dưới: \(childName).\nKế hoạch cấp trên: \(parentName).", "Lower plan: \(childName).\nParent plan: \(parentName).")
    }
    var compareColumns: [String] {
        [pick("Nhóm", "Group"), pick("Nhóm nhiệm vụ", "Task group"), pick("Nhiệm vụ cấp trên", "Parent tasks"),
         pick("Nhiệm vụ cấp dưới", "Child tasks"), pick("Nhiệm vụ cấp trên có tương ứng", "Parent tasks covered")]
    }
    var emptyInChildHeading: String { pick("Nhóm nhiệm vụ kế hoạch cấp dưới để trống", "Groups the lower plan leaves empty") }
    var uncoveredHeading: String { pick("Nhiệm vụ cấp trên chưa có nhiệm vụ tương ứng", "Parent tasks with no counterpart") }
    var addedHeading: String { pick("Nhiệm vụ kế hoạch cấp dưới bổ sung", "Tasks the lower plan adds") }
    var matchesHeading: String { pick("Các cặp nhiệm vụ tương ứng", "Counterparts") }
    var matchColumns: [String] {
        [pick("Nhiệm vụ cấp trên", "Parent task"), pick("Nội dung", "Text"), pick("Nhiệm vụ cấp dưới", "Child task"),
         pick("Nội dung", "Text"), pick("Mức tương đồng", "Score")]
    }
    var taskColumns: [String] { [pick("Nhiệm vụ", "Task"), pick("Nội dung", "Text"), pick("Cơ quan chủ trì", "Lead agency")] }
    func scoringNote(threshold: Double) -> String {
        pick("Cách đối chiếu: hai nhiệm vụ cùng nhóm được coi là tương ứng khi nội dung giống nhau từ \(decimal(threshold)) trở lên. Nội dung được so sánh theo từ (bỏ dấu, không phân biệt hoa thường); mỗi từ có trọng số theo độ hiếm của nó trong hai kế hoạch (từ có ở mọi nhiệm vụ như \"trẻ em\" có trọng số thấp); mức tương đồng là tổng trọng số các từ chung chia cho tổng trọng số mọi từ của hai nhiệm vụ (từ 0 đến 1). Nhiệm vụ cấp trên là nhiệm vụ duy nhất của nhóm (như bảy nhiệm vụ của Quyết định) được coi là khung của cả nhóm: mọi nhiệm vụ cấp dưới cùng nhóm đều thực hiện nó.",
             "How counterparts are found: two tasks of the same group are counterparts when their texts score \(decimal(threshold)) or more. Texts are compared word by word, without diacritics or case; each word is weighted by how rare it is across the two plans (a word in every task, such as \"trẻ em\", weighs little); the score is the weight of the words they share over the weight of all their words (0 to 1). A parent task that is its plan's only task in a group (as the Decision's seven are) frames the whole group: every child task of that group implements it.")
    }
    /// A frame's counterpart: the child's whole group, and the closest of its tasks (whose text is shown).
    func wholeGroup(_ group: TaskGroup, closest: String) -> String {
        pick("Cả nhóm \(group.romanNumeral) (gần nhất: \(closest))", "All of group \(group.romanNumeral) (closest: \(closest))")
    }
    func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100)\(language == .vi ? "," : ".")\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    // MARK: Reminders

    func remindersHeading(_ period: ReportingPeriod, beforeDeadline: Bool = false) -> String {
        beforeDeadline
            ? pick("Nhắc gửi báo cáo kết quả thực hiện kế hoạch: \(self.period(period).lowercasedFirst)",
                   "Reminder before the deadline: returns for \(self.period(period))")
            : pick("Đôn đốc gửi báo cáo kết quả thực hiện kế hoạch: \(self.period(period).lowercasedFirst)",
                   "Reminder: returns for \(self.period(period))")
    }
    func remindersIntro(_ count: Int, asOf day: Day) -> String {
        pick("Đến ngày \(date(day)), \(count) cơ quan chưa gửi đủ báo cáo kỳ này.", "As of \(date(day)), \(count) agencies have not sent all their returns for this period.")
    }
    func reminderAddressee(_ agency: String) -> String { pick("Kính gửi: \(agency)", "To: \(agency)") }
    func reminderBody(agency: String, period: ReportingPeriod, deadline: Day, before: Bool, coordinator: String, asOf day: Day,
                      beforeDeadline: Bool = false) -> String {
        if beforeDeadline {
            return pick("Hạn gửi báo cáo \(self.period(period).lowercasedFirst) là \(self.deadline(deadline, before: before)). Đến ngày \(date(day)), \(coordinator) chưa nhận được báo cáo của \(agency) đối với các nhiệm vụ sau:",
                        "The return for \(self.period(period)) is due \(self.deadline(deadline, before: before)). As of \(date(day)), \(coordinator) has not yet received \(agency)'s return on these tasks:")
        }
        return pick("Đến ngày \(date(day)), \(coordinator) chưa nhận được báo cáo \(self.period(period).lowercasedFirst) (hạn \(self.deadline(deadline, before: before))) của \(agency) đối với các nhiệm vụ sau:",
             "As of \(date(day)), \(coordinator) has not received \(agency)'s return for \(self.period(period)) (due \(self.deadline(deadline, before: before))) on these tasks:")
    }
    func reminderRequest(agency: String, coordinator: String, beforeDeadline: Bool = false) -> String {
        if beforeDeadline {
            return pick("Đề nghị \(agency) gửi báo cáo (kèm số, ký hiệu văn bản) về \(coordinator) đúng hạn để tổng hợp, báo cáo theo quy định.",
                        "\(agency) is asked to send its return (citing the number of its report) to \(coordinator) by the deadline, so that it can be compiled as required.")
        }
        return pick("Đề nghị \(agency) khẩn trương gửi báo cáo (kèm số, ký hiệu văn bản) về \(coordinator) để tổng hợp, báo cáo theo quy định.",
             "\(agency) is asked to send its return (citing the number of its report) to \(coordinator) without delay, so that it can be compiled as required.")
    }
    func coordinator(_ names: [String]) -> String {
        names.isEmpty ? pick("cơ quan đầu mối", "the coordinating agency") : pick("cơ quan đầu mối (\(names.joined(separator: ", ")))", "the coordinating agency (\(names.joined(separator: ", ")))")
    }
    var reminderColumns: [String] {
        [pick("Kế hoạch", "Plan"), pick("Nhiệm vụ", "Task"), pick("Nội dung", "Text"), pick("Hạn báo cáo", "Due")]
    }

    /// An agency as carried: its name, and in brackets what it was and why it moved.
    func carried(_ name: String, formerly names: [String], reasons: [CarrierReason]) -> String {
        var notes: [String] = names.isEmpty ? [] : [formerly(names)]
        notes += reasons.map(reason)
        return notes.isEmpty ? name : "\(name) (\(notes.joined(separator: "; ")))"
    }

    /// Why a task moved to its carrier, beyond a plain succession.
    func reason(_ reason: CarrierReason) -> String {
        switch reason {
        case .duty(let duty): pick("theo lĩnh vực \(duty)", "for its \(duty) duties")
        case .pinned: pick("theo phân công của kế hoạch", "as the plan assigns")
        }
    }

    func formerly(_ names: [String]) -> String {
        pick("trước đây: ", "formerly: ") + names.joined(separator: "; ")
    }
    var unknownAgencyKind: String { pick("Chưa rõ", "Unknown") }

    func groupName(_ group: TaskGroup) -> String { language == .vi ? group.vietnameseName : group.englishName }

    func standing(_ standing: Standing) -> String {
        switch standing {
        case .completed: pick("Hoàn thành", "Completed")
        case .inProgress: pick("Đang triển khai", "In progress")
        case .delayed: pick("Chậm tiến độ", "Delayed")
        case .notStarted: pick("Chưa triển khai", "Not started")
        case .cancelled: pick("Không thực hiện", "Cancelled")
        case .noReport: pick("Chưa báo cáo", "No report")
        case .notYetDue: pick("Chưa đến hạn báo cáo", "Nothing owed yet")
        case .awaitingRequest: pick("Chờ đề nghị", "Awaiting a request")
        }
    }

    func overdueKind(_ kind: OverdueKind) -> String {
        switch kind {
        case .pastDue: pick("Quá hạn hoàn thành", "Past due")
        case .missingReport: pick("Chưa báo cáo", "Missing report")
        case .behindSchedule: pick("Chậm tiến độ", "Behind schedule")
        }
    }

    func historyHeading(plan: Plan?, id: String) -> String {
        let name = plan.map(planName) ?? id
        return name == id ? pick("Lịch sử báo cáo: kế hoạch \(id)", "Reporting history: plan \(id)")
            : pick("Lịch sử báo cáo: \(name)", "Reporting history: \(name)")
    }
    func historyIntro(lead: String, standing: String) -> String {
        pick("Cơ quan chủ trì: \(lead). Tình trạng hiện nay: \(standing).", "Lead agency: \(lead). Standing now: \(standing).")
    }
    var noReturnsYet: String { pick("Chưa có báo cáo nào, và chưa đến hạn báo cáo.", "No return yet, and none was due.") }
    var historyColumns: [String] {
        language == .vi ? ["Kỳ báo cáo", "Tình trạng", "Ngày báo cáo", "Cơ quan báo cáo", "Văn bản", "Ghi chú"]
            : ["Period", "Status", "Reported on", "Reporting agency", "Evidence", "Note"]
    }
    func statusWord(_ status: Status) -> String { standing(Standing(status)) }

    /// An item behind schedule: the return that said so, and its note.
    /// The kind of an item, and the return before it: "Chưa báo cáo (gần nhất: Đang triển khai, báo cáo ngày 08/06/2025: …)".
    func kind(_ kind: OverdueKind, lastReport status: Status, reportedOn day: Day, note: String) -> String {
        overdueKind(kind) + pick(" (gần nhất: \(standing(Standing(status))), báo cáo ngày \(date(day))", " (latest: \(standing(Standing(status))), reported \(date(day))")
            + (note.isEmpty ? ")" : ": \(note))")
    }

    func behindScheduleKind(reportedOn day: Day, note: String) -> String {
        pick("Chậm tiến độ (báo cáo ngày \(date(day))", "Behind schedule (reported \(date(day))")
            + (note.isEmpty ? ")" : ": \(note))")
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
        case .collective: pick("Ghi chung", "Collective")
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
    /// A deadline as the plan words it, from its last day on time: "05/12/2025", or "trước ngày 10/06/2026".
    func deadline(_ lastDay: Day, before: Bool) -> String {
        guard before else { return date(lastDay) }
        return pick("trước ngày ", "before ") + date(lastDay.writtenDeadline(before: true))
    }

    /// One decimal, with a decimal comma in Vietnamese: `33,3%`.
    func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let text = "\(tenths / 10)\(language == .vi ? "," : ".")\(tenths % 10)%"
        return text
    }
}

extension String {
    /// The string with its first letter in lower case ("Năm 2025" → "năm 2025"), for use mid-sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}

/// Each plan's figures, and each province's over its own plans and those of its districts and communes
/// (DESIGN.md §8, per plan / per jurisdiction), with the provinces that lag on each measure.
public struct PlanFigures: Sendable {
    public struct Figures: Sendable, Hashable {
        public var plans = 0
        public var tasks = 0
        public var completed = 0
        /// Returns owed and missing, one per task and closed period (the status table's "Báo cáo còn thiếu").
        public var missingReturns = 0
        public var pastDue = 0
        public var behindSchedule = 0
        /// For each plan's latest closed period: the tasks that owed a return for it, and those that sent one.
        public var returnsExpected = 0
        public var returnsReceived = 0

        public init() {}

        /// Completed tasks as a share of all tasks, 0 to 100; 0 when there are none.
        public var percentCompleted: Double { tasks == 0 ? 0 : Double(completed) * 100 / Double(tasks) }
        /// Returns received as a share of those owed for the latest closed period; nil when none was owed yet.
        public var reportingRate: Double? { returnsExpected == 0 ? nil : Double(returnsReceived) * 100 / Double(returnsExpected) }

        mutating func add(_ other: Figures) {
            plans += other.plans
            tasks += other.tasks
            completed += other.completed
            missingReturns += other.missingReturns
            pastDue += other.pastDue
            behindSchedule += other.behindSchedule
            returnsExpected += other.returnsExpected
            returnsReceived += other.returnsReceived
        }
    }

    public struct PlanLine: Sendable {
        public var planID: String
        /// Where the plan belongs as written, and the province it lies in on the day (after mergers): its own
        /// jurisdiction's, or, when that cannot be told, that of the plan it implements (`DataSet.placement`).
        public var jurisdiction: Jurisdiction?
        public var province: Jurisdiction?
        /// The plan's latest reporting period whose deadline has passed.
        public var latestPeriod: ReportingPeriod?
        public var figures: Figures
    }

    public struct ProvinceLine: Sendable {
        public var province: Jurisdiction
        /// The province's own plans (and its departments'), and those of its districts and communes.
        public var ownPlans: Int
        public var lowerPlans: Int
        public var figures: Figures
    }

    /// What a province can lag on.
    public enum Measure: String, Sendable, CaseIterable {
        case percentCompleted, reportingRate, missingReturns, pastDue
    }

    public struct Ranking: Sendable {
        public var measure: Measure
        /// The provinces that lag most on the measure, worst first (at most five).
        public var provinces: [ProvinceLine]
    }

    public var plans: [PlanLine]
    /// Provinces in name order; empty when no plan's province is known.
    public var provinces: [ProvinceLine]
    /// Who lags on each measure; empty unless there are two provinces or more.
    public var rankings: [Ranking]

    init(_ data: DataSet, assessments: [TaskAssessment], asOf day: Day) {
        let places = data.registry.places
        var lines: [PlanLine] = []
        lines.reserveCapacity(data.plans.count)
        for (index, plan) in data.plans.enumerated() {
            let latest = ReportingSchedule.closedPeriods(of: plan, asOf: day).last
            var figures = Figures()
            figures.plans = 1
            for ref in data.taskRefs(ofPlanAt: index) {
                let assessment = assessments[ref.position]
                figures.tasks += 1
                if assessment.standing == .completed { figures.completed += 1 }
                figures.missingReturns += assessment.missingPeriods.count
                for item in assessment.overdue {
                    if item.kind == .pastDue { figures.pastDue += 1 }
                    if item.kind == .behindSchedule { figures.behindSchedule += 1 }
                }
                if let latest {
                    let dutyEnd = ReportingSchedule.dutyEnd(of: assessment.task, updates: assessment.returns)
                    if ReportingSchedule.owesReturn(assessment.task, of: plan, for: latest, dutyEndedIn: dutyEnd) {
                        figures.returnsExpected += 1
                        if assessment.returns.hasUpdate(for: latest) { figures.returnsReceived += 1 }
                    }
                }
            }
            let jurisdiction = data.jurisdictions[index]
            // A plan whose own place cannot be told lies in the province of the plan it implements, if that is known.
            let province = data.placement(ofPlanAt: index).flatMap { places.current($0.jurisdiction, on: day).provinceJurisdiction }
            lines.append(PlanLine(planID: plan.id, jurisdiction: jurisdiction, province: province, latestPeriod: latest, figures: figures))
        }
        plans = lines

        var byProvince: [String: ProvinceLine] = [:]
        for line in lines {
            guard let province = line.province else { continue }
            var entry = byProvince[province.key] ?? ProvinceLine(province: province, ownPlans: 0, lowerPlans: 0, figures: Figures())
            if line.jurisdiction?.level == .province { entry.ownPlans += 1 } else { entry.lowerPlans += 1 }
            entry.figures.add(line.figures)
            byProvince[province.key] = entry
        }
        let provinces = byProvince.values.sorted { VietnameseText.looseKey($0.province.name) < VietnameseText.looseKey($1.province.name) }
        self.provinces = provinces

        guard provinces.count > 1 else {
            rankings = []
            return
        }
        rankings = Measure.allCases.map { measure in
            // Worst first; equals in name order (their order in `provinces`).
            func value(_ line: ProvinceLine) -> Double? {
                switch measure {
                case .percentCompleted: line.figures.percentCompleted
                case .reportingRate: line.figures.reportingRate
                case .missingReturns: line.figures.missingReturns > 0 ? -Double(line.figures.missingReturns) : nil
                case .pastDue: line.figures.pastDue > 0 ? -Double(line.figures.pastDue) : nil
                }
            }
            let ranked = provinces.indices.compactMap { index in value(provinces[index]).map { (index, $0) } }
                .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            return Ranking(measure: measure, provinces: ranked.prefix(5).map { provinces[$0.0] })
        }
    }
}

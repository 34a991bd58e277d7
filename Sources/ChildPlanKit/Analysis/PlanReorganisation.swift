/// What the 2025 reorganisation changed for one plan on the report's day
/// (DESIGN.md §5): its place merged into another province or its level
/// ended, and the bodies it names — as issuer, coordinator, lead or partner
/// — that no longer exist, each once, with what took over where that is known.
public struct PlanReorganisation: Sendable {
    public enum Role: String, Sendable, CaseIterable {
        case issuer, coordinator, lead, partner
    }

    public struct Body: Sendable {
        /// As carried on the day; `writtenAgency` is the agency the plan named (one entry however it spelled it).
        public var agency: CarriedAgency
        public var roles: [Role]
        /// Nobody is known to carry it on the day, or only the communes' offices as a whole: it needs a new assignment.
        public var needsReassignment: Bool
        /// It has ended and nobody is known to have taken its work.
        public var hasEnded: Bool
    }

    public var planID: String
    /// Where the plan belongs as written.
    public var jurisdiction: Jurisdiction?
    public var placeChange: PlaceChange?
    public var bodies: [Body]

    public var isEmpty: Bool { placeChange == nil && bodies.isEmpty }

    /// The changes of every plan that has any, in plan order.
    static func changes(_ data: DataSet, plans: [SummaryReport.PlanLine], assessments: [TaskAssessment], asOf day: Day)
        -> [PlanReorganisation]
    {
        var carriers = CarrierCache(data, day: day)
        var result: [PlanReorganisation] = []
        var next = assessments.startIndex
        for (planIndex, line) in plans.enumerated() {
            carriers.enterPlan(at: planIndex)
            var change = PlanReorganisation(
                planID: line.plan.id, jurisdiction: line.jurisdiction,
                placeChange: line.jurisdiction.flatMap { data.registry.places.change(of: $0, by: day) }, bodies: [])
            func note(_ agency: CarriedAgency, as role: Role) {
                guard agency.isKnown, agency.isSucceeded || agency.hasEnded(on: day) || agency.needsNewLead(on: day) else { return }
                if let index = change.bodies.firstIndex(where: { $0.agency.writtenAgency == agency.writtenAgency && $0.agency.key == agency.key }) {
                    if !change.bodies[index].roles.contains(role) { change.bodies[index].roles.append(role) }
                } else {
                    change.bodies.append(Body(agency: agency, roles: [role],
                                              needsReassignment: agency.hasEnded(on: day) || agency.needsNewLead(on: day),
                                              hasEnded: agency.hasEnded(on: day)))
                }
            }
            if let issuer = line.plan.issuer { note(carriers.carrier(of: issuer), as: .issuer) }
            if let coordinator = line.coordinator { note(coordinator, as: .coordinator) }
            while next < assessments.endIndex, assessments[next].planID == line.plan.id {
                note(assessments[next].lead, as: .lead)
                for partner in assessments[next].partners { note(partner, as: .partner) }
                next += 1
            }
            if !change.isEmpty { result.append(change) }
        }
        return result
    }
}

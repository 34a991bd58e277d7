/// Warnings about what the data says, as opposed to how it is written:
/// names the registry does not know, gaps, leads that no longer exist,
/// texts that look cut off, repeated or garbled. `childplan validate` prints them.
public enum DataSetChecks {
    /// `today` is the day a return cannot be dated after (`asOf` when not given).
    public static func warnings(_ data: AssembledData, asOf day: Day, today: Day? = nil) -> [Diagnostic] {
        let registry = data.dataSet.registry
        let plans = data.plans
        // Plans are checked a range at a time on every core (a national
        // roll-up has 85,000 task texts), their warnings kept in plan order.
        let perPlan = Parallel.array(count: plans.count, ranges: Parallel.ranges(of: plans.count)) { range, slots in
            var agencies = AgencyCheck(registry: registry)
            var carriers = CarrierCache(data.dataSet, day: day)
            var texts = TextFindings()
            for index in range {
                carriers.enterPlan(at: index)
                slots.put(planWarnings(plans[index], jurisdiction: data.dataSet.jurisdictions[index], severalPlans: plans.count > 1,
                                       asOf: day, agencies: &agencies, carriers: &carriers, texts: &texts), at: index)
            }
        }
        // The agencies named in returns are checked a run of files at a time on every core, then the returns' own
        // checks (which remember the first of each return) a part of the tasks on each core; each warning kept in
        // file order.
        let updateFiles = data.files.updates
        let agencyWarnings = Parallel.map(Parallel.ranges(of: updateFiles.count)) { range in
            var agencies = AgencyCheck(registry: registry)
            var warnings: [Diagnostic] = []
            for file in updateFiles[range] {
                for (index, update) in file.updates.enumerated() {
                    agencies.check(update.agency, at: file.location(of: index, column: \.agencyColumn), into: &warnings)
                }
            }
            return warnings
        }.flatMap { $0 }
        let updateWarnings = UpdateChecks.warnings(data, today: today ?? day)
        return perPlan.flatMap { $0 } + agencyWarnings + updateWarnings
    }

    /// `severalPlans`: a plan whose place is not known is worth a warning only beside others, whose agencies it would be counted with.
    static func planWarnings(_ loaded: LoadedPlan, jurisdiction: Jurisdiction?, severalPlans: Bool, asOf day: Day,
                             agencies: inout AgencyCheck, carriers: inout CarrierCache, texts: inout TextFindings) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let plan = loaded.plan
        if let jurisdiction {
            if jurisdiction.level == .district || jurisdiction.level == .commune, jurisdiction.province == nil {
                warnings.append(.warning(.jurisdictionWithoutProvince(plan: plan.id, jurisdiction: jurisdiction.name), at: .wholeFile(loaded.file)))
            }
        } else if severalPlans {
            warnings.append(.warning(.jurisdictionUnknown(plan: plan.id, issuer: plan.issuer), at: .wholeFile(loaded.file)))
        }
        var firstText: [String: (id: String, line: Int)] = [:]
        for task in plan.tasks {
            let location = loaded.taskLocations[task.id] ?? TaskLocation(row: SourceLocation(file: loaded.file, line: 1, column: 1))
            agencies.check(task.lead, at: location.lead, into: &warnings)
            for partner in task.partners { agencies.check(partner, at: location.partners, into: &warnings) }
            let lead = carriers.lead(of: task)
            if lead.needsNewLead(on: day) {
                let takenBy = lead.level == .district ? nil : lead.name
                warnings.append(.warning(.districtLead(taskID: task.id, lead: task.lead, takenBy: takenBy), at: location.lead))
            }
            let found = texts.findings(task.text)
            let key = found.key
            if found.truncated {
                warnings.append(.warning(.looksTruncated(taskID: task.id), at: location.text))
            }
            if let first = firstText[key] {
                warnings.append(.warning(.duplicateText(taskID: task.id, sameAs: first.id, line: first.line), at: location.text))
            } else {
                firstText[key] = (task.id, location.row.line)
            }
            if let sentence = found.repeatedSentence {
                warnings.append(.warning(.repeatedSentence(taskID: task.id, sentence: sentence), at: location.text))
            }
            if let sample = found.garbled { warnings.append(.warning(.looksGarbled(sample: sample), at: location.text)) }
            for (text, at) in [(task.lead, location.lead), (task.partners.joined(separator: "; "), location.partners)] {
                if let sample = texts.garbledSample(text) { warnings.append(.warning(.looksGarbled(sample: sample), at: at)) }
            }
        }
        let groups = Set(plan.tasks.map(\.group))
        for group in TaskGroup.allCases where !groups.contains(group) {
            warnings.append(.warning(.emptyGroup(plan: plan.id, group: group), at: .wholeFile(loaded.file)))
        }
        return warnings
    }

    /// What the checks find in a task's text, worked out once per text: a national roll-up repeats a few
    /// texts thousands of times. (`TextChecks` is the rule; this only remembers its answers.)
    struct TextFindings {
        final class Found: Sendable {
            let key: String
            let truncated: Bool
            let repeatedSentence: String?
            let garbled: String?

            init(_ text: String) {
                key = VietnameseText.looseKey(text)
                truncated = TextChecks.looksTruncated(text, looseKey: key)
                repeatedSentence = TextChecks.repeatedSentence(in: text)
                garbled = TextChecks.garbledSample(text)
            }
        }

        private var known = ByteCache<Found>()
        private var garbled = ByteCache<String?>()

        mutating func findings(_ text: String) -> Found {
            var bytes = text
            return bytes.withUTF8 { utf8 in known.value(for: utf8) { _ in Found(text) } }
        }

        /// A garbled sample of an agency cell, once per cell.
        mutating func garbledSample(_ text: String) -> String? {
            var bytes = text
            return bytes.withUTF8 { utf8 in garbled.value(for: utf8) { _ in TextChecks.garbledSample(text) } }
        }
    }

    /// Whether the registry knows an agency name, each name looked up once.
    struct AgencyCheck {
        let registry: AgencyRegistry
        /// Whether each name is in the registry, found again by its bytes: a national set's returns name an agency
        /// 856,867 times, and hashing Vietnamese text as a `String` key normalises it each time.
        private var known = ByteCache<Bool>()
        /// Each unknown name's suggestions, worked out once however often it is written.
        private var suggestions: [String: [String]] = [:]

        init(registry: AgencyRegistry) {
            self.registry = registry
        }

        mutating func check(_ name: String, at location: SourceLocation, into warnings: inout [Diagnostic]) {
            guard !name.isEmpty else { return }
            var bytes = name
            let isKnown = bytes.withUTF8 { [registry] in known.value(for: $0) { _ in registry.agencyAndPlace(named: name) != nil } }
            if !isKnown {
                let nearest = suggestions[name] ?? registry.suggestions(for: name)
                suggestions[name] = nearest
                warnings.append(.warning(.unknownAgency(name, suggestions: nearest), at: location))
            }
        }
    }
}

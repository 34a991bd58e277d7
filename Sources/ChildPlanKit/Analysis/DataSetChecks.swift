/// Warnings about what the data says, as opposed to how it is written:
/// names the registry does not know, gaps, leads that no longer exist,
/// texts that look cut off, repeated or garbled. `childplan validate` prints them.
public enum DataSetChecks {
    public static func warnings(_ data: AssembledData, asOf day: Day) -> [Diagnostic] {
        let registry = data.dataSet.registry
        let plans = data.plans
        // Plans are checked a range at a time on every core (a national
        // roll-up has 85,000 task texts), their warnings kept in plan order.
        let perPlan = Parallel.array(count: plans.count, ranges: Parallel.ranges(of: plans.count)) { range, slots in
            var agencies = AgencyCheck(registry: registry)
            for index in range { slots.put(planWarnings(plans[index], asOf: day, agencies: &agencies), at: index) }
        }
        var warnings = perPlan.flatMap { $0 }
        var agencies = AgencyCheck(registry: registry)
        for file in data.files.updates {
            for (index, update) in file.updates.enumerated() {
                agencies.check(update.agency, at: file.location(of: index, column: \.agencyColumn), into: &warnings)
            }
        }
        return warnings
    }

    static func planWarnings(_ loaded: LoadedPlan, asOf day: Day, agencies: inout AgencyCheck) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let plan = loaded.plan
        let registry = agencies.registry
        var firstText: [String: (id: String, line: Int)] = [:]
        for task in plan.tasks {
            let location = loaded.taskLocations[task.id] ?? TaskLocation(row: SourceLocation(file: loaded.file, line: 1, column: 1))
            agencies.check(task.lead, at: location.lead, into: &warnings)
            for partner in task.partners { agencies.check(partner, at: location.partners, into: &warnings) }
            if registry.carrier(of: task.lead, on: day).needsNewLead(on: day) {
                warnings.append(.warning(.districtLead(taskID: task.id, lead: task.lead), at: location.lead))
            }
            let key = VietnameseText.looseKey(task.text)
            if TextChecks.looksTruncated(task.text, looseKey: key) {
                warnings.append(.warning(.looksTruncated(taskID: task.id), at: location.text))
            }
            if let first = firstText[key] {
                warnings.append(.warning(.duplicateText(taskID: task.id, sameAs: first.id, line: first.line), at: location.text))
            } else {
                firstText[key] = (task.id, location.row.line)
            }
            if let sentence = TextChecks.repeatedSentence(in: task.text) {
                warnings.append(.warning(.repeatedSentence(taskID: task.id, sentence: sentence), at: location.text))
            }
            for (text, at) in [(task.text, location.text), (task.lead, location.lead), (task.partners.joined(separator: "; "), location.partners)] {
                if let sample = TextChecks.garbledSample(text) { warnings.append(.warning(.looksGarbled(sample: sample), at: at)) }
            }
        }
        let groups = Set(plan.tasks.map(\.group))
        for group in TaskGroup.allCases where !groups.contains(group) {
            warnings.append(.warning(.emptyGroup(plan: plan.id, group: group), at: .wholeFile(loaded.file)))
        }
        return warnings
    }

    /// Whether the registry knows an agency name, each name looked up once.
    struct AgencyCheck {
        let registry: AgencyRegistry
        private var known: [String: Bool] = [:]

        init(registry: AgencyRegistry) {
            self.registry = registry
        }

        mutating func check(_ name: String, at location: SourceLocation, into warnings: inout [Diagnostic]) {
            guard !name.isEmpty else { return }
            let isKnown = known[name] ?? (registry.agency(named: name) != nil)
            known[name] = isKnown
            if !isKnown {
                warnings.append(.warning(.unknownAgency(name, suggestions: registry.suggestions(for: name)), at: location))
            }
        }
    }
}

/// Heuristics on task texts.
enum TextChecks {
    /// Words a Vietnamese sentence does not end on: a text ending on one was
    /// probably cut off when copied.
    static let connectives: Set<String> = [
        "va", "cua", "cac", "cho", "trong", "voi", "de", "ve", "theo", "tai", "nhung", "duoc", "la", "co", "hoac",
        "hay", "den", "tu", "nham", "bang", "qua", "nhu", "khi", "ma", "thi", "cung", "vao", "tren", "duoi", "giua",
    ]

    /// True when the text ends on a comma, dash or connective, or leaves a
    /// parenthesis open. `looseKey`, when given, is `VietnameseText.looseKey(text)`.
    static func looksTruncated(_ text: String, looseKey: String? = nil) -> Bool {
        let trimmed = text.trimmingSuffix(" ")
        guard let last = trimmed.unicodeScalars.last else { return false }
        if [",", ";", ":", "(", "/", "-", "–", "—"].contains(last) { return true }
        // Without a "(" byte there is no "(" character to leave open.
        if trimmed.utf8.contains(0x28), trimmed.filter({ $0 == "(" }).count > trimmed.filter({ $0 == ")" }).count { return true }
        let key = trimmed.utf8.count == text.utf8.count ? looseKey ?? VietnameseText.looseKey(trimmed) : VietnameseText.looseKey(trimmed)
        let lastWord = key.split(separator: " ").last.map(String.init) ?? ""
        return connectives.contains(lastWord)
    }

    /// A sentence of four words or more that the text holds twice (a paste done twice).
    static func repeatedSentence(in text: String) -> String? {
        // Two sentences need a separator with text after it.
        guard let separator = text.utf8.firstIndex(where: { $0 == 0x2E || $0 == 0x3B || $0 == 0x0A }),
              text.utf8[text.utf8.index(after: separator)...].contains(where: { $0 != 0x2E && $0 != 0x3B && $0 != 0x0A && $0 != 0x20 })
        else { return nil }
        var seen: Set<String> = []
        for sentence in text.split(whereSeparator: { $0 == "." || $0 == ";" || $0 == "\n" }) {
            let tidy = VietnameseText.tidyName(String(sentence)).trimmingSuffix(" ")
            let trimmed = tidy.hasPrefix("- ") ? String(tidy.dropFirst(2)) : tidy
            guard trimmed.split(separator: " ").count >= 4 else { continue }
            if !seen.insert(VietnameseText.looseKey(trimmed)).inserted { return trimmed }
        }
        return nil
    }

    /// Latin-1 letters and signs that Vietnamese never uses, but that TCVN3
    /// or VNI text shows when it was opened as another encoding and saved as Unicode.
    static let foreignLatin: Set<Character> = Set("¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ")

    /// A short excerpt around the first garbled-looking run, when at least
    /// two such characters stand in the text.
    static func garbledSample(_ text: String) -> String? {
        // Each of those characters is one Latin-1 scalar: fewer than two such scalars, fewer than two such characters.
        guard text.unicodeScalars.lazy.filter({ $0.value >= 0xA1 && $0.value <= 0xFF && foreignLatin.contains(Character($0)) })
            .prefix(2).count == 2 else { return nil }
        let characters = Array(text)
        let hits = characters.indices.filter { foreignLatin.contains(characters[$0]) }
        guard hits.count >= 2, let first = hits.first else { return nil }
        let start = max(0, first - 8)
        let end = min(characters.count, first + 12)
        return String(characters[start..<end])
    }
}

/// Warnings about what the data says, as opposed to how it is written:
/// names the registry does not know, gaps, leads that no longer exist,
/// texts that look cut off, repeated or garbled. `childplan validate` prints them.
public enum DataSetChecks {
    public static func warnings(_ data: AssembledData, asOf day: Day) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let registry = data.dataSet.registry
        var knownNames: [String: Bool] = [:]
        func checkAgency(_ name: String, at location: SourceLocation) {
            guard !name.isEmpty else { return }
            let isKnown = knownNames[name] ?? (registry.agency(named: name) != nil)
            knownNames[name] = isKnown
            if !isKnown {
                warnings.append(.warning(.unknownAgency(name, suggestions: registry.suggestions(for: name)), at: location))
            }
        }
        for loaded in data.plans {
            let plan = loaded.plan
            var firstText: [String: (id: String, line: Int)] = [:]
            for task in plan.tasks {
                let location = loaded.taskLocations[task.id] ?? TaskLocation(row: SourceLocation(file: loaded.file, line: 1, column: 1))
                checkAgency(task.lead, at: location.lead)
                for partner in task.partners { checkAgency(partner, at: location.partners) }
                if day >= AdministrativeLevel.districtLevelEnded, registry.carrier(of: task.lead, on: day).level == .district {
                    warnings.append(.warning(.districtLead(taskID: task.id, lead: task.lead), at: location.lead))
                }
                if TextChecks.looksTruncated(task.text) {
                    warnings.append(.warning(.looksTruncated(taskID: task.id), at: location.text))
                }
                let key = VietnameseText.looseKey(task.text)
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
        }
        for file in data.files.updates {
            for (index, update) in file.updates.enumerated() {
                checkAgency(update.agency, at: file.location(of: index, column: \.agencyColumn))
            }
        }
        return warnings
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

    /// True when the text ends on a comma, dash or connective, or leaves a parenthesis open.
    static func looksTruncated(_ text: String) -> Bool {
        let trimmed = text.trimmingSuffix(" ")
        guard let last = trimmed.unicodeScalars.last else { return false }
        if [",", ";", ":", "(", "/", "-", "–", "—"].contains(last) { return true }
        if trimmed.filter({ $0 == "(" }).count > trimmed.filter({ $0 == ")" }).count { return true }
        let lastWord = VietnameseText.looseKey(trimmed).split(separator: " ").last.map(String.init) ?? ""
        return connectives.contains(lastWord)
    }

    /// A sentence of four words or more that the text holds twice (a paste done twice).
    static func repeatedSentence(in text: String) -> String? {
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
        let characters = Array(text)
        let hits = characters.indices.filter { foreignLatin.contains(characters[$0]) }
        guard hits.count >= 2, let first = hits.first else { return nil }
        let start = max(0, first - 8)
        let end = min(characters.count, first + 12)
        return String(characters[start..<end])
    }
}

/// A province or centrally-run city, and the one it merged into (Resolution 202/2025/QH15).
public struct Place: Hashable, Sendable {
    /// The proper name: `Kon Tum`, `Hồ Chí Minh`.
    public var name: String
    /// `tỉnh` or `thành phố` (a centrally-run city).
    public var word: PlaceWord
    public var aliases: [String]
    /// The proper name of the province it merged into, and from when.
    public var successor: String?
    public var since: Day?

    public init(name: String, word: PlaceWord, aliases: [String] = [], successor: String? = nil, since: Day? = nil) {
        self.name = name
        self.word = word
        self.aliases = aliases
        self.successor = successor
        self.since = since
    }

    public var jurisdiction: Jurisdiction { Jurisdiction(level: .province, name: "\(word.rawValue) \(name)") }
}

/// A jurisdiction that became another on a day: a province merged, or a
/// district whose level ended (`to` nil: the communes and wards took over).
public struct PlaceChange: Hashable, Sendable {
    public var from: Jurisdiction
    public var to: Jurisdiction?
    public var since: Day
}

/// The provinces and centrally-run cities, and their mergers by date: what
/// tells `thành phố Hải Phòng` (a province) from `thành phố Thủy Nguyên` (a
/// district-level city), and Kon Tum's agencies from Quảng Ngãi's after 1 July 2025.
public struct PlaceRegistry: Sendable {
    public private(set) var places: [Place] = []
    /// `looseKey` of each proper name and alias → index.
    private var index: [String: Int] = [:]

    public init(places: [Place] = []) {
        for place in places { add(place) }
    }

    /// Adds a place, or replaces the one of the same name (a user's file overrides the built-in one).
    public mutating func add(_ place: Place) {
        if let known = index[VietnameseText.looseKey(place.name)] {
            places[known] = place
            for alias in place.aliases { index[VietnameseText.looseKey(alias)] = known }
        } else {
            places.append(place)
            for spelling in [place.name] + place.aliases { index[VietnameseText.looseKey(spelling)] = places.count - 1 }
        }
    }

    /// The province a name means: `Kon Tum`, `tỉnh Kon Tum`, `TP. Hồ Chí Minh`, without regard to case or diacritics.
    public func place(named name: String) -> Place? {
        if let found = index[VietnameseText.looseKey(name)] { return places[found] }
        let words = PlaceRegistry.words(of: name)
        if let (_, rest) = PlaceRegistry.kindWord(at: 0, of: words), rest < words.count {
            return index[VietnameseText.looseKey(words[rest...].joined(separator: " "))].map { places[$0] }
        }
        return nil
    }

    // MARK: Reading a jurisdiction

    static let nationKeys: Set<String> = ["viet nam", "toan quoc", "ca nuoc", "trung uong", "quoc gia", "nation", "national", "vietnam"]

    /// A jurisdiction as `--jurisdiction` and plan files write it: `tỉnh Kon Tum`, `Kon Tum`,
    /// `thành phố Thủy Nguyên, thành phố Hải Phòng`, `xã Tân Phú, tỉnh Quảng Ngãi`, `Việt Nam`.
    /// Nil when the text names no unit (no kind word and no known province).
    public func jurisdiction(parsing text: String) -> Jurisdiction? {
        let tidy = VietnameseText.tidyName(text)
        if PlaceRegistry.nationKeys.contains(VietnameseText.looseKey(tidy)) { return .nation }
        let parts = tidy.split(separator: ",").map { VietnameseText.tidyName(String($0)) }.filter { !$0.isEmpty }
        guard let first = parts.first else { return nil }
        var province: Jurisdiction?
        if parts.count > 1 {
            guard let place = place(named: parts[parts.count - 1]) else { return nil }
            province = place.jurisdiction
        }
        return unit(first, in: province)
    }

    /// One unit's name with its kind word (or a province's proper name alone).
    func unit(_ text: String, in province: Jurisdiction?) -> Jurisdiction? {
        let words = PlaceRegistry.words(of: text)
        guard let (word, rest) = PlaceRegistry.kindWord(at: 0, of: words) else {
            return place(named: text)?.jurisdiction
        }
        guard rest < words.count else { return nil }
        let properName = words[rest...].joined(separator: " ")
        if word == .province || word == .city, province == nil, let place = place(named: properName) {
            return place.jurisdiction
        }
        return Jurisdiction(level: word.levelWhenNotAProvince, name: "\(word.rawValue) \(properName)", province: province?.name)
    }

    /// Where a plan belongs: its `jurisdiction` when given, else the place its issuer names.
    public func jurisdiction(of plan: Plan) -> Jurisdiction? {
        if let given = plan.jurisdiction { return jurisdiction(parsing: given) }
        return plan.issuer.flatMap(jurisdiction(ofIssuer:))
    }

    /// Where a plan belongs, from its issuer: the nation for the Prime Minister, the Government or a
    /// ministry; else the place its name ends with (`UBND tỉnh Kon Tum` → tỉnh Kon Tum; `Sở Giáo dục
    /// và Đào tạo thành phố Hải Phòng` → thành phố Hải Phòng). Nil when the issuer names no place.
    public func jurisdiction(ofIssuer issuer: String) -> Jurisdiction? {
        let key = VietnameseText.looseKey(issuer)
        if key.hasPrefix("thu tuong") || key.hasPrefix("chinh phu") || key.hasPrefix("bo ") || key == "quoc hoi" { return .nation }
        return placePhrase(in: issuer).flatMap { unit($0.text, in: nil) }
    }

    /// The place an agency's name or an issuer ends with (`… tỉnh Kon Tum`), and the name before it:
    /// the last kind word followed by a capitalised word or a number (`Xã hội` is not a place).
    public func placePhrase(in name: String) -> (text: String, before: String)? {
        let words = PlaceRegistry.words(of: name)
        var start = words.count - 1
        while start >= 0 {
            if let (_, rest) = PlaceRegistry.kindWord(at: start, of: words), rest < words.count,
               let initial = words[rest].unicodeScalars.first,
               initial.properties.isUppercase || ("0"..."9").contains(initial) {
                return (words[start...].joined(separator: " "), words[..<start].joined(separator: " "))
            }
            start -= 1
        }
        return nil
    }

    static func words(of text: String) -> [String] {
        VietnameseText.tidyName(text).split(separator: " ").map(String.init)
    }

    /// The kind word beginning at a word, and the index of the word after it.
    static func kindWord(at start: Int, of words: [String]) -> (PlaceWord, Int)? {
        for length in [2, 1] where start + length <= words.count {
            let key = VietnameseText.looseKey(words[start..<(start + length)].joined(separator: " "))
            if let found = PlaceWord.spellings.first(where: { $0.key == key }) { return (found.word, start + length) }
        }
        return nil
    }

    // MARK: Successions

    /// The jurisdiction on a day: a province after its mergers; a district or commune with its province's.
    public func current(_ jurisdiction: Jurisdiction, on day: Day) -> Jurisdiction {
        switch jurisdiction.level {
        case .national: return jurisdiction
        case .province: return currentProvince(jurisdiction, on: day)
        case .district, .commune:
            guard let province = jurisdiction.provinceJurisdiction else { return jurisdiction }
            let now = currentProvince(province, on: day)
            return now == province ? jurisdiction : Jurisdiction(level: jurisdiction.level, name: jurisdiction.name, province: now.name)
        }
    }

    private func currentProvince(_ province: Jurisdiction, on day: Day) -> Jurisdiction {
        guard var place = place(named: province.name) else { return province }
        var seen: Set<String> = [place.name]
        while let successor = place.successor, let since = place.since, since <= day,
              let next = self.place(named: successor), seen.insert(next.name).inserted {
            place = next
        }
        return place.jurisdiction
    }

    /// What became of a jurisdiction by a day: the province it merged into, or the end of the district level.
    public func change(of jurisdiction: Jurisdiction, by day: Day) -> PlaceChange? {
        if jurisdiction.level == .district, day >= AdministrativeLevel.districtLevelEnded {
            return PlaceChange(from: jurisdiction, to: nil, since: AdministrativeLevel.districtLevelEnded)
        }
        guard let province = jurisdiction.provinceJurisdiction, let place = place(named: province.name),
              let since = place.since, since <= day else { return nil }
        let now = current(jurisdiction, on: day)
        return now == jurisdiction ? nil : PlaceChange(from: jurisdiction, to: now, since: since)
    }
}

import Foundation

/// Reads an agency registry CSV: `name,short,aliases,kind,successor,since`,
/// and optionally `level`. Short forms and aliases are `;`-separated.
///
/// Two more kinds of row share the format:
/// - a **place**: kind `tỉnh` or `thành phố` (a province or centrally-run city), its proper
///   name, and the province it merged into with the day (`Kon Tum,tỉnh,Quảng Ngãi,2025-07-01`);
/// - a **duty that split**: a row with a `duty` column filled names an agency already known, the
///   duty (`tôn giáo`), its `keywords` (`;`-separated, matched against task texts), the
///   agency that took it and since when, and optionally the provinces where it holds (`jurisdictions`).
public enum RegistryReader {
    public static func read(utf8 bytes: [UInt8], file: String) -> (LoadedRegistry?, [Diagnostic]) {
        switch CSVSource.table(for: bytes, file: file, kind: .registry) {
        case .success((var parser, let header)): return read(&parser, header: header, file: file)
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
    }

    /// Reads the rows after a registry header already found.
    static func read<Source: RecordSource>(_ parser: inout Source, header: CSVHeader, file: String) -> (LoadedRegistry?, [Diagnostic]) {
        var log = DiagnosticLog(file: file)
        var agencies: [Agency] = []
        var places: [Place] = []
        var duties: [(agency: String, rule: DutyRule)] = []
        func column(_ words: Set<String>) -> Int? { header.titles.firstIndex { words.contains(VietnameseText.looseKey($0)) } }
        do {
            let levelColumn = column(["level", "cap"])
            let dutyColumn = column(["duty", "linh vuc", "nhiem vu"])
            let keywordsColumn = column(["keywords", "tu khoa"])
            let jurisdictionsColumn = column(["jurisdictions", "dia ban", "where"])
            while try parser.nextRecord() {
                let record = parser.record
                guard !record.isBlank, log.checkWidth(of: record, header: header) else { continue }
                func cell(_ role: ColumnRole) -> String { header.columns[role].map(record.string) ?? "" }
                let name = AgencyList.single(cell(.name))
                guard !name.isEmpty else {
                    log.error(.missingAgencyName, in: record, field: header.columns[.name])
                    continue
                }
                let kindText = VietnameseText.tidyName(cell(.kind))
                let sinceText = VietnameseText.tidyName(cell(.since))
                var since: Day?
                if !sinceText.isEmpty {
                    since = Day(parsing: sinceText)
                    if since == nil { log.error(.invalidDate(sinceText), in: record, field: header.columns[.since]) }
                }
                let levelText = levelColumn.map { VietnameseText.looseKey(record.string($0)) } ?? ""
                let level = AdministrativeLevel(rawValue: levelText)
                if !levelText.isEmpty, level == nil {
                    log.error(.invalidValue(key: "level", value: levelText, expected: .level),
                              in: record, field: levelColumn)
                }
                let successor = AgencyList.single(cell(.successor))
                let duty = dutyColumn.map { VietnameseText.tidyName(record.string($0)) } ?? ""
                if !duty.isEmpty {
                    guard let since else {
                        if sinceText.isEmpty { log.error(.missingRegistryValue(column: "since"), in: record, field: header.columns[.since]) }
                        continue
                    }
                    let keywords = keywordsColumn.map { AgencyList.split(record.string($0)) } ?? []
                    if keywords.isEmpty, !successor.isEmpty { log.error(.missingRegistryValue(column: "keywords"), in: record, field: keywordsColumn) }
                    duties.append((name, DutyRule(duty: duty, keywords: keywords, successor: successor, since: since,
                                                  jurisdictions: jurisdictionsColumn.map { AgencyList.split(record.string($0)) } ?? [])))
                    continue
                }
                if let word = PlaceWord(rawValue: VietnameseText.matchKey(kindText)), word == .province || word == .city {
                    places.append(Place(name: name, word: word, aliases: AgencyList.split(cell(.aliases)),
                                        successor: successor.isEmpty ? nil : successor, since: since))
                    continue
                }
                let kind = AgencyKind(word: kindText)
                if kind == nil { log.error(.unknownAgencyKind(kindText), in: record, field: header.columns[.kind]) }
                if !successor.isEmpty, VietnameseText.matchKey(successor) == VietnameseText.matchKey(name) {
                    log.error(.successionCycle([name, successor]), in: record, field: header.columns[.successor])
                }
                // The row's other cells are checked even when its kind is unknown; only a whole row is kept.
                guard let kind else { continue }
                agencies.append(Agency(
                    name: name, shortForms: AgencyList.split(cell(.short)), aliases: AgencyList.split(cell(.aliases)),
                    kind: kind, successor: successor.isEmpty ? nil : successor, since: since, level: level))
            }
        } catch {
            log.diagnostics.append(CSVSource.diagnostic(for: error, file: file))
        }
        guard !log.hasErrors else { return (nil, log.diagnostics) }
        return (LoadedRegistry(file: file, agencies: agencies, places: places, duties: duties), log.diagnostics)
    }
}

extension AgencyKind {
    /// Reads a kind as the registry writes it, in any case and spacing
    /// (`peoplesCommittee`, `peoples committee`, `people's committee`).
    public init?(word: String) {
        let key = VietnameseText.compactKey(word).replacingOccurrences(of: "'", with: "")
        let aliases: [String: AgencyKind] = ["massorganization": .massOrganisation, "front": .massOrganisation]
        if let kind = AgencyKind.allCases.first(where: { $0.rawValue.lowercased() == key }) ?? aliases[key] {
            self = kind
        } else {
            return nil
        }
    }
}

import ChildPlanKit
import Foundation

/// One libFuzzer target each: a reader fed the fuzzer's bytes as a file, the
/// whole pipeline fed a data set made from them, or the updates log. Any trap
/// is a bug: bad input must end in a diagnostic, never a crash or a hang.
enum FuzzTarget: String, CaseIterable {
    case csv
    case appendix
    case planJSON = "plan-json"
    case updates
    case registry
    /// The readers of single cells: timeframe, period, day, status, agency lists and names.
    case words
    case pipeline
    case log
    /// DEFLATE streams; ZIP archives; a Word document's body XML; an Excel sheet's XML (`OfficeFuzz`).
    case inflate
    case zip
    case docx
    case xlsx

    func run(_ bytes: [UInt8]) {
        switch self {
        case .csv: Self.readCSV(bytes)
        case .appendix: Self.readAppendix(bytes)
        case .planJSON: Self.readPlanJSON(bytes)
        case .updates: _ = UpdatesReader.read(utf8: bytes, file: "fuzz.csv")
        case .registry: _ = RegistryReader.read(utf8: bytes, file: "fuzz.csv")
        case .words: Self.readWords(bytes)
        case .pipeline: PipelineFuzz.run(bytes)
        case .log: LogFuzz.run(bytes)
        case .inflate: OfficeFuzz.inflate(bytes)
        case .zip: OfficeFuzz.zip(bytes)
        case .docx: OfficeFuzz.document(bytes)
        case .xlsx: OfficeFuzz.sheet(bytes)
        }
    }

    static func readCSV(_ bytes: [UInt8]) {
        guard case .success(let utf8) = SourceText.utf8(from: bytes) else { return }
        var parser = CSVParser(utf8: utf8)
        var records = 0
        while records < 10_000, (try? parser.nextRecord()) == true {
            records += 1
            for field in 0..<parser.record.count {
                _ = parser.record.string(field)
                _ = parser.record.position(ofField: field)
            }
            _ = parser.record.position(ofField: parser.record.count)
        }
    }

    static func readAppendix(_ bytes: [UInt8]) {
        let (loaded, _) = AppendixImporter.read(utf8: bytes, file: "fuzz.csv", planID: "fuzz")
        guard let plan = loaded?.plan else { return }
        // What import writes, the plan reader reads back as the same plan.
        // Warnings (a timeframe not understood) come back as they were on import; no error may.
        let (readBack, problems) = PlanJSONCodec.read(utf8: PlanJSONCodec.encode(plan), file: "round-trip.json")
        let errors = problems.filter { $0.severity == .error }
        guard let readBack, errors.isEmpty else { fatalError("an imported plan did not read back: \(errors)") }
        guard readBack.plan.tasks == plan.tasks else { fatalError("an imported plan read back with other tasks") }
    }

    static func readPlanJSON(_ bytes: [UInt8]) {
        let (loaded, _) = PlanJSONCodec.read(utf8: bytes, file: "fuzz.json")
        guard let plan = loaded?.plan else { return }
        let (readBack, _) = PlanJSONCodec.read(utf8: PlanJSONCodec.encode(plan), file: "round-trip.json")
        guard readBack?.plan.tasks == plan.tasks else { fatalError("a plan written again read back with other tasks") }
    }

    static func readWords(_ bytes: [UInt8]) {
        let text = String(decoding: bytes.prefix(256), as: UTF8.self)
        _ = Timeframe(text)
        _ = ReportingPeriod(parsing: text)
        _ = Status(word: text)
        _ = Day(parsing: text)
        _ = AgencyList.split(text)
        _ = DefaultRegistry.registry.agency(named: text)
        _ = DefaultRegistry.registry.suggestions(for: text)
        _ = DefaultRegistry.registry.carrier(of: text, on: Day(year: 2026, month: 7, day: 1)!)
        _ = AgencyList.single(text)
        // Places: a jurisdiction as written, an issuer's, and an agency in a place with a task's text as its subject.
        let places = DefaultRegistry.registry.places
        let place = places.jurisdiction(parsing: text)
        _ = places.jurisdiction(ofIssuer: text)
        _ = DefaultRegistry.registry.carrier(of: text, on: Day(year: 2025, month: 7, day: 1)!, in: place ?? .nation, subject: text,
                                             qualified: true, writtenOn: Day(year: 2025, month: 4, day: 26)!)
    }
}

import Foundation
import Testing

@testable import ChildPlanKit

@Suite("Plan JSON")
struct PlanJSONCodecTests {
    func read(_ text: String) -> (Plan?, [Diagnostic]) {
        let (loaded, diagnostics) = PlanJSONCodec.read(utf8: Array(text.utf8), file: "plan.json")
        return (loaded?.plan, diagnostics)
    }

    @Test func roundTripsEveryField() throws {
        let plan = Plan(
            id: "x", title: "Kế hoạch \"thử\"", issuer: "UBND tỉnh", document: "12/KH-UBND", issued: Build.day("2025-02-14"),
            implements: "27/QĐ-TTg", coordinator: "Sở Y tế",
            reporting: ReportingDeadlines(semiannual: MonthDay("06-15")!, annual: MonthDay("11-30")!, dueBefore: false),
            tasks: [
                PlanTask(group: .communication, number: 2, text: "- a\n- b | c", lead: "Sở Y tế",
                         partners: ["Sở Văn hóa, Thể thao và Du lịch", "UBND các xã, phường"], timeframe: Timeframe("Năm 2027")),
                PlanTask(group: .budget, number: 1, text: "d", lead: "Sở Tài chính", partners: [], timeframe: Timeframe("")),
            ])
        let bytes = PlanJSONCodec.encode(plan)
        let (decoded, diagnostics) = PlanJSONCodec.read(utf8: bytes, file: "x.json")
        #expect(diagnostics.isEmpty)
        #expect(decoded?.plan == plan)
        #expect(PlanJSONCodec.encode(try #require(decoded?.plan)) == bytes)
    }

    @Test func writesTheKeysOfDesignSection6InOrder() throws {
        let text = String(decoding: PlanJSONCodec.encode(Plan(id: "x", tasks: [])), as: UTF8.self)
        let keys = text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  \"") else { return nil }
            return String(line.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(keys == ["format", "id", "title", "issuer", "document", "issued", "implements", "coordinator", "reporting", "tasks"])
        #expect(text.hasSuffix("\n"))
    }

    @Test func theShippedKonTumJSONMatchesItsAppendix() throws {
        let (json, jsonDiagnostics) = PlanJSONCodec.read(
            utf8: try Repository.bytes(Repository.dataFile("kon-tum-2025.json")), file: "kon-tum-2025.json")
        let (csv, csvDiagnostics) = AppendixImporter.read(
            utf8: try Repository.bytes(Repository.dataFile("kon-tum-2025.csv")), file: "kon-tum-2025.csv", planID: "kon-tum-2025")
        #expect(jsonDiagnostics.isEmpty && csvDiagnostics.isEmpty)
        let plan = try #require(json?.plan)
        #expect(plan.tasks == csv?.plan.tasks)
        #expect(plan.issuer == "UBND tỉnh Kon Tum")
        #expect(plan.implements == "27/QĐ-TTg")
        #expect(plan.coordinator == "Sở Lao động - Thương binh và Xã hội")
        #expect(plan.document == "…/KH-UBND")
    }

    static let minimalTask = #"{"id": "I.1", "group": 1, "number": 1, "text": "a", "lead": "Sở Y tế", "partners": [], "timeframe": ""}"#

    static let badCases: [BadInputCase] = [
        BadInputCase(name: "syntax error", text: "{\n  \"format\": \"childplan.plan/1\",\n  \"id\": \"x\"\n  \"tasks\": []\n}",
                problems: [.invalidJSON(.commaOrClosingExpected("}"))], positions: ["4:3"]),
        BadInputCase(name: "not a plan", text: #"{"id": "x", "tasks": []}"#, problems: [.unsupportedPlanFormat(nil)], positions: ["1:1"]),
        BadInputCase(name: "other format", text: #"{"format": "childplan.plan/9", "id": "x", "tasks": []}"#,
                problems: [.unsupportedPlanFormat("childplan.plan/9")], positions: ["1:12"]),
        BadInputCase(name: "missing tasks", text: #"{"format": "childplan.plan/1", "id": "x"}"#, problems: [.missingKey("tasks")], positions: ["1:1"]),
        BadInputCase(name: "an inferred plan detail that is not one",
                text: #"{"format": "childplan.plan/1", "id": "x", "inferred": ["reporting", "lead"], "tasks": []}"#,
                problems: [.invalidValue(key: "inferred", value: "lead", expected: .arrayOf(["title", "issuer", "document", "issued", "implements", "coordinator", "reporting"]))],
                positions: ["1:69"]),
        BadInputCase(name: "an inferred task detail that is not one",
                text: #"{"format": "childplan.plan/1", "id": "x", "tasks": [{"group": 1, "number": 1, "text": "a", "lead": "b", "inferred": "lead"}]}"#,
                problems: [.wrongType(key: "inferred", expected: .arrayOf(["lead", "partners", "timeframe"]))], positions: ["1:117"]),
        BadInputCase(name: "a request on no real day",
                text: #"{"format": "childplan.plan/1", "id": "x", "tasks": [{"group": 1, "number": 1, "text": "a", "lead": "b", "requested": "31/02/2026"}]}"#,
                problems: [.invalidDate("31/02/2026")], positions: ["1:118"]),
        BadInputCase(name: "dueBefore that is not true or false",
                text: #"{"format": "childplan.plan/1", "id": "x", "reporting": {"dueBefore": "yes"}, "tasks": []}"#,
                problems: [.wrongType(key: "dueBefore", expected: .trueOrFalse)], positions: ["1:70"]),
        BadInputCase(name: "unknown group",
                text: #"{"format": "childplan.plan/1", "id": "x", "tasks": [{"group": 8, "number": 1, "text": "a", "lead": "b"}]}"#,
                problems: [.unknownGroupNumeral("8")], positions: ["1:63"]),
        BadInputCase(name: "task without a lead",
                text: #"{"format": "childplan.plan/1", "id": "x", "tasks": [{"group": 1, "number": 1, "text": "a", "lead": " "}]}"#,
                problems: [.missingLead(taskID: "I.1")], positions: ["1:100"]),
        BadInputCase(name: "duplicate task id",
                text: #"{"format": "childplan.plan/1", "id": "x", "tasks": [\#(minimalTask),\#n\#(minimalTask)]}"#,
                problems: [.duplicateTaskID("I.1", firstLine: 1)], positions: ["2:1"]),
        BadInputCase(name: "id that does not match",
                text: #"{"format": "childplan.plan/1", "id": "x", "tasks": [{"id": "II.1", "group": 1, "number": 1, "text": "a", "lead": "b"}]}"#,
                problems: [.taskIDMismatch(id: "II.1", expected: "I.1")], positions: ["1:60"]),
        BadInputCase(name: "a date that is not a date", text: #"{"format": "childplan.plan/1", "id": "x", "issued": "2025-02-30", "tasks": []}"#,
                problems: [.invalidDate("2025-02-30")], positions: ["1:53"]),
        BadInputCase(name: "empty file", text: "", problems: [.emptyFile], positions: ["1:1"]),
    ]

    @Test("Bad plan files", arguments: badCases)
    func badInput(_ badCase: BadInputCase) {
        let (plan, diagnostics) = read(badCase.text)
        badCase.check(plan, diagnostics)
    }

    @Test func unknownKeysAreWarnings() throws {
        let (plan, diagnostics) = read(#"{"format": "childplan.plan/1", "id": "x", "tiemframe": 1, "tasks": []}"#)
        #expect(plan != nil)
        #expect(diagnostics == [.warning(.unknownKey("tiemframe"), at: SourceLocation(file: "plan.json", line: 1, column: 43))])
    }
}

@Suite("JSON parser")
struct JSONParserTests {
    @Test func aLongArrayWrittenOnEveryCoreReadsAsOneWrittenInOrder() {
        let count = JSONWriter.parallelArrayLength * 3 + 7
        let document = JSONWriter.Value.object([("items", .array((0..<count).map { .object([("n", .int($0))]) }))])
        let expected = "{\n  \"items\": [\n" + (0..<count).map { "    {\n      \"n\": \($0)\n    }" }.joined(separator: ",\n") + "\n  ]\n}\n"
        #expect(JSONWriter.write(document) == expected)
    }

    @Test func aDocumentInPiecesIsTheDocumentInOne() {
        let long = JSONWriter.parallelArrayLength * 2 + 3
        func list(_ count: Int) -> JSONWriter.Value {
            .generated(count: count) { .object([("n", .int($0)), ("text", .string("Sở \($0) \"x\""))]) }
        }
        let documents: [JSONWriter.Value] = [
            .object([("format", .string("f")), ("first", list(long)), ("short", list(3)), ("second", list(long)), ("end", .null)]),
            // A long list inside a short one, one at the top, and none at all.
            .array([.int(1), list(long), .object([("inner", list(long))])]),
            list(long),
            .object([("only", list(5))]),
        ]
        for document in documents {
            let pieces = JSONWriter.pieces(document)
            #expect(Array(pieces.joined()) == JSONWriter.bytes(document))
            #expect(!pieces.contains { $0.isEmpty })
        }
        #expect(JSONWriter.pieces(documents[0]).count > 2)
        // A list long enough to be written in several batches: each batch's pieces come before the next is made,
        // in order, and together they are the document.
        let longer: JSONWriter.Value = .object([("tasks", list(41_000)), ("end", .int(1))])
        var emitted: [[UInt8]] = []
        JSONWriter.write(longer) { emitted.append($0) }
        #expect(emitted.count >= 20)
        #expect(Array(emitted.joined()) == JSONWriter.bytes(longer))
        #expect(JSONWriter.pieces(documents[3]).count == 1)
        // A sink given the pieces one after another holds the document.
        var sink = ByteSink()
        for piece in JSONWriter.pieces(documents[0]) { sink.write(piece) }
        #expect(sink.bytes == JSONWriter.bytes(documents[0]))
        #expect(Outcome(standardOutput: .bytes(sink.bytes)).stdoutBytes == JSONWriter.bytes(documents[0]))
    }

    @Test func theSearchForBytesToEscapeFindsWhatAByteSearchFinds() {
        var generator = SeededGenerator(seed: 2028)
        let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x41, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA8, 0xC3, 0xE1, 0xE2, 0xE3, 0xFF]
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let start = Int.random(in: 0...bytes.count, using: &generator)
            let expected = bytes[start...].firstIndex { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 } ?? bytes.count
            #expect(bytes.withUnsafeBufferPointer { JSONWriter.firstByteToLookAt(in: $0, from: start) } == expected, "\(bytes) from \(start)")
        }
    }

    @Test func stringsOfEveryKindReadBackAsWritten() throws {
        var generator = SeededGenerator(seed: 2029)
        let pieces = ["a", "Sở Y tế", "\"", "\\", "\n", "\r\n", "\t", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2026}", "—", "/", "😀", " "]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let written = JSONWriter.write(.array([.string(text)]))
            #expect(!written.contains("\u{2028}") && !written.contains("\u{2029}"))
            guard case .array(let elements) = try JSONParser.parse(utf8: Array(written.utf8)).value, case .string(let read)? = elements.first?.value else {
                Issue.record("not an array of one string: \(written)")
                continue
            }
            #expect(read == text)
        }
    }

    @Test("Integers are written as Swift prints them", arguments: [0, 7, 10, -12, 59_488, Int.max, Int.min])
    func integers(number: Int) {
        #expect(JSONWriter.write(.int(number)) == "\(number)\n")
        #expect(JSONWriter.write(.array([.int(number), .null, .bool(true), .object([])])) == "[\n  \(number),\n  null,\n  true,\n  {}\n]\n")
    }

    @Test("Valid documents", arguments: [
        #"{"a": [1, -2.5, 3e2, true, false, null, "x\"\\\/\n\u00e9\ud83d\ude00"]}"#, "[]", "{}", "\"Sở\"", "0",
    ])
    func valid(text: String) throws {
        _ = try JSONParser.parse(utf8: Array(text.utf8))
    }

    @Test("Invalid documents", arguments: ["{", "[1,]", "{\"a\" 1}", "01", "\"\\x\"", "\"a\nb\"", "[1] 2", "", "nul", "\"\\ud800\""])
    func invalid(text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(utf8: Array(text.utf8)) }
    }

    @Test func decodesEscapesAndComposesText() throws {
        let nfd = "Sở".decomposedStringWithCanonicalMapping
        let node = try JSONParser.parse(utf8: Array("[\"\\u00e9\\ud83d\\ude00\", \"\(nfd)\"]".utf8))
        #expect(node.value == .array([
            JSONNode(value: .string("é😀"), line: 1, column: 2), JSONNode(value: .string("Sở"), line: 1, column: 24),
        ]))
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(utf8: Array(text.utf8)) }
    }
}

@Suite("Plan files read with the reading cache")
struct PlanJSONCacheTests {
    /// The cache only remembers: every shipped plan file, read twice through one cache (the second time from it),
    /// is the plan read without it.
    @Test func theCacheGivesThePlanReadWithoutIt() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.data.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count >= 5)
        let cache = ReadingCache()
        for _ in 0..<2 {
            for file in files {
                let bytes = try Repository.bytes(Repository.dataFile(file))
                let plain = PlanJSONCodec.read(utf8: bytes, file: file)
                let cached = PlanJSONCodec.read(utf8: bytes, file: file, cache: cache)
                #expect(cached.0?.plan == plain.0?.plan && cached.0 != nil, "\(file)")
                #expect(cached.1 == plain.1, "\(file)")
            }
        }
    }
}

extension JSONWriter {
    /// The pieces `write(_:emit:)` hands on, gathered.
    static func pieces(_ value: Value) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        write(value) { pieces.append($0) }
        return pieces
    }
}

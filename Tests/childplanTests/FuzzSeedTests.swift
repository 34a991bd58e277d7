import Foundation
import Testing

@testable import ChildPlanFuzz

/// The fuzz targets' seed corpora (scripts/fuzz-seeds/TARGET, kept small by
/// libFuzzer's merge, with every input that once crashed a target) run
/// through their targets: each must end without a trap. scripts/fuzz.sh
/// runs the same targets under libFuzzer and AddressSanitizer.
@Suite("Fuzz seeds")
struct FuzzSeedTests {
    static let seeds = Binary.repository.appendingPathComponent("scripts/fuzz-seeds")

    static func inputs(of target: FuzzTarget) throws -> [URL] {
        let folder = seeds.appendingPathComponent(target.rawValue)
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everySeedRunsThroughItsTarget(_ target: FuzzTarget) throws {
        let inputs = try Self.inputs(of: target)
        #expect(!inputs.isEmpty, "scripts/fuzz-seeds/\(target.rawValue) has seeds")
        for input in inputs { target.run(Array(try Data(contentsOf: input))) }
    }

    @Test func choicesPastTheEndAreTheFirst() {
        var choices = FuzzBytes([7, 1])
        let first = choices.int(in: 0...3)
        let second = choices.bool()
        #expect(first == 3 && second && choices.isAtEnd)
        let afterTheEnd = (choices.int(in: 10...20), choices.pick(["a", "b"]), choices.raw(upTo: 5))
        #expect(afterTheEnd.0 == 10 && afterTheEnd.1 == "a" && afterTheEnd.2.isEmpty)
    }
}

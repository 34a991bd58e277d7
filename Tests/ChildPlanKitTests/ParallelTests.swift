import Foundation
import Testing

@testable import ChildPlanKit

/// The parallel machinery against its slow reference: the same work done
/// one piece after another.
@Suite("Parallel work")
struct ParallelTests {
    @Test func rangesCoverEveryPositionOnce() {
        for count in [0, 1, 2, 7, 100, 3400] {
            for cores in [1, 2, 3] {
                let ranges = Parallel.ranges(of: count, cores: cores)
                #expect(ranges.flatMap { Array($0) } == Array(0..<count))
            }
        }
    }

    @Test(arguments: [1, 2, 3, 16])
    func anArrayFilledOnEveryCoreIsTheOneFilledInOrder(cores: Int) {
        for count in [0, 1, 5, 1000] {
            let ranges = Parallel.ranges(of: count, cores: cores)
            let filled: [String] = Parallel.array(count: count, ranges: ranges) { range, slots in
                for position in range { slots.put("#\(position * position)", at: position) }
            }
            #expect(filled == (0..<count).map { "#\($0 * $0)" })
        }
    }

    @Test func runsRewrittenInPlaceOnEveryCoreMatchTheSortedReference() {
        var generator = SeededGenerator(seed: 27)
        let runs = (0..<200).map { _ in (0..<Int.random(in: 0..<12, using: &generator)).map { _ in Int.random(in: 0..<50, using: &generator) } }
        var flat = Array(runs.joined())
        var starts = [0]
        for run in runs { starts.append(starts.last! + run.count) }
        let (runStarts, ranges) = (starts, Parallel.ranges(of: runs.count, cores: 4))
        let maxima: [Int] = Parallel.array(count: runs.count, ranges: ranges, rewriting: &flat) { range, slots, values in
            for run in range {
                let sorted = (runStarts[run]..<runStarts[run + 1]).map { values[$0] }.sorted()
                for (offset, value) in sorted.enumerated() { values[runStarts[run] + offset] = value }
                slots.put(sorted.last ?? -1, at: run)
            }
        }
        #expect(flat == Array(runs.map { $0.sorted() }.joined()))
        #expect(maxima == runs.map { $0.max() ?? -1 })
    }

    @Test func bothResultsComeBackWhateverTheCores() {
        for cores in [1, 2] {
            let (first, second) = Parallel.both({ (1...100).reduce(0, +) }, { "done" }, cores: cores)
            #expect(first == 5050 && second == "done")
        }
    }
}

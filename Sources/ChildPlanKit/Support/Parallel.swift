import Foundation
import Synchronization

/// Work spread over the processor's cores, with results in the same order
/// as if it were done one piece after another: the answer never depends on
/// how many cores there are (DESIGN.md §12).
enum Parallel {
    /// Splits `0..<count` into contiguous ranges, several per core, so that
    /// a slow range does not leave a core idle at the end.
    static func ranges(of count: Int, cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Range<Int>] {
        let pieces = max(1, min(count, cores == 1 ? 1 : cores * 8))
        return (0..<pieces).map { piece in (count * piece / pieces)..<(count * (piece + 1) / pieces) }
    }

    /// An array of `count` elements, filled range by range on every core:
    /// `fill` is given a range of element positions and puts an element at
    /// each of them, each exactly once.
    static func array<Element: Sendable>(
        count: Int, ranges: [Range<Int>], fill: @Sendable (Range<Int>, Slots<Element>) -> Void
    ) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress)
            if ranges.count == 1 {
                fill(ranges[0], slots)
            } else {
                DispatchQueue.concurrentPerform(iterations: ranges.count) { fill(ranges[$0], slots) }
            }
            initialized = count
        }
    }

    /// Runs `body` on each range, on every core; returns when all are done.
    static func each(_ ranges: [Range<Int>], _ body: @Sendable (Range<Int>) -> Void) {
        if ranges.count == 1 {
            body(ranges[0])
        } else {
            DispatchQueue.concurrentPerform(iterations: ranges.count) { body(ranges[$0]) }
        }
    }

    /// Both results, computed at the same time when there is more than one core.
    static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second,
        cores: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> (First, Second) {
        guard cores > 1 else { return (first(), second()) }
        let results = Mutex<(First?, Second?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { which in
            if which == 0 {
                let value = first()
                results.withLock { $0.0 = value }
            } else {
                let value = second()
                results.withLock { $0.1 = value }
            }
        }
        return results.withLock { ($0.0!, $0.1!) }
    }

    /// Where `array` puts its elements. Each position is written by one
    /// range only, so the writes never overlap; a range may read and
    /// rewrite (by subscript) the positions it has put.
    struct Slots<Element>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Element>?

        func put(_ element: Element, at position: Int) {
            (base! + position).initialize(to: element)
        }

        subscript(position: Int) -> Element {
            get { base![position] }
            nonmutating set { base![position] = newValue }
        }
    }
}

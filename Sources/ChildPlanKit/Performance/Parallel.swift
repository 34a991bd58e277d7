import Foundation
import Synchronization

/// Work spread over the processor's cores, with results in the same order
/// as if it were done one piece after another: the answer never depends on
/// how many cores there are (DESIGN.md §12).
///
/// This is the only door to `DispatchQueue.concurrentPerform` in the
/// library, and `Mutex` is the only lock: code outside this folder asks for
/// ranges, arrays and workers here and never shares memory by itself.
enum Parallel {
    /// The cores work is spread over.
    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Splits `0..<count` into contiguous ranges, several per core, so that
    /// a slow range does not leave a core idle at the end.
    static func ranges(of count: Int, cores: Int = Parallel.cores) -> [Range<Int>] {
        let pieces = max(1, min(count, cores == 1 ? 1 : cores * 8))
        return (0..<pieces).map { piece in (count * piece / pieces)..<(count * (piece + 1) / pieces) }
    }

    /// `ranges(of:)` for a list of at least `minimum` elements; a shorter
    /// one stays whole, not worth handing to other cores.
    static func ranges(of count: Int, splitFrom minimum: Int) -> [Range<Int>] {
        count >= minimum ? ranges(of: count) : [0..<count]
    }

    /// `0..<count` in `parts` contiguous ranges, one per part, in order.
    static func ranges(of count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, parts)
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }

    /// An array of `count` elements, filled on every core: `fill` is called
    /// once for each of `ranges` (of positions, or of any other work) and
    /// puts elements at the positions that work owns; every position is
    /// put exactly once, by one call.
    static func array<Element: Sendable>(
        count: Int, ranges: [Range<Int>], fill: @Sendable (Range<Int>, Slots<Element>) -> Void
    ) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(buffer)
            each(ranges) { fill($0, slots) }
            // Safe to say all `count` are initialised: `Slots.put` checks each
            // position is in bounds, and in debug builds that exactly `count`
            // were put (no slot missed, none put twice with another missed).
            slots.checkAllPut()
            initialized = count
        }
    }

    /// One result for each of `ranges`, in their order, each worked out on
    /// whichever core is free: the ranges of a long list measured or worded
    /// piece by piece, then put together.
    static func map<Element: Sendable>(_ ranges: [Range<Int>], _ transform: @Sendable (Range<Int>) -> Element) -> [Element] {
        array(count: ranges.count, ranges: ranges.indices.map { $0..<($0 + 1) }) { parts, slots in
            for part in parts { slots.put(transform(ranges[part]), at: part) }
        }
    }

    /// `array`, but `fill` may also read and rewrite the elements of
    /// `other` that its work owns (runs of it sorted in place, say): no two
    /// calls touch the same position of `other`.
    static func array<Element: Sendable, Other: Sendable>(
        count: Int, ranges: [Range<Int>], rewriting other: inout [Other],
        fill: @Sendable (Range<Int>, Slots<Element>, Slots<Other>) -> Void
    ) -> [Element] {
        other.withUnsafeMutableBufferPointer { otherBuffer in
            let otherSlots = Slots(otherBuffer, initialized: true)
            return array(count: count, ranges: ranges) { fill($0, $1, otherSlots) }
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

    /// Runs `body` `count` times at once, each given its worker number:
    /// workers that take jobs from a shared queue (a `Mutex`) until it is empty.
    static func workers(_ count: Int, _ body: @Sendable (Int) -> Void) {
        each((0..<max(1, count)).map { $0..<($0 + 1) }) { body($0.lowerBound) }
    }

    /// Both results, computed at the same time when there is more than one core.
    static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second,
        cores: Int = Parallel.cores
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

    /// Where `array` puts its elements, and what `update` lets a range rewrite.
    ///
    /// Why `@unchecked Sendable` holds: the pointer is shared by the cores
    /// working on one array, but each position is written by the one range
    /// that owns it (the ranges never overlap), and the array is not read by
    /// anyone else until `concurrentPerform` has returned, which orders
    /// every write before that read. Positions are checked against the
    /// array's bounds on every access.
    struct Slots<Element>: @unchecked Sendable {
        private let base: UnsafeMutablePointer<Element>?
        let count: Int
        /// Whether every position holds an element already (`update`), so
        /// that `put` must not initialise one over it.
        private let initialized: Bool
        #if DEBUG
        private let puts = PutCount()
        #endif

        fileprivate init(_ buffer: UnsafeMutableBufferPointer<Element>, initialized: Bool = false) {
            base = buffer.baseAddress
            count = buffer.count
            self.initialized = initialized
        }

        /// Puts the element at a position that has none yet.
        func put(_ element: Element, at position: Int) {
            precondition(position >= 0 && position < count && !initialized, "a parallel slot out of bounds or already filled")
            #if DEBUG
            puts.add()
            #endif
            (base! + position).initialize(to: element)
        }

        /// An element already put (by this range), read or rewritten.
        subscript(position: Int) -> Element {
            get {
                precondition(position >= 0 && position < count, "a parallel slot out of bounds")
                return base![position]
            }
            nonmutating set {
                precondition(position >= 0 && position < count, "a parallel slot out of bounds")
                base![position] = newValue
            }
        }

        fileprivate func checkAllPut() {
            #if DEBUG
            assert(puts.value == count, "Parallel.array: \(puts.value) elements put for \(count) slots")
            #endif
        }
    }

    #if DEBUG
    /// How many elements were put, across every core (debug builds only).
    private final class PutCount: Sendable {
        private let puts = Atomic<Int>(0)
        func add() { puts.add(1, ordering: .relaxed) }
        var value: Int { puts.load(ordering: .relaxed) }
    }
    #endif
}

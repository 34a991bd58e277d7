import Foundation

/// Values keyed by the bytes of a cell: a cell that repeats (a plan id, a
/// period, a status word, an agency) is turned into its value once and is
/// found again by its bytes, without making a `String` (DESIGN.md §12).
struct ByteCache<Value> {
    private var keyBytes: [UInt8] = []
    private var hashes: [UInt32] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var values: [Value] = []
    /// Open addressing: entry index + 1, or 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 64)
    /// The entry found or made last.
    private var lastFound: Int?
    /// Once the stored keys come to this many bytes, new cells are still
    /// turned into values but no longer kept: for cells that may all differ
    /// (task texts), so that the cache never holds a second copy of a file.
    let keyByteLimit: Int

    init(keyByteLimit: Int = .max) {
        self.keyByteLimit = keyByteLimit
    }

    /// The value for these bytes, made by `make` the first time they are seen.
    mutating func value(for bytes: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        // Rows come in runs (a plan's tasks, a period's returns): the cell
        // is often the one just asked for, or the one after it, found
        // without hashing.
        if let last = lastFound {
            if lengths[last] == bytes.count, ByteCache.equal(keyBytes, at: starts[last], bytes) { return values[last] }
            // Or the one first seen after it: the next task of a plan (I.1, I.2, …) whose tasks were seen before in order.
            let next = last + 1
            if next < values.count, lengths[next] == bytes.count, ByteCache.equal(keyBytes, at: starts[next], bytes) {
                lastFound = next
                return values[next]
            }
        }
        let hash = ByteCache.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash, lengths[entry] == bytes.count, ByteCache.equal(keyBytes, at: starts[entry], bytes) {
                lastFound = entry
                return values[entry]
            }
            slot = (slot + 1) & mask
        }
        let value = make(bytes)
        guard keyBytes.count + bytes.count <= keyByteLimit else { return value }
        hashes.append(hash)
        starts.append(keyBytes.count)
        lengths.append(bytes.count)
        values.append(value)
        keyBytes.append(contentsOf: bytes)
        slots[slot] = Int32(values.count)
        lastFound = values.count - 1
        if values.count * 2 > slots.count { grow() }
        return value
    }

    /// Whether the key stored at `start` (as long as `bytes`) is `bytes`.
    /// Keys of up to 16 bytes (ids, periods, dates, most statuses) are
    /// compared as two overlapping words, without a call to `memcmp`.
    ///
    /// Why the unaligned loads are safe: the stored key at `start` is as long
    /// as `bytes` (the callers check the lengths first), and each load reads
    /// inside both: at offset 0 and at `count - width`, with `count >= width`.
    private static func equal(_ keyBytes: [UInt8], at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        assert(start + bytes.count <= keyBytes.count, "a byte cache key compared past its end")
        let count = bytes.count
        return keyBytes.withUnsafeBufferPointer { storedBytes in
            let stored = UnsafeRawPointer(storedBytes.baseAddress! + start)
            let given = UnsafeRawPointer(base)
            func same<Word: FixedWidthInteger>(_: Word.Type, at offset: Int) -> Bool {
                stored.loadUnaligned(fromByteOffset: offset, as: Word.self) == given.loadUnaligned(fromByteOffset: offset, as: Word.self)
            }
            switch count {
            case 8...16: return same(UInt64.self, at: 0) && same(UInt64.self, at: count - 8)
            case 4..<8: return same(UInt32.self, at: 0) && same(UInt32.self, at: count - 4)
            case 0..<4: return (0..<count).allSatisfy { storedBytes[start + $0] == base[$0] }
            default: return memcmp(stored, given, count) == 0
            }
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// Eight bytes at a time, each word folded in with one multiply; the
    /// last few bytes one at a time; the whole mixed once at the end (the
    /// SplitMix64 finaliser), so that the low bits the table uses depend on
    /// every byte. The word loads stop eight bytes before the end.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return UInt32(truncatingIfNeeded: hash) }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        var tail: UInt64 = 0
        while index < bytes.count {
            tail = tail << 8 | UInt64(base[index])
            index += 1
        }
        hash = mix(hash ^ tail)
        return UInt32(truncatingIfNeeded: hash ^ hash >> 32)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var mixed = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

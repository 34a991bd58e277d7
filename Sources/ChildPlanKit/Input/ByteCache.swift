/// Values keyed by the bytes of a cell: a cell that repeats (a plan id, a
/// period, a status word, an agency) is turned into its value once and is
/// found again by its bytes, without making a `String` (DESIGN.md §12).
struct ByteCache<Value> {
    private var keyBytes: [UInt8] = []
    private var entries: [(start: Int, length: Int, hash: UInt32, value: Value)] = []
    /// Open addressing: entry index + 1, or 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 64)

    /// The value for these bytes, made by `make` the first time they are seen.
    mutating func value(for bytes: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        let hash = ByteCache.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash, entry.length == bytes.count, equal(entry.start, bytes) { return entry.value }
            slot = (slot + 1) & mask
        }
        let value = make(bytes)
        entries.append((keyBytes.count, bytes.count, hash, value))
        keyBytes.append(contentsOf: bytes)
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return value
    }

    private func equal(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keyBytes.withUnsafeBufferPointer { stored in
            for index in 0..<bytes.count where stored[start + index] != bytes[index] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// FNV-1a.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}

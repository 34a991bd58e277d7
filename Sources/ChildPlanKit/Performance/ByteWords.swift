/// Looking at UTF-8 eight bytes at a time, as one 64-bit word (SWAR).
///
/// A byte equal to `b` is a zero byte of `word ^ repeated(b)`, and
/// `(x - ones) & ~x` sets the high bit of every zero byte of `x`. The
/// subtraction's borrow may also set it in bytes above a true one, never
/// below, so the lowest high bit set always marks a byte that matches.
enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The word at `index`, its first byte in the lowest bits. The caller
    /// makes sure that `index + 8` is within what `base` points to (every
    /// loop here and in the scanners runs while `index + 8 <= end`).
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }

    /// The high bits of the bytes equal to `byte` (the lowest exact).
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// The high bits of the bytes below `bound`, at most 0x80 (the lowest exact).
    @inline(__always)
    static func below(_ word: UInt64, _ bound: UInt8) -> UInt64 {
        (word &- ones &* UInt64(bound)) & ~word & highs
    }

    /// The first index from `start`, before `end`, whose byte `isWanted`; `end`
    /// if none is. Whole words in which `wanted` marks no byte are skipped;
    /// `wanted` must mark (at least) the lowest wanted byte of a word, as
    /// `equal` and `below` do.
    @inline(__always)
    static func firstIndex(
        in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
        wanted: (UInt64) -> UInt64, isWanted: (UInt8) -> Bool
    ) -> Int {
        var index = start
        if let base = buffer.baseAddress {
            while index + 8 <= end {
                let found = wanted(load(base, at: index))
                if found != 0 { return index + found.trailingZeroBitCount >> 3 }
                index += 8
            }
        }
        while index < end {
            if isWanted(buffer[index]) { return index }
            index += 1
        }
        return end
    }
}

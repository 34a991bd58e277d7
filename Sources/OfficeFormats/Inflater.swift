/// DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman
/// blocks, over a whole input held in memory, as ZIP entries are.
///
/// Codes are decoded through a table of the next `Inflater.tableBits` bits;
/// the rare longer code is decoded bit by bit from the canonical counts
/// (as zlib's `puff` does). The output never grows past `limit`: a stream that
/// would is stopped, not trusted. `Tests/OfficeFormatsTests/ReferenceInflater.swift`
/// is the slow reference the tests hold this against.
public struct Inflater {
    public enum Failure: Error, Hashable, Sendable {
        /// Block type 3, which RFC 1951 reserves.
        case reservedBlockType
        /// A stored block whose length and its complement disagree.
        case storedLengthMismatch
        /// Code lengths that make no prefix code, or too many of them.
        case invalidCodeLengths
        /// A bit pattern that is no code, or a length or distance symbol out of range.
        case invalidCode
        /// A distance reaching back before the start of the output.
        case distanceTooFar
        /// The input ends before the last block does.
        case truncated
        /// The output would grow past the limit given.
        case outputTooLarge(limit: Int)
    }

    static let tableBits = 10

    private let input: [UInt8]
    private var position = 0
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    /// Zero bytes fed past the end of the input, so that a last code can be
    /// peeked; more bits used than the input has means it was cut short.
    private var overrun = 0
    /// The output so far is `output[..<written]`; the rest is room, grown by doubling.
    private var output: [UInt8] = []
    private var written = 0
    private let limit: Int

    /// Inflates a raw DEFLATE stream (no zlib or gzip wrapper). `expectedSize`
    /// only reserves room; `limit` is the most output allowed.
    public static func inflate(_ input: [UInt8], expectedSize: Int = 0, limit: Int) throws(Failure) -> [UInt8] {
        var inflater = Inflater(input: input, limit: limit)
        inflater.output = [UInt8](repeating: 0, count: min(max(expectedSize, 1024), max(limit, 0)))
        try inflater.run()
        inflater.output.removeSubrange(inflater.written...)
        return inflater.output
    }

    private init(input: [UInt8], limit: Int) {
        self.input = input
        self.limit = limit
    }

    /// Any failure met after the input ran out is the input being cut short.
    private mutating func run() throws(Failure) {
        do {
            try blocks()
        } catch {
            if overrun * 8 > bitCount || (overrun > 0 && error != .outputTooLarge(limit: limit)) { throw .truncated }
            throw error
        }
    }

    private mutating func blocks() throws(Failure) {
        var isLast = false
        while !isLast {
            isLast = try bits(1) == 1
            switch try bits(2) {
            case 0: try storedBlock()
            case 1: try huffmanBlock(literals: Inflater.fixedLiterals, distances: Inflater.fixedDistances)
            case 2:
                let (literals, distances) = try dynamicCodes()
                try huffmanBlock(literals: literals, distances: distances)
            default: throw .reservedBlockType
            }
            try checkNotPastEnd()
        }
    }

    // MARK: Bits

    /// True while the bits used lie within the input.
    private func checkNotPastEnd() throws(Failure) {
        if overrun * 8 > bitCount { throw .truncated }
    }

    private mutating func fill(_ count: Int) throws(Failure) {
        while bitCount < count {
            if position < input.count {
                bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
                position += 1
            } else {
                overrun += 1
                if overrun > 8 { throw .truncated }
            }
            bitCount += 8
        }
    }

    private mutating func bits(_ count: Int) throws(Failure) -> Int {
        if bitCount < count { try fill(count) }
        let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
        bitBuffer >>= UInt64(count)
        bitCount -= count
        return value
    }

    // MARK: Output

    /// Makes room for `count` more bytes, within the limit.
    private mutating func reserve(_ count: Int) throws(Failure) {
        guard written + count <= limit else { throw .outputTooLarge(limit: limit) }
        if written + count > output.count {
            output += repeatElement(0, count: min(max(output.count, written + count - output.count), limit - output.count))
        }
    }

    // MARK: Blocks

    private mutating func storedBlock() throws(Failure) {
        // Drop the bits left in the current byte; whole bytes still buffered come first.
        _ = try bits(bitCount % 8)
        let length = try bits(16)
        let complement = try bits(16)
        guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
        try checkNotPastEnd()
        try reserve(length)
        var remaining = length
        while remaining > 0, bitCount >= 8 {
            output[written] = UInt8(try bits(8))
            written += 1
            remaining -= 1
        }
        guard position + remaining <= input.count else { throw .truncated }
        output.replaceSubrange(written..<written + remaining, with: input[position..<position + remaining])
        written += remaining
        position += remaining
    }

    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
        8193, 12289, 16385, 24577,
    ]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private mutating func huffmanBlock(literals: HuffmanCode, distances: HuffmanCode) throws(Failure) {
        while true {
            let symbol = try decode(literals)
            if symbol < 256 {
                if written == output.count { try reserve(1) }
                output[written] = UInt8(symbol)
                written += 1
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < Inflater.lengthBase.count else { throw .invalidCode }
            let length = Inflater.lengthBase[lengthIndex] + (try bits(Inflater.lengthExtra[lengthIndex]))
            let distanceSymbol = try decode(distances)
            guard distanceSymbol < Inflater.distanceBase.count else { throw .invalidCode }
            let distance = Inflater.distanceBase[distanceSymbol] + (try bits(Inflater.distanceExtra[distanceSymbol]))
            guard distance <= written else { throw .distanceTooFar }
            try reserve(length)
            // Byte by byte, front to back: a copy may overlap what it writes (distance < length).
            // (Appending a slice of the output to itself would copy the whole output each time.)
            var from = written - distance
            for _ in 0..<length {
                output[written] = output[from]
                written += 1
                from += 1
            }
        }
    }

    /// The order code length code lengths are stored in (RFC 1951 §3.2.7).
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func dynamicCodes() throws(Failure) -> (HuffmanCode, HuffmanCode) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeLengths }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount { codeLengthLengths[Inflater.codeLengthOrder[index]] = UInt8(try bits(3)) }
        guard let codeLengthCode = HuffmanCode(lengths: codeLengthLengths, allowsIncomplete: false) else { throw .invalidCodeLengths }
        var lengths: [UInt8] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try decode(codeLengthCode)
            switch symbol {
            case 0...15: lengths.append(UInt8(symbol))
            case 16:
                guard let previous = lengths.last else { throw .invalidCodeLengths }
                lengths += repeatElement(previous, count: 3 + (try bits(2)))
            case 17: lengths += repeatElement(0, count: 3 + (try bits(3)))
            default: lengths += repeatElement(0, count: 11 + (try bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount, lengths[256] != 0 else { throw .invalidCodeLengths }
        // A code with a single used symbol (or none, for distances) is allowed to be incomplete.
        guard let literals = HuffmanCode(lengths: Array(lengths[..<literalCount]), allowsIncomplete: false),
              let distances = HuffmanCode(lengths: Array(lengths[literalCount...]), allowsIncomplete: true)
        else { throw .invalidCodeLengths }
        return (literals, distances)
    }

    private mutating func decode(_ code: HuffmanCode) throws(Failure) -> Int {
        if bitCount < Inflater.tableBits { try fill(Inflater.tableBits) }
        let entry = code.table[Int(bitBuffer & UInt64((1 << Inflater.tableBits) - 1))]
        if entry != 0 {
            let length = Int(entry & 0xF)
            bitBuffer >>= UInt64(length)
            bitCount -= length
            return Int(entry >> 4)
        }
        return try decodeSlowly(code)
    }

    /// A code longer than the table, bit by bit from the canonical counts.
    private mutating func decodeSlowly(_ code: HuffmanCode) throws(Failure) -> Int {
        var value = 0
        var first = 0
        var index = 0
        for length in 1...15 {
            value |= try bits(1)
            let count = Int(code.counts[length])
            if value - count < first { return Int(code.symbols[index + (value - first)]) }
            index += count
            first = (first + count) << 1
            value <<= 1
        }
        throw .invalidCode
    }

    static let fixedLiterals: HuffmanCode = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        return HuffmanCode(lengths: lengths, allowsIncomplete: false)!
    }()

    static let fixedDistances = HuffmanCode(lengths: [UInt8](repeating: 5, count: 30), allowsIncomplete: true)!
}

/// A canonical Huffman code: counts of codes per length and the symbols in
/// code order (for the slow path), and a table of the next `tableBits`
/// input bits to `symbol << 4 | length` (0 where the code is longer).
struct HuffmanCode {
    var counts = [UInt16](repeating: 0, count: 16)
    var symbols: [UInt16] = []
    var table: [UInt16]

    /// Nil when the lengths over-subscribe the code, or leave it incomplete
    /// where that is not allowed (a single code of length one is always allowed).
    init?(lengths: [UInt8], allowsIncomplete: Bool) {
        table = [UInt16](repeating: 0, count: 1 << Inflater.tableBits)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = (left << 1) - Int(counts[length])
            if left < 0 { return nil }
        }
        let used = lengths.count { $0 != 0 }
        if left > 0, !allowsIncomplete, !(used == 1 && counts[1] == 1) { return nil }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + Int(counts[length]) }
        symbols = [UInt16](repeating: 0, count: used)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[Int(length)]] = UInt16(symbol)
            offsets[Int(length)] += 1
        }
        // Fill the table: canonical codes in order, bit-reversed, as the stream holds them.
        var code = 0
        var index = 0
        for length in 1...15 {
            for _ in 0..<Int(counts[length]) {
                if length <= Inflater.tableBits {
                    var reversed = 0
                    for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
                    let entry = UInt16(Int(symbols[index]) << 4 | length)
                    var slot = reversed
                    while slot < 1 << Inflater.tableBits {
                        table[slot] = entry
                        slot += 1 << length
                    }
                }
                code += 1
                index += 1
            }
            code <<= 1
        }
    }
}

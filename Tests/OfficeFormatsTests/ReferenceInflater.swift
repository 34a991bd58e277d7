@testable import OfficeFormats

/// The slow reference the inflater is held against: RFC 1951 read one bit at
/// a time, every code decoded bit by bit from its canonical counts (as zlib's
/// `puff.c` does), no tables, no buffering. Nil for any stream it refuses.
enum ReferenceInflater {
    struct Bits {
        let input: [UInt8]
        var bitPosition = 0

        mutating func bit() -> Int? {
            guard bitPosition < input.count * 8 else { return nil }
            let value = Int(input[bitPosition / 8] >> UInt8(bitPosition % 8)) & 1
            bitPosition += 1
            return value
        }

        mutating func bits(_ count: Int) -> Int? {
            var value = 0
            for index in 0..<count {
                guard let bit = bit() else { return nil }
                value |= bit << index
            }
            return value
        }
    }

    struct Code {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []

        init?(lengths: [Int]) {
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            var left = 1
            for length in 1...15 {
                left = left * 2 - counts[length]
                if left < 0 { return nil }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }

        func decode(_ bits: inout Bits) -> Int? {
            var code = 0
            var first = 0
            var index = 0
            for length in 1...15 {
                guard let bit = bits.bit() else { return nil }
                code |= bit
                let count = counts[length]
                if code - count < first { return symbols[index + code - first] }
                index += count
                first = (first + count) << 1
                code <<= 1
            }
            return nil
        }
    }

    static func inflate(_ input: [UInt8]) -> [UInt8]? {
        var bits = Bits(input: input)
        var output: [UInt8] = []
        var last = 0
        repeat {
            guard let final = bits.bits(1), let type = bits.bits(2) else { return nil }
            last = final
            switch type {
            case 0:
                bits.bitPosition = (bits.bitPosition + 7) / 8 * 8
                guard let length = bits.bits(16), let complement = bits.bits(16), length == 0xFFFF - complement else { return nil }
                for _ in 0..<length {
                    guard let byte = bits.bits(8) else { return nil }
                    output.append(UInt8(byte))
                }
            case 1:
                var lengths = [Int](repeating: 8, count: 288)
                for symbol in 144..<256 { lengths[symbol] = 9 }
                for symbol in 256..<280 { lengths[symbol] = 7 }
                guard codes(Code(lengths: lengths)!, Code(lengths: [Int](repeating: 5, count: 30))!, &bits, &output) else { return nil }
            case 2:
                guard let literalCount = bits.bits(5).map({ $0 + 257 }), let distanceCount = bits.bits(5).map({ $0 + 1 }),
                      let codeCount = bits.bits(4).map({ $0 + 4 }), literalCount <= 286, distanceCount <= 30 else { return nil }
                var codeLengths = [Int](repeating: 0, count: 19)
                let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
                for index in 0..<codeCount {
                    guard let length = bits.bits(3) else { return nil }
                    codeLengths[order[index]] = length
                }
                guard let lengthCode = Code(lengths: codeLengths) else { return nil }
                var lengths: [Int] = []
                while lengths.count < literalCount + distanceCount {
                    guard let symbol = lengthCode.decode(&bits) else { return nil }
                    if symbol < 16 {
                        lengths.append(symbol)
                    } else if symbol == 16 {
                        guard let previous = lengths.last, let extra = bits.bits(2) else { return nil }
                        lengths += Array(repeating: previous, count: 3 + extra)
                    } else if symbol == 17 {
                        guard let extra = bits.bits(3) else { return nil }
                        lengths += Array(repeating: 0, count: 3 + extra)
                    } else {
                        guard let extra = bits.bits(7) else { return nil }
                        lengths += Array(repeating: 0, count: 11 + extra)
                    }
                }
                guard lengths.count == literalCount + distanceCount, lengths[256] != 0,
                      let literals = Code(lengths: Array(lengths[..<literalCount])),
                      let distances = Code(lengths: Array(lengths[literalCount...])),
                      codes(literals, distances, &bits, &output) else { return nil }
            default:
                return nil
            }
        } while last == 0
        return output
    }

    static func codes(_ literals: Code, _ distances: Code, _ bits: inout Bits, _ output: inout [UInt8]) -> Bool {
        let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                            4097, 6145, 8193, 12289, 16385, 24577]
        let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
        while true {
            guard let symbol = literals.decode(&bits) else { return false }
            if symbol < 256 {
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return true
            } else {
                let index = symbol - 257
                guard index < 29, let extra = bits.bits(lengthExtra[index]), let distanceSymbol = distances.decode(&bits),
                      distanceSymbol < 30, let distanceBits = bits.bits(distanceExtra[distanceSymbol]) else { return false }
                let length = lengthBase[index] + extra
                let distance = distanceBase[distanceSymbol] + distanceBits
                guard distance <= output.count else { return false }
                for _ in 0..<length { output.append(output[output.count - distance]) }
            }
        }
    }
}

/// Writes DEFLATE streams of chosen blocks, for tests: stored blocks and
/// fixed-Huffman blocks of literals and (length, distance) pairs, so that
/// any block boundary, distance and length can be asked for.
struct TestDeflater {
    enum Piece {
        case literal(UInt8)
        case match(length: Int, distance: Int)
    }

    private(set) var bytes: [UInt8] = []
    private var bitBuffer = 0
    private var bitCount = 0

    mutating func write(_ value: Int, bits count: Int) {
        for index in 0..<count {
            bitBuffer |= ((value >> index) & 1) << bitCount
            bitCount += 1
            if bitCount == 8 {
                bytes.append(UInt8(bitBuffer))
                bitBuffer = 0
                bitCount = 0
            }
        }
    }

    /// A Huffman code, written most significant bit first.
    mutating func writeCode(_ code: Int, length: Int) {
        for index in stride(from: length - 1, through: 0, by: -1) { write((code >> index) & 1, bits: 1) }
    }

    mutating func stored(_ data: [UInt8], last: Bool) {
        write(last ? 1 : 0, bits: 1)
        write(0, bits: 2)
        if bitCount > 0 { write(0, bits: 8 - bitCount) }
        write(data.count, bits: 16)
        write(~data.count & 0xFFFF, bits: 16)
        for byte in data { write(Int(byte), bits: 8) }
    }

    mutating func fixed(_ pieces: [Piece], last: Bool) {
        write(last ? 1 : 0, bits: 1)
        write(1, bits: 2)
        for piece in pieces {
            switch piece {
            case .literal(let byte): literal(Int(byte))
            case .match(let length, let distance):
                let lengthIndex = Inflater.lengthBase.lastIndex { $0 <= length }!
                literal(257 + lengthIndex)
                write(length - Inflater.lengthBase[lengthIndex], bits: Inflater.lengthExtra[lengthIndex])
                let distanceIndex = Inflater.distanceBase.lastIndex { $0 <= distance }!
                writeCode(distanceIndex, length: 5)
                write(distance - Inflater.distanceBase[distanceIndex], bits: Inflater.distanceExtra[distanceIndex])
            }
        }
        literal(256)
    }

    private mutating func literal(_ symbol: Int) {
        switch symbol {
        case 0..<144: writeCode(0x30 + symbol, length: 8)
        case 144..<256: writeCode(0x190 + symbol - 144, length: 9)
        case 256..<280: writeCode(symbol - 256, length: 7)
        default: writeCode(0xC0 + symbol - 280, length: 8)
        }
    }

    /// The stream, its last byte padded with zero bits.
    var finished: [UInt8] {
        var copy = self
        if copy.bitCount > 0 { copy.write(0, bits: 8 - copy.bitCount) }
        return copy.bytes
    }

    /// What `pieces` stand for, worked out plainly.
    static func expand(_ pieces: [Piece], after prefix: [UInt8] = []) -> [UInt8] {
        var output = prefix
        for piece in pieces {
            switch piece {
            case .literal(let byte): output.append(byte)
            case .match(let length, let distance): for _ in 0..<length { output.append(output[output.count - distance]) }
            }
        }
        return output
    }
}

import Foundation
import Testing

@testable import OfficeFormats

enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(relative)))
    }

    static func names(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).sorted()
    }
}

/// SplitMix64: the same numbers on every machine.
struct TestRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct InflaterTests {
    @Test func crc32MatchesTheCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
        var split = CRC32()
        split.update(Array("12345".utf8))
        split.update(Array("6789".utf8))
        #expect(split.value == 0xCBF4_3926)
    }

    /// The CRC bit by bit, as the standard defines it: the reference for the table-driven one.
    static func referenceCRC32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// Eight bytes at a time and byte by byte, every length up to 70 and pieces fed in any split, as the reference.
    @Test func crc32AgreesWithTheBitByBitReference() {
        var random = TestRandom(state: 32)
        for length in 0...70 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            #expect(CRC32.checksum(bytes) == Self.referenceCRC32(bytes), "length \(length)")
            let cut = length == 0 ? 0 : Int.random(in: 0...length, using: &random)
            var split = CRC32()
            split.update(Array(bytes[..<cut]))
            split.update(Array(bytes[cut...]))
            #expect(split.value == Self.referenceCRC32(bytes), "length \(length) cut at \(cut)")
        }
        let large = (0..<100_003).map { _ in UInt8.random(in: 0...255, using: &random) }
        #expect(CRC32.checksum(large) == Self.referenceCRC32(large))
    }

    /// Every stream zlib made (stored, fixed, dynamic, Huffman-only, run-length; levels 0, 1 and 9).
    @Test func zlibStreamsInflateToTheirInput() throws {
        let names = try Fixtures.names(in: "inflate").filter { $0.hasSuffix(".deflate") }
        #expect(names.count >= 40)
        for name in names {
            let raw = try Fixtures.bytes("inflate/" + name.split(separator: ".")[0] + ".raw")
            let stream = try Fixtures.bytes("inflate/" + name)
            let inflated = try Inflater.inflate(stream, expectedSize: raw.count, limit: raw.count)
            #expect(inflated == raw, "\(name)")
            #expect(ReferenceInflater.inflate(stream) == raw, "reference: \(name)")
        }
    }

    @Test func anEmptyStreamAndOneByte() throws {
        var empty = TestDeflater()
        empty.fixed([], last: true)
        #expect(try Inflater.inflate(empty.finished, limit: 10) == [])
        var storedEmpty = TestDeflater()
        storedEmpty.stored([], last: true)
        #expect(try Inflater.inflate(storedEmpty.finished, limit: 10) == [])
        var one = TestDeflater()
        one.fixed([.literal(0x41)], last: true)
        #expect(try Inflater.inflate(one.finished, limit: 1) == [0x41])
    }

    /// The farthest a reference may reach (32,768 bytes back), with the longest length (258), and an overlapping copy.
    @Test func theFarthestAndLongestBackReferences() throws {
        var random = TestRandom(state: 1)
        let prefix = (0..<32768).map { _ in UInt8.random(in: 0...255, using: &random) }
        var stream = TestDeflater()
        stream.stored(prefix, last: false)
        let pieces: [TestDeflater.Piece] = [.match(length: 258, distance: 32768), .literal(7), .match(length: 258, distance: 1),
                                            .match(length: 3, distance: 32768)]
        stream.fixed(pieces, last: true)
        let expected = TestDeflater.expand(pieces, after: prefix)
        #expect(try Inflater.inflate(stream.finished, limit: expected.count) == expected)
        #expect(ReferenceInflater.inflate(stream.finished) == expected)
    }

    /// A stored block after a Huffman block that ends mid-byte starts at the next byte.
    @Test func aStoredBlockAfterOneEndingMidByte() throws {
        var stream = TestDeflater()
        stream.fixed([.literal(1), .literal(2)], last: false)
        stream.stored([3, 4, 5], last: false)
        stream.fixed([.match(length: 5, distance: 5)], last: true)
        #expect(try Inflater.inflate(stream.finished, limit: 100) == [1, 2, 3, 4, 5, 1, 2, 3, 4, 5])
    }

    /// Random blocks of every kind the test writer makes, checked against what they stand for and against the reference.
    @Test func randomStreamsAgreeWithTheReference() throws {
        var random = TestRandom(state: 27)
        for _ in 0..<200 {
            var stream = TestDeflater()
            var expected: [UInt8] = []
            let blocks = Int.random(in: 1...5, using: &random)
            for block in 0..<blocks {
                let last = block == blocks - 1
                if Bool.random(using: &random) {
                    let data = (0..<Int.random(in: 0...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                    stream.stored(data, last: last)
                    expected += data
                } else {
                    var pieces: [TestDeflater.Piece] = []
                    var length = expected.count
                    for _ in 0..<Int.random(in: 0...200, using: &random) {
                        if length > 0, Int.random(in: 0..<3, using: &random) == 0 {
                            let match = Int.random(in: 3...258, using: &random)
                            pieces.append(.match(length: match, distance: Int.random(in: 1...min(length, 32768), using: &random)))
                            length += match
                        } else {
                            pieces.append(.literal(UInt8.random(in: 0...255, using: &random)))
                            length += 1
                        }
                    }
                    stream.fixed(pieces, last: last)
                    expected = TestDeflater.expand(pieces, after: expected)
                }
            }
            #expect(try Inflater.inflate(stream.finished, limit: expected.count) == expected)
            #expect(ReferenceInflater.inflate(stream.finished) == expected)
        }
    }

    /// Random bytes (mostly damaged streams): the inflater and the reference give the same output or both refuse.
    @Test func randomBytesAreReadAsTheReferenceReadsThem() {
        var random = TestRandom(state: 3)
        var agreedOutputs = 0
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            let fast = try? Inflater.inflate(bytes, limit: 1 << 20)
            let reference = ReferenceInflater.inflate(bytes)
            #expect(fast == reference, "\(bytes)")
            if fast != nil { agreedOutputs += 1 }
        }
        #expect(agreedOutputs > 0)
    }

    @Test(arguments: [
        ([0x07] as [UInt8], Inflater.Failure.reservedBlockType),
        ([0x01, 0x05, 0x00, 0xFF, 0xFF], .storedLengthMismatch),
        ([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x41], .truncated),
        ([], .truncated),
    ])
    func damagedStreamsAreRefused(bytes: [UInt8], failure: Inflater.Failure) {
        #expect(throws: failure) { try Inflater.inflate(bytes, limit: 100) }
    }

    @Test func aDistanceBeforeTheStartIsRefused() {
        var stream = TestDeflater()
        stream.fixed([.literal(1), .match(length: 3, distance: 2)], last: true)
        #expect(throws: Inflater.Failure.distanceTooFar) { try Inflater.inflate(stream.finished, limit: 100) }
    }

    @Test func outputPastTheLimitIsStopped() throws {
        let zeros = try Fixtures.bytes("inflate/zeros.9-default.deflate")
        #expect(throws: Inflater.Failure.outputTooLarge(limit: 1000)) { try Inflater.inflate(zeros, limit: 1000) }
        let stored = try Fixtures.bytes("inflate/random.0-default.deflate")
        #expect(throws: Inflater.Failure.outputTooLarge(limit: 4095)) { try Inflater.inflate(stored, limit: 4095) }
    }

    /// Every stream cut short anywhere is refused, never read past its end.
    @Test func everyCutOfAStreamIsRefused() throws {
        let stream = try Fixtures.bytes("inflate/vietnamese-text.9-default.deflate")
        for length in stride(from: 0, to: stream.count - 1, by: 97) {
            #expect(throws: Inflater.Failure.self) { try Inflater.inflate(Array(stream[..<length]), limit: 1 << 20) }
        }
    }
}

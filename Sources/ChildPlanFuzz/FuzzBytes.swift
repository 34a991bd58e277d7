/// Choices read off a fuzzer's input, one byte at a time; past its end every
/// choice is the first. The fuzzer's mutations then change one choice at a time.
struct FuzzBytes {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position >= bytes.count }

    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// A number in `range`, from one or two bytes.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = range.upperBound - range.lowerBound
        let raw = width < 256 ? Int(byte()) : Int(byte()) << 8 | Int(byte())
        return range.lowerBound + raw % (width + 1)
    }

    mutating func pick<T>(_ choices: [T]) -> T { choices[int(in: 0...choices.count - 1)] }

    mutating func bool() -> Bool { byte() & 1 == 1 }

    /// Up to `limit` bytes taken as they are (any bytes, valid UTF-8 or not).
    mutating func raw(upTo limit: Int) -> [UInt8] {
        let count = min(int(in: 0...limit), bytes.count - min(position, bytes.count))
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    /// A text made of pieces from `pieces`, or now and then raw bytes read as UTF-8.
    mutating func text(from pieces: [String], words: ClosedRange<Int> = 0...4) -> String {
        if int(in: 0...15) == 0 { return String(decoding: raw(upTo: 24), as: UTF8.self) }
        return (0..<int(in: words)).map { _ in pick(pieces) }.joined(separator: pick([" ", " ", ", ", "; ", "\n", "  "]))
    }
}

/// Writes JSON the way every childplan file and report is written: two-space
/// indentation, keys in the order given (so files read top-down as DESIGN.md
/// shows them, and are byte-identical from run to run), no escaping of `/`
/// or of non-ASCII text, and a final line break.
enum JSONWriter {
    /// A value to write; objects keep their keys in order.
    enum Value: Sendable, Equatable {
        case object([(String, Value)])
        case array([Value])
        /// An array whose elements are made as they are written, each made,
        /// written and freed in turn (on every core, for a long one), so that
        /// a report's 60,000 overdue items are never all held as values at once.
        case generated(count: Int, element: @Sendable (Int) -> Value)
        /// `generated`, each element written straight into the bytes by a
        /// `Builder` without being made as a value first: for the longest
        /// lists (a national report's tasks with their periods, 270 MB).
        case written(count: Int, element: @Sendable (Int, inout Builder) -> Void)
        case string(String)
        case int(Int)
        case double(Double)
        case bool(Bool)
        case null

        static func == (lhs: Value, rhs: Value) -> Bool {
            switch (lhs, rhs) {
            case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
            case (.array(let a), .array(let b)): a == b
            case (.generated, _), (_, .generated): lhs.elements == rhs.elements
            case (.written, _), (_, .written): JSONWriter.bytes(lhs) == JSONWriter.bytes(rhs)
            case (.string(let a), .string(let b)): a == b
            case (.int(let a), .int(let b)): a == b
            case (.double(let a), .double(let b)): a == b
            case (.bool(let a), .bool(let b)): a == b
            case (.null, .null): true
            default: false
            }
        }

        /// The elements of an array, made or not; nil for other values.
        var elements: [Value]? {
            switch self {
            case .array(let elements): elements
            case .generated(let count, let element): (0..<count).map(element)
            default: nil
            }
        }

        /// A string, or null when there is none.
        static func optional(_ text: String?) -> Value { text.map(Value.string) ?? .null }
    }


    /// The document as UTF-8 bytes, with a final line break.
    static func bytes(_ value: Value) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 16)
        write(value, indent: 0, into: &output)
        output.append(0x0A)
        return output
    }

    fileprivate static func newline(_ indent: Int, into output: inout [UInt8]) {
        output.append(0x0A)
        let width = indent * 2
        guard width <= indentation.count else {
            output.append(contentsOf: repeatElement(0x20, count: width))
            return
        }
        indentation.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<width])) }
    }

    /// Spaces for a line's indentation, copied at once.
    private static let indentation = [UInt8](repeating: 0x20, count: 32)

    /// Writes the document as UTF-8, with a final line break, handing each
    /// piece to `emit` as soon as it is written: a long list is written a
    /// batch of pieces at a time on every core, and each batch handed on
    /// before the next is made, so that no more than a batch is held (a
    /// report over ten times the country is 2 GB of JSON).
    static func write(_ value: Value, emit: ([UInt8]) -> Void) {
        withoutActuallyEscaping(emit) { emit in
            let finished = FinishedPieces(emit)
            var output: [UInt8] = []
            output.reserveCapacity(1 << 16)
            write(value, indent: 0, into: &output, handingOverTo: finished)
            output.append(0x0A)
            finished.add(output)
        }
    }

    /// Where the pieces of a document go as they are finished, in order.
    fileprivate final class FinishedPieces {
        private let emit: ([UInt8]) -> Void

        init(_ emit: @escaping ([UInt8]) -> Void) {
            self.emit = emit
        }

        func add(_ piece: [UInt8]) {
            if !piece.isEmpty { emit(piece) }
        }
    }

    /// Writes `value` after `output`. With `finished`, a long list's pieces
    /// go there (after what `output` held, which then starts again empty).
    fileprivate static func write(_ value: Value, indent: Int, into output: inout [UInt8], handingOverTo finished: FinishedPieces? = nil) {
        switch value {
        case .object(let members):
            guard !members.isEmpty else { output.append(contentsOf: "{}".utf8); return }
            output.append(0x7B)
            for (index, (key, member)) in members.enumerated() {
                newline(indent + 1, into: &output)
                appendString(key, to: &output)
                output.append(0x3A)
                output.append(0x20)
                write(member, indent: indent + 1, into: &output, handingOverTo: finished)
                if index < members.count - 1 { output.append(0x2C) }
            }
            newline(indent, into: &output)
            output.append(0x7D)
        case .array(let elements):
            writeArray(count: elements.count, indent: indent, into: &output, handingOverTo: finished) {
                write(elements[$0], indent: $1, into: &$2, handingOverTo: $3)
            }
        case .generated(let count, let element):
            writeArray(count: count, indent: indent, into: &output, handingOverTo: finished) {
                write(element($0), indent: $1, into: &$2, handingOverTo: $3)
            }
        case .written(let count, let element):
            writeArray(count: count, indent: indent, into: &output, handingOverTo: finished) { index, indent, output, _ in
                var builder = Builder(indent: indent)
                swap(&builder.bytes, &output)
                element(index, &builder)
                swap(&builder.bytes, &output)
            }
        case .string(let text):
            appendString(text, to: &output)
        case .int(let number):
            appendInteger(number, to: &output)
        case .double(let number):
            let text = number.isFinite ? (number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)) : "null"
            output.append(contentsOf: text.utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null:
            output.append(contentsOf: "null".utf8)
        }
    }

    /// Decimal digits, without making a `String`.
    fileprivate static func appendInteger(_ number: Int, to output: inout [UInt8]) {
        if number < 0 { output.append(0x2D) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: buffer[start...])
        }
    }

    /// Arrays at least this long are written on every core: a national
    /// report's plan list (3,400) and task lists (2,000–4,000) as well as
    /// its overdue items (60,000).
    static let parallelArrayLength = 1024

    /// Writes an array's element `index` at `indent` after the bytes given,
    /// handing the pieces of a long list inside it on when it may.
    fileprivate typealias ArrayElement = @Sendable (_ index: Int, _ indent: Int, _ output: inout [UInt8], _ finished: FinishedPieces?) -> Void

    private static func writeArray(
        count: Int, indent: Int, into output: inout [UInt8], handingOverTo finished: FinishedPieces? = nil,
        element: ArrayElement
    ) {
        guard count > 0 else { output.append(contentsOf: "[]".utf8); return }
        output.append(0x5B)
        if count < parallelArrayLength {
            write(count: count, range: 0..<count, indent: indent, into: &output, handingOverTo: finished, element: element)
        } else if let finished {
            // Streamed: pieces of about 2,000 elements, a batch of four per core at a time, each batch handed on
            // before the next is written.
            finished.add(output)
            output = []
            let ranges = Parallel.ranges(of: count, parts: max(Parallel.ranges(of: count).count, count / 2048))
            let batch = 4 * Parallel.cores
            for start in stride(from: 0, to: ranges.count, by: batch) {
                for piece in pieces(of: Array(ranges[start..<min(start + batch, ranges.count)]), count: count, indent: indent, element: element) {
                    finished.add(piece)
                }
            }
            output.reserveCapacity(1 << 16)
        } else {
            // A long array (a national report's 60,000 overdue items) is written in pieces on every core, then joined.
            let pieces = pieces(of: Parallel.ranges(of: count), count: count, indent: indent, element: element)
            output.reserveCapacity(output.count + pieces.reduce(0) { $0 + $1.count } + indent * 2 + 2)
            for piece in pieces { output.append(contentsOf: piece) }
        }
        newline(indent, into: &output)
        output.append(0x5D)
    }

    /// The elements in each of `ranges` of an array of `count`, written on every core: one piece a range.
    private static func pieces(of ranges: [Range<Int>], count: Int, indent: Int, element: ArrayElement) -> [[UInt8]] {
        Parallel.array(count: ranges.count, ranges: Parallel.ranges(of: ranges.count)) { range, slots in
            for piece in range {
                var text: [UInt8] = []
                let elements = ranges[piece]
                // Elements of a list are alike: the first one's size, times the piece's length, is room for nearly all.
                write(count: count, range: elements.prefix(1), indent: indent, into: &text, element: element)
                text.reserveCapacity(text.count * elements.count * 5 / 4)
                write(count: count, range: elements.dropFirst(), indent: indent, into: &text, element: element)
                slots.put(text, at: piece)
            }
        }
    }

    /// Elements `range` of an array of `count`, each on a line of its own,
    /// with a comma after each but the array's last.
    private static func write(
        count: Int, range: Range<Int>, indent: Int, into output: inout [UInt8],
        handingOverTo finished: FinishedPieces? = nil, element: ArrayElement
    ) {
        for index in range {
            newline(indent + 1, into: &output)
            element(index, indent + 1, &output, finished)
            if index < count - 1 { output.append(0x2C) }
        }
    }

    /// The first byte from `start` on that `appendString` must look at: a
    /// control character, `"`, `\\`, or 0xE2 (which starts U+2028 and
    /// U+2029); `bytes.count` if none. Nearly every byte is copied as it is,
    /// so the search goes eight bytes at a time (`ByteWords`).
    static func firstByteToLookAt(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ByteWords.firstIndex(in: bytes, from: start, to: bytes.count) { word in
            ByteWords.below(word, 0x20) | ByteWords.equal(word, 0x22) | ByteWords.equal(word, 0x5C) | ByteWords.equal(word, 0xE2)
        } isWanted: { byte in
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
        }
    }

    /// A JSON string: runs of plain bytes copied at once; `"`, `\\` and
    /// control characters escaped; U+2028 and U+2029 escaped for JavaScript.
    fileprivate static func appendString(_ text: String, to output: inout [UInt8]) {
        var text = text
        output.append(0x22)
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func flush() {
                if index > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            }
            while true {
                index = firstByteToLookAt(in: bytes, from: index)
                guard index < bytes.count else { break }
                let byte = bytes[index]
                var escape: [UInt8]?
                var width = 1
                switch byte {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, 0x6E]
                case 0x0D: escape = [0x5C, 0x72]
                case 0x09: escape = [0x5C, 0x74]
                case 0x00..<0x20:
                    let hex = Array(String(byte, radix: 16).utf8)
                    escape = [0x5C, 0x75, 0x30, 0x30] + (hex.count == 1 ? [0x30] : []) + hex
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    width = 3
                default:
                    break
                }
                if let escape {
                    flush()
                    output += escape
                    index += width
                    runStart = index
                } else {
                    index += 1
                }
            }
            flush()
        }
        output.append(0x22)
    }
}

extension JSONWriter {
    /// Writes JSON straight into bytes, laid out exactly as `JSONWriter`
    /// lays out the same `Value` (one member or element a line, indented two
    /// spaces a level, `{}` and `[]` when empty). For the elements of the
    /// longest lists, which are not worth making as values first; anything
    /// else may still be given as a `Value` (`member(_:_:)` with a value).
    struct Builder {
        fileprivate(set) var bytes: [UInt8] = []
        /// The indentation level of the value being written.
        private var indent: Int
        /// Members written so far in the object being written.
        private var members = 0

        init(indent: Int = 0) {
            self.indent = indent
        }

        /// An object whose members `body` writes.
        mutating func object(_ body: (inout Builder) -> Void) {
            let outer = members
            members = 0
            bytes.append(0x7B)
            indent += 1
            body(&self)
            indent -= 1
            if members > 0 { JSONWriter.newline(indent, into: &bytes) }
            bytes.append(0x7D)
            members = outer
        }

        /// Starts a member of the object being written: a comma after the one before, its line, its key; its value follows.
        private mutating func startMember(_ writeKey: (inout [UInt8]) -> Void) {
            if members > 0 { bytes.append(0x2C) }
            members += 1
            JSONWriter.newline(indent, into: &bytes)
            writeKey(&bytes)
            bytes.append(0x3A)
            bytes.append(0x20)
        }

        /// A key known when the code is written: plain ASCII, copied as it is.
        private mutating func key(_ key: StaticString) {
            startMember { bytes in
                bytes.append(0x22)
                key.withUTF8Buffer { bytes.append(contentsOf: $0) }
                bytes.append(0x22)
            }
        }

        mutating func member(_ key: StaticString, _ text: String) {
            self.key(key)
            JSONWriter.appendString(text, to: &bytes)
        }

        /// A string, or null.
        mutating func member(_ key: StaticString, _ text: String?) {
            self.key(key)
            if let text { JSONWriter.appendString(text, to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
        }

        mutating func member(_ key: StaticString, _ number: Int) {
            self.key(key)
            JSONWriter.appendInteger(number, to: &bytes)
        }

        mutating func member(_ key: StaticString, _ flag: Bool) {
            self.key(key)
            bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        }

        /// A member given as a value, written as `JSONWriter` writes it.
        mutating func member(_ key: StaticString, _ value: Value) {
            self.key(key)
            JSONWriter.write(value, indent: indent, into: &bytes)
        }

        /// Members given as values (keys made at run time, as `place(of:)` makes them).
        mutating func members(_ values: [(String, Value)]) {
            for (key, value) in values {
                startMember { JSONWriter.appendString(key, to: &$0) }
                JSONWriter.write(value, indent: indent, into: &bytes)
            }
        }

        /// A member whose value is an array of `count` elements, each written by `element`.
        mutating func member(_ key: StaticString, count: Int, element: (Int, inout Builder) -> Void) {
            self.key(key)
            guard count > 0 else { bytes.append(contentsOf: [0x5B, 0x5D]); return }
            let outer = members
            bytes.append(0x5B)
            indent += 1
            for index in 0..<count {
                JSONWriter.newline(indent, into: &bytes)
                members = 0
                element(index, &self)
                if index < count - 1 { bytes.append(0x2C) }
            }
            indent -= 1
            JSONWriter.newline(indent, into: &bytes)
            bytes.append(0x5D)
            members = outer
        }
    }
}

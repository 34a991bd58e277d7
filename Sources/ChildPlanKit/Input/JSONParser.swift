/// A strict RFC 8259 parser over UTF-8 bytes.
public struct JSONParser {
    public struct SyntaxError: Error, Hashable, Sendable {
        public var problem: JSONSyntaxProblem
        public var line: Int
        public var column: Int
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    public init(utf8 bytes: [UInt8]) {
        self.bytes = bytes
    }

    public static func parse(utf8 bytes: [UInt8]) throws(SyntaxError) -> JSONNode {
        var parser = JSONParser(utf8: bytes)
        parser.skipWhitespace()
        let node = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < bytes.count { throw parser.error(.textAfterValue) }
        return node
    }

    private var column: Int { TextColumn.column(in: bytes, lineStart: lineStart, offset: index) }

    /// Counts each value's column on from the last, so that a plan written
    /// on one line (minified) costs one pass over the line, not one per value.
    private var columns = TextColumn.Counter()

    /// The column of `index`, as `column` gives it.
    private mutating func currentColumn() -> Int {
        columns.column(in: bytes, lineStart: lineStart, offset: index)
    }

    private func error(_ problem: JSONSyntaxProblem) -> SyntaxError {
        SyntaxError(problem: problem, line: line, column: column)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONNode {
        guard index < bytes.count else { throw error(.endOfFile(expecting: nil)) }
        let startLine = line
        let startColumn = currentColumn()
        let value: JSONValue
        switch bytes[index] {
        case UInt8(ascii: "{"): value = try parseObject()
        case UInt8(ascii: "["): value = try parseArray()
        case UInt8(ascii: "\""): value = .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); value = .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); value = .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); value = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .number(try parseNumber())
        default: throw error(.unexpectedCharacter(String(decoding: [bytes[index]], as: UTF8.self)))
        }
        return JSONNode(value: value, line: startLine, column: startColumn)
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > 200 { throw error(.nestedTooDeep(limit: 200)) }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [JSONMember] = []
        // Keys seen, once an object is too long to look through them.
        var keys: Set<String> = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error(.keyExpected)
            }
            let keyLine = line
            let keyColumn = currentColumn()
            let key = try parseString()
            // A key given twice leaves a reader to pick one of two values: refused.
            let seen: Bool
            if members.count < 16 {
                seen = members.contains { $0.key == key }
            } else {
                if keys.isEmpty { keys = Set(members.map(\.key)) }
                seen = !keys.insert(key).inserted
            }
            if seen { throw SyntaxError(problem: .duplicateKey(key), line: keyLine, column: keyColumn) }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error(.colonExpected) }
            index += 1
            skipWhitespace()
            let node = try parseValue()
            members.append(JSONMember(key: key, keyLine: keyLine, keyColumn: keyColumn, node: node))
            skipWhitespace()
            guard index < bytes.count else { throw error(.endOfFile(expecting: "}")) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw error(.commaOrClosingExpected("}"))
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error(.endOfFile(expecting: "]")) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw error(.commaOrClosingExpected("]"))
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(SyntaxError) {
        let expected = word.withUTF8Buffer { Array($0) }
        guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw error(.valueExpected)
        }
        index += expected.count
    }

    private mutating func parseNumber() throws(SyntaxError) -> Double {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        let integerDigits = digits()
        guard integerDigits > 0 else { throw error(.digitExpected) }
        if integerDigits > 1, bytes[start + (bytes[start] == UInt8(ascii: "-") ? 1 : 0)] == UInt8(ascii: "0") {
            throw error(.leadingZero)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error(.digitExpectedAfterPoint) }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw error(.digitExpectedInExponent) }
        }
        guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
            throw error(.notANumber)
        }
        return value
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        index += 1
        var scalars: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return VietnameseText.nfc(String(decoding: scalars, as: UTF8.self))
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append(0x22)
                case UInt8(ascii: "\\"): scalars.append(0x5C)
                case UInt8(ascii: "/"): scalars.append(0x2F)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try parseHex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error(.loneSurrogate)
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error(.loneSurrogate) }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw error(.loneSurrogate)
                    }
                    SourceText.appendUTF8(code, to: &scalars)
                default:
                    index -= 1
                    throw error(.unknownEscape(String(decoding: [escape], as: UTF8.self)))
                }
            case 0x00..<0x20:
                throw error(byte == 0x0A ? .lineBreakInString : .controlCharacterInString)
            default:
                scalars.append(byte)
                index += 1
            }
        }
        throw error(.unterminatedString)
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(.hexDigitsExpected) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error(.hexDigitsExpected)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}

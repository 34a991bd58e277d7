/// A pull reader of the XML that Office parts are written in: elements,
/// attributes and text, one event at a time, over UTF-8 bytes in memory.
///
/// Names are given without their prefix (`w:tbl` → `tbl`), which is how
/// Office parts are read in practice. It refuses what an Office part never
/// holds and an attack would: a document type declaration (so no entity is
/// ever defined, let alone fetched or expanded) and references to entities
/// other than XML's five. Comments and processing instructions are skipped;
/// CDATA is text. Elements nest at most `XMLReader.deepestNesting` deep.
///
/// Measured against Foundation's `XMLParser` in `childplan-bench xml`
/// (see BENCHMARKS.md).
public struct XMLReader {
    public enum Event: Hashable, Sendable {
        case start(String)
        case end(String)
        case text(String)
    }

    public static let deepestNesting = 256

    private let bytes: [UInt8]
    private var index = 0
    private var open: [String] = []
    private var pendingEnd: String?
    /// Where the attributes of the element last started lie: each name
    /// (without its prefix) and value, decoded only when asked for.
    private var attributeRanges: [(name: Range<Int>, value: Range<Int>)] = []

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A byte order mark may precede the declaration.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    /// The number of elements open around the reader's place.
    public var depth: Int { open.count }

    /// The value of the attribute with this local name on the element last started.
    public func attribute(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { wanted in
            for attribute in attributeRanges where attribute.name.count == wanted.count {
                var same = true
                for offset in 0..<wanted.count where bytes[attribute.name.lowerBound + offset] != wanted[offset] {
                    same = false
                    break
                }
                // Checked when the tag was read: the value decodes.
                if same { return try? XMLReader.decode(bytes, attribute.value) }
            }
            return nil
        }
    }

    /// The next event, or nil at the end of the document.
    public mutating func next() throws(XMLProblem) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            open.removeLast()
            return .end(name)
        }
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") { return .text(try readText()) }
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") { return .end(try readEndTag()) }
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "?") {
                try skip(past: Array("?>".utf8))
                continue
            }
            if starts(with: "<!--") {
                try skip(past: Array("-->".utf8))
                continue
            }
            if starts(with: "<![CDATA[") {
                index += 9
                let start = index
                try skip(past: Array("]]>".utf8))
                return .text(String(decoding: bytes[start..<index - 3], as: UTF8.self))
            }
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!") { throw .documentType }
            return .start(try readStartTag())
        }
        guard open.isEmpty else { throw .unclosed(open.last ?? "") }
        return nil
    }

    /// After a `.start`, skips everything up to and including its `.end`.
    public mutating func skipElement() throws(XMLProblem) {
        let depth = open.count
        while open.count >= depth {
            guard try next() != nil else { return }
        }
    }

    /// All the text inside the element just started, up to its end.
    public mutating func text() throws(XMLProblem) -> String {
        let depth = open.count
        var text = ""
        while open.count >= depth, let event = try next() {
            if case .text(let piece) = event { text += piece }
        }
        return text
    }

    // MARK: Reading

    private func starts(with literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { literalBytes in
            (0..<count).allSatisfy { bytes[index + $0] == literalBytes[$0] }
        }
    }

    private mutating func skip(past terminator: [UInt8]) throws(XMLProblem) {
        while index + terminator.count <= bytes.count {
            if bytes[index] == terminator[0], (1..<terminator.count).allSatisfy({ bytes[index + $0] == terminator[$0] }) {
                index += terminator.count
                return
            }
            index += 1
        }
        throw .truncated
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=")
    }

    /// A name from `index`, without its prefix.
    private mutating func readName() throws(XMLProblem) -> String {
        String(decoding: bytes[try readNameRange()], as: UTF8.self)
    }

    /// Where the name from `index` lies, without its prefix.
    private mutating func readNameRange() throws(XMLProblem) -> Range<Int> {
        let start = index
        var localStart = index
        while index < bytes.count, !XMLReader.isNameEnd(bytes[index]) {
            if bytes[index] == UInt8(ascii: ":") { localStart = index + 1 }
            index += 1
        }
        guard index < bytes.count else { throw .truncated }
        guard index > start, localStart < index else { throw .malformed(at: index) }
        return localStart..<index
    }

    private mutating func skipSpaces() {
        while index < bytes.count, XMLReader.isSpace(bytes[index]) { index += 1 }
    }

    private mutating func readStartTag() throws(XMLProblem) -> String {
        index += 1
        let name = try readName()
        attributeRanges.removeAll(keepingCapacity: true)
        while true {
            skipSpaces()
            guard index < bytes.count else { throw .truncated }
            switch bytes[index] {
            case UInt8(ascii: ">"):
                index += 1
                try push(name)
                return name
            case UInt8(ascii: "/"):
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { throw .malformed(at: index) }
                index += 2
                try push(name)
                pendingEnd = name
                return name
            default:
                let attributeName = try readNameRange()
                skipSpaces()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw .malformed(at: index) }
                index += 1
                skipSpaces()
                guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else { throw .malformed(at: index) }
                let quote = bytes[index]
                index += 1
                let start = index
                while index < bytes.count, bytes[index] != quote { index += 1 }
                guard index < bytes.count else { throw .truncated }
                if bytes[start..<index].contains(UInt8(ascii: "&")) { _ = try XMLReader.decode(bytes, start..<index) }
                index += 1
                attributeRanges.append((attributeName, start..<index - 1))
            }
        }
    }

    private mutating func push(_ name: String) throws(XMLProblem) {
        guard open.count < XMLReader.deepestNesting else { throw .tooDeep(limit: XMLReader.deepestNesting) }
        open.append(name)
    }

    private mutating func readEndTag() throws(XMLProblem) -> String {
        index += 2
        let name = try readName()
        skipSpaces()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { throw .malformed(at: index) }
        index += 1
        guard open.last == name else { throw .mismatchedEnd(name) }
        open.removeLast()
        return name
    }

    private mutating func readText() throws(XMLProblem) -> String {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        return try XMLReader.decode(bytes, start..<index)
    }

    /// Text with its character and entity references replaced.
    static func decode(_ bytes: [UInt8], _ range: Range<Int>) throws(XMLProblem) -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else { return String(decoding: bytes[range], as: UTF8.self) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                decoded.append(byte)
                index += 1
                continue
            }
            guard let semicolon = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 10 else {
                throw .unknownEntity(String(decoding: bytes[index..<min(index + 10, range.upperBound)], as: UTF8.self))
            }
            let name = String(decoding: bytes[index + 1..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch name {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                } else {
                    scalar = nil
                }
            }
            guard let scalar else { throw .unknownEntity("&\(name);") }
            decoded += Array(String(Character(scalar)).utf8)
            index = semicolon + 1
        }
        return String(decoding: decoded, as: UTF8.self)
    }
}

/// Why an Office part's XML cannot be read.
public enum XMLProblem: Error, Hashable, Sendable {
    /// A `<!DOCTYPE …>`: never in an Office part, and the door to entity attacks.
    case documentType
    case unknownEntity(String)
    case truncated
    case malformed(at: Int)
    case mismatchedEnd(String)
    case unclosed(String)
    case tooDeep(limit: Int)
}

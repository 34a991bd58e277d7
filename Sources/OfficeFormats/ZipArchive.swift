/// A ZIP archive read from memory, as Word and Excel files are: the central
/// directory lists the entries; each is read from its local header, stored or
/// deflated, and its CRC-32 checked.
///
/// Refused, each with its own `ZipProblem`: ZIP64, encryption, methods other
/// than stored and deflate, entries larger than `ZipArchive.largestEntry`,
/// entries that inflate more than `ZipArchive.largestRatio` times (a zip bomb),
/// and names with `..` or an absolute path (never used as paths here, but a
/// sign of a crafted file).
public struct ZipArchive: Sendable {
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var method: UInt16
        public var flags: UInt16
        public var crc: UInt32
        public var compressedSize: Int
        public var size: Int
        public var localHeaderOffset: Int
    }

    /// The most one entry may hold once inflated: 256 MB.
    public static let largestEntry = 256 << 20
    /// The most an entry may grow by inflating; above it the entry is taken for a zip bomb.
    public static let largestRatio = 200
    /// Entries smaller than this are not held to the ratio: tiny parts compress oddly well.
    public static let ratioFloor = 1 << 20

    public let entries: [Entry]
    private let bytes: [UInt8]

    /// True when the bytes begin as a ZIP archive does (`PK\3\4`, or `PK\5\6` for an empty one).
    public static func hasSignature(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B
            && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6))
    }

    public init(bytes: [UInt8]) throws(ZipProblem) {
        self.bytes = bytes
        guard let end = ZipArchive.endOfCentralDirectory(in: bytes) else { throw .notAnArchive }
        let entryCount = Int(bytes.uint16(at: end + 10))
        let directorySize = Int(bytes.uint32(at: end + 12))
        let directoryOffset = Int(bytes.uint32(at: end + 16))
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF { throw .zip64 }
        if end >= 20, bytes.uint32(at: end - 20) == 0x0706_4B50 { throw .zip64 }
        guard directoryOffset + directorySize <= end else { throw .damaged }
        var entries: [Entry] = []
        entries.reserveCapacity(entryCount)
        var offset = directoryOffset
        for _ in 0..<entryCount {
            guard offset + 46 <= end, bytes.uint32(at: offset) == 0x0201_4B50 else { throw .damaged }
            let flags = bytes.uint16(at: offset + 8)
            let method = bytes.uint16(at: offset + 10)
            let crc = bytes.uint32(at: offset + 16)
            let compressedSize = Int(bytes.uint32(at: offset + 20))
            let size = Int(bytes.uint32(at: offset + 24))
            let nameLength = Int(bytes.uint16(at: offset + 28))
            let extraLength = Int(bytes.uint16(at: offset + 30))
            let commentLength = Int(bytes.uint16(at: offset + 32))
            let localHeaderOffset = Int(bytes.uint32(at: offset + 42))
            guard offset + 46 + nameLength <= end else { throw .damaged }
            let name = String(decoding: bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self)
            if compressedSize == 0xFFFF_FFFF || size == 0xFFFF_FFFF || localHeaderOffset == 0xFFFF_FFFF { throw .zip64 }
            if ZipArchive.isSuspicious(name: name) { throw .suspiciousName(name) }
            entries.append(Entry(name: name, method: method, flags: flags, crc: crc, compressedSize: compressedSize, size: size,
                                 localHeaderOffset: localHeaderOffset))
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The end-of-central-directory record, looked for from the end (a comment may follow it).
    static func endOfCentralDirectory(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var offset = bytes.count - 22
        while offset >= lowest {
            if bytes[offset] == 0x50, bytes.uint32(at: offset) == 0x0605_4B50 { return offset }
            offset -= 1
        }
        return nil
    }

    static func isSuspicious(name: String) -> Bool {
        name.hasPrefix("/") || name.hasPrefix("\\") || name.utf8.dropFirst().first == UInt8(ascii: ":")
            || name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }

    /// The entry with this name (ZIP names are case-sensitive; Office's are
    /// matched without case, as Office itself does).
    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The entry's bytes, inflated and checked.
    public func contents(of entry: Entry) throws(ZipProblem) -> [UInt8] {
        if entry.flags & 1 != 0 { throw .encrypted }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedMethod(entry.method, entry: entry.name) }
        guard entry.size <= ZipArchive.largestEntry else { throw .entryTooLarge(entry.name, limit: ZipArchive.largestEntry) }
        if entry.size >= ZipArchive.ratioFloor, entry.size > entry.compressedSize * ZipArchive.largestRatio {
            throw .tooCompressed(entry.name, ratio: entry.size / max(entry.compressedSize, 1))
        }
        guard let data = storedBytes(of: entry) else { throw .damagedEntry(entry.name) }
        let contents: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.size else { throw .damagedEntry(entry.name) }
            contents = data
        } else {
            do {
                contents = try Inflater.inflate(data, expectedSize: entry.size, limit: entry.size)
            } catch {
                throw .damagedEntry(entry.name)
            }
        }
        guard contents.count == entry.size, CRC32.checksum(contents) == entry.crc else { throw .damagedEntry(entry.name) }
        return contents
    }

    /// The entry's bytes as stored (compressed, unchecked), after its local header; nil when the header is not there.
    func storedBytes(of entry: Entry) -> [UInt8]? {
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, bytes.uint32(at: header) == 0x0403_4B50 else { return nil }
        let start = header + 30 + Int(bytes.uint16(at: header + 26)) + Int(bytes.uint16(at: header + 28))
        guard start + entry.compressedSize <= bytes.count else { return nil }
        return Array(bytes[start..<start + entry.compressedSize])
    }

    /// The contents of the entry with this name, or nil when there is none.
    public func contents(ofEntryNamed name: String) throws(ZipProblem) -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try contents(of: entry)
    }
}

/// Why a ZIP archive (a Word or Excel file) cannot be read.
public enum ZipProblem: Error, Hashable, Sendable {
    /// No end-of-central-directory record: not a ZIP archive, or one cut short.
    case notAnArchive
    /// The central directory does not hold together.
    case damaged
    /// An entry whose header, size or CRC-32 is wrong.
    case damagedEntry(String)
    case zip64
    case encrypted
    case unsupportedMethod(UInt16, entry: String)
    case entryTooLarge(String, limit: Int)
    case tooCompressed(String, ratio: Int)
    case suspiciousName(String)
}

extension [UInt8] {
    func uint16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func uint32(at offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16 | UInt32(self[offset + 3]) << 24
    }
}

/// Writes a ZIP archive of stored (uncompressed) entries, as Office reads
/// them: local headers, the central directory and its end record, every
/// entry with its CRC-32, and one fixed timestamp so that the same entries
/// always give the same bytes.
public struct ZipWriter: Sendable {
    private var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// 1 January 2025, 00:00, in MS-DOS form: the time every entry carries.
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = UInt16((2025 - 1980) << 9 | 1 << 5 | 1)

    public init() {}

    public mutating func add(_ name: String, _ contents: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let offset = bytes.count
        // What the local header and the central directory both say of the entry, from its flags to its name's length.
        var common: [UInt8] = []
        common.append(uint16: 1 << 11)  // flags: the name is UTF-8
        common.append(uint16: 0)  // stored
        common.append(uint16: ZipWriter.dosTime)
        common.append(uint16: ZipWriter.dosDate)
        common.append(uint32: CRC32.checksum(contents))
        common.append(uint32: UInt32(contents.count))
        common.append(uint32: UInt32(contents.count))
        common.append(uint16: UInt16(nameBytes.count))

        bytes.append(uint32: 0x0403_4B50)
        bytes.append(uint16: 20)  // version needed
        bytes += common
        bytes.append(uint16: 0)  // extra field
        bytes += nameBytes
        bytes += contents

        directory.append(uint32: 0x0201_4B50)
        directory.append(uint16: 20)  // version made by
        directory.append(uint16: 20)  // version needed
        directory += common
        for _ in 0..<3 { directory.append(uint16: 0) }  // extra field, comment, disk
        directory.append(uint16: 0)  // internal attributes
        directory.append(uint32: 0)  // external attributes
        directory.append(uint32: UInt32(offset))
        directory += nameBytes
        count += 1
    }

    /// The archive: the entries added, the central directory and its end.
    public func finished() -> [UInt8] {
        var archive = bytes
        let directoryOffset = archive.count
        archive += directory
        archive.append(uint32: 0x0605_4B50)
        archive.append(uint16: 0)
        archive.append(uint16: 0)
        archive.append(uint16: UInt16(count))
        archive.append(uint16: UInt16(count))
        archive.append(uint32: UInt32(directory.count))
        archive.append(uint32: UInt32(directoryOffset))
        archive.append(uint16: 0)
        return archive
    }
}

extension [UInt8] {
    mutating func append(uint16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func append(uint32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}

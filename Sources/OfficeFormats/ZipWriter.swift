/// Writes a ZIP archive of stored (uncompressed) entries, as Office reads
/// them: local headers, the central directory and its end record, every
/// entry with its CRC-32, and one fixed timestamp so that the same entries
/// always give the same bytes.
///
/// The archive is kept as the pieces it is made of — each entry's header, then its contents as they were given —
/// so that a part of a hundred megabytes is never copied: `write(to:)` hands the pieces on in order (to standard
/// output or a file), and `finished()` joins them once, for a caller that wants the bytes.
public struct ZipWriter: Sendable {
    private var pieces: [[UInt8]] = []
    /// The bytes of the pieces so far: where the next entry's header begins.
    private var length = 0
    private var directory: [UInt8] = []
    private var count = 0

    /// 1 January 2025, 00:00, in MS-DOS form: the time every entry carries.
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = UInt16((2025 - 1980) << 9 | 1 << 5 | 1)

    public init() {}

    public mutating func add(_ name: String, _ contents: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let offset = length
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

        var header: [UInt8] = []
        header.append(uint32: 0x0403_4B50)
        header.append(uint16: 20)  // version needed
        header += common
        header.append(uint16: 0)  // extra field
        header += nameBytes
        pieces.append(header)
        pieces.append(contents)
        length += header.count + contents.count

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

    /// Hands the archive to `emit` piece by piece, in order: the entries added, then the central directory and its end.
    public func write(to emit: ([UInt8]) -> Void) {
        for piece in pieces { emit(piece) }
        var end = directory
        end.append(uint32: 0x0605_4B50)
        end.append(uint16: 0)
        end.append(uint16: 0)
        end.append(uint16: UInt16(count))
        end.append(uint16: UInt16(count))
        end.append(uint32: UInt32(directory.count))
        end.append(uint32: UInt32(length))
        end.append(uint16: 0)
        emit(end)
    }

    /// The archive's bytes, joined.
    public func finished() -> [UInt8] {
        var archive: [UInt8] = []
        archive.reserveCapacity(length + directory.count + 22)
        write { archive += $0 }
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

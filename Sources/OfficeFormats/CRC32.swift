/// CRC-32 as ZIP uses it (ISO 3309 / ITU-T V.42: polynomial 0xEDB88320, reflected,
/// starting at and finished with all ones). Eight bytes at a time through eight
/// tables ("slicing by 8"), the rest one table lookup per byte; the bit-by-bit
/// reference it is tested against is in the tests (`CRC32Tests`).
public struct CRC32: Sendable {
    public private(set) var value: UInt32 = 0

    public init() {}

    /// The CRC-32 of `bytes` at once.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    public mutating func update(_ bytes: [UInt8]) {
        let table = CRC32.tables
        var crc = ~value
        var index = 0
        let whole = bytes.count & ~7
        while index < whole {
            let low = crc ^ (UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24)
            let high = UInt32(bytes[index + 4]) | UInt32(bytes[index + 5]) << 8 | UInt32(bytes[index + 6]) << 16 | UInt32(bytes[index + 7]) << 24
            crc = table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
                ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
                ^ table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int((high >> 8) & 0xFF)]
                ^ table[256 + Int((high >> 16) & 0xFF)] ^ table[Int(high >> 24)]
            index += 8
        }
        while index < bytes.count {
            crc = table[Int((crc ^ UInt32(bytes[index])) & 0xFF)] ^ (crc >> 8)
            index += 1
        }
        value = ~crc
    }

    /// Table k gives the CRC of a byte followed by k zero bytes: table 0 is the byte-at-a-time table.
    static let tables: [UInt32] = {
        var tables = (0..<256).map { index -> UInt32 in
            var crc = UInt32(index)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
            return crc
        }
        for k in 1..<8 {
            for index in 0..<256 {
                let previous = tables[(k - 1) * 256 + index]
                tables.append(tables[Int(previous & 0xFF)] ^ (previous >> 8))
            }
        }
        return tables
    }()
}

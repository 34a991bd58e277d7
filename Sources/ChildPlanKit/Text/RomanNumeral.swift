/// Roman numerals as plans number their task groups (I…VII, and beyond for
/// the sake of clear errors about a group VIII).
public enum RomanNumeral {
    private static let table: [(value: Int, symbol: String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// The table's symbols as one or two bytes (0 for none), so that the
    /// check below handles no heap objects: it runs once for each update read.
    private static let byteTable: [(value: Int, first: UInt8, second: UInt8)] = table.map { entry in
        let bytes = Array(entry.symbol.utf8)
        return (entry.value, bytes[0], bytes.count > 1 ? bytes[1] : 0)
    }

    /// `4` → `IV`. `value` must be 1...3999.
    public static func string(for value: Int) -> String {
        var remaining = value
        var result = ""
        for (amount, symbol) in table {
            while remaining >= amount {
                result += symbol
                remaining -= amount
            }
        }
        return result
    }

    /// The value of a numeral in canonical form, any case (`iv`, `IV`), or nil
    /// when the text is not one (`IIII`, `IL`, `A`).
    public static func value(of text: String) -> Int? {
        var upper = text.uppercased()
        return upper.withUTF8 { value(ofCapitals: $0) }
    }

    /// The value of a numeral in canonical form written in capitals, read
    /// from its bytes without making a `String` (the group of a task id,
    /// `IV` of `IV.3`, read for each of a national roll-up's updates); nil
    /// when the bytes are not one. The one reader of numerals.
    static func value(ofCapitals bytes: some BidirectionalCollection<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 15 else { return nil }
        // The group numerals (I … VII, three letters at most) as patterns
        // of digits, I=1 and V=5: a task id's group, read for every update.
        if bytes.count <= 3 {
            var pattern = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "I"): pattern = pattern * 10 + 1
                case UInt8(ascii: "V"): pattern = pattern * 10 + 5
                default: pattern = -1
                }
                if pattern < 0 { break }
            }
            switch pattern {
            case 1: return 1
            case 11: return 2
            case 111: return 3
            case 15: return 4
            case 5: return 5
            case 51: return 6
            case 511: return 7
            case -1: break
            default: return nil  // IIV, VV, VIV…: only I and V, but no numeral
            }
        }
        var total = 0
        var previous = 0
        for byte in bytes.reversed() {
            let digit: Int
            switch byte {
            case UInt8(ascii: "I"): digit = 1
            case UInt8(ascii: "V"): digit = 5
            case UInt8(ascii: "X"): digit = 10
            case UInt8(ascii: "L"): digit = 50
            case UInt8(ascii: "C"): digit = 100
            case UInt8(ascii: "D"): digit = 500
            case UInt8(ascii: "M"): digit = 1000
            default: return nil
            }
            total += digit < previous ? -digit : digit
            previous = max(previous, digit)
        }
        guard (1...3999).contains(total), isCanonical(bytes, for: total) else { return nil }
        return total
    }

    /// Whether the bytes are what `string(for: value)` writes, compared symbol by symbol.
    private static func isCanonical(_ bytes: some Collection<UInt8>, for value: Int) -> Bool {
        var remaining = value
        var index = bytes.startIndex
        for (amount, first, second) in byteTable {
            while remaining >= amount {
                guard index != bytes.endIndex, bytes[index] == first else { return false }
                index = bytes.index(after: index)
                if second != 0 {
                    guard index != bytes.endIndex, bytes[index] == second else { return false }
                    index = bytes.index(after: index)
                }
                remaining -= amount
            }
        }
        return index == bytes.endIndex
    }
}

/// Roman numerals as plans number their task groups (I…VII, and beyond for
/// the sake of clear errors about a group VIII).
public enum RomanNumeral {
    private static let table: [(value: Int, symbol: String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

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
        let upper = text.uppercased()
        guard !upper.isEmpty, upper.count <= 15,
              upper.allSatisfy({ "IVXLCDM".contains($0) }) else { return nil }
        var total = 0
        var previous = 0
        for character in upper.reversed() {
            let digit: Int
            switch character {
            case "I": digit = 1
            case "V": digit = 5
            case "X": digit = 10
            case "L": digit = 50
            case "C": digit = 100
            case "D": digit = 500
            default: digit = 1000
            }
            total += digit < previous ? -digit : digit
            previous = max(previous, digit)
        }
        guard (1...3999).contains(total), string(for: total) == upper else { return nil }
        return total
    }
}

extension Day {
    /// Reads a day as files and Vietnamese offices write it: `YYYY-MM-DD`,
    /// or `dd/mm/yyyy` (also `d/m/yyyy`, and with `-` or `.` between the
    /// parts). Surrounding spaces are allowed. Returns nil for anything else,
    /// including days that do not exist (`31/02/2025`) and US order (`11/22/2026`).
    public init?(parsing text: String) {
        var text = text
        guard let day = text.withUTF8({ Day.parse(utf8: $0) }) else { return nil }
        self = day
    }

    /// The same rules over UTF-8 bytes, without making a `String`.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        if bytes.count == 10, let (year, month, day) = tenCharacterDate(bytes) {
            return Day(year: year, month: month, day: day)
        }
        return parseAnyShape(utf8: bytes)
    }

    /// A text written as a day (`31/02/2025`, `2025-13-01`) whose numbers name no real day: its year, month and
    /// day, so that a message can say why; nil for a real day or for text that is not written as a day at all.
    public static func nonexistent(_ text: String) -> (year: Int, month: Int, day: Int)? {
        var text = text
        guard let parts = text.withUTF8({ parts(utf8: $0) }) else { return nil }
        return Day(year: parts.year, month: parts.month, day: parts.day) == nil ? parts : nil
    }

    /// The rules of `parse(utf8:)`, for every shape they accept.
    static func parseAnyShape(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        parts(utf8: bytes).flatMap { Day(year: $0.year, month: $0.month, day: $0.day) }
    }

    /// The year, month and day numbers of a text in one of the shapes `parse(utf8:)` accepts, real day or not.
    private static func parts(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        var numbers = (0, 0, 0)
        var widths = (0, 0, 0)
        var part = 0
        var separator: UInt8 = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                let digit = Int(byte - 0x30)
                switch part {
                case 0: numbers.0 = numbers.0 * 10 + digit; widths.0 += 1
                case 1: numbers.1 = numbers.1 * 10 + digit; widths.1 += 1
                default: numbers.2 = numbers.2 * 10 + digit; widths.2 += 1
                }
                if widths.0 > 4 || widths.1 > 4 || widths.2 > 4 { return nil }
            } else if byte == 0x2D || byte == 0x2F || byte == 0x2E {
                if separator == 0 { separator = byte } else if separator != byte { return nil }
                part += 1
                if part > 2 { return nil }
            } else {
                return nil
            }
            index += 1
        }
        guard part == 2, widths.0 > 0, widths.1 > 0, widths.2 > 0 else { return nil }
        if widths.0 == 4, separator == 0x2D, widths.1 <= 2, widths.2 <= 2 {
            return (numbers.0, numbers.1, numbers.2)
        }
        if widths.2 == 4, widths.0 <= 2, widths.1 <= 2 {
            return (numbers.2, numbers.1, numbers.0)
        }
        return nil
    }

    /// `dd/mm/yyyy` (or with `-` or `.`) and `yyyy-mm-dd`, as nearly every
    /// return writes them, read with no loop: the year, month and day
    /// numbers, or nil when the ten bytes are not in one of these shapes.
    private static func tenCharacterDate(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        let separator = bytes[2]
        if separator == 0x2F || separator == 0x2D || separator == 0x2E, bytes[5] == separator,
           let day = digits(bytes, 0, 2), let month = digits(bytes, 3, 2), let year = digits(bytes, 6, 4)
        {
            return (year, month, day)
        }
        if bytes[4] == 0x2D, bytes[7] == 0x2D,
           let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2)
        {
            return (year, month, day)
        }
        return nil
    }

    /// The number `count` decimal digits at `start` spell, or nil if any is not a digit.
    @inline(__always)
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}

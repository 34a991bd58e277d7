/// Splits a partner cell into agencies, the way plans write them.
///
/// Agencies are separated by `;` or by line breaks, never by commas
/// (`Sở Văn hóa, Thể thao và Du lịch` is one agency). A line break inside
/// a name — a PDF or a narrow Excel column broke it — is not a separator:
/// a line that starts in lower case, or follows a line ending in `,`, `-`
/// or `và`, continues the name before it. Leading list bullets are dropped.
public enum AgencyList {
    public static func split(_ cell: String) -> [String] {
        if let parts = simpleSplit(cell) { return parts }
        var agencies: [String] = []
        for part in VietnameseText.nfc(cell).split(separator: ";", omittingEmptySubsequences: true) {
            var current: String?
            for line in VietnameseText.tidyLines(String(part)) {
                let (text, bulleted) = removingBullet(line)
                guard !text.isEmpty else { continue }
                if let previous = current, !bulleted, continues(previous, with: text) {
                    current = previous + " " + text
                } else {
                    if let previous = current { agencies.append(previous) }
                    current = text
                }
            }
            if let current { agencies.append(current) }
        }
        return agencies
    }

    /// The usual cell, one line of tidy names separated by `;`: split
    /// without building any text anew. Nil for anything else.
    static func simpleSplit(_ cell: String) -> [String]? {
        var cell = cell
        return cell.withUTF8 { bytes -> [String]? in
            guard VietnameseText.isTidy(utf8: bytes, allowingLineBreaks: false) else { return nil }
            var parts: [String] = []
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ";") { end += 1 }
                var first = start
                var last = end
                while first < last, bytes[first] == 0x20 { first += 1 }
                while last > first, bytes[last - 1] == 0x20 { last -= 1 }
                if last > first {
                    let lead = bytes[first]
                    // A list bullet ("- ", "+ ", "* ", "• ", "– "): the full rules decide.
                    if lead == UInt8(ascii: "-") || lead == UInt8(ascii: "+") || lead == UInt8(ascii: "*") || lead == 0xE2 { return nil }
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self))
                }
                start = end + 1
            }
            return parts
        }
    }

    /// A single agency cell (the lead): bullets dropped, lines joined.
    public static func single(_ cell: String) -> String {
        removingBullet(VietnameseText.tidyName(cell)).text
    }

    static func removingBullet(_ line: String) -> (text: String, bulleted: Bool) {
        guard let first = line.unicodeScalars.first,
              VietnameseText.isDash(first) || first == "•" || first == "+" || first == "*" else { return (line, false) }
        let rest = line.unicodeScalars.dropFirst()
        guard rest.first == " " else { return (line, false) }
        return (String(String.UnicodeScalarView(rest.dropFirst())), true)
    }

    static func continues(_ previous: String, with next: String) -> Bool {
        if let first = next.first, first.isLowercase { return true }
        let key = VietnameseText.matchKey(previous)
        return key.hasSuffix(",") || key.hasSuffix("-") || key.hasSuffix(" và") || key.hasSuffix("&")
    }
}

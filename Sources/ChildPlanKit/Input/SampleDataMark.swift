/// Whether a file says it is made-up sample data, not reported figures: its
/// name says so (`…SAMPLE-illustrative.csv`, `…minh-hoa…`), or a line above
/// its header does ("DỮ LIỆU MINH HỌA", "ILLUSTRATIVE SAMPLE"). Reports
/// over such a file say so at their top.
enum SampleDataMark {
    /// The words that mark sample data, as loose keys (no diacritics, lower case, words split by spaces).
    static let words = ["minh hoa", "illustrative", "sample", "du lieu mau"]

    static func isMarked(file: String, utf8: [UInt8], headerLine: Int) -> Bool {
        let name = file.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).last.map(Array.init) ?? []
        if mentions(name) { return true }
        guard headerLine > 1 else { return false }
        // The lines above the header, where a title says what the file is.
        var lines = 1
        var end = 0
        while end < utf8.count, end < 4096, lines < headerLine {
            if utf8[end] == 0x0A { lines += 1 }
            end += 1
        }
        return mentions(Array(utf8[..<end]))
    }

    /// Whether a text holds one of `words`. Every file is asked (a national
    /// roll-up has 3,600): ASCII text is searched as bytes, without case;
    /// only text with other letters is made into a loose key.
    static func mentions(_ bytes: [UInt8]) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // Separators as spaces, letters in lower case: the loose key of ASCII text.
            let key = bytes.map { byte -> UInt8 in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
                default: UInt8(ascii: " ")
                }
            }
            return words.contains { word in key.firstRange(of: Array(word.utf8)) != nil }
        }
        let key = VietnameseText.looseKey(String(decoding: bytes.map { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self))
        return words.contains { key.contains($0) }
    }
}

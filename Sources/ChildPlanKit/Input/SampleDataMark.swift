/// Whether a file says it is made-up sample data, not reported figures: its
/// name says so (`…SAMPLE-illustrative.csv`, `…minh-hoa…`), or a line above
/// its header does ("DỮ LIỆU MINH HỌA", "ILLUSTRATIVE SAMPLE"). Reports
/// over such a file say so at their top.
enum SampleDataMark {
    static let words = ["minh hoa", "illustrative", "sample", "du lieu mau"]

    static func isMarked(file: String, utf8: [UInt8], headerLine: Int) -> Bool {
        let name = VietnameseText.looseKey(String(file.split(separator: "/").last ?? "").replacingOccurrences(of: "-", with: " "))
        if words.contains(where: { name.contains($0) }) { return true }
        guard headerLine > 1 else { return false }
        // The lines above the header, where a title says what the file is.
        var lines = 1
        var end = 0
        while end < utf8.count, lines < headerLine {
            if utf8[end] == 0x0A { lines += 1 }
            end += 1
        }
        let above = VietnameseText.looseKey(String(decoding: utf8.prefix(min(end, 4096)), as: UTF8.self))
        return words.contains { above.contains($0) }
    }
}

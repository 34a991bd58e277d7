import Foundation

/// Keys for matching agency names as people write them.
public enum AgencyNameKey {
    /// Abbreviations written out before comparing, as `looseKey` words.
    static let abbreviations: [String: String] = [
        "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "mttq": "mat tran to quoc",
        "ubmttq": "uy ban mat tran to quoc", "tand": "toa an nhan dan", "vksnd": "vien kiem sat nhan dan",
        "tp": "thanh pho", "tp.": "thanh pho", "tw": "trung uong", "vn": "viet nam", "ub": "uy ban",
        "bchqs": "bo chi huy quan su", "lhpn": "lien hiep phu nu", "bhxh": "bao hiem xa hoi",
    ]

    /// `VietnameseText.looseKey` with abbreviations written out.
    public static func loose(_ name: String) -> String {
        // A loose key has single spaces and no space at either end, so its
        // words are what lies between spaces; most names hold no abbreviation.
        let key = VietnameseText.looseKey(name)
        var expanded: [UInt8]?
        var utf8 = key.utf8[...]
        while !utf8.isEmpty {
            let end = utf8.firstIndex(of: 0x20) ?? utf8.endIndex
            let word = utf8[..<end]
            if word.count <= 6, let full = abbreviations[String(Substring(word))] {
                if expanded == nil { expanded = Array(key.utf8[..<word.startIndex]) }
                expanded! += full.utf8
            } else if expanded != nil {
                expanded! += word
            }
            if end != utf8.endIndex, expanded != nil { expanded!.append(0x20) }
            utf8 = end == utf8.endIndex ? utf8[end...] : utf8[utf8.index(after: end)...]
        }
        return expanded.map { String(decoding: $0, as: UTF8.self) } ?? key
    }

    /// A loose key without spaces, `-`, `&`, `.` or `_`.
    public static func compact(_ looseKey: String) -> String {
        String(looseKey.unicodeScalars.filter { !" -&._".unicodeScalars.contains($0) })
    }
}

/// Text made safe for XML: `&`, `<`, `>` and quotes escaped, and the
/// characters XML 1.0 forbids (controls other than tab, line feed and
/// carriage return; U+FFFE and U+FFFF) dropped. One escaper, written into
/// bytes (the Word report's cells, 400,000 of them) or returned as text; the
/// scalar-by-scalar reference it is tested against is in the tests.
public enum XMLText {
    /// The text escaped, its line feeds kept.
    public static func escaped(_ text: String) -> String {
        // Nearly every text has nothing to escape: returned as it is.
        if !needsEscaping(text) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A line feed, kept as it is: what `appendEscaped` writes for one unless told otherwise.
    public static let lineFeed: [UInt8] = [0x0A]

    /// Appends `text` escaped, with each line feed written as `lineBreak`.
    public static func appendEscaped(_ text: String, lineBreak: [UInt8] = lineFeed, to bytes: inout [UInt8]) {
        let utf8 = text.utf8
        if !needsEscaping(text) {
            bytes += utf8
            return
        }
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case 0x26: bytes += "&amp;".utf8
            case 0x3C: bytes += "&lt;".utf8
            case 0x3E: bytes += "&gt;".utf8
            case 0x22: bytes += "&quot;".utf8
            case 0x0A: bytes += lineBreak
            case 0x09: bytes.append(byte)
            case 0x0D: bytes += "&#13;".utf8
            case 0xEF:
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF), which XML forbids, are left out.
                let next = utf8.index(after: index)
                if next != utf8.endIndex, utf8[next] == 0xBF, utf8.index(after: next) != utf8.endIndex,
                   utf8[utf8.index(after: next)] & 0xFE == 0xBE {
                    index = utf8.index(after: utf8.index(after: next))
                    continue
                }
                bytes.append(byte)
            default:
                if byte >= 0x20 { bytes.append(byte) }
            }
            index = utf8.index(after: index)
        }
    }

    /// True when a byte of the text may change: a control, `&`, `<`, `>`, `"`, or the lead byte of U+FFFE/U+FFFF.
    static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }
    }
}

/// Escaping for text from the data placed into markdown.
enum MarkdownText {
    /// Inline text: characters markdown or HTML would act on are escaped.
    static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendEscaped(text, lineBreak: nil, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A table cell: escaped as inline text, line breaks as `<br>`.
    static func escapeCell(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendEscaped(text, lineBreak: "<br>", to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` escaped; line breaks become `lineBreak` when one is given.
    static func appendEscaped(_ text: String, lineBreak: StaticString?, to bytes: inout [UInt8]) {
        bytes.reserveCapacity(bytes.count + text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case 0x0A where lineBreak != nil:
                lineBreak!.withUTF8Buffer { bytes += $0 }
            default: bytes.append(byte)
            }
        }
    }
}

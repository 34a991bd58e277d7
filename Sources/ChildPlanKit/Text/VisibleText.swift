/// Text from the data made safe to show: control characters (C0 but the tab, DEL, C1)
/// and the invisible characters that reorder or mark direction (bidi
/// overrides, isolates and marks) are written as `\u{1B}`, so that a cell
/// can neither drive a terminal (clear it, retitle it, hide a link) nor make
/// one name read as another. Used wherever text reaches a person:
/// messages, the terminal view, markdown, HTML and CSV. JSON keeps the text
/// exactly (its writer escapes controls its own way).
enum VisibleText {
    /// The text, with every such character written out; the text itself
    /// when it has none (nearly always, found by one pass over its bytes).
    static func visible(_ text: String) -> String {
        guard mayHide(text, lineBreaksToo: true) else { return text }
        return written(text, keepingLineBreaks: false)
    }

    /// Like `visible`, but line breaks are kept (a multi-line cell).
    static func visibleKeepingLineBreaks(_ text: String) -> String {
        guard mayHide(text, lineBreaksToo: false) else { return text }
        return written(text, keepingLineBreaks: true)
    }

    private static func written(_ text: String, keepingLineBreaks: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isHidden(scalar), !(keepingLineBreaks && scalar == "\n") {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether the text has a byte that may start a hidden character: a
    /// control (a line break only when `lineBreaksToo`), DEL, or the lead
    /// byte of C1 controls (0xC2), U+061C (0xD8) or the marks and overrides
    /// of U+200E–U+2069 (0xE2). Eight bytes at a time: most cells have none.
    static func mayHide(_ text: String, lineBreaksToo: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let end = bytes.count
            let index = ByteWords.firstIndex(in: bytes, from: 0, to: end) { word in
                ByteWords.below(word, 0x20) | ByteWords.equal(word, 0x7F) | ByteWords.equal(word, 0xC2)
                    | ByteWords.equal(word, 0xD8) | ByteWords.equal(word, 0xE2)
            } isWanted: { byte in
                byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
            }
            guard index < end else { return false }
            if lineBreaksToo { return true }
            // Line breaks (and tabs) are kept: look on past them.
            return bytes[index...].contains { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }
        }
    }

    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0A...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

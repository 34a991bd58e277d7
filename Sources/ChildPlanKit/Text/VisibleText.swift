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
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isHidden(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Like `visible`, but line breaks are kept (a multi-line cell).
    static func visibleKeepingLineBreaks(_ text: String) -> String {
        guard text.contains("\n") else { return visible(text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { visible(String($0)) }.joined(separator: "\n")
    }

    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0A...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

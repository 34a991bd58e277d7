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
            var index = 0
            while true {
                index = ByteWords.firstIndex(in: bytes, from: index, to: end) { word in
                    ByteWords.below(word, 0x20) | ByteWords.equal(word, 0x7F) | ByteWords.equal(word, 0xC2)
                        | ByteWords.equal(word, 0xD8) | ByteWords.equal(word, 0xE2)
                } isWanted: { byte in
                    byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
                }
                guard index < end else { return false }
                if startsHidden(bytes, at: index, lineBreaksToo: lineBreaksToo) { return true }
                index += 1
            }
        }
    }

    /// Whether the bytes at `index` (a byte `mayHide` stopped at) begin a hidden
    /// character: most do not (`–`, `“`, `…` begin with 0xE2 too).
    private static func startsHidden(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lineBreaksToo: Bool) -> Bool {
        let byte = bytes[index]
        func next(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch byte {
        case 0x0A: return lineBreaksToo
        case 0x09: return false
        case 0x00..<0x20, 0x7F: return true
        case 0xC2: return (0x80...0x9F).contains(next(1))
        case 0xD8: return next(1) == 0x9C
        default:  // 0xE2: U+200E, U+200F, U+202A–U+202E (E2 80 …), U+2066–U+2069 (E2 81 …)
            switch next(1) {
            case 0x80: return next(2) == 0x8E || next(2) == 0x8F || (0xAA...0xAE).contains(next(2))
            case 0x81: return (0xA6...0xA9).contains(next(2))
            default: return false
            }
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

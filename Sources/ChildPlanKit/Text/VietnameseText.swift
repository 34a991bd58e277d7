import Foundation

/// Vietnamese text as it arrives from Word, PDF and Excel, made comparable.
///
/// Three levels, each building on the one before:
/// - `nfc`: one spelling per letter (PDF copies arrive decomposed);
/// - `tidy`/`tidyName`: white space cleaned up for storing and showing;
/// - `matchKey`/`looseKey`: keys for comparing names, headers and words.
public enum VietnameseText {
    /// Text in Unicode NFC. Returns the string untouched when it holds no
    /// combining marks, which is nearly always and costs one scan.
    public static func nfc(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isCombiningMark) else { return text }
        return LatinComposition.compose(text) ?? text.precomposedStringWithCanonicalMapping
    }

    /// True for the combining-mark blocks that decomposed Vietnamese uses.
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: true
        default: false
        }
    }

    /// Space-like characters that spreadsheets and PDFs put where a space belongs.
    static func isSpaceLike(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Characters that should never survive into stored text: zero-width
    /// spaces and joiners, soft hyphens and stray byte-order marks.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Dash variants folded to `-` when matching: hyphen, figure dash, en
    /// dash, em dash, horizontal bar, minus sign.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: true
        default: false
        }
    }

    /// A cell's text for storing: NFC; each line trimmed and its runs of
    /// spaces, tabs and non-breaking spaces made one space; empty lines dropped.
    /// Line breaks between lines are kept (a task text's bullets are real structure).
    public static func tidy(_ text: String) -> String {
        if isTidy(text, allowingLineBreaks: true) { return text }
        return tidyLines(text).joined(separator: "\n")
    }

    /// A name for storing: like `tidy`, but a line break inside the name (a
    /// PDF or a narrow Excel column broke it) becomes a space.
    public static func tidyName(_ text: String) -> String {
        if isTidy(text, allowingLineBreaks: false) { return text }
        return tidyLines(text).joined(separator: " ")
    }

    /// True when tidying would not change the text, decided from its UTF-8
    /// bytes without making a string: nearly every cell, so nearly free.
    /// No space at either end or beside another space or a line break, no
    /// other white space, no invisible character, no combining mark, and
    /// line breaks only as single `\n` when allowed.
    public static func isTidy(_ text: String, allowingLineBreaks: Bool) -> Bool {
        var text = text
        return text.withUTF8 { isTidy(utf8: $0, allowingLineBreaks: allowingLineBreaks) }
    }

    static func isTidy(utf8 bytes: UnsafeBufferPointer<UInt8>, allowingLineBreaks: Bool) -> Bool {
        let count = bytes.count
        guard count > 0 else { return true }
        if bytes[0] == 0x20 || bytes[count - 1] == 0x20 || bytes[0] == 0x0A || bytes[count - 1] == 0x0A { return false }
        var index = 0
        while index < count {
            let byte = bytes[index]
            guard mayBeUntidy(byte) else {
                index += 1
                continue
            }
            let previous: UInt8 = index > 0 ? bytes[index - 1] : 0
            switch byte {
            case 0x20:
                if previous == 0x20 || previous == 0x0A { return false }
            case 0x0A:
                if !allowingLineBreaks || previous == 0x20 || previous == 0x0A { return false }
            case 0x00..<0x20:
                return false
            case 0xC2:
                // U+0085 next line, U+00A0 no-break space, U+00AD soft hyphen
                if index + 1 < count, bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAD { return false }
            case 0xCC, 0xCD:
                return false  // combining marks: the text is not in NFC
            case 0xE1:
                if index + 2 < count, bytes[index + 1] == 0x9A, bytes[index + 2] == 0x80 { return false }  // U+1680
                if index + 1 < count, bytes[index + 1] == 0xAA || bytes[index + 1] == 0xAB || bytes[index + 1] == 0xB7 { return false }  // U+1AB0…, U+1DC0… marks
            case 0xE2:
                // U+2000…U+200D spaces and joiners, U+2028/2029 separators, U+202F, U+205F, U+2060, U+20D0… marks;
                // dashes, quotes, bullets and the ellipsis (U+2010…U+2027) are tidy.
                guard index + 2 < count else { break }
                let third = bytes[index + 2]
                switch bytes[index + 1] {
                case 0x80 where third <= 0x8D || third == 0xA8 || third == 0xA9 || third == 0xAF: return false
                case 0x81 where third == 0x9F || third == 0xA0: return false
                case 0x83 where third >= 0x90: return false
                default: break
                }
            case 0xE3:
                if index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return false }  // U+3000
            case 0xEF:
                if index + 2 < count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return false }  // U+FEFF
                if index + 1 < count, bytes[index + 1] == 0xB8 { return false }  // U+FE20… combining half marks
            default:
                break
            }
            index += 1
        }
        return true
    }

    /// False for the bytes `isTidy` passes over without a look: letters,
    /// digits, punctuation, continuation bytes and the lead bytes of
    /// characters that are never untidy. True for controls, space, and the
    /// lead bytes 0xC2, 0xCC, 0xCD, 0xE1, 0xE2, 0xE3 and 0xEF.
    @inline(__always)
    static func mayBeUntidy(_ byte: UInt8) -> Bool {
        switch byte >> 6 {
        case 0: byte <= 0x20
        case 3: (0x0000_800E_0000_3004 as UInt64) >> UInt64(byte & 63) & 1 != 0
        default: false
        }
    }

    /// The non-empty lines of a cell, each trimmed and with runs of white space collapsed.
    public static func tidyLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = false
        func finishLine() {
            if !current.isEmpty { lines.append(String(current)) }
            current = String.UnicodeScalarView()
            pendingSpace = false
        }
        for scalar in nfc(text).unicodeScalars {
            if isLineBreak(scalar) {
                finishLine()
            } else if isSpaceLike(scalar) {
                pendingSpace = !current.isEmpty
            } else if !isInvisible(scalar) {
                if pendingSpace { current.append(" ") }
                pendingSpace = false
                current.append(scalar)
            }
        }
        finishLine()
        return lines
    }

    /// The key two spellings of the same name share: NFC, lower case, dash
    /// variants as `-` with no space around them, all white space (line
    /// breaks too) as single spaces, trimmed.
    /// `Sở Lao động – Thương binh  và\nXã hội` and `sở lao động-thương binh và xã hội` share a key.
    public static func matchKey(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // Decomposed text is composed first, the slow way; it is rare.
            if isCombiningMark(scalar) { return matchKeyComposing(text) }
            appendToMatchKey(scalar, to: &key, pendingSpace: &pendingSpace)
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// `matchKey` for text that may be decomposed: composed, then folded.
    static func matchKeyComposing(_ text: String) -> String {
        var key: [UInt8] = []
        var pendingSpace = false
        for scalar in nfc(text).unicodeScalars { appendToMatchKey(scalar, to: &key, pendingSpace: &pendingSpace) }
        return String(decoding: key, as: UTF8.self)
    }

    @inline(__always)
    private static func appendToMatchKey(_ scalar: Unicode.Scalar, to key: inout [UInt8], pendingSpace: inout Bool) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x20, 0x09...0x0D:
                pendingSpace = !key.isEmpty
            case 0x2D:
                key.append(0x2D)
                pendingSpace = false
            default:
                if pendingSpace, key.last != 0x2D { key.append(0x20) }
                pendingSpace = false
                key.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value))
            }
        } else if isSpaceLike(scalar) || isLineBreak(scalar) {
            pendingSpace = !key.isEmpty
        } else if isDash(scalar) {
            key.append(0x2D)
            pendingSpace = false
        } else if !isInvisible(scalar) {
            if pendingSpace, key.last != 0x2D { key.append(0x20) }
            pendingSpace = false
            if let lower = vietnameseLowercase(value) {
                UTF8.encode(lower) { key.append($0) }
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(lower) { key.append($0) } }
            }
        }
    }

    /// The lower case of a Vietnamese letter without a table lookup, or nil
    /// for any other character (which `Unicode.Scalar.Properties` then handles).
    @inline(__always)
    private static func vietnameseLowercase(_ value: UInt32) -> Unicode.Scalar? {
        switch value {
        case 0xE0...0xFF, 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0:
            return Unicode.Scalar(value)
        case 0xC0...0xDE where value != 0xD7:
            return Unicode.Scalar(value + 0x20)
        case 0x102, 0x110, 0x128, 0x168, 0x1A0:
            return Unicode.Scalar(value + 1)
        case 0x1AF:
            return Unicode.Scalar(0x1B0)
        case 0x1EA0...0x1EF9:
            return Unicode.Scalar(value | 1)
        default:
            return nil
        }
    }

    /// `matchKey` without diacritics, `đ` as `d`: the key for matching what
    /// users type (`so y te` finds `Sở Y tế`) and old against new tone-mark
    /// placement (`hoá`/`hóa`, `Uỷ`/`Ủy`).
    public static func looseKey(_ text: String) -> String {
        let key = matchKey(text)
        guard !key.utf8.allSatisfy({ $0 < 0x80 }) else { return key }
        var folded: [UInt8] = []
        folded.reserveCapacity(key.utf8.count)
        for scalar in key.unicodeScalars {
            if scalar.isASCII {
                folded.append(UInt8(scalar.value))
            } else if let letter = VietnameseLetters.base[scalar.value] {
                folded.append(letter)
            } else {
                return looseKeyDecomposing(key)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// `looseKey` of a match key holding letters other than Vietnamese ones:
    /// decomposed, marks dropped.
    static func looseKeyDecomposing(_ key: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in key.decomposedStringWithCanonicalMapping.unicodeScalars where !isCombiningMark(scalar) {
            switch scalar.value {
            case 0x0111, 0x0110: scalars.append("d")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// `looseKey` with spaces, hyphens and underscores removed, for short
    /// words where users vary the spacing (`notStarted`, `not started`, `chưa triển khai`).
    public static func compactKey(_ text: String) -> String {
        String(looseKey(text).unicodeScalars.filter { $0 != " " && $0 != "-" && $0 != "_" })
    }
}

/// The lower-case Vietnamese letters with diacritics, and the letter each is
/// written on: what `looseKey` keeps of them.
enum VietnameseLetters {
    static let withDiacritics: [(base: Character, letters: String)] = [
        ("a", "àáảãạăằắẳẵặâầấẩẫậ"), ("e", "èéẻẽẹêềếểễệ"), ("i", "ìíỉĩị"), ("o", "òóỏõọôồốổỗộơờớởỡợ"),
        ("u", "ùúủũụưừứửữự"), ("y", "ỳýỷỹỵ"), ("d", "đ"),
    ]

    static let base: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for (letter, variants) in withDiacritics {
            for scalar in variants.unicodeScalars { table[scalar.value] = letter.asciiValue! }
        }
        return table
    }()
}

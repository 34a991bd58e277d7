/// Turns a file's bytes into UTF-8 without a BOM, whatever Unicode form
/// the file was saved in, and refuses anything that is not Unicode.
///
/// Accepted: UTF-8 with or without BOM; UTF-16LE and UTF-16BE with a BOM
/// (Excel's "Unicode text"); UTF-16 without a BOM when its zero bytes make
/// the order plain. Not accepted: Windows-1258, TCVN3, VNI — they would import as
/// mojibake, so `InputProblem.notUnicode` says which it looks like.
public enum SourceText {
    public struct DecodingError: Error, Hashable, Sendable {
        public var problem: InputProblem
        /// Where the offending bytes start, counted in characters of the
        /// text before them (which did decode).
        public var line: Int
        public var column: Int
    }

    public static func utf8(from bytes: [UInt8]) -> Result<[UInt8], DecodingError> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes[3...])
            if let bad = firstInvalidUTF8(in: body) {
                return .failure(notUnicode(body, invalidAt: bad))
            }
            return .success(body)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes, from: 2, bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes, from: 2, bigEndian: true) }
        if let bigEndian = looksLikeUTF16WithoutBOM(bytes) { return utf16(bytes, from: 0, bigEndian: bigEndian) }
        if let bad = firstInvalidUTF8(in: bytes) {
            return .failure(notUnicode(bytes, invalidAt: bad))
        }
        return .success(bytes)
    }

    static func notUnicode(_ bytes: [UInt8], invalidAt offset: Int) -> DecodingError {
        let (line, column) = position(afterValidUTF8: bytes[..<offset])
        return DecodingError(problem: .notUnicode(EncodingGuess.guess(from: bytes)), line: line, column: column)
    }

    /// Line and column just after some well-formed UTF-8 text.
    static func position(afterValidUTF8 bytes: ArraySlice<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = bytes.startIndex
        var previous: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if !(byte == 0x0A && previous == 0x0D) { line += 1 }
                lineStart = index + 1
            }
            previous = byte
        }
        let column = bytes.withUnsafeBufferPointer { buffer in
            TextColumn.column(in: buffer, lineStart: lineStart - bytes.startIndex, offset: buffer.count)
        }
        return (line, column)
    }

    /// UTF-16 text of mostly Latin letters has a zero byte in every other
    /// position; returns its byte order, or nil when the bytes do not look so.
    static func looksLikeUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(512)
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = sample.count / 2
        if oddZeros * 10 >= pairs * 3, evenZeros == 0 { return false }
        if evenZeros * 10 >= pairs * 3, oddZeros == 0 { return true }
        return nil
    }

    static func utf16(_ bytes: [UInt8], from start: Int, bigEndian: Bool) -> Result<[UInt8], DecodingError> {
        var output: [UInt8] = []
        func damaged() -> Result<[UInt8], DecodingError> {
            let (line, column) = position(afterValidUTF8: output[...])
            return .failure(DecodingError(problem: .invalidUTF16(bigEndian: bigEndian), line: line, column: column))
        }
        output.reserveCapacity(bytes.count)
        var index = start
        func unit(at i: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
        }
        while index + 1 < bytes.count {
            var scalar = unit(at: index)
            index += 2
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count else { return damaged() }
                let low = unit(at: index)
                guard (0xDC00...0xDFFF).contains(low) else { return damaged() }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                index += 2
            } else if (0xDC00...0xDFFF).contains(scalar) {
                return damaged()
            }
            appendUTF8(scalar, to: &output)
        }
        if index < bytes.count { return damaged() }
        return .success(output)
    }

    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The offset of the first byte that does not start a well-formed UTF-8
    /// sequence (overlong forms and surrogates included), or nil.
    public static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            var index = 0
            while index < count {
                // Skip ASCII eight bytes at a time, then to the first byte that is not.
                while index + 8 <= count {
                    let high = ByteWords.load(base, at: index) & ByteWords.highs
                    if high != 0 {
                        index += high.trailingZeroBitCount >> 3
                        break
                    }
                    index += 8
                }
                guard index < count else { break }
                let lead = base[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                // The common cases first: Vietnamese letters are three bytes
                // (U+1EA0–U+1EF9) or two (Latin-1 and Latin Extended).
                if (0xE1...0xEF).contains(lead), lead != 0xED {
                    guard index + 2 < count, base[index + 1] & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80 else { return index }
                    index += 3
                    continue
                }
                if (0xC2...0xDF).contains(lead) {
                    guard index + 1 < count, base[index + 1] & 0xC0 == 0x80 else { return index }
                    index += 2
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xE0: length = 3; low = 0xA0
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return index
                }
                guard index + length <= count else { return index }
                let second = base[index + 1]
                guard second >= low, second <= high else { return index }
                for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return index }
                index += length
            }
            return nil
        }
    }
}

extension EncodingGuess {
    /// Tells the legacy Vietnamese encodings apart by where their bytes for
    /// Vietnamese letters sit. Each is scored; the highest names the likely
    /// culprit in the message (the advice, re-save as CSV UTF-8, is the same).
    ///
    /// - Windows-1258 writes a tone as a combining byte (0xCC 0xEC 0xDE 0xD2
    ///   0xF2) right after its vowel;
    /// - TCVN3 (ABC) has one byte for each accented letter, mid-syllable after
    ///   a consonant, and 0xA1-0xAE for Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ;
    /// - VNI writes a plain vowel followed by its marks (0xE0-0xFC).
    ///
    /// Checked on the whole Kon Tum appendix saved each way (see the tests).
    static func guess(from bytes: [UInt8]) -> EncodingGuess {
        var windows1258 = 0
        var tcvn3 = 0
        var vni = 0
        let windowsTones: Set<UInt8> = [0xCC, 0xEC, 0xDE, 0xD2, 0xF2]
        let windowsVowels: Set<UInt8> = [0xE2, 0xEA, 0xF4, 0xE3, 0xF5, 0xFD, 0xC2, 0xCA, 0xD4, 0xC3, 0xD5, 0xDD]
        let vniMarks: Set<UInt8> = [0xF8, 0xF9, 0xFB, 0xF5, 0xEF, 0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4, 0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB]
        for index in bytes.indices.dropFirst() where bytes[index] >= 0x80 {
            let byte = bytes[index]
            let previous = bytes[index - 1]
            let afterVowel = isASCIIVowel(previous)
            if windowsTones.contains(byte), afterVowel || windowsVowels.contains(previous) { windows1258 += 3 }
            if (0xA1...0xAE).contains(byte) { tcvn3 += 3 }
            if (0xB5...0xFE).contains(byte), previous < 0x80, !afterVowel { tcvn3 += 1 }
            if afterVowel, vniMarks.contains(byte) { vni += 2 }
        }
        let best = max(windows1258, tcvn3, vni)
        if best == 0 { return .unknown }
        if best == windows1258 { return .windows1258 }
        return best == tcvn3 ? .tcvn3 : .vni
    }

    private static func isASCIIVowel(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): true
        default: false
        }
    }
}

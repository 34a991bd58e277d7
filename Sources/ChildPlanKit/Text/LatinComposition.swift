import Foundation

/// NFC for decomposed Latin text (Vietnamese copied from a PDF), without
/// Foundation's general normaliser, which costs far more. Each combining
/// mark is composed with the letter before it when Unicode has a letter for
/// the pair; when it has none, or the text holds anything else NFC might
/// change, `compose` gives up (nil) and the general normaliser is used.
/// A pair is known only in canonical order, so marks out of order also give up.
enum LatinComposition {
    /// (letter << 32 | mark) → the letter with the mark, from the canonical
    /// decompositions of the precomposed Latin letters.
    static let pairs: [UInt64: Unicode.Scalar] = {
        let letters = (UInt32(0xC0)...0x24F).compactMap(Unicode.Scalar.init) + (UInt32(0x1E00)...0x1EFF).compactMap(Unicode.Scalar.init)
        let decompositions = letters.map { letter in (letter, Array(String(letter).decomposedStringWithCanonicalMapping.unicodeScalars)) }
        var pairs: [UInt64: Unicode.Scalar] = [:]
        // Shorter decompositions first, so that a letter with two marks finds the one with the first.
        for (letter, parts) in decompositions.sorted(by: { $0.1.count < $1.1.count }) where parts.count >= 2 {
            var first: Unicode.Scalar? = parts[0]
            for mark in parts[1..<(parts.count - 1)] {
                first = first.flatMap { pairs[key($0, mark)] }
            }
            if let first { pairs[key(first, parts[parts.count - 1])] = letter }
        }
        return pairs
    }()

    /// `pairs` as an open-addressing table with a multiplicative hash: a
    /// decomposed text looks one up for every mark, and `Dictionary`'s
    /// seeded hash costs more than the rest of the work.
    static let table: (keys: [UInt64], letters: [UInt32]) = {
        var keys = [UInt64](repeating: 0, count: tableSize)
        var letters = [UInt32](repeating: 0, count: tableSize)
        for (key, letter) in pairs {
            var slot = slot(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & (tableSize - 1) }
            keys[slot] = key
            letters[slot] = letter.value
        }
        return (keys, letters)
    }()

    static let tableSize = 4096

    @inline(__always)
    static func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }

    @inline(__always)
    static func key(_ letter: Unicode.Scalar, _ mark: Unicode.Scalar) -> UInt64 {
        UInt64(letter.value) << 32 | UInt64(mark.value)
    }

    static func composed(_ letter: Unicode.Scalar, _ mark: Unicode.Scalar) -> Unicode.Scalar? {
        let key = key(letter, mark)
        var slot = slot(of: key)
        while true {
            let found = table.keys[slot]
            if found == key { return Unicode.Scalar(table.letters[slot]) }
            if found == 0 { return nil }
            slot = (slot + 1) & (tableSize - 1)
        }
    }

    static func compose(_ text: String) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var last: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if VietnameseText.isCombiningMark(scalar) {
                guard let letter = last, let composed = composed(letter, scalar) else { return nil }
                last = composed
                continue
            }
            // Outside these blocks are characters NFC changes on their own (U+2000, U+212B…).
            guard value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2002...0x206F).contains(value) else { return nil }
            if let last { output.append(contentsOf: UTF8.encode(last)!) }
            last = scalar
        }
        if let last { output.append(contentsOf: UTF8.encode(last)!) }
        return String(decoding: output, as: UTF8.self)
    }
}

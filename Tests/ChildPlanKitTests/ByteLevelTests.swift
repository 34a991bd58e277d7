import Foundation
import Testing

@testable import ChildPlanKit

/// The byte caches and word-at-a-time helpers of `Performance/` against their references.
@Suite("Byte-level helpers")
struct ByteLevelTests {
    @Test func columnsCountCharactersWithCombiningMarksAsPartOfTheirLetter() {
        let line = "Kế hoạch,Nhiệm vụ,Sở Lao động – Thương binh,\("Xã hội".decomposedStringWithCanonicalMapping),x"
        let bytes = Array(line.utf8)
        // The reference: one column per character as Swift counts them.
        for offset in bytes.indices where bytes[offset] & 0xC0 != 0x80 {
            let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
            #expect(TextColumn.column(in: bytes, lineStart: 0, offset: offset) == prefix.count + 1, "offset \(offset)")
        }
        #expect(TextColumn.column(in: Array("abcdefghijklmnop".utf8), lineStart: 3, offset: 16) == 14)
    }

    @Test func theByteCacheFindsWhatItWasGivenAndMakesEachValueOnce() {
        var cache = ByteCache<Int>()
        var made = 0
        // Keys of every length up to 40, some alike but for one byte, and the empty key.
        var keys = (0...40).map { String(repeating: "ư", count: $0 / 2) + String(repeating: "a", count: $0 % 2) }
        keys += (0..<500).map { "II.\($0)" } + (0..<500).map { "2025-H\($0 % 2 + 1)-\($0)" } + ["", "Đang triển khai"]
        // Round 0 makes the values; round 1 finds them (in order: the one-after-the-last path); round 2 asks for
        // each twice running (the last-found path); round 3 in reverse order (hashing every time).
        for round in 0..<4 {
            for index in round == 3 ? Array(keys.indices.reversed()) : Array(keys.indices) {
                let key = keys[index]
                for _ in 0..<(round == 2 ? 2 : 1) {
                    var text = key
                    let value = text.withUTF8 { bytes in
                        cache.value(for: bytes) { _ in
                            made += 1
                            return index
                        }
                    }
                    #expect(value == keys.firstIndex(of: key), "\(key) in round \(round)")
                }
            }
        }
        #expect(made == Set(keys).count)
    }

    @Test func aByteCacheAtItsLimitStillGivesEachKeyItsValueButKeepsNoMore() {
        // Room for the keys "a" and "bb" (three bytes), not for "ccc" after them.
        var cache = ByteCache<String>(keyByteLimit: 3)
        var made: [String] = []
        func value(_ key: String) -> String {
            var text = key
            return text.withUTF8 { bytes in
                cache.value(for: bytes) { bytes in
                    made.append(String(decoding: bytes, as: UTF8.self))
                    return key.uppercased()
                }
            }
        }
        for key in ["a", "bb", "ccc", "a", "bb", "ccc", "ccc"] { #expect(value(key) == key.uppercased()) }
        #expect(made == ["a", "bb", "ccc", "ccc", "ccc"])
    }

    @Test func theVisibleTextScanFindsWhatTheScalarCheckFinds() {
        var generator = SeededGenerator(seed: 2066)
        let pieces = ["a", "Sở Y tế", "\n", "\t", "\r", "\u{1B}", "\u{7F}", "\u{85}", "\u{A0}", "\u{202E}", "\u{2014}", "“", "\u{061C}",
                      "\u{0627}", "\u{2066}", "ế", "😀"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // The reference: the text shown scalar by scalar, line by line.
            let reference = text.unicodeScalars.map {
                VisibleText.isHidden($0) && $0 != "\n" ? "\\u{" + String($0.value, radix: 16, uppercase: true) + "}" : String($0)
            }.joined()
            #expect(VisibleText.visibleKeepingLineBreaks(text) == reference, "\(Array(text.unicodeScalars))")
            #expect(VisibleText.visible(text) == text.unicodeScalars.map {
                VisibleText.isHidden($0) ? "\\u{" + String($0.value, radix: 16, uppercase: true) + "}" : String($0)
            }.joined())
        }
    }

    @Test func theBandedEditDistanceIsTheFullOneWithinItsLimit() {
        var generator = SeededGenerator(seed: 404)
        let letters = Array("ab so y te phong ơ")
        for _ in 0..<4000 {
            let a = String((0..<Int.random(in: 0...14, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
            let b = String((0..<Int.random(in: 0...14, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
            let full = EditDistance.between(a, b)
            for limit in 0...6 {
                #expect(EditDistance.within(Array(a), Array(b), limit: limit) == (full <= limit ? full : nil), "\(a) ~ \(b) within \(limit)")
            }
            // The similarity made from it is the one made from the full distance.
            let longest = max(a.count, b.count)
            let letterScore = longest == 0 ? 0 : 1 - Double(full) / Double(longest)
            let words = (Set(a.split(separator: " ")), Set(b.split(separator: " ")))
            let dice = words.0.isEmpty || words.1.isEmpty ? 0 : 2 * Double(words.0.intersection(words.1).count) / Double(words.0.count + words.1.count)
            #expect(Suggestion.similarity(a, b) == max(dice >= 0.5 ? dice : 0, letterScore >= 0.75 ? letterScore : 0))
        }
    }
}

import Foundation
import Testing

@testable import OfficeFormats

@Suite struct ZipArchiveTests {
    @Test func whatTheWriterWritesTheReaderReads() throws {
        var writer = ZipWriter()
        writer.add("word/document.xml", Array("<w:document/>".utf8))
        writer.add("tên tiếng Việt.txt", Array("Sở Y tế".utf8))
        writer.add("empty", [])
        let archive = try ZipArchive(bytes: writer.finished())
        #expect(archive.entries.map(\.name) == ["word/document.xml", "tên tiếng Việt.txt", "empty"])
        #expect(try archive.contents(ofEntryNamed: "tên tiếng Việt.txt") == Array("Sở Y tế".utf8))
        #expect(try archive.contents(ofEntryNamed: "WORD/Document.xml") == Array("<w:document/>".utf8))
        #expect(try archive.contents(ofEntryNamed: "empty") == [])
        #expect(try archive.contents(ofEntryNamed: "missing") == nil)
        // The same entries give the same bytes.
        var again = ZipWriter()
        again.add("word/document.xml", Array("<w:document/>".utf8))
        again.add("tên tiếng Việt.txt", Array("Sở Y tế".utf8))
        again.add("empty", [])
        #expect(again.finished() == writer.finished())
    }

    /// The pieces `write(to:)` hands on, joined, are the archive `finished()` gives, byte for byte; a part's contents
    /// are handed on as the array they were given (not copied into a new one), and the archive's layout is the one
    /// the ZIP format fixes: a 30-byte local header and the name before each part, the central directory after.
    @Test func thePiecesJoinedAreTheArchive() throws {
        let part = Array(repeating: UInt8(ascii: "x"), count: 70_000)
        var writer = ZipWriter()
        writer.add("a.xml", Array("<a/>".utf8))
        writer.add("word/document.xml", part)
        writer.add("empty", [])
        var pieces: [[UInt8]] = []
        writer.write { pieces.append($0) }
        #expect(pieces.flatMap { $0 } == writer.finished())
        #expect(pieces.count == 7)  // a header and the contents of each of three entries, then the directory and its end
        #expect(pieces[3] == part)
        #expect(pieces[2].count == 30 + "word/document.xml".utf8.count)
        #expect(pieces[0].count == 30 + "a.xml".utf8.count)
        let archive = try ZipArchive(bytes: pieces.flatMap { $0 })
        #expect(try archive.contents(ofEntryNamed: "word/document.xml") == part)
        // The end record says where the directory starts: after every header and part.
        let end = pieces[6].suffix(22)
        let offset = end.dropFirst(16).prefix(4).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        #expect(offset == pieces.dropLast().reduce(0) { $0 + $1.count })
    }

    /// Every entry of the Office files LibreOffice wrote, deflated, inflates to its CRC-32 and to what the reference reads.
    @Test func officeFilesFromLibreOfficeInflate() throws {
        let folder = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ChildPlanKitTests/Fixtures/office")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".docx") || $0.hasSuffix(".xlsx") }
        #expect(files.count >= 4)
        var deflated = 0
        for file in files {
            let archive = try ZipArchive(bytes: Array(try Data(contentsOf: folder.appendingPathComponent(file))))
            for entry in archive.entries {
                let contents = try archive.contents(of: entry)
                #expect(contents.count == entry.size)
                if entry.method == 8 {
                    deflated += 1
                    #expect(ReferenceInflater.inflate(try #require(archive.storedBytes(of: entry))) == contents, "\(file): \(entry.name)")
                }
            }
        }
        #expect(deflated > 10)
    }

    /// An archive of one stored entry, with its central directory entry changed by `edit` (offsets from the entry's start).
    static func archive(name: String = "a.xml", contents: [UInt8] = Array("<a/>".utf8), edit: (inout [UInt8], _ central: Int, _ local: Int) -> Void) -> [UInt8] {
        var writer = ZipWriter()
        writer.add(name, contents)
        var bytes = writer.finished()
        let central = bytes.count - 22 - (46 + name.utf8.count)
        edit(&bytes, central, 0)
        return bytes
    }

    static func put(_ value: UInt32, at offset: Int, in bytes: inout [UInt8]) {
        for index in 0..<4 { bytes[offset + index] = UInt8((value >> UInt32(8 * index)) & 0xFF) }
    }

    static func put16(_ value: UInt16, at offset: Int, in bytes: inout [UInt8]) {
        bytes[offset] = UInt8(value & 0xFF)
        bytes[offset + 1] = UInt8(value >> 8)
    }

    @Test func theLimitsOfPointOneAreRefused() throws {
        let encrypted = Self.archive { bytes, central, _ in Self.put16(1 | 1 << 11, at: central + 8, in: &bytes) }
        #expect(throws: ZipProblem.encrypted) { try ZipArchive(bytes: encrypted).contents(ofEntryNamed: "a.xml") }

        let bzip2 = Self.archive { bytes, central, _ in Self.put16(12, at: central + 10, in: &bytes) }
        #expect(throws: ZipProblem.unsupportedMethod(12, entry: "a.xml")) { try ZipArchive(bytes: bzip2).contents(ofEntryNamed: "a.xml") }

        let zip64 = Self.archive { bytes, central, _ in Self.put(0xFFFF_FFFF, at: central + 24, in: &bytes) }
        #expect(throws: ZipProblem.zip64) { try ZipArchive(bytes: zip64) }

        let huge = Self.archive { bytes, central, _ in Self.put(300 << 20, at: central + 24, in: &bytes) }
        #expect(throws: ZipProblem.entryTooLarge("a.xml", limit: 256 << 20)) { try ZipArchive(bytes: huge).contents(ofEntryNamed: "a.xml") }

        let bomb = Self.archive { bytes, central, _ in
            Self.put16(8, at: central + 10, in: &bytes)
            Self.put(5 << 20, at: central + 24, in: &bytes)
        }
        #expect(throws: ZipProblem.tooCompressed("a.xml", ratio: (5 << 20) / 4)) { try ZipArchive(bytes: bomb).contents(ofEntryNamed: "a.xml") }

        for name in ["../../etc/passwd", "/etc/passwd", "C:\\Windows\\x", "word/../../x"] {
            var writer = ZipWriter()
            writer.add(name, [1])
            #expect(throws: ZipProblem.suspiciousName(name)) { try ZipArchive(bytes: writer.finished()) }
        }

        let badCRC = Self.archive { bytes, central, _ in Self.put(0x1234_5678, at: central + 16, in: &bytes) }
        #expect(throws: ZipProblem.damagedEntry("a.xml")) { try ZipArchive(bytes: badCRC).contents(ofEntryNamed: "a.xml") }

        let whole = Self.archive { _, _, _ in }
        #expect(throws: ZipProblem.notAnArchive) { try ZipArchive(bytes: Array(whole.prefix(30))) }
        #expect(throws: ZipProblem.notAnArchive) { try ZipArchive(bytes: Array("not a zip at all, just text".utf8)) }
    }

    /// A declared size smaller than what the data inflates to stops the inflater at the declared size.
    @Test func anEntryThatInflatesPastItsSizeIsDamaged() throws {
        let zeros = try Fixtures.bytes("inflate/zeros.9-default.deflate")
        var writer = ZipWriter()
        writer.add("a.xml", zeros)
        var bytes = writer.finished()
        let central = bytes.count - 22 - 51
        Self.put16(8, at: central + 10, in: &bytes)
        Self.put(100, at: central + 24, in: &bytes)
        #expect(throws: ZipProblem.damagedEntry("a.xml")) { try ZipArchive(bytes: bytes).contents(ofEntryNamed: "a.xml") }
    }
}

@Suite struct XMLReaderTests {
    func events(_ xml: String) throws(XMLProblem) -> [XMLReader.Event] {
        var reader = XMLReader(Array(xml.utf8))
        var events: [XMLReader.Event] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    @Test func elementsTextAndAttributes() throws {
        let xml = #"<?xml version="1.0"?><!-- c --><w:p a="1"><w:t xml:space='preserve'> a &amp; b &lt;&#x1EA0;&#7841;&gt; </w:t><w:br/><![CDATA[<x>]]></w:p>"#
        #expect(try events(xml) == [
            .start("p"), .start("t"), .text(" a & b <Ạạ> "), .end("t"), .start("br"), .end("br"), .text("<x>"), .end("p"),
        ])
        var reader = XMLReader(Array(#"<c r="C12" t="s" s='3'/>"#.utf8))
        _ = try reader.next()
        #expect(reader.attribute("r") == "C12")
        #expect(reader.attribute("s") == "3")
        #expect(reader.attribute("missing") == nil)
    }

    @Test(arguments: [
        (#"<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>"#, XMLProblem.documentType),
        (#"<!DOCTYPE lolz [<!ENTITY lol "lol">]><x/>"#, .documentType),
        ("<x>&nbsp;</x>", .unknownEntity("&nbsp;")),
        ("<x><y></x>", .mismatchedEnd("x")),
        ("<x><y/>", .unclosed("x")),
        ("<x a=1/>", .malformed(at: 5)),
        ("<x>text", .unclosed("x")),
    ])
    func refused(xml: String, problem: XMLProblem) {
        #expect(throws: problem) { try events(xml) }
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "<a>", count: XMLReader.deepestNesting + 1)
        #expect(throws: XMLProblem.tooDeep(limit: XMLReader.deepestNesting)) { try events(deep) }
    }
}

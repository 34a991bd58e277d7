/// The evidence and note of a status update, kept as bytes of a buffer
/// shared by many updates and made into `String`s only when asked
/// for. A national roll-up reads 850,000 updates and shows the evidence of
/// a handful, so a `String` per cell would be made (and freed) for nothing
/// (DESIGN.md §12). Texts read from a file are kept as written and tidied
/// (`VietnameseText.tidyName` and `tidy`) when asked for.
struct UpdateTexts: Sendable, Hashable {
    private let chunk: TextChunk?
    private let start: Int32
    private let evidenceCount: Int32
    private let noteCount: Int32
    private let tidiedWhenRead: Bool

    static let empty = UpdateTexts(chunk: nil, start: 0, evidenceCount: 0, noteCount: 0, tidiedWhenRead: false)

    fileprivate init(chunk: TextChunk?, start: Int32, evidenceCount: Int32, noteCount: Int32, tidiedWhenRead: Bool) {
        self.chunk = chunk
        self.start = start
        self.evidenceCount = evidenceCount
        self.noteCount = noteCount
        self.tidiedWhenRead = tidiedWhenRead
    }

    init(evidence: String, note: String) {
        guard !evidence.isEmpty || !note.isEmpty else {
            self = .empty
            return
        }
        var writer = UpdateTextsWriter(chunkSize: evidence.utf8.count + note.utf8.count)
        var evidence = evidence
        var note = note
        self = evidence.withUTF8 { evidence in note.withUTF8 { note in writer.store(evidence: evidence, note: note, tidiedWhenRead: false) } }
    }

    var evidence: String {
        guard let written = chunk?.string(from: Int(start), count: Int(evidenceCount)) else { return "" }
        return tidiedWhenRead ? VietnameseText.tidyName(written) : written
    }

    var note: String {
        guard let written = chunk?.string(from: Int(start + evidenceCount), count: Int(noteCount)) else { return "" }
        return tidiedWhenRead ? VietnameseText.tidy(written) : written
    }

    static func == (lhs: UpdateTexts, rhs: UpdateTexts) -> Bool {
        lhs.evidence == rhs.evidence && lhs.note == rhs.note
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(evidence)
        hasher.combine(note)
    }
}

/// Writes the texts of the updates one reader reads into chunks of bytes.
/// Bytes once written are never changed, so the updates that point into a
/// chunk may be read on any thread once loading is done.
struct UpdateTextsWriter {
    private let chunkSize: Int
    private var chunk: TextChunk?

    init(chunkSize: Int = 256 * 1024) {
        self.chunkSize = chunkSize
    }

    /// `tidiedWhenRead`: the texts are cells as written, to be tidied when asked for.
    mutating func store(evidence: UnsafeBufferPointer<UInt8>, note: UnsafeBufferPointer<UInt8>, tidiedWhenRead: Bool) -> UpdateTexts {
        let count = evidence.count + note.count
        guard count > 0 else { return .empty }
        if chunk.map({ $0.capacity - $0.count < count }) ?? true {
            chunk = TextChunk(capacity: max(chunkSize, count))
        }
        let chunk = chunk!
        let start = chunk.append(evidence)
        _ = chunk.append(note)
        return UpdateTexts(chunk: chunk, start: Int32(start), evidenceCount: Int32(evidence.count), noteCount: Int32(note.count),
            tidiedWhenRead: tidiedWhenRead)
    }
}

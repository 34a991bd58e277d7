/// A fixed-size block of UTF-8 bytes, filled from the front, that many
/// updates' texts point into (see `UpdateTexts`).
///
/// Why `@unchecked Sendable` holds: a chunk is filled by the one reader
/// that made it (`UpdateTextsWriter`, one per reading thread), and the
/// bytes once written are never changed; the updates pointing into it
/// reach other threads only when loading is done. Every read and write is
/// checked against the capacity.
final class TextChunk: @unchecked Sendable {
    let capacity: Int
    private(set) var count = 0
    private let bytes: UnsafeMutablePointer<UInt8>

    init(capacity: Int) {
        self.capacity = capacity
        bytes = .allocate(capacity: max(capacity, 1))
    }

    deinit { bytes.deallocate() }

    /// Copies `text` after the bytes already written; returns where it starts.
    func append(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        let start = count
        precondition(start + text.count <= capacity, "a text chunk was overfilled")
        if let base = text.baseAddress { (bytes + start).update(from: base, count: text.count) }
        count += text.count
        return start
    }

    func string(from start: Int, count: Int) -> String {
        precondition(start >= 0 && count >= 0 && start + count <= self.count, "a text chunk read past what was written")
        return String(decoding: UnsafeBufferPointer(start: bytes + start, count: count), as: UTF8.self)
    }
}

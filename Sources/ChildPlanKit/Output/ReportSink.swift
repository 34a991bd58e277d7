/// Where a rendered report's bytes go, in order: every format writes to
/// one of these (`OutputFormat.write(_:options:to:)`). The `childplan`
/// executable's sink is standard output; a file is written from a
/// `ByteSink` at once, so that it is never left half-written.
public protocol ReportSink {
    /// Takes the next bytes of the output (UTF-8).
    mutating func write(_ bytes: [UInt8])
}

/// A sink that keeps what it is given, for a file, a test or a script.
public struct ByteSink: ReportSink, Sendable {
    /// Everything written so far, in order.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ bytes: [UInt8]) {
        if self.bytes.isEmpty { self.bytes = bytes } else { self.bytes += bytes }
    }

    /// What was written, as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

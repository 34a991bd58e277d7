import Foundation

/// Writes an output (`-o`) so that a file is never left half-written and
/// nothing but the file meant is touched (DESIGN.md §11):
/// - the path is followed through symbolic links to the file it names, and
///   that real file is replaced, so a link stays a link;
/// - a regular file (or one that does not exist yet) is replaced atomically:
///   the bytes go to a new temporary file beside it (created exclusively,
///   never through a link), are flushed to disk, get the old file's
///   permissions, and the temporary file is renamed over it; on any failure
///   the old file is left whole and the temporary file removed;
/// - a device, pipe, socket or terminal (`/dev/null`, `/dev/stdout`, a FIFO)
///   is written directly: it is never replaced by a regular file;
/// - an existing file the user may not write is refused, not replaced.
public enum OutputFile {
    public struct WriteError: Error, Equatable {
        public var path: String
        public var problem: OutputProblem
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        try write(to: path) { $0.write(bytes) }
    }

    /// Writes what `produce` gives the sink, as it gives it, so that a report is never gathered whole in memory
    /// first: into the temporary file that then replaces the file (or straight into a device or pipe).
    public static func write(to path: String, producing produce: (inout FileSink) -> Void) throws(WriteError) {
        let target = realPath(of: path)
        switch try destination(of: target, reportedAs: path) {
        case .replace(let mode):
            let temporary = try temporaryFile(beside: target, mode: mode, reportedAs: path, produce)
            try replace(target, with: temporary, reportedAs: path)
        case .direct:
            try writeDirectly(to: target, reportedAs: path, produce)
        }
    }

    /// A file descriptor as a report's sink: every piece written whole (again after an interruption); the first
    /// failure kept, and nothing written after it.
    public struct FileSink: ReportSink {
        let descriptor: Int32
        /// The error number of the first write that failed.
        var failure: Int32?

        public mutating func write(_ bytes: [UInt8]) {
            guard failure == nil else { return }
            failure = OutputFile.writeAll(bytes, to: descriptor)
        }
    }

    /// Writes several files all or nothing (the tables of `-o DIR/`): every
    /// one is written to its temporary file and flushed first, and only then
    /// are they renamed into place, one after another; if any cannot be
    /// written, none is replaced.
    public static func write(_ files: [(bytes: [UInt8], path: String)]) throws(WriteError) {
        var pending: [Pending] = []
        for (bytes, path) in files {
            do {
                pending.append(try prepare(bytes, for: path))
            } catch {
                for written in pending { written.discard() }
                throw error
            }
        }
        for (index, written) in pending.enumerated() {
            do {
                try written.commit()
            } catch {
                for rest in pending[(index + 1)...] { rest.discard() }
                throw error
            }
        }
    }

    /// A file ready to take its place: its temporary file written and flushed,
    /// or, for a device or pipe, the bytes to write to it directly.
    private struct Pending {
        var path: String
        var target: String
        var temporary: String?
        var bytes: [UInt8]

        func commit() throws(WriteError) {
            guard let temporary else {
                try OutputFile.writeDirectly(to: target, reportedAs: path) { $0.write(bytes) }
                return
            }
            try OutputFile.replace(target, with: temporary, reportedAs: path)
        }

        func discard() {
            if let temporary { unlink(temporary) }
        }
    }

    private static func prepare(_ bytes: [UInt8], for path: String) throws(WriteError) -> Pending {
        let target = realPath(of: path)
        switch try destination(of: target, reportedAs: path) {
        case .replace(let mode):
            let temporary = try temporaryFile(beside: target, mode: mode, reportedAs: path) { $0.write(bytes) }
            return Pending(path: path, target: target, temporary: temporary, bytes: [])
        case .direct:
            return Pending(path: path, target: target, temporary: nil, bytes: bytes)
        }
    }

    /// How a target is written: replaced by a temporary file with this mode (a regular file, or none yet), or
    /// written directly (a device, pipe, socket or terminal).
    private enum Destination {
        case replace(mode: mode_t)
        case direct
    }

    private static func destination(of target: String, reportedAs path: String) throws(WriteError) -> Destination {
        var status = stat()
        guard stat(target, &status) == 0 else {
            guard errno == ENOENT else { throw WriteError(path: path, problem: .system(errno: errno)) }
            return .replace(mode: 0o644)
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            throw WriteError(path: path, problem: .isDirectory)
        case S_IFREG where !(path.hasPrefix("/dev/") || path.hasPrefix("/proc/")):
            guard access(target, W_OK) == 0 else { throw WriteError(path: path, problem: .system(errno: errno)) }
            return .replace(mode: status.st_mode & 0o7777)
        default:
            return .direct
        }
    }

    /// The temporary file renamed over the target; removed if that fails.
    private static func replace(_ target: String, with temporary: String, reportedAs path: String) throws(WriteError) {
        if rename(temporary, target) != 0 {
            let failure = errno
            unlink(temporary)
            throw WriteError(path: path, problem: .system(errno: failure))
        }
    }

    /// A device, pipe, socket or terminal, or standard output's file reached
    /// through /dev/stdout: written in place, appended to a file.
    private static func writeDirectly(to target: String, reportedAs path: String, _ produce: (inout FileSink) -> Void) throws(WriteError) {
        var status = stat()
        let isFile = stat(target, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        let descriptor = open(target, (isFile ? O_WRONLY | O_APPEND : O_WRONLY) | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteError(path: path, problem: .system(errno: errno)) }
        var sink = FileSink(descriptor: descriptor)
        produce(&sink)
        var failure = sink.failure
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw WriteError(path: path, problem: .system(errno: failure)) }
    }

    /// The path with every symbolic link on the way followed (a link to a
    /// link to a file gives the file), also when the file it names does not
    /// exist yet. At most 40 links are followed, as the system does.
    static func realPath(of path: String) -> String {
        var current = path
        // The links under /proc (/dev/stdout is /proc/self/fd/1) name pipes and
        // terminals as text that is no path: the system follows them on open.
        for _ in 0..<40 where !current.hasPrefix("/proc/") {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { break }
            current = destination.hasPrefix("/")
                ? destination
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        return current
    }

    /// Removes the temporary files that an earlier write of `target` left
    /// when its process was killed (`kill -9`, a power cut): `.NAME.PID.N.tmp`
    /// whose process no longer runs. A live process's temporary is left alone.
    static func removeStaleTemporaries(of target: String) {
        let directory = (target as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        let prefix = "." + (target as NSString).lastPathComponent + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let parts = name.dropFirst(prefix.count).dropLast(4).split(separator: ".")
            guard parts.count == 2, let pid = Int32(parts[0]), UInt32(parts[1]) != nil, pid != getpid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    /// Writes a new temporary file beside `target` with what `produce` gives, flushed, with `mode`; returns its path.
    private static func temporaryFile(beside target: String, mode: mode_t, reportedAs path: String, _ produce: (inout FileSink) -> Void)
        throws(WriteError) -> String
    {
        removeStaleTemporaries(of: target)
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var temporary = ""
        var descriptor: Int32 = -1
        // A fresh name each try, created exclusively and never through a
        // link: a file or link planted under the name is never written.
        for _ in 0..<16 {
            temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw WriteError(path: path, problem: .system(errno: errno)) }
        var sink = FileSink(descriptor: descriptor)
        produce(&sink)
        var failure = sink.failure
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, problem: .system(errno: failure))
        }
        return temporary
    }

    /// Writes every byte, again after an interruption; the error number if it fails.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}

/// Why an output cannot be written (worded in `MessageCatalogue`).
public enum OutputProblem: Hashable, Sendable {
    case isDirectory
    /// The system's error number (`errno`).
    case system(errno: Int32)
    /// What Foundation said (a directory that cannot be made).
    case described(String)
}

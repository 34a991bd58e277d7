import Foundation

/// Writes an output file so that it is never left half-written: the bytes
/// go to a temporary file beside it, are flushed to disk, and the temporary
/// file is renamed over the target. On any failure the old file (if any) is
/// left whole and the temporary file removed. An existing file keeps its permissions.
public enum OutputFile {
    public struct WriteError: Error, Equatable {
        public var path: String
        public var problem: OutputProblem
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw WriteError(path: path, problem: .isDirectory)
        }
        let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).tmp"
        var mode: mode_t = 0o644
        var existing = stat()
        if stat(path, &existing) == 0 { mode = existing.st_mode & 0o7777 }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard descriptor >= 0 else { throw WriteError(path: path, problem: .system(errno: errno)) }
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, fchmodat(AT_FDCWD, temporary, mode, 0) != 0 { failure = errno }
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, problem: .system(errno: failure))
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

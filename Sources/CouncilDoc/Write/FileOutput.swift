import Foundation

/// Writing one new file with POSIX calls: no temporary file and no fsync per file. The
/// generation folder is swapped in whole by a rename, so a build killed half-way never shows.
enum FileOutput {
    /// Creates `path` (which must not exist) holding `bytes`; the failure, if any.
    static func write(_ bytes: Data, to path: String) -> SiteWriter.Failure? {
        bytes.withUnsafeBytes { write($0, to: path) }
    }

    /// Creates `path` (which must not exist) holding `raw`; the failure, if any.
    static func write(_ raw: UnsafeRawBufferPointer, to path: String) -> SiteWriter.Failure? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return failure("cannot create", path) }
        defer { close(fd) }
        var offset = 0
        while offset < raw.count {
            let written = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return failure("cannot write", path)
            }
            offset += written
        }
        return nil
    }

    /// Creates `path` holding `bytes` as a second name of `previous` when that file holds
    /// exactly these bytes (a file of the live generation, which is never written again):
    /// no new inode, and the file system allocates none, which it does slowly after many
    /// deletions. Otherwise, or when the link fails, writes the bytes.
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String, sameAs previous: String?) -> SiteWriter.Failure? {
        if let previous, holds(previous, exactly: bytes), link(previous, path) == 0 { return nil }
        return write(bytes, to: path)
    }

    /// Whether the file at `path` holds exactly `bytes`.
    static func holds(_ path: String, exactly bytes: UnsafeRawBufferPointer) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count else { return false }
        var buffer = [UInt8](repeating: 0, count: min(bytes.count, 1 << 16) + 1)
        var offset = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
            if count < 0 { if errno == EINTR { continue } else { return false } }
            if count == 0 { return offset == bytes.count }
            guard offset + count <= bytes.count else { return false }
            let same = buffer.withUnsafeBytes { memcmp(bytes.baseAddress! + offset, $0.baseAddress!, count) == 0 }
            guard same else { return false }
            offset += count
        }
    }

    private static func failure(_ what: String, _ path: String) -> SiteWriter.Failure {
        SiteWriter.Failure(description: "\(what) \(path): \(String(cString: strerror(errno)))")
    }
}

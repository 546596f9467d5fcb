import Foundation

/// Writing one new file with POSIX calls: no temporary file and no fsync per file. The
/// generation folder is swapped in whole by a rename, so a build killed half-way never shows.
enum FileOutput {
    /// Creates `path` (which must not exist) holding `bytes`; the failure, if any.
    static func write(_ bytes: Data, to path: String) -> SiteWriter.Failure? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return failure("cannot create", path) }
        defer { close(fd) }
        let ok = bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        return ok ? nil : failure("cannot write", path)
    }

    private static func failure(_ what: String, _ path: String) -> SiteWriter.Failure {
        SiteWriter.Failure(description: "\(what) \(path): \(String(cString: strerror(errno)))")
    }
}

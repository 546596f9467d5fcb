import Foundation

/// Which councildoc program is running: its path, size, modification time and inode. A
/// rebuilt or upgraded program has another identity, so it never reuses output that an
/// older one wrote.
enum ToolIdentity {
    static let current: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "councildoc").resolvingSymlinksInPath().path
        var info = stat()
        guard stat(path, &info) == 0 else { return "\(path) unknown" }
        return "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
    }()
}

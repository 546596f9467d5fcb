import Foundation

/// Where the load stage reads a project from: the disk, or memory in tests.
public protocol SourceTree: Sendable {
    /// Every regular file under the project root, as project-relative paths with `/`.
    func files() throws -> [String]
    /// The bytes of a file.
    func read(_ path: String) throws -> Data
}

/// Why a tree refuses to read a file.
public enum SourceTreeError: Error, CustomStringConvertible {
    /// A symbolic link that leads outside the project.
    case linkOutsideProject(String)
    /// A symbolic link to a folder, which is not followed.
    case linkToFolder
    /// A file over the size limit, refused before it is read (its size in bytes).
    case tooLarge(Int)

    public var description: String {
        switch self {
        case .linkOutsideProject(let target):
            "symbolic link to '\(target)', outside the project: councildoc reads only the project's own files"
        case .linkToFolder:
            "symbolic link to a folder: councildoc does not follow it; copy the folder into content/"
        case .tooLarge(let size):
            "file is \(size / 1_000_000) MB; a source may have at most \(SourceText.maximumSize / 1_000_000) MB"
        }
    }
}

/// A project held in memory: paths to bytes.
public struct InMemorySourceTree: SourceTree {
    /// The files.
    public var contents: [String: Data]

    /// Creates a tree from texts.
    public init(_ texts: [String: String]) {
        contents = texts.mapValues { Data($0.utf8) }
    }

    /// Creates a tree from bytes.
    public init(data: [String: Data]) { contents = data }

    public func files() throws -> [String] { contents.keys.sorted() }

    public func read(_ path: String) throws -> Data {
        guard let data = contents[path] else { throw CocoaError(.fileNoSuchFile) }
        return data
    }

}

/// A project on disk.
public struct DiskSourceTree: SourceTree {
    /// The project's root folder.
    public let root: URL

    /// Creates a tree rooted at a folder.
    public init(root: URL) { self.root = root.standardizedFileURL }

    public func files() throws -> [String] {
        var out: [String] = []
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("councildoc.yml").path) {
            out.append("councildoc.yml")
        }
        // readdir with the entry types it gives, instead of a FileManager enumerator asking
        // for resource values file by file.
        // A folder that cannot be read fails the listing: its documents must not vanish
        // from both editions without a word.
        var unreadable: (path: String, reason: String)?
        func walk(_ relative: String) {
            guard let dir = opendir(root.path + "/" + relative) else {
                let reason = String(cString: strerror(errno))
                if unreadable == nil, !(relative == "content" && errno == ENOENT) { unreadable = (relative, reason) }
                return
            }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard name != ".", name != ".." else { continue }
                let path = relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(root.path + "/" + path, &info) == 0 else { continue }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR)
                        : (info.st_mode & S_IFMT) == S_IFLNK ? Int32(DT_LNK)
                        : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : Int32(DT_UNKNOWN)
                }
                // Symbolic links are listed so that reading them can refuse them with a reason.
                switch type {
                case Int32(DT_DIR): walk(path)
                case Int32(DT_REG), Int32(DT_LNK): out.append(path)
                default: continue
                }
            }
        }
        walk("content")
        if let unreadable {
            throw CocoaError(.fileReadNoPermission, userInfo: [
                NSLocalizedDescriptionKey: "cannot read the folder \(unreadable.path)/ (\(unreadable.reason)): councildoc does not build a project with documents it cannot see",
            ])
        }
        return out.sorted()
    }

    public func read(_ path: String) throws -> Data {
        let full = root.path + "/" + path
        var info = stat()
        if lstat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            // The size is checked before reading: a 6 GB file is refused, not loaded.
            guard Int(info.st_size) <= SourceText.maximumSize else { throw SourceTreeError.tooLarge(Int(info.st_size)) }
            return try Self.readRegularFile(full, size: Int(info.st_size))
        }
        let url = root.appendingPathComponent(path)
        if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) {
            let resolved = url.resolvingSymlinksInPath().standardizedFileURL
            let rootPath = root.resolvingSymlinksInPath().path + "/"
            guard resolved.path.hasPrefix(rootPath) else { throw SourceTreeError.linkOutsideProject(destination) }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw SourceTreeError.linkToFolder
            }
        }
        var target = stat()
        if stat(full, &target) == 0, Int(target.st_size) > SourceText.maximumSize {
            throw SourceTreeError.tooLarge(Int(target.st_size))
        }
        return try Data(contentsOf: url)
    }

    /// A regular file's bytes with open and read.
    private static func readRegularFile(_ path: String, size: Int) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: max(4096, min(size + 1, 1 << 24)))
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            if n == 0 { return data }
            data.append(contentsOf: chunk[0..<n])
            // A file that grew past the limit while being read: stop there.
            if data.count > SourceText.maximumSize { throw SourceTreeError.tooLarge(data.count) }
        }
    }
}

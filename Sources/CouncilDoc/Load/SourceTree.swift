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

    public var description: String {
        switch self {
        case .linkOutsideProject(let target):
            "symbolic link to '\(target)', outside the project: councildoc reads only the project's own files"
        case .linkToFolder:
            "symbolic link to a folder: councildoc does not follow it; copy the folder into content/"
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
        let content = root.appendingPathComponent("content")
        let manager = FileManager.default
        if manager.fileExists(atPath: root.appendingPathComponent("councildoc.yml").path) {
            out.append("councildoc.yml")
        }
        guard let enumerator = manager.enumerator(at: content, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                                                  options: []) else { return out }
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            // Symbolic links are listed so that reading them can refuse them with a reason.
            guard values?.isRegularFile == true || values?.isSymbolicLink == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath) else { continue }
            out.append(String(path.dropFirst(rootPath.count)))
        }
        return out.sorted()
    }

    public func read(_ path: String) throws -> Data {
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
        return try Data(contentsOf: url)
    }

}

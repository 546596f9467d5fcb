import Foundation

/// Where the load stage reads a project from: the disk, or memory in tests.
public protocol SourceTree: Sendable {
    /// Every regular file under the project root, as project-relative paths with `/`.
    func files() throws -> [String]
    /// The bytes of a file.
    func read(_ path: String) throws -> Data
    /// Whether a file exists.
    func exists(_ path: String) -> Bool
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

    public func exists(_ path: String) -> Bool { contents[path] != nil }
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
        guard let enumerator = manager.enumerator(at: content, includingPropertiesForKeys: [.isRegularFileKey],
                                                  options: []) else { return out }
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey])
            guard values?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath) else { continue }
            out.append(String(path.dropFirst(rootPath.count)))
        }
        return out.sorted()
    }

    public func read(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }
}

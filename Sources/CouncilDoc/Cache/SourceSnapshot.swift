import Foundation

/// A project read once, whole, on every core: the build fingerprints exactly the bytes the
/// load stage then decodes, so a file changed in between cannot be cached under the old
/// fingerprint. Read errors are kept and given to the loader as they came.
public struct SourceSnapshot: SourceTree, @unchecked Sendable {
    private let listing: Result<[String], Error>
    private let contents: [String: Result<Data, Error>]

    /// Reads every file of `tree`.
    public init(reading tree: SourceTree) {
        listing = Result { try tree.files() }
        let paths = (try? listing.get()) ?? []
        let read = paths.parallelMap { path in Result { try tree.read(path) } }
        contents = Dictionary(uniqueKeysWithValues: zip(paths, read))
    }

    public func files() throws -> [String] { try listing.get() }

    public func read(_ path: String) throws -> Data {
        guard let result = contents[path] else { throw CocoaError(.fileNoSuchFile) }
        return try result.get()
    }
}

import Foundation

/// A project with some files replaced, added or removed: the public edition's sources (the
/// LIMITE bytes cut, absent objects removed) and the proof's swapped sources (canaries in
/// their place, absent objects added and removed).
struct OverlaySourceTree: SourceTree {
    let base: SourceTree
    /// Files replaced, or added when the base has no such file.
    let overrides: [String: Data]
    /// Files of the base that the overlay does not have.
    var removals: Set<String> = []

    func files() throws -> [String] {
        let kept = try base.files().filter { !removals.contains($0) }
        let added = overrides.keys.filter { !removals.contains($0) }
        return Array(Set(kept).union(added)).sorted()
    }

    func read(_ path: String) throws -> Data {
        guard !removals.contains(path) else { throw CocoaError(.fileNoSuchFile) }
        if let data = overrides[path] { return data }
        return try base.read(path)
    }
}

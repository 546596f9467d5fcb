import Foundation

/// Paths of the test fixtures and of the repository, found from this file's location.
enum Fixtures {
    /// `Tests/CouncilDocTests/`.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    /// The repository root.
    static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    /// `Tests/CouncilDocTests/Fixtures/`.
    static let directory = testsDirectory.appendingPathComponent("Fixtures")

    /// The text of a fixture file.
    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(relativePath), encoding: .utf8)
    }
}

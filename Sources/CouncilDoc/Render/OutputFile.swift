import Foundation

/// A file of the output tree: its path inside an edition folder and its bytes.
public struct OutputFile: Hashable, Sendable {
    /// Relative path with `/`, e.g. `plans/13/index.html`.
    public var path: String
    /// The bytes.
    public var contents: Data

    /// A text file.
    public init(path: String, text: String) {
        self.path = path
        contents = Data(text.utf8)
    }
}

import Foundation

/// A file of the output tree: its path inside an edition folder and its text (UTF-8). The
/// text is kept as the renderer made it, not copied into bytes: a render of an edition holds
/// hundreds of megabytes, and the writer and the proof read the UTF-8 in place.
public struct OutputFile: Hashable, Sendable {
    /// Relative path with `/`, e.g. `plans/13/index.html`.
    public var path: String
    /// The text.
    public private(set) var text: String

    /// A text file.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The bytes (a copy).
    public var contents: Data {
        get { Data(text.utf8) }
        set { text = String(decoding: newValue, as: UTF8.self) }
    }

    /// Runs `body` with the file's bytes, without copying them when the text is stored as
    /// UTF-8 (which a rendered text is).
    public func withBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        if let result = try text.utf8.withContiguousStorageIfAvailable({ try body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return try Data(text.utf8).withUnsafeBytes(body)
    }

    /// Whether the two files hold the same bytes (not merely equal strings: Swift compares
    /// strings by canonical equivalence, bytes may differ).
    public func sameBytes(as other: OutputFile) -> Bool {
        withBytes { a in
            other.withBytes { b in a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
        }
    }

    public static func == (a: OutputFile, b: OutputFile) -> Bool { a.path == b.path && a.sameBytes(as: b) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        withBytes { hasher.combine(bytes: $0) }
    }
}

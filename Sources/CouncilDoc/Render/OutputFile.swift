import Foundation

/// A file of the output tree: its path inside an edition folder and its contents, text
/// (UTF-8) as a renderer made it, or bytes (a PDF, a DOCX). A text is kept as made, not
/// copied into bytes: a render of an edition holds hundreds of megabytes, and the writer
/// and the proof read the UTF-8 in place.
public struct OutputFile: Hashable, Sendable {
    private enum Storage: Sendable {
        case text(String)
        case bytes(Data)
    }

    /// Relative path with `/`, e.g. `plans/13/index.html`.
    public var path: String
    private var storage: Storage

    /// A text file.
    public init(path: String, text: String) {
        self.path = path
        self.storage = .text(text)
    }

    /// A binary file.
    public init(path: String, bytes: Data) {
        self.path = path
        self.storage = .bytes(bytes)
    }

    /// The text (a binary file's bytes decoded as UTF-8, for messages).
    public var text: String {
        switch storage {
        case .text(let text): text
        case .bytes(let data): String(decoding: data, as: UTF8.self)
        }
    }

    /// Whether the file was made as bytes rather than text.
    public var isBinary: Bool {
        if case .bytes = storage { true } else { false }
    }

    /// The bytes (a copy).
    public var contents: Data {
        get {
            switch storage {
            case .text(let text): Data(text.utf8)
            case .bytes(let data): data
            }
        }
        set { storage = .bytes(newValue) }
    }

    /// Runs `body` with the file's bytes, without copying them when the text is stored as
    /// UTF-8 (which a rendered text is).
    public func withBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        switch storage {
        case .bytes(let data):
            return try data.withUnsafeBytes(body)
        case .text(let text):
            if let result = try text.utf8.withContiguousStorageIfAvailable({ try body(UnsafeRawBufferPointer($0)) }) {
                return result
            }
            return try Data(text.utf8).withUnsafeBytes(body)
        }
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

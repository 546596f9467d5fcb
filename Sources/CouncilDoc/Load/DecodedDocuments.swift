import Foundation

/// The documents one load decoded, by path, with the bytes each was decoded from: a later
/// load of a tree sharing files with it (the public sources, the proof's swapped sources)
/// takes a document whose bytes are the same instead of decoding it again. Decoding is a
/// function of the document's bytes, the project's settings and its registers, so the
/// entries are used only when the settings and register files are byte for byte the same.
final class DecodedDocuments: Sendable {
    /// One document: its bytes (nil when they could not be read), what they decoded to, and
    /// the problems found.
    struct Entry: Sendable {
        var bytes: Data?
        var decoded: Loader.Decoded
        var log: DiagnosticLog
    }

    /// `councildoc.yml` and every register file, with their bytes.
    let settings: [(path: String, bytes: Data?)]
    /// The decoded documents by path.
    let entries: [String: Entry]

    init(settings: [(path: String, bytes: Data?)], documents: [(String, Entry)]) {
        self.settings = settings
        self.entries = Dictionary(documents, uniquingKeysWith: { first, _ in first })
    }

    /// True when `other` lists the same settings and register files with the same bytes.
    func settingsMatch(_ other: [(path: String, bytes: Data?)]) -> Bool {
        settings.count == other.count && zip(settings, other).allSatisfy { $0.path == $1.path && $0.bytes != nil && $0.bytes == $1.bytes }
    }
}

/// A Council NOTE (kind: note): metadata and body.
public struct Note: Hashable, Sendable {
    /// The slug (from its file name).
    public var key: String
    /// A title; the subject serves when absent.
    public var title: String
    /// The source document.
    public var source: SourceDocument
}

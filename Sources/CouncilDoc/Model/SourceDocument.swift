/// What every Markdown source carries: its path, metadata, body and where the body starts.
public struct SourceDocument: Hashable, Sendable {
    /// The project-relative path of the source file.
    public var path: String
    /// The Council metadata of its front matter.
    public var metadata: CouncilMetadata
    /// The Markdown body.
    public var body: MarkdownDocument
    /// The file line on which the body starts (after the front matter).
    public var bodyLine: Int
    /// True for the shell of a withheld document in the public edition's sources
    /// (`ShellSource`): indexed, so that references to it resolve `withheld`, never shown.
    public var withheld: Bool = false

    /// Creates a source document.
    public init(path: String, metadata: CouncilMetadata, body: MarkdownDocument, bodyLine: Int) {
        self.path = path
        self.metadata = metadata
        self.body = body
        self.bodyLine = bodyLine
    }

    /// The location of a point of the body in the file.
    public func location(_ point: SourcePoint) -> SourceLocation {
        SourceLocation(file: path, line: point.line <= 0 ? bodyLine : bodyLine + point.line - 1,
                       column: max(point.column, 1))
    }
}

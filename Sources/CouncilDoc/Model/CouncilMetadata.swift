/// The Council metadata every document carries on its cover.
public struct CouncilMetadata: Hashable, Sendable {
    /// `11809/1/25 REV 1`; nil for documents without a number.
    public var number: Located<DocumentNumber>?
    /// The document's date.
    public var date: CouncilDate?
    /// "Brussels".
    public var place: String = "Brussels"
    /// The original language, "en" → "(OR. en)".
    public var language: String = "en"
    /// `public` or `limite`.
    public var classification: Classification = .public
    /// For a LIMITE document: the date from which it is partially accessible to the public.
    public var publicRelease: CouncilDate?
    /// Distribution codes: `ENFOCUSTOM 119`, `EPPO`.
    public var codes: [String] = []
    /// `NOTE`.
    public var type: String?
    /// "Presidency".
    public var from: String?
    /// "Delegations".
    public var to: String?
    /// No. prev. doc.
    public var previous: [String] = []
    /// The Subject line.
    public var subject: String?

    /// Creates empty metadata.
    public init() {}
}

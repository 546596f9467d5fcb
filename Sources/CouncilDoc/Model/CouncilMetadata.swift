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
    /// The drafter's initials as the footer prints them: "MM/sl".
    public var initials: String?
    /// The directorate-general's code as the footer prints it: "JAI.1", "DG D 2C".
    public var dg: String?

    /// Creates empty metadata.
    public init() {}
}

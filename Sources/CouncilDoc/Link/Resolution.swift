/// What a link destination resolved to.
public enum Resolution: Hashable, Sendable {
    /// An ordinary URL: not a typed reference.
    case url
    /// A target of the corpus.
    case target(TargetID)
    /// A Council document that is not in the content: shown as its number.
    case external(String)
    /// A target the public edition withholds: shown as what may show of it ("action 13.4",
    /// "objective 2.iv", a document's number), never linked.
    case withheld(String)
    /// A typed reference that names nothing: the rule it breaks, why, and a near id.
    case unresolved(DiagnosticID, String, suggestion: String?)
}

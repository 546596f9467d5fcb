/// What a link destination resolved to.
public enum Resolution: Hashable, Sendable {
    /// An ordinary URL: not a typed reference.
    case url
    /// A target of the corpus.
    case target(TargetID)
    /// A Council document that is not in the content: shown as its number.
    case external(String)
    /// A typed reference that names nothing: the rule it breaks, why, and a near id.
    case unresolved(DiagnosticID, String, suggestion: String?)
}

/// A structural problem the Markdown layer found in a text; the load stage turns it into a
/// diagnostic with the file's name and line offset.
public struct MarkdownProblem: Hashable, Sendable {
    /// What is wrong.
    public enum Kind: Hashable, Sendable {
        /// `::: name` without its closing `:::` in the same container.
        case unterminatedFence(String)
        /// `:::` with nothing open.
        case strayFence
        /// A fence line inside raw HTML, where it cannot take effect.
        case fenceInRawHTML
        /// `]{.limite}` without its `[` at the same level, or the reverse.
        case unbalancedSpan
        /// Lists, quotes or emphasis nested deeper than councildoc follows.
        case nestingTooDeep
    }

    /// What is wrong.
    public var kind: Kind
    /// Where, in the Markdown text's own lines.
    public var at: SourcePoint
}

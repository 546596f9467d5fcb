/// What a typed reference (`objective:2.iv`, `action:13.4` …) becomes on one page of one
/// output format: where it points and the text an empty link shows.
public struct ResolvedLink: Hashable, Sendable {
    /// The relative href from the page being written; nil renders the text without a link.
    public var href: String?
    /// The target's own label, used when the link text is empty.
    public var label: String
    /// A tooltip (the target's title), optional.
    public var title: String

    /// Creates a resolved link.
    public init(href: String?, label: String, title: String = "") {
        self.href = href
        self.label = label
        self.title = title
    }
}

/// Resolves typed link destinations for a writer; the writer knows nothing of the corpus.
public protocol LinkProvider {
    /// The resolution of `destination`, or nil when it is an ordinary URL.
    func resolve(_ destination: String) -> ResolvedLink?
}

/// A provider that resolves nothing: every destination is an ordinary URL.
public struct NoLinks: LinkProvider {
    /// Creates the provider.
    public init() {}
    /// Always nil.
    public func resolve(_ destination: String) -> ResolvedLink? { nil }
}

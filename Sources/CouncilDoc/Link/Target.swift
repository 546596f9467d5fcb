/// What the index knows of a target: where its page is, its label and title, and the
/// document it belongs to (for the public edition's withholding).
public struct Target: Hashable, Sendable {
    /// The target.
    public var id: TargetID
    /// The page it lives on (without extension) and its fragment, nil when it has no page.
    public var page: PagePath?
    /// The anchor on the page, empty for the page itself.
    public var fragment: String
    /// The short label an empty link shows: "objective 2.iv", "action 13.4".
    public var label: String
    /// The title (tooltips, pages).
    public var title: String
    /// Where it is declared.
    public var location: SourceLocation?

    /// Creates a target.
    public init(id: TargetID, page: PagePath?, fragment: String = "", label: String, title: String,
                location: SourceLocation?) {
        self.id = id
        self.page = page
        self.fragment = fragment
        self.label = label
        self.title = title
        self.location = location
    }
}

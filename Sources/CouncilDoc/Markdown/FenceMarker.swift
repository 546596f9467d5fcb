/// A fence line of a pandoc fenced div found before cmark parses the text.
struct FenceMarker: Hashable, Sendable {
    /// `::: name` opens a div of that class; `:::` alone closes the innermost one.
    enum Kind: Hashable, Sendable {
        case open(String)
        case close
    }

    /// Open or close.
    var kind: Kind
    /// Where the colons start.
    var at: SourcePoint
    /// The line's text after its container prefix (restored where the line was not a fence).
    var original: String
}

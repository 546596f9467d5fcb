/// One part the public edition withholds: which marker, in which document and section,
/// where in the sources, and its text (for the manifest's excerpt).
public struct RedactionRecord: Hashable, Sendable {
    /// How the part was marked.
    public enum Marker: String, Hashable, Sendable, CaseIterable {
        case block = "::: limite block"
        case span = "[…]{.limite} span"
        case document = "LIMITE document without public-release"
        case action = "LIMITE action"
        case annex = "LIMITE annex"
        case contact = "contact (always LIMITE)"
        case droppedProposal = "text of a dropped proposal"
    }

    /// The marker.
    public var marker: Marker
    /// The source file of the document it belongs to.
    public var document: String
    /// That document's title.
    public var title: String
    /// The nearest heading above the part, if any.
    public var section: String?
    /// Where the part is written.
    public var location: SourceLocation
    /// The withheld text.
    public var text: String
}

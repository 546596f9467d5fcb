/// One edge pointing at a target, seen from the target: who points, how, from where.
public struct Backlink: Hashable, Sendable, Comparable {
    /// How the source relates to the target.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        case leads = "leads"
        case coLeads = "co-leads"
        case participates = "participates in"
        case implements = "implements"
        case linksTo = "links to"
        case continues = "continues"
        case reportsOn = "reports on"
    }

    /// The document or action that points.
    public var source: TargetID
    /// The relation.
    public var role: Role
    /// Where the reference is written.
    public var location: SourceLocation

    /// Orders by source, then role, then location.
    public static func < (a: Backlink, b: Backlink) -> Bool {
        (a.source, a.role.rawValue, a.location) < (b.source, b.role.rawValue, b.location)
    }

    /// The distinct backlinks of `links` in the order of `<`, each source's written form
    /// made once rather than at every comparison.
    static func sortedUnique(_ links: [Backlink]) -> [Backlink] {
        Set(links).map { ($0.source.description, $0) }
            .sorted { ($0.0, $0.1.role.rawValue, $0.1.location) < ($1.0, $1.1.role.rawValue, $1.1.location) }
            .map(\.1)
    }
}

/// An EMPACT operational action plan (`criminal-finances`) or one of its operational
/// actions (`criminal-finances/2.2`).
public struct OAPReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The OAP's id.
    public let oap: String
    /// The operational action's number, nil for the OAP itself.
    public let action: String?

    /// Parses `criminal-finances` or `criminal-finances/2.2`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count), Identifier.isSlug(parts[0]) else { return nil }
        oap = parts[0]
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
            action = parts[1]
        } else {
            action = nil
        }
    }

    /// `criminal-finances/2.2`.
    public var description: String { action.map { "\(oap)/\($0)" } ?? oap }

    /// Orders by description.
    public static func < (a: OAPReference, b: OAPReference) -> Bool { a.description < b.description }
}

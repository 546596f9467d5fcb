/// The link schemes councildoc gives meaning to (`objective:2.iv`, `action:13.4` …): one
/// list for the link stage, which resolves them, and for plain text, which leaves them out.
public enum TypedReference {
    /// The schemes.
    public static let schemes: Set<String> = ["objective", "action", "oap", "report", "doc", "ms", "plan", "strategy",
                                              "note", "empact", "coverage"]

    /// The scheme and the rest of a destination, if the scheme is one of ours.
    public static func split(_ destination: String) -> (scheme: String, rest: String)? {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let scheme = String(destination[..<colon])
        guard schemes.contains(scheme) else { return nil }
        return (scheme, String(destination[destination.index(after: colon)...]))
    }
}

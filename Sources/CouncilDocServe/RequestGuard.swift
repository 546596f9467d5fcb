import Foundation

/// Who may read the preview: the decision, for each request, that keeps the LIMITE edition and
/// the build diagnostics (which can quote LIMITE text) from other web pages the drafter visits.
///
/// - A request must name this server in its `Host` header (a page whose DNS name was rebound
///   to this computer names its own host: DNS rebinding).
/// - A request another site makes is refused (`Origin` of another origin, `Sec-Fetch-Site`
///   `cross-site` or `same-site`), except a link followed to a PUBLIC page.
/// - With a token (always when the server listens on an address other computers reach),
///   `/limite/…` and `/_councildoc/…` need it: `?token=` once (answered with a cookie), then
///   the cookie.
///
/// Anything but the home page and `/public/…` counts as restricted (the LIMITE edition, the
/// status routes, and paths that are neither).
public struct RequestGuard: Sendable, Equatable {
    /// The address given with `--host`.
    public let host: String
    /// The port the server listens on.
    public let port: Int
    /// Whether `host` reaches only this computer.
    public let loopback: Bool
    /// Further names the server is reached by (`--allowed-host`).
    public let allowedHosts: [String]
    /// The access token restricted paths need (nil: none needed).
    public let token: String?

    /// The name of the cookie that carries the token.
    public static let cookieName = "councildoc-token"

    public init(host: String, port: Int, loopback: Bool, allowedHosts: [String] = [], token: String? = nil) {
        self.host = host
        self.port = port
        self.loopback = loopback
        self.allowedHosts = allowedHosts
        self.token = token
    }

    /// What the guard sees of a request.
    public struct Request: Sendable {
        /// The method (GET, HEAD, …).
        public var method: String
        /// The path as requested (percent-encoded), without its query.
        public var path: String
        /// The query, without its `?` (nil: none).
        public var query: String?
        /// The header fields, with `Host` among them, in order (names in any case).
        public var headers: [(name: String, value: String)]

        public init(method: String = "GET", path: String, query: String? = nil, headers: [(name: String, value: String)]) {
            self.method = method
            self.path = path
            self.query = query
            self.headers = headers
        }

        /// The values of every field named `name`.
        func values(_ name: String) -> [String] {
            headers.filter { $0.name.lowercased() == name }.map(\.value)
        }
    }

    /// The guard's answer.
    public enum Decision: Sendable, Equatable {
        /// Serve the request.
        case allow
        /// Serve the request and set this cookie (the `Set-Cookie` value): the token came in the query.
        case allowSettingCookie(String)
        /// Answer 403 with this short reason.
        case refuse(String)
    }

    /// The decision for `request`.
    public func decide(_ request: Request) -> Decision {
        let hosts = request.values("host")
        guard hosts.count == 1, let requested = hosts.first?.trimmingCharacters(in: .whitespaces), !requested.isEmpty else {
            return .refuse(hosts.isEmpty ? "Refused: the request names no Host." : "Refused: the request names several Hosts.")
        }
        let authorities = self.authorities
        guard authorities.contains(requested.lowercased()) else {
            return .refuse("Refused: this preview does not answer to that Host (it answers to the names it is served on; add one with --allowed-host).")
        }
        for origin in request.values("origin") {
            let value = origin.trimmingCharacters(in: .whitespaces).lowercased()
            guard value.hasPrefix("http://"), authorities.contains(String(value.dropFirst("http://".count))) else {
                return .refuse("Refused: a request from another site (Origin).")
            }
        }
        let restricted = Self.isRestricted(request.path)
        let site = request.values("sec-fetch-site").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if site.contains("cross-site") || site.contains("same-site") {
            let navigation = ["GET", "HEAD"].contains(request.method.uppercased())
                && request.values("sec-fetch-mode").map { $0.lowercased() } == ["navigate"]
                && request.values("sec-fetch-dest").map { $0.lowercased() } == ["document"]
            guard navigation, !restricted else {
                return .refuse("Refused: a request from another site (Sec-Fetch-Site). Open the preview from its own address.")
            }
        }
        guard let token else { return .allow }
        if let given = Self.queryToken(request.query) {
            guard Self.same(given, token) else { return .refuse("Refused: wrong token (use the address councildoc serve printed).") }
            return .allowSettingCookie("\(Self.cookieName)=\(token); HttpOnly; SameSite=Strict; Path=/")
        }
        if !restricted || Self.cookieTokens(request.values("cookie")).contains(where: { Self.same($0, token) }) {
            return .allow
        }
        return .refuse("Refused: a token is needed (open the address with ?token= that councildoc serve printed).")
    }

    /// The header fields to add to the response to a request of `path` (on every response,
    /// a refusal included).
    public func responseHeaders(for path: String) -> [(name: String, value: String)] {
        var fields = [(name: "Referrer-Policy", value: "no-referrer")]
        if Self.isRestricted(path) {
            fields += [(name: "Cache-Control", value: "no-store"), (name: "X-Content-Type-Options", value: "nosniff")]
        }
        return fields
    }

    /// The `Host` values the server answers to, lowercased: the loopback names (on a loopback
    /// address), `--host` and each `--allowed-host`, with the port (and without it on port 80).
    var authorities: Set<String> {
        var names = [host] + allowedHosts
        if loopback { names += ["localhost", "127.0.0.1", "::1"] }
        var result: Set<String> = []
        for name in names {
            var name = name.lowercased()
            if name.contains(":"), !name.hasPrefix("[") { name = "[\(name)]" }
            result.insert("\(name):\(port)")
            if port == 80 { result.insert(name) }
        }
        return result
    }

    /// Whether `path` (as requested) is restricted: anything but the home page and the PUBLIC
    /// edition. A path that cannot be decoded counts as restricted.
    public static func isRestricted(_ path: String) -> Bool {
        guard let decoded = path.removingPercentEncoding else { return true }
        guard let first = decoded.split(separator: "/", omittingEmptySubsequences: true).first else { return false }
        return first.lowercased() != "public"
    }

    /// The `token` parameter of `query` (percent-decoded), if there is one.
    static func queryToken(_ query: String?) -> String? {
        guard let query else { return nil }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.first == "token" {
                let value = parts.count > 1 ? String(parts[1]) : ""
                return value.removingPercentEncoding ?? value
            }
        }
        return nil
    }

    /// The values of the token cookies in `cookies` (one `Cookie` field, or several).
    static func cookieTokens(_ cookies: [String]) -> [String] {
        cookies.flatMap { $0.split(separator: ";") }.compactMap { cookie in
            let parts = cookie.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == cookieName else { return nil }
            return parts[1].trimmingCharacters(in: .whitespaces)
        }
    }

    /// Whether `a` and `b` are equal, in a time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    /// A new token: 32 random bytes, in hexadecimal.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }
}

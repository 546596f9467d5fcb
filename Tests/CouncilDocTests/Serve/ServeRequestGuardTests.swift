import Foundation
import Testing
@testable import CouncilDocServe

/// The request guard of `councildoc serve`: the Host a request names, the site it comes
/// from, the token off loopback, and the header fields added to responses.
@Suite struct ServeRequestGuardTests {
    static let token = String(repeating: "ab", count: 32)
    /// The default server: 127.0.0.1:8080, no token.
    let local = RequestGuard(host: "127.0.0.1", port: 8080, loopback: true)
    /// A server on the network: its address, a further name, and a token.
    let network = RequestGuard(host: "192.168.1.20", port: 8080, loopback: false, allowedHosts: ["Preview.Example"], token: token)

    static func request(_ path: String, host: String? = "127.0.0.1:8080", query: String? = nil, method: String = "GET",
                        _ headers: [(name: String, value: String)] = []) -> RequestGuard.Request {
        RequestGuard.Request(method: method, path: path, query: query,
                             headers: (host.map { [(name: "Host", value: $0)] } ?? []) + headers)
    }

    static func refused(_ decision: RequestGuard.Decision) -> Bool {
        if case .refuse = decision { return true }
        return false
    }

    // MARK: Host

    @Test(arguments: ["localhost:8080", "127.0.0.1:8080", "[::1]:8080", "LOCALHOST:8080", "[::1]:8080 "])
    func theLoopbackNamesWithThePortAreAnswered(host: String) {
        for path in ["/limite/", "/_councildoc/status", "/public/", "/"] {
            #expect(local.decide(Self.request(path, host: host)) == .allow, "\(host) \(path)")
        }
    }

    @Test(arguments: ["evil.example:8080", "evil.example", "localhost", "127.0.0.1", "localhost:8081", "127.0.0.1.evil.example:8080",
                      "localhost.:8080", "[::2]:8080", "192.168.1.20:8080", ""])
    func aRebindingHostIsRefused(host: String) {
        for path in ["/limite/", "/_councildoc/status", "/_councildoc/events", "/public/", "/"] {
            #expect(Self.refused(local.decide(Self.request(path, host: host))), "\(host) \(path)")
        }
    }

    @Test func aRequestWithoutAHostOrWithTwoIsRefused() {
        #expect(Self.refused(local.decide(Self.request("/limite/", host: nil))))
        #expect(Self.refused(local.decide(Self.request("/limite/", [(name: "host", value: "evil.example:8080")]))))
    }

    @Test func withoutAPortOnlyPort80() {
        let eighty = RequestGuard(host: "127.0.0.1", port: 80, loopback: true)
        #expect(eighty.decide(Self.request("/limite/", host: "localhost")) == .allow)
        #expect(eighty.decide(Self.request("/limite/", host: "localhost:80")) == .allow)
        #expect(Self.refused(eighty.decide(Self.request("/limite/", host: "localhost:8080"))))
    }

    @Test func offLoopbackTheHostAndTheAllowedNamesAreAnswered() {
        let cookie = [(name: "Cookie", value: "councildoc-token=\(Self.token)")]
        #expect(network.decide(Self.request("/limite/", host: "192.168.1.20:8080", cookie)) == .allow)
        #expect(network.decide(Self.request("/limite/", host: "preview.example:8080", cookie)) == .allow)
        // The loopback names are not among them unless given.
        #expect(Self.refused(network.decide(Self.request("/public/", host: "localhost:8080"))))
        #expect(Self.refused(network.decide(Self.request("/public/", host: "evil.example:8080"))))
        let ipv6 = RequestGuard(host: "fd00::5", port: 8080, loopback: false, token: Self.token)
        #expect(ipv6.decide(Self.request("/public/", host: "[fd00::5]:8080")) == .allow)
        #expect(ipv6.authorities == ["[fd00::5]:8080"])
    }

    // MARK: Other sites

    @Test func anOriginOfAnotherSiteIsRefused() {
        for origin in ["http://evil.example", "http://evil.example:8080", "https://127.0.0.1:8080", "http://127.0.0.1:8081", "http://127.0.0.1", "null"] {
            for path in ["/limite/", "/_councildoc/status", "/public/"] {
                #expect(Self.refused(local.decide(Self.request(path, [(name: "Origin", value: origin)]))), "\(origin) \(path)")
            }
        }
        for origin in ["http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080"] {
            #expect(local.decide(Self.request("/_councildoc/events", [(name: "Origin", value: origin)])) == .allow, "\(origin)")
        }
    }

    static let navigation = [(name: "Sec-Fetch-Mode", value: "navigate"), (name: "Sec-Fetch-Dest", value: "document")]
    static let fetch = [(name: "Sec-Fetch-Mode", value: "cors"), (name: "Sec-Fetch-Dest", value: "empty")]

    @Test(arguments: ["cross-site", "same-site"])
    func anotherSiteMayOnlyFollowALinkToAPublicPage(site: String) {
        let from = [(name: "Sec-Fetch-Site", value: site)]
        // A link followed from another site: the PUBLIC edition and the home page, nothing else.
        #expect(local.decide(Self.request("/public/plans/1/1.1.html", from + Self.navigation)) == .allow)
        #expect(local.decide(Self.request("/", from + Self.navigation)) == .allow)
        for path in ["/limite/", "/limite/plans/1/1.1.html", "/_councildoc/status", "/_councildoc/compare/index.html",
                     "//limite/", "/%6Cimite/", "/LIMITE/", "/public/%ZZ"] {
            #expect(Self.refused(local.decide(Self.request(path, from + Self.navigation))), "\(path)")
        }
        // A script's request, an image, a frame, a form posted: refused, even for a public page.
        for path in ["/limite/", "/_councildoc/events", "/public/"] {
            #expect(Self.refused(local.decide(Self.request(path, from + Self.fetch))), "\(path)")
            #expect(Self.refused(local.decide(Self.request(path, from))), "\(path)")
            #expect(Self.refused(local.decide(Self.request(path, from + [(name: "Sec-Fetch-Mode", value: "navigate"),
                                                                           (name: "Sec-Fetch-Dest", value: "iframe")]))), "\(path)")
        }
        #expect(Self.refused(local.decide(Self.request("/public/", method: "POST", from + Self.navigation))))
    }

    @Test func theServersOwnPagesAndTypedAddressesAreAllowed() {
        for site in ["same-origin", "none"] {
            let from = [(name: "Sec-Fetch-Site", value: site)]
            #expect(local.decide(Self.request("/limite/", from + Self.navigation)) == .allow)
            #expect(local.decide(Self.request("/_councildoc/events", from + Self.fetch)) == .allow)
        }
    }

    // MARK: The token

    @Test func onLoopbackNoTokenIsNeeded() {
        #expect(local.token == nil)
        #expect(local.decide(Self.request("/limite/", query: "token=whatever")) == .allow)
    }

    @Test func offLoopbackTheRestrictedPathsNeedTheToken() {
        for path in ["/limite/", "/limite/plans/1/1.1.html", "/_councildoc/status", "/_councildoc/events", "//limite/", "/%6cimite/", "/LIMITE/"] {
            #expect(Self.refused(network.decide(Self.request(path, host: "192.168.1.20:8080"))), "\(path)")
        }
        // The public pages do not.
        #expect(network.decide(Self.request("/public/", host: "192.168.1.20:8080")) == .allow)
        #expect(network.decide(Self.request("/", host: "192.168.1.20:8080")) == .allow)
    }

    @Test func theTokenInTheQuerySetsTheCookie() {
        let cookie = "councildoc-token=\(Self.token); HttpOnly; SameSite=Strict; Path=/"
        for path in ["/limite/", "/_councildoc/status", "/"] {
            #expect(network.decide(Self.request(path, host: "192.168.1.20:8080", query: "token=\(Self.token)")) == .allowSettingCookie(cookie))
        }
        #expect(network.decide(Self.request("/limite/", host: "192.168.1.20:8080", query: "a=1&token=\(Self.token)&b")) == .allowSettingCookie(cookie))
    }

    @Test func theCookieIsAccepted() {
        for value in ["councildoc-token=\(Self.token)", "a=b; councildoc-token=\(Self.token); c=d", "councildoc-token=old; councildoc-token=\(Self.token)"] {
            #expect(network.decide(Self.request("/limite/", host: "192.168.1.20:8080", [(name: "Cookie", value: value)])) == .allow, "\(value)")
        }
        // (Cookies in separate fields, as HTTP/2 sends them.)
        #expect(network.decide(Self.request("/_councildoc/events", host: "192.168.1.20:8080",
                                            [(name: "Cookie", value: "a=b"), (name: "cookie", value: "councildoc-token=\(Self.token)")])) == .allow)
    }

    @Test func aWrongTokenIsRefused() {
        let wrong = String(Self.token.dropLast()) + "c"
        for path in ["/limite/", "/_councildoc/status", "/public/"] {
            #expect(Self.refused(network.decide(Self.request(path, host: "192.168.1.20:8080", query: "token=\(wrong)"))), "\(path)")
        }
        for value in ["councildoc-token=\(wrong)", "councildoc-token=", "councildoc-token=\(Self.token)x", "other=\(Self.token)", "councildoc-token"] {
            #expect(Self.refused(network.decide(Self.request("/limite/", host: "192.168.1.20:8080", [(name: "Cookie", value: value)]))), "\(value)")
        }
        // The Host is checked first: the token does not open the server to another name.
        #expect(Self.refused(network.decide(Self.request("/limite/", host: "evil.example:8080", query: "token=\(Self.token)"))))
    }

    @Test func theTokenIsForcedOnLoopbackWhenAsked() {
        let forced = RequestGuard(host: "127.0.0.1", port: 8080, loopback: true, token: Self.token)
        #expect(Self.refused(forced.decide(Self.request("/limite/"))))
        #expect(forced.decide(Self.request("/limite/", [(name: "Cookie", value: "councildoc-token=\(Self.token)")])) == .allow)
    }

    @Test func tokensAreRandomHexAndComparedWhole() {
        let one = RequestGuard.newToken(), two = RequestGuard.newToken()
        #expect(one.count == 64 && one.allSatisfy(\.isHexDigit))
        #expect(one != two)
        #expect(RequestGuard.same(one, one) && !RequestGuard.same(one, two) && !RequestGuard.same(one, String(one.dropLast())))
        #expect(!RequestGuard.same("", one))
    }

    // MARK: Response header fields

    @Test func theResponsesSayNoReferrerAndRestrictedOnesAreNotStored() {
        func fields(_ path: String) -> [String: String] {
            Dictionary(uniqueKeysWithValues: local.responseHeaders(for: path).map { ($0.name, $0.value) })
        }
        for path in ["/limite/plans/1/1.1.html", "/_councildoc/status", "/_councildoc/events"] {
            #expect(fields(path) == ["Referrer-Policy": "no-referrer", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"], "\(path)")
        }
        #expect(fields("/public/index.html") == ["Referrer-Policy": "no-referrer"])
        #expect(fields("/") == ["Referrer-Policy": "no-referrer"])
    }
}

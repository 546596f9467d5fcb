import Foundation
import Testing
@testable import CouncilDoc
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `councildoc serve` against a web page that rebinds its DNS name to this computer: the
/// request names the page's host, and the LIMITE edition and the status are refused.
@Suite(.serialized) struct ServeGuardTests {
    @Test func aForgedHostIsRefusedAndTheServersOwnIsAnswered() throws {
        let dir = try TempProject([:])
        try ProjectInit.create(in: dir.root, year: 2026)
        let server = try ServeProcess(project: dir.root)
        defer { server.stop() }
        let port = server.port
        // The first build is done when the status is no longer null.
        let built = Date().addingTimeInterval(120)
        while try RawHTTP.get("/_councildoc/status", host: "127.0.0.1:\(port)", port: port).body == "null", Date() < built {
            usleep(20_000)
        }

        for path in ["/limite/", "/limite/plans/1/1.1.html", "/_councildoc/status", "/_councildoc/events", "/public/"] {
            let forged = try RawHTTP.get(path, host: "evil.example:\(port)", port: port)
            #expect(forged.status == 403, "\(path): \(forged.status)")
            #expect(forged.body.hasPrefix("Refused:"))
            #expect(!forged.body.contains("Detection of tobacco smuggling") && !forged.body.contains("\"ok\""))
            #expect(forged.header("referrer-policy") == "no-referrer")
        }
        #expect(try RawHTTP.get("/limite/", host: nil, port: port).status == 403)
        #expect(try RawHTTP.get("/limite/", host: "127.0.0.1:\(port)", port: port, ["Origin: http://evil.example:\(port)"]).status == 403)
        #expect(try RawHTTP.get("/limite/", host: "127.0.0.1:\(port)", port: port,
                                ["Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: navigate", "Sec-Fetch-Dest: document"]).status == 403)

        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"] {
            let page = try RawHTTP.get("/limite/plans/1/1.1.html", host: host, port: port)
            #expect(page.status == 200, "\(host)")
            #expect(page.body.contains("Detection of tobacco smuggling"))
            #expect(page.header("cache-control") == "no-store" && page.header("x-content-type-options") == "nosniff")
            #expect(page.header("referrer-policy") == "no-referrer")
        }
        let status = try RawHTTP.get("/_councildoc/status", host: "localhost:\(port)", port: port)
        #expect(status.status == 200 && status.body.contains("\"ok\":true"))
        // A link followed from another site to a PUBLIC page still opens it.
        #expect(try RawHTTP.get("/public/", host: "127.0.0.1:\(port)", port: port,
                                ["Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: navigate", "Sec-Fetch-Dest: document"]).status == 200)

        // A second server on the same port says that the port is taken.
        let second = try CLI.run(["serve", "--port", "\(port)"], in: dir.root)
        #expect(second.status != 0)
        #expect(second.stderr.contains("error: port \(port) on 127.0.0.1 is already in use"), "\(second.stderr)")
        #expect(!second.stdout.contains("serving"))
    }

    /// `--token` on loopback: the LIMITE edition needs the printed token, given once in the
    /// address (a cookie is set) and then by the cookie.
    @Test func theTokenOpensTheLimiteEditionOnceThenByItsCookie() throws {
        let dir = try TempProject([:])
        try ProjectInit.create(in: dir.root, year: 2026)
        let server = try ServeProcess(project: dir.root, arguments: ["--token"])
        defer { server.stop() }
        let port = server.port, host = "127.0.0.1:\(port)"
        let printed = try #/serving http://127\.0\.0\.1:\d+/\?token=([0-9a-f]{64}) /#
        let token = String(try #require(server.output.firstMatch(of: printed)).1)

        #expect(try RawHTTP.get("/limite/", host: host, port: port).status == 403)
        #expect(try RawHTTP.get("/_councildoc/status", host: host, port: port).status == 403)
        #expect(try RawHTTP.get("/public/", host: host, port: port).status == 200)
        #expect(try RawHTTP.get("/limite/?token=\(String(repeating: "0", count: 64))", host: host, port: port).status == 403)
        let opened = try RawHTTP.get("/?token=\(token)", host: host, port: port)
        #expect(opened.status == 200)
        let cookie = try #require(opened.header("set-cookie"))
        #expect(cookie == "councildoc-token=\(token); HttpOnly; SameSite=Strict; Path=/")
        #expect(try RawHTTP.get("/_councildoc/status", host: host, port: port, ["Cookie: councildoc-token=\(token)"]).status == 200)
        #expect(try RawHTTP.get("/limite/", host: host, port: port, ["Cookie: councildoc-token=\(token)"]).status == 200)
        // The token does not open the server to another name.
        #expect(try RawHTTP.get("/limite/", host: "evil.example:\(port)", port: port, ["Cookie: councildoc-token=\(token)"]).status == 403)
    }
}

/// HTTP/1.1 requests written by hand on a socket to 127.0.0.1 (so that the Host field is the
/// test's, or missing).
enum RawHTTP {
    struct Reply {
        let status: Int
        let head: String
        let body: String

        /// The value of the first field named `name` (any case).
        func header(_ name: String) -> String? {
            for line in head.split(separator: "\r\n").dropFirst() {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, parts[0].lowercased() == name.lowercased() {
                    return parts[1].trimmingCharacters(in: .whitespaces)
                }
            }
            return nil
        }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// A GET of `path` naming `host` (none when nil), with further `fields`; waits 10 s at most.
    static func get(_ path: String, host: String?, port: Int, _ fields: [String] = []) throws -> Reply {
        let lines = ["GET \(path) HTTP/1.1"] + (host.map { ["Host: \($0)"] } ?? []) + fields + ["Connection: close", "", ""]
        let data = try exchange(Array(lines.joined(separator: "\r\n").utf8), port: port)
        let text = String(decoding: data, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { throw Failure(description: "no reply to \(path): \(text)") }
        let head = String(text[..<end.lowerBound])
        let status = head.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return Reply(status: status, head: head, body: String(text[end.upperBound...]))
    }

    /// Sends `request` and reads the reply: its head, then the body its Content-Length says
    /// (or up to the end of the connection; an event stream's first event).
    private static func exchange(_ request: [UInt8], port: Int) throws -> [UInt8] {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect to port \(port): errno \(errno)") }
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Failure(description: "send: errno \(errno)") }
            sent += count
        }
        var reply: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            reply += buffer[..<count]
            if let expected = expectedLength(reply), reply.count >= expected { break }
            // An event stream does not end: its first event is enough.
            if String(decoding: reply, as: UTF8.self).contains("event: build") { break }
        }
        return reply
    }

    /// The length of the whole reply, once its head is in and says its body's length.
    private static func expectedLength(_ reply: [UInt8]) -> Int? {
        let text = String(decoding: reply, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { return nil }
        let head = text[..<end.lowerBound]
        for line in head.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length", let length = Int(parts[1].trimmingCharacters(in: .whitespaces)) {
                return text[..<end.upperBound].utf8.count + length
            }
        }
        return nil
    }
}

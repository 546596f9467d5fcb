import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 GET to a server on 127.0.0.1, over a plain socket (no client library, no
/// cache): the request names the `Host` the preview's request guard answers to on a
/// loopback address, and asks the server to close the connection after its response.
enum LoopbackHTTP {
    struct Response {
        let status: Int
        /// The whole response as text, header fields included.
        let text: String
    }

    /// Nil when the server cannot be reached or does not answer within `timeout` seconds.
    static func get(port: Int, path: String, timeout: Int = 10) -> Response? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        guard connectLoopback(fd, port: port) else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
        guard send(fd, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else { return nil }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count < 0 { return nil }
            if count == 0 { break }
            received += buffer[..<count]
        }
        let text = String(decoding: received, as: UTF8.self)
        // "HTTP/1.1 200 OK": the status is the second word of the first line.
        let words = text.prefix(while: { $0 != "\r" }).split(separator: " ")
        guard words.count >= 2, let status = Int(words[1]) else { return nil }
        return Response(status: status, text: text)
    }

    private static func connectLoopback(_ fd: Int32, port: Int) -> Bool {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}

import CouncilDoc
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `councildoc serve`: the output folder's two editions over HTTP, with live reload, the
/// side-by-side view and the diagnostics of a failed build, on a local address.
public struct PreviewServer: Sendable {
    let pages: PreviewPages

    /// A server for the editions in `output`, telling browsers of the builds `broadcast` sees.
    /// `printing`: documents are printed to PDF after each build (`serve --pdf`), and linked.
    public init(output: URL, broadcast: BuildBroadcast, printing: Bool = false) {
        pages = PreviewPages(output: output, broadcast: broadcast, printing: printing)
    }

    /// Whether `host` reaches only this computer (a LIMITE edition must not be served to
    /// the network unless asked).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Whether `error` is the failure to bind a port another server has (SwiftNIO's error
    /// says so in the system's words: "bind(…): Address already in use (errno: 98)").
    public static func isAddressInUse(_ error: any Error) -> Bool {
        String(describing: error).contains(String(cString: strerror(EADDRINUSE)))
    }

    /// Serves until the process is interrupted (SIGINT or SIGTERM); `running` is told the
    /// port it listens on (the one asked for, or the one the system chose for port 0).
    /// Every request passes a `RequestGuard` first: it must name the server in its `Host`
    /// (`allowedHosts` adds names), come from no other site, and carry `token` (when there is
    /// one) for the LIMITE edition and the status routes.
    public func run(host: String, port: Int, allowedHosts: [String] = [], token: String? = nil,
                    running: @escaping @Sendable (Int) -> Void) async throws {
        let guards = GuardHolder()
        let loopback = Self.isLoopback(host)
        if port != 0 { guards.set(RequestGuard(host: host, port: port, loopback: loopback, allowedHosts: allowedHosts, token: token)) }
        let router = Router()
        // First, before the routes (a middleware applies to the routes added after it).
        router.add(middleware: RequestGuardMiddleware(current: { guards.value }))
        let pages = self.pages
        router.get("/") { request, _ in pages.respond(to: request.uri.path) }
        router.get("**") { request, _ in pages.respond(to: request.uri.path) }
        var logger = Logger(label: "councildoc-serve")
        logger.logLevel = .warning
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port)),
                              onServerRunning: { channel in
                                  let served = channel.localAddress?.port ?? port
                                  guards.set(RequestGuard(host: host, port: served, loopback: loopback, allowedHosts: allowedHosts, token: token))
                                  running(served)
                              },
                              logger: logger)
        // Services shut down last to first: the build streams end first, so that the open
        // pages' event requests end and the server's graceful shutdown does not wait for them.
        var configuration = ServiceGroupConfiguration(
            services: [.init(service: app),
                       .init(service: EndStreamsOnShutdown(broadcast: pages.broadcast), successTerminationBehavior: .ignore)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        // A request that still holds the server after that is cancelled (an event stream's
        // wait ends on cancellation): Ctrl-C always stops a preview.
        configuration.maximumGracefulShutdownDuration = .seconds(2)
        configuration.maximumCancellationDuration = .seconds(2)
        try await ServiceGroup(configuration: configuration).run()
    }
}

/// The request guard, set once the port is known.
final class GuardHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var current: RequestGuard?

    var value: RequestGuard? { lock.withLock { current } }

    func set(_ value: RequestGuard) { lock.withLock { current = value } }
}

/// Ends every build stream when the server shuts down.
struct EndStreamsOnShutdown: Service {
    let broadcast: BuildBroadcast

    func run() async throws {
        try? await gracefulShutdown()
        broadcast.close()
    }
}

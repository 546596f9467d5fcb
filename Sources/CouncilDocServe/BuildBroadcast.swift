import Foundation

/// The latest build's status, and the browsers waiting for the next one. Written by the
/// rebuild loop (a thread of its own), read by the server's request handlers.
public final class BuildBroadcast: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: BuildStatus?
    private var listeners: [UUID: AsyncStream<BuildStatus>.Continuation] = [:]
    private var closed = false

    public init() {}

    /// The latest status (nil before the first build ends).
    public var status: BuildStatus? { lock.withLock { latest } }

    /// Records a finished build and tells every listener.
    public func publish(_ status: BuildStatus) {
        let waiting = lock.withLock { () -> [AsyncStream<BuildStatus>.Continuation] in
            latest = status
            return Array(listeners.values)
        }
        for listener in waiting { listener.yield(status) }
    }

    /// Ends every stream, now and to come (the server is shutting down).
    public func close() {
        let waiting = lock.withLock { () -> [AsyncStream<BuildStatus>.Continuation] in
            closed = true
            return Array(listeners.values)
        }
        for listener in waiting { listener.finish() }
    }

    /// The statuses of the builds to come, beginning with the latest one.
    public func subscribe() -> AsyncStream<BuildStatus> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<BuildStatus>.makeStream(bufferingPolicy: .bufferingNewest(1))
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.listeners.removeValue(forKey: id) }
        }
        // Registered, or finished, under the lock that `close` takes: a stream opened while
        // the server shuts down is never left waiting.
        let open = lock.withLock { () -> Bool in
            guard !closed else { return false }
            listeners[id] = continuation
            if let latest { continuation.yield(latest) }
            return true
        }
        if !open { continuation.finish() }
        return stream
    }

    /// How many browsers listen (for tests).
    var listenerCount: Int { lock.withLock { listeners.count } }
}

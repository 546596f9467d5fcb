import Foundation

/// What a build made, kept until the process exits when the process is a command that exits
/// right after the build: a build of 10,000 files holds millions of objects, which Swift
/// would free one by one (seconds, on this scale) only for the operating system to take
/// the whole memory back a moment later. A library user (tests, a server) leaves it off.
public enum Teardown {
    nonisolated(unsafe) private static var enabled = false
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    /// From now on, what builds make is kept until the process exits.
    public static func keepUntilExit() { lock.withLock { enabled = true } }

    /// Keeps `value` alive until the process exits, when enabled.
    static func keep(_ value: Any) {
        lock.withLock { if enabled { kept.append(value) } }
    }
}

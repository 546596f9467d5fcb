import Foundation

/// Wall-clock time per pipeline stage, for `councildoc build --timings` and for profiling;
/// stages repeat (the linker runs once per edition) and are summed by name in order of first use.
public final class StageTimings: @unchecked Sendable {
    private let lock = NSLock()
    private var order: [String] = []
    private var seconds: [String: Double] = [:]

    /// An empty record.
    public init() {}

    /// Runs `body` and adds its wall time to `stage`.
    public func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { add(stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        return try body()
    }

    /// Adds `duration` seconds to `stage`.
    public func add(_ stage: String, _ duration: Double) {
        lock.lock(); defer { lock.unlock() }
        if seconds[stage] == nil { order.append(stage) }
        seconds[stage, default: 0] += duration
    }

    /// Every stage with its total seconds, in order of first use.
    public var stages: [(name: String, seconds: Double)] {
        lock.lock(); defer { lock.unlock() }
        return order.map { ($0, seconds[$0] ?? 0) }
    }

    /// One line per stage, milliseconds aligned, and the total (of the stages whose names
    /// do not start with a space: those are parts of the stage above them).
    public var report: String {
        let all = stages
        let width = max(all.map(\.name.count).max() ?? 0, "total".count)
        var lines = all.map { $0.name.padding(toLength: width, withPad: " ", startingAt: 0)
            + String(format: " %9.1f ms", $0.seconds * 1000) }
        lines.append("total".padding(toLength: width, withPad: " ", startingAt: 0)
                     + String(format: " %9.1f ms", all.filter { !$0.name.hasPrefix(" ") }.reduce(0) { $0 + $1.seconds } * 1000))
        return lines.joined(separator: "\n")
    }
}

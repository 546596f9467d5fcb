/// A half-year of the Council Presidency: `2026-S1` is January-June 2026.
public struct Semester: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// 1 (January-June) or 2 (July-December).
    public let half: Int

    /// Parses `2026-S1`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]),
              parts[1] == "S1" || parts[1] == "S2" else { return nil }
        year = y
        half = parts[1] == "S1" ? 1 : 2
    }

    /// `2026-S1`.
    public var description: String { "\(year)-S\(half)" }

    /// `2026 S1`, as the seeds' timeline writes it.
    public var display: String { "\(year) S\(half)" }

    /// Orders chronologically.
    public static func < (a: Semester, b: Semester) -> Bool { (a.year, a.half) < (b.year, b.half) }
}

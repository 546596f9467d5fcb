/// A calendar date as Council documents give it (no time, no zone).
public struct CouncilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Year, e.g. 2025.
    public let year: Int
    /// Month 1-12.
    public let month: Int
    /// Day 1-31.
    public let day: Int

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// Parses `YYYY-MM-DD`; nil unless it is a real date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Creates a date; nil unless it is a real date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2025-09-01`.
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// "1 September 2025", as on a Council cover.
    public var long: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }

    /// "16.02.2026", as in "DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (16.02.2026)".
    public var dotted: String {
        "\(day < 10 ? "0" : "")\(day).\(month < 10 ? "0" : "")\(month).\(year)"
    }

    /// Orders by year, month, day.
    public static func < (a: CouncilDate, b: CouncilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

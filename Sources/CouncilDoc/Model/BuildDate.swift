import Foundation

/// The date a build publishes as of: a LIMITE document with `public-release` is in the
/// public edition only from that date on. `--as-of DATE`, else `SOURCE_DATE_EPOCH` (the
/// reproducible-builds convention: seconds since 1970, UTC), else today (UTC).
public enum BuildDate {
    /// Why a given date cannot be used.
    public struct Invalid: Error, CustomStringConvertible {
        /// What is wrong.
        public let description: String
    }

    /// The as-of date from an option, the environment, or the clock.
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                               now: Date = Date()) throws -> CouncilDate {
        if let option {
            guard let date = CouncilDate(option) else {
                throw Invalid(description: "--as-of '\(option)' is not a date: write YYYY-MM-DD, such as 2026-02-16")
            }
            return date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch), seconds >= 0 else {
                throw Invalid(description: "SOURCE_DATE_EPOCH '\(epoch)' is not a number of seconds since 1970-01-01")
            }
            return day(of: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return day(of: now)
    }

    /// The UTC calendar day of an instant.
    static func day(of date: Date) -> CouncilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CouncilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// This year (UTC, or `SOURCE_DATE_EPOCH`'s): the year `init` and `new` date new sources in.
    public static var currentYear: Int {
        ((try? resolve(option: nil)) ?? day(of: Date())).year
    }

    /// A date after every release date: what tests and tools that do not care use.
    public static let endOfTime = CouncilDate(year: 9999, month: 12, day: 31)!
}

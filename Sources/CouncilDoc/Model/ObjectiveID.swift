/// An objective of a strategy (`2`) or a sub-objective (`2.iv`), optionally qualified by
/// its strategy (`customs-2023/2.iv`).
public struct ObjectiveID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The strategy, when the reference names one.
    public let strategy: String?
    /// The objective's number, "2".
    public let objective: String
    /// The sub-objective's roman numeral, "iv", or nil for the objective itself.
    public let sub: String?

    /// Parses `2`, `2.iv` or `customs-2023/2.iv`.
    public init?(_ text: String) {
        var rest = Substring(text)
        if let slash = rest.firstIndex(of: "/") {
            let strategy = String(rest[..<slash])
            guard Identifier.isSlug(strategy) else { return nil }
            self.strategy = strategy
            rest = rest[rest.index(after: slash)...]
        } else {
            strategy = nil
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        objective = String(parts[0])
        if parts.count == 2 {
            let sub = parts[1].lowercased()
            guard !sub.isEmpty, sub.allSatisfy({ "ivxlc".contains($0) }) else { return nil }
            self.sub = sub
        } else {
            sub = nil
        }
    }

    /// Creates an id from its parts.
    public init(strategy: String?, objective: String, sub: String?) {
        self.strategy = strategy
        self.objective = objective
        self.sub = sub
    }

    /// `2.iv` (without the strategy).
    public var local: String { sub.map { "\(objective).\($0)" } ?? objective }

    /// `customs-2023/2.iv` or `2.iv`.
    public var description: String { strategy.map { "\($0)/\(local)" } ?? local }

    /// The same id in a given strategy.
    public func qualified(_ strategy: String) -> ObjectiveID {
        ObjectiveID(strategy: strategy, objective: objective, sub: sub)
    }

    /// Orders by strategy, objective number, then sub-objective (roman numerals in order).
    public static func < (a: ObjectiveID, b: ObjectiveID) -> Bool {
        ((a.strategy ?? ""), Int(a.objective) ?? 0, Roman.value(a.sub ?? ""))
            < ((b.strategy ?? ""), Int(b.objective) ?? 0, Roman.value(b.sub ?? ""))
    }
}

/// Roman numerals of sub-objectives.
enum Roman {
    /// The value of a lower-case roman numeral; 0 for the empty string.
    static func value(_ s: String) -> Int {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        var total = 0, previous = 0
        for c in s.reversed() {
            let v = values[c] ?? 0
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        return total
    }
}

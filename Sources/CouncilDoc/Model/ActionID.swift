/// The number of an action: `13.4` is action 4 of the 13th plan.
public struct ActionID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The plan's number, "13".
    public let plan: String
    /// The action's number within its plan.
    public let number: Int

    /// Parses `13.4`; nil when malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let n = Int(parts[1]), n > 0, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        plan = String(parts[0])
        number = n
    }

    /// `13.4`.
    public var description: String { "\(plan).\(number)" }

    /// Orders by plan number, then action number.
    public static func < (a: ActionID, b: ActionID) -> Bool {
        (Int(a.plan) ?? 0, a.number) < (Int(b.plan) ?? 0, b.number)
    }
}

/// The number of an action: `13.4` is action 4 of the 13th plan.
public struct ActionID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The plan's number, "13".
    public let plan: String
    /// The action's number within its plan.
    public let number: Int

    /// Parses `13.4`; nil when malformed.
    public init?(_ text: String) {
        // Byte by byte: every page resolves action ids, and this is all ASCII.
        let utf8 = text.utf8
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard let dot = utf8.firstIndex(of: UInt8(ascii: ".")) else { return nil }
        let head = utf8[..<dot], tail = utf8[utf8.index(after: dot)...]
        guard !head.isEmpty, !tail.isEmpty, head.allSatisfy(isDigit), tail.allSatisfy(isDigit),
              let n = Int(Substring(tail)), n > 0 else { return nil }
        plan = String(Substring(head))
        number = n
    }

    /// `13.4`.
    public var description: String { "\(plan).\(number)" }

    /// Orders by plan number, then action number.
    public static func < (a: ActionID, b: ActionID) -> Bool {
        (Int(a.plan) ?? 0, a.number) < (Int(b.plan) ?? 0, b.number)
    }
}

/// Who takes part in an action: a member state (by its Council code, EL for Greece) or a
/// body (Europol, OLAF …).
public enum Participant: Hashable, Sendable, Comparable, CustomStringConvertible {
    case memberState(MemberState)
    case body(Body)

    /// The code or name as Council documents write it.
    public var description: String {
        switch self {
        case .memberState(let ms): ms.code
        case .body(let body): body.name
        }
    }

    /// The id used in `ms:` links and file names (`fr`, `europol`).
    public var slug: String {
        switch self {
        case .memberState(let ms): ms.code.lowercased()
        case .body(let body): body.id
        }
    }

    /// The full name: "France", "European Union Agency for Law Enforcement Cooperation".
    public var name: String {
        switch self {
        case .memberState(let ms): ms.name
        case .body(let body): body.fullName
        }
    }

    /// Member states first in protocol order, then bodies by name.
    public static func < (a: Participant, b: Participant) -> Bool {
        switch (a, b) {
        case let (.memberState(x), .memberState(y)): x.order < y.order
        case (.memberState, .body): true
        case (.body, .memberState): false
        case let (.body(x), .body(y)): x.name < y.name
        }
    }
}

/// A member state of the EU (or a former one) as the built-in register describes it.
public struct MemberState: Hashable, Sendable {
    /// `FR`, `EL`, `UK`.
    public let code: String
    /// "France".
    public let name: String
    /// Protocol order (1 = Belgium); former member states after the 27.
    public let order: Int
    /// The last day of membership of a former member state, nil for current ones.
    public let memberUntil: CouncilDate?
}

/// An EU body or international organisation that takes part in actions.
public struct Body: Hashable, Sendable {
    /// The id used in links: `europol`.
    public let id: String
    /// The name as Council documents write it: "Europol".
    public let name: String
    /// The full name.
    public let fullName: String
}

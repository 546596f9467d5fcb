/// The member states of the EU with their Council codes and protocol order, from the
/// Interinstitutional Style Guide (EL for Greece; UK a member until 31 January 2020).
public struct MemberStateRegister: Sendable {
    /// Every member state, current and former, in protocol order.
    public let all: [MemberState]
    private let byCode: [String: MemberState]

    /// The built-in register.
    public static let builtIn = MemberStateRegister(all: [
        ("BE", "Belgium"), ("BG", "Bulgaria"), ("CZ", "Czechia"), ("DK", "Denmark"), ("DE", "Germany"),
        ("EE", "Estonia"), ("IE", "Ireland"), ("EL", "Greece"), ("ES", "Spain"), ("FR", "France"),
        ("HR", "Croatia"), ("IT", "Italy"), ("CY", "Cyprus"), ("LV", "Latvia"), ("LT", "Lithuania"),
        ("LU", "Luxembourg"), ("HU", "Hungary"), ("MT", "Malta"), ("NL", "Netherlands"), ("AT", "Austria"),
        ("PL", "Poland"), ("PT", "Portugal"), ("RO", "Romania"), ("SI", "Slovenia"), ("SK", "Slovakia"),
        ("FI", "Finland"), ("SE", "Sweden"),
    ].enumerated().map { MemberState(code: $1.0, name: $1.1, order: $0 + 1, memberUntil: nil) }
        + [MemberState(code: "UK", name: "United Kingdom", order: 28, memberUntil: CouncilDate(year: 2020, month: 1, day: 31))])

    /// A register of the given member states.
    public init(all: [MemberState]) {
        self.all = all
        byCode = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
    }

    /// The member state with this code (exact, upper case), if any.
    public func memberState(_ code: String) -> MemberState? { byCode[code] }

    /// The 27 current member states.
    public var current: [MemberState] { all.filter { $0.memberUntil == nil } }
}

/// The reference data a build checks codes against: built in, extended by a project.
public struct Registers: Sendable {
    /// Member states.
    public var memberStates: MemberStateRegister
    /// Bodies and organisations.
    public var bodies: BodyRegister
    /// Presidencies by semester.
    public var presidencies: PresidencyRegister

    /// The built-in registers.
    public static let builtIn = Registers(memberStates: .builtIn, bodies: .builtIn, presidencies: .builtIn)

    /// The participant a code names: a member-state code or a body (case-insensitively, so
    /// that page slugs such as `fr` resolve too).
    public func participant(_ code: String) -> Participant? {
        if let ms = memberStates.memberState(code.uppercased()) { return .memberState(ms) }
        if let body = bodies.body(code) { return .body(body) }
        return nil
    }

    /// Every code a participant may be written as, for did-you-mean.
    public var participantCodes: [String] {
        memberStates.all.map(\.code) + bodies.all.map(\.name)
    }
}

/// The context in which a short reference is resolved: `objective:2.iv` means an objective
/// of the plan's strategy, `oap:x` an OAP of the plan's EMPACT cycle.
public struct Scope: Hashable, Sendable {
    /// The strategy short objective ids refer to.
    public var strategy: String?
    /// The EMPACT cycle short OAP ids refer to.
    public var cycle: String?
    /// The document or action whose text this is (for backlinks).
    public var owner: TargetID

    /// Creates a scope.
    public init(strategy: String?, cycle: String?, owner: TargetID) {
        self.strategy = strategy
        self.cycle = cycle
        self.owner = owner
    }
}

/// One EMPACT cycle: its operational action plans and their operational actions.
public struct EmpactCycle: Hashable, Sendable {
    /// An operational action plan.
    public struct OAP: Hashable, Sendable {
        /// `criminal-finances`.
        public var id: Located<String>
        /// Its title.
        public var title: String
        /// Its operational actions.
        public var actions: [OperationalAction]
    }

    /// An operational action of an OAP.
    public struct OperationalAction: Hashable, Sendable {
        /// `2.2`.
        public var id: Located<String>
        /// Its title.
        public var title: String
    }

    /// `2026-2027`.
    public var cycle: Located<String>
    /// A title.
    public var title: String
    /// The OAPs in order.
    public var oaps: [OAP]
    /// The source file.
    public var path: String
}

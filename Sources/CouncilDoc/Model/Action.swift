/// One action of a plan and its mandate (kind: action).
public struct Action: Hashable, Sendable {
    /// Where the action stands.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case proposed, agreed, dropped
    }

    /// The action's link to EMPACT.
    public struct EmpactLink: Hashable, Sendable {
        /// The OAP or operational action it links to.
        public var oap: Located<OAPReference>
        /// Whether it is implemented via EMPACT.
        public var via: Bool
    }

    /// `13.4`; nil only for dropped proposals that never got a number.
    public var id: Located<ActionID>?
    /// The file-name stem, the key of a dropped proposal without an id.
    public var key: String
    /// The title.
    public var title: String
    /// Proposed, agreed or dropped.
    public var status: Status
    /// The leading member state or body.
    public var leader: Located<Participant>?
    /// Whether the source names a leader at all (an unknown code is reported on its own,
    /// not also as a missing leader).
    public var leaderWritten: Bool = false
    /// Co-leaders.
    public var coLeaders: [Located<Participant>]
    /// Participants.
    public var participants: [Located<Participant>]
    /// Objectives of the plan's strategy (`1.i`).
    public var objectives: [Located<ObjectiveID>]
    /// Links to EMPACT.
    public var empact: [EmpactLink]
    /// The action of an earlier plan it continues.
    public var continues: Located<ActionID>?
    /// The contact (always LIMITE).
    public var contact: String?
    /// True for the public edition's shell of a whole-LIMITE action: its number and nothing
    /// else is known (its status is a placeholder, never shown).
    public var withheld: Bool = false
    /// Older plans' strategic objectives (ids of the plan's strategy).
    public var strategicObjectives: [Located<ObjectiveID>]
    /// Older plans' performance indicator (Markdown).
    public var performanceIndicator: MarkdownDocument?
    /// Older plans' possible outcomes.
    public var possibleOutcomes: [String]
    /// Older plans' other concerned parties, as written.
    public var otherParties: [String]
    /// The source document (its classification is the action's).
    public var source: SourceDocument

    /// "13.4" or, for a dropped proposal, its title.
    public var label: String { id.map { "\($0.value)" } ?? title }
}

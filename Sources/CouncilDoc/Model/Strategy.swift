/// A strategy whose objectives action plans implement (kind: strategy).
public struct Strategy: Hashable, Sendable {
    /// One objective, with its sub-objectives.
    public struct Objective: Hashable, Sendable {
        /// `2`.
        public var id: Located<String>
        /// The objective's text.
        public var text: String
        /// The sub-objectives (`i`, `ii` …).
        public var sub: [SubObjective]
    }

    /// A sub-objective.
    public struct SubObjective: Hashable, Sendable {
        /// `iv`.
        public var id: Located<String>
        /// Its text.
        public var text: String
    }

    /// `customs-2023`.
    public var id: Located<String>
    /// The strategy's title.
    public var title: String
    /// A short title for links and tables.
    public var shortTitle: String?
    /// Objectives in order.
    public var objectives: [Objective]
    /// The source document.
    public var source: SourceDocument
}

/// A final report of an action (kind: report).
public struct Report: Hashable, Sendable {
    /// One recommendation of the roadmap.
    public struct Recommendation: Hashable, Sendable {
        /// "1".
        public var id: String
        /// The recommendation (Markdown).
        public var text: MarkdownDocument
        /// By whom.
        public var by: String
        /// How.
        public var how: String
        /// By when.
        public var when: String
    }

    /// A seizure: what, how much, in which unit.
    public struct Seizure: Hashable, Sendable {
        /// What was seized.
        public var what: String
        /// The amount.
        public var amount: Double
        /// kg, litres, pieces, EUR.
        public var unit: String
    }

    /// The quantitative and qualitative outcomes of an action (Annex IV).
    public struct Outcomes: Hashable, Sendable {
        /// Arrests.
        public var arrests: Int?
        /// Seizures.
        public var seizures: [Seizure]
        /// Cases initiated.
        public var cases: Int?
        /// Other outcomes.
        public var others: [String]
        /// Qualitative examples.
        public var examples: [String]
    }

    /// One chart of questionnaire results.
    public struct Chart: Hashable, Sendable {
        /// How values are measured.
        public enum Unit: String, Hashable, Sendable, CaseIterable {
            case percent, count
        }

        /// One bar.
        public struct Datum: Hashable, Sendable {
            /// The label.
            public var label: String
            /// The value.
            public var value: Double
        }

        /// The chart's id, which `::: chart ID` in the text places it by.
        public var id: Located<String>?
        /// The chart's title.
        public var title: String
        /// Percent or count.
        public var unit: Unit
        /// The bars.
        public var data: [Datum]
    }

    /// The slug of the report (from its file name).
    public var key: String
    /// The title.
    public var title: String
    /// The action it reports on.
    public var action: Located<ActionID>?
    /// The roadmap.
    public var recommendations: [Recommendation]
    /// The roadmap's title and header block, where the report has them.
    public var roadmap: Roadmap? = nil

    /// The title and header block of a report's roadmap: "ROADMAP FOR PROGRESSING
    /// RECOMMENDATIONS …", "Action Number: …", "Action Title: …", "Group Leader: …".
    public struct Roadmap: Hashable, Sendable {
        public var title: String?
        public var actionNumber: String?
        public var actionTitle: String?
        public var groupLeader: String?
    }
    /// Outcomes.
    public var outcomes: Outcomes?
    /// Questionnaire charts.
    public var questionnaire: [Chart]
    /// The source document.
    public var source: SourceDocument
}

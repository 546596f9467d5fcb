/// An action plan of the working party (kind: plan), with its actions and annexes.
public struct Plan: Hashable, Sendable {
    /// Draft plans show dropped actions struck through; final plans leave them out.
    public enum State: String, Hashable, Sendable, CaseIterable {
        case draft, final
    }

    /// One semester of the timeline.
    public struct TimelineEntry: Hashable, Sendable {
        /// The semester.
        public var semester: Located<Semester>
        /// What happens in it (Markdown).
        public var text: MarkdownDocument
    }

    /// How an annex gets its content.
    public enum AnnexContent: Hashable, Sendable {
        /// Generated from the model: `actions-overview`, `mandate-template`, `actions-table`.
        case generated(GeneratedAnnex)
        /// A prose annex from `plans/<id>/annexes/<file>`.
        case prose(ProseAnnex)
    }

    /// The annexes councildoc generates.
    public enum GeneratedAnnex: String, Hashable, Sendable, CaseIterable {
        case actionsOverview = "actions-overview"
        case mandateTemplate = "mandate-template"
        case actionsTable = "actions-table"
        case participationMatrix = "participation-matrix"
        case outcomes = "outcomes"
    }

    /// An annex as the plan declares it.
    public struct Annex: Hashable, Sendable {
        /// "I", "II" … (may be empty: seed 002 has a single "ANNEX").
        public var id: String
        /// The annex's title.
        public var title: String
        /// Generated or prose.
        public var content: AnnexContent
        /// A LIMITE annex shows "DELETED" in the public edition.
        public var classification: Classification
        /// Where it is declared.
        public var location: SourceLocation
    }

    /// `13`.
    public var id: Located<String>
    /// The plan's title.
    public var title: String
    /// `2026-2027`.
    public var period: String?
    /// The strategy it implements.
    public var strategy: Located<String>
    /// The EMPACT cycle it links to.
    public var empact: Located<String>?
    /// Draft or final.
    public var state: State
    /// The title above the timeline table.
    public var timelineTitle: String?
    /// The caption under the timeline's title: "Indicative timeline".
    public var timelineCaption: String? = nil
    /// The timeline by semester.
    public var timeline: [TimelineEntry]
    /// The annexes in order.
    public var annexes: [Annex]
    /// The actions of the plan, in the order of their ids (dropped proposals last).
    public var actions: [Action]
    /// The source document.
    public var source: SourceDocument
}

/// A prose annex of a plan.
public struct ProseAnnex: Hashable, Sendable {
    /// The annex's own title from its front matter, if any.
    public var title: String?
    /// The classification from its front matter.
    public var classification: Classification
    /// The source document.
    public var source: SourceDocument
}

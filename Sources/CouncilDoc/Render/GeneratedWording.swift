/// The wording councildoc itself writes into pages (labels, headings, the mandate template).
/// The leak scan treats it as public text, so that a LIMITE part that happens to contain
/// such a phrase ("Council of the European Union") is not reported as a leak. A test keeps
/// this list in step with the string literals of the renderers.
enum GeneratedWording {
    static let phrases: [String] = [
        "Council of the European Union", "DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC", "LIMITE edition", "PUBLIC edition",
        "Skip to content", "No. prev. doc.", "From", "To", "Subject", "NOTE", "DELETED", "(DELETED)",
        "Activities + planning", "Coverage of the strategy's objectives", "coverage of the strategy's objectives",
        "Cross-references", "Description of the steps to be taken to achieve the objective and the timeline for them",
        "Desired result of the action", "Every objective is implemented by at least one action.", "Final reports",
        "How this action will contribute to the work of customs authorities", "Implementation via EMPACT", "Implemented by",
        "Link with EMPACT OAP", "Link with the Strategy", "Member State which has taken on a leadership role + contact information",
        "Member states and bodies",
        "Mention which EMPACT OAP(s) + if possible which action(s) to facilitate coordination and alignment",
        "No action implements it.", "No actions yet.", "Operational action plan of ", "Other concerned parties",
        "Other policy areas/groups", "Participates in",
        "Participating Member States and other stakeholders (e.g. Europol, Commission, Frontex)", "Performance indicator",
        "Possible outcome(s)", "Proposed action", "Recommendation", "References to this page", "Referred to by",
        "Relevance to other policy areas/groups", "Reported on by", "Roadmap for progressing recommendations",
        "Specify which objective(s)/sub-objective(s) will be implemented", "Strategic objectives",
        "The member states and bodies these documents name, and the number of actions each leads, co-leads and takes part in, across plans.",
        "Which objectives of ", " the agreed and proposed actions of ", " the agreed actions of ", " implement.",
        "Continued by", "Co-leads", "Leads", "Action plans", "Strategies", "Actions", "Notes", "EMPACT", "Gaps",
        "Objective", "Sub-objective", "Operational action", "Reference", "Status", "Leader", "Co-leaders", "Participants",
        "Contact", "Continues", "Field", "Value", "Content", "Semester", "Timeline", "No timeline.", "None.",
        "By whom?", "How?", "By when?", "Answer", "Number", "Date", "Title", "Markdown", "Code", "Name", "Participates",
        "A member state until", "Objectives", "See the", "ANNEX", "EN",
    ]
}

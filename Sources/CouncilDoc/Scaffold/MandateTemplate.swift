/// The text of a new action: the fields of a mandate (Annex II of a plan) in its front
/// matter, commented, and the mandate's sections as the body's headings.
enum MandateTemplate {
    /// A new action `id`, proposed, with placeholders a drafter replaces.
    static func action(_ id: ActionID, title: String = "Title of the action",
                       leader: String = "FR", participants: String = "[DE, Europol]", objectives: String = "[\"1\"]",
                       empact: String = "[]") -> String {
        """
        ---
        # An action of plan \(id.plan): one mandate. Its number is \(id.plan).<n>; other documents cite it
        # as [](action:\(id)) (empty text: the action's title is filled in).
        kind: action
        id: "\(id)"
        title: \(title)
        # proposed while the plan is drafted, agreed once the working party agrees it, dropped
        # when no leader comes forward (a draft plan shows it struck through).
        status: proposed
        # Member states as Council documents write them (EL for Greece), or bodies: Europol,
        # OLAF, Frontex, EPPO, COM ...
        leader: \(leader)
        co-leaders: []
        participants: \(participants)
        # Objectives of the plan's strategy that the action implements: "1", "2.iv" ...
        objectives: \(objectives)
        # The EMPACT operational action plan it links to, and whether it is implemented via
        # EMPACT: {oap: criminal-finances/2.2, via: true}
        empact: \(empact)
        # The contact person is always LIMITE: never shown in the public edition.
        contact: leader@example.invalid
        ---

        ## Objective

        The desired result of the action.

        ## Rationale

        How this action will contribute to the work of customs authorities.

        ## Activities and planning

        The steps to be taken to achieve the objective, and their timeline.

        ## Other policy areas/groups

        Relevance to other policy areas or groups.

        """
    }
}

/// The texts of `councildoc new plan|report|note`: the fields each kind takes, commented,
/// with placeholders a drafter replaces. (`new action` is `MandateTemplate`.)
enum DocumentTemplates {
    /// A draft plan `id` implementing `strategy`, linked to the EMPACT `cycle` when given.
    static func plan(id: String, strategy: String, cycle: String?, year: Int) -> String {
        let ordinal = Ordinal.english(Int(id) ?? 0)
        return """
        ---
        # An action plan. Its actions are the files in actions/ beside this one
        # (`councildoc new action \(id).1`); its annexes are listed below.
        kind: plan
        id: "\(id)"                      # the folder's name
        title: \(ordinal) Action Plan of the Law Enforcement Working Party (Customs)
        strategy: \(strategy)   # the strategy whose objectives it implements
        \(cycle.map { "empact: \($0)              # the EMPACT cycle its actions link to" } ?? "# empact: \(year)-\(year + 1)     # an EMPACT cycle its actions link to")
        state: draft                 # draft: dropped actions shown struck through; final: gone
        # Council metadata, shown on the cover: number (such as 11809/1/25 REV 1), date, codes.
        date: \(year)-01-01
        classification: limite       # limite: withheld from the public edition ...
        # public-release: YYYY-MM-DD   # ... until this date (uncomment it once decided), then shown with its LIMITE parts cut
        subject: Draft \(ordinal) action plan of the Law Enforcement Working Party (Customs)
        # By semester; the Presidency of each semester is filled in.
        timeline:
          - semester: \(year)-S1
            text: Agreement of the action plan and of the action mandates
        annexes:
          - {id: I, title: Overview of actions, generated: actions-overview}
          - {id: II, title: Mandate template, generated: mandate-template}
        ---

        Delegations will find attached the draft \(ordinal) Action Plan.

        ## 1. Timeline

        ::: timeline
        :::

        ## 2. Actions

        ::: actions
        :::

        """
    }

    /// The final report on `action`, titled after the action's `title`; without it (a LIMITE
    /// title, which the report must not copy: it may be published) a placeholder, and `why`
    /// as a comment.
    static func report(on action: ActionID, title: String?, why: String? = nil, year: Int) -> String {
        let titleLines = title.map { "title: Draft final report of Action \(action) (\($0))" }
            ?? ((why.map { "# \($0).\n" } ?? "") + "title: Draft final report of Action \(action) (Title of the action)")
        return """
        ---
        # The final report of an action. Text cites it as [](report:\(action)).
        kind: report
        action: "\(action)"               # the action it reports on
        \(titleLines)
        date: \(year)-01-01
        classification: limite         # limite, with public-release: DATE to publish it later
        # The roadmap of recommendations: what, by whom, how and when.
        recommendations:
          - {id: "1", text: The first recommendation, by: LEWP-C, how: Project group, when: End-\(year)}
        # Quantitative outcomes, gathered in the plan's Annex IV:
        # arrests: 0
        # seizures: [{what: cigarettes, amount: 0, unit: pieces}]   # kg, litres, pieces, EUR
        # cases: 0
        ---

        ## 1. Introduction

        The mandate of [](action:\(action)), and how the project group carried it out.

        ## 2. Findings

        ## 3. Recommendations

        """
    }

    /// A note named `slug`.
    static func note(year: Int) -> String {
        """
        ---
        # A note: Council metadata and a Markdown body.
        kind: note
        date: \(year)-01-01
        classification: limite     # public, or limite (with public-release: DATE to publish it later)
        type: NOTE
        from: Presidency
        to: Delegations
        subject: Subject of the note
        ---

        ## 1. Introduction

        """
    }
}

/// English ordinals for plan titles: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.
enum Ordinal {
    static func english(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}

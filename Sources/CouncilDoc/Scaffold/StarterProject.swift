/// The files of `councildoc init`: a working project whose every file says what its fields
/// mean. It builds with no warning (a test builds it), and shows each kind of document, each
/// link scheme and each kind of LIMITE part once. Nothing in it becomes public by the mere
/// passing of time: the LIMITE plan has no `public-release` until the drafter writes one.
enum StarterProject {
    /// Path (relative to the project folder) and text of each file, in order.
    static func files(year: Int) -> [(path: String, text: String)] {
        let cycle = "\(year)-\(year + 1)"
        let short = String(format: "%02d", year % 100)
        let previousShort = String(format: "%02d", (year - 1) % 100)
        return [
            ("councildoc.yml", """
            # councildoc project settings. Sources live under content/, one file per document;
            # `councildoc build` writes both editions into output/limite and output/public.
            title: LEWP-C action plans and documents    # the title of each edition's index page
            working-party: Law Enforcement Working Party (Customs)
            language: en                                # documents' original language: "(OR. en)"

            """),
            (".gitignore", """
            # Generated: rebuilt by `councildoc build` from the sources.
            output/

            """),
            ("content/strategies/customs-strategy.md", """
            ---
            # A strategy: the objectives that action plans implement. An action lists the ones
            # it serves in `objectives:`; text cites one as [](objective:1.i).
            kind: strategy
            id: customs-strategy
            title: Strategy for customs cooperation in the area of law enforcement
            short-title: Customs strategy
            # Council metadata: every document may carry it (number, date, codes ...).
            number: 1234/\(previousShort)
            date: \(year - 1)-04-27
            objectives:
              - id: "1"
                text: to strengthen the capacity of customs authorities to detect and prevent smuggling
                sub:
                  - {id: i, text: improve the knowledge of threats and risks}
                  - {id: ii, text: make better use of detection equipment}
              - id: "2"
                text: to improve cooperation with other law enforcement authorities and agencies
            ---

            The strategy's text: why customs cooperation matters, and how the objectives below are
            implemented through the working party's action plans.

            ::: objectives
            :::

            """),
            ("content/empact/\(cycle).yml", """
            # An EMPACT cycle: its operational action plans (OAPs) and their operational actions.
            # Actions link to them with `empact: {oap: criminal-finances/2.2, via: true}`; text
            # cites them as [](oap:criminal-finances) or [](oap:criminal-finances/2.2).
            kind: empact
            cycle: \(cycle)
            title: EMPACT \(cycle) operational action plans
            oaps:
              - id: excise-fraud
                title: Excise fraud
              - id: criminal-finances
                title: Criminal finances, money laundering and asset recovery
                actions:
                  - {id: "2.2", title: Illicit cash movements}

            """),
            ("content/plans/1/plan.md", """
            ---
            # An action plan. Its actions are the files in actions/ beside this one; its annexes are
            # listed below, generated from the actions or written in annexes/.
            kind: plan
            id: "1"                      # the folder's name
            title: 1st Action Plan of the Law Enforcement Working Party (Customs)
            period: \(cycle)
            strategy: customs-strategy   # the strategy whose objectives it implements
            empact: \(cycle)              # the EMPACT cycle its actions link to
            state: draft                 # draft: dropped actions shown struck through; final: gone
            # Council metadata, shown on the cover.
            number: 5678/\(short)
            date: \(year)-01-15
            place: Brussels
            # limite: the public edition leaves the plan out, with its actions, until its
            # public-release date; from that date on it shows it with every LIMITE part replaced
            # by DELETED. A draft has none: once the release is decided, uncomment the line below
            # with that date (once the date has passed, the next build publishes the plan).
            classification: limite
            # public-release: YYYY-MM-DD   # the public edition shows it from this date on
            codes: [ENFOCUSTOM 1, ENFOPOL 2, JAI 3]
            type: NOTE
            from: Presidency
            to: Delegations
            subject: Draft 1st action plan of the Law Enforcement Working Party (Customs) \(cycle)
            # The timeline, by semester; the Presidency of each semester is filled in.
            timeline-title: Preparation and implementation of the 1st Action Plan
            timeline:
              - semester: \(year)-S1
                text: Agreement of the action plan and of the action mandates
              - semester: \(year)-S2
                text: Implementation (working groups, expert meetings, joint operations)
              - semester: \(year + 1)-S1
                text: Implementation and presentation of the final reports
            annexes:
              # Annex I: actions × leader, co-leaders, participants; Annex II: the mandate template.
              - {id: I, title: Overview of actions, generated: actions-overview}
              - {id: II, title: Mandate template, generated: mandate-template}
            ---

            Delegations will find attached the draft 1st Action Plan of the Law Enforcement Working
            Party (Customs) for the period \(cycle).

            Delegations are invited to send their comments to the Presidency
            [(presidency@example.invalid)]{.limite} by **28 February \(year)**.

            ## 1. Introduction

            The plan implements the [customs strategy](objective:1) and links its actions to the
            [EMPACT operational action plans](oap:criminal-finances).

            ::: limite
            A LIMITE block: withheld from the public edition, which shows DELETED in its place.
            :::

            ## 2. Timeline

            ::: timeline
            :::

            ## 3. Actions

            ::: actions
            :::

            """),
            ("content/plans/1/actions/1.1.md", MandateTemplate.action(
                ActionID("1.1")!, title: "Detection of tobacco smuggling at the external borders",
                leader: "FR", participants: "[DE, ES, Europol]", objectives: "[\"1.i\", \"1.ii\"]")),
            ("content/plans/1/actions/1.2.md", MandateTemplate.action(
                ActionID("1.2")!, title: "Illicit cash movements",
                leader: "BE", participants: "[NL, OLAF]", objectives: "[\"2\"]",
                empact: "{oap: criminal-finances/2.2, via: true}")),
            ("content/notes/presidency-priorities.md", """
            ---
            # A note: Council metadata and a Markdown body.
            kind: note
            number: 9012/\(short)
            date: \(year)-02-01
            classification: public
            codes: [ENFOCUSTOM 4]
            type: NOTE
            from: Presidency
            to: Delegations
            subject: Presidency priorities for the Law Enforcement Working Party (Customs)
            ---

            ## Priorities

            The Presidency will follow the [1st Action Plan](plan:1), in particular
            [](action:1.1) and [](action:1.2), and report on them to the working party.

            A sentence may hold a LIMITE span: [the names of the experts]{.limite} are withheld
            from the public edition, which shows (DELETED).

            """),
        ]
    }
}

import Testing
@testable import CouncilDoc

/// A LIMITE marker cannot take effect in a plain field; every form it could be written in is
/// refused there, in every place YAML text is read, so that none is published as it stands.
@Suite struct PlainFieldMarkerTests {
    /// Every marker form a drafter could write, each as a YAML double-quoted scalar.
    static let forms = [
        "Detection [in port X]{.limite} of tobacco",
        "Detection [in port X]{#p .limite} of tobacco",
        "Detection [in port X]{.note .limite} of tobacco",
        "Detection [in port X]{  .limite} of tobacco",
        "Detection [in port X]{.LIMITE} of tobacco",
        "Detection [in port X]{.l\u{0456}mite} of tobacco",
        "Detection [in port X]{limite} of tobacco",
        "Detection [in port X]{ class=limite } of tobacco",
        "::: limite\nIn port X\n:::",
        "::: {.limite}",
        "\u{FF1A}\u{FF1A}\u{FF1A} limite",
    ]

    @Test(arguments: forms) func theLexerFindsEveryForm(value: String) {
        #expect(LimiteLexer.inPlainValue(value) != nil, "\(value)")
    }

    @Test(arguments: [
        "Detection of tobacco in a limited number of ports",
        "The LIMITE document 8617/23",
        "Plan {2026} and {draft}",
        "Ratio 3:2; time 10:30",
        "Limits {of competence}",
        "a {limitless} task",
        "Budget {limits of the mandate}",
        "{Limited} scope",
    ]) func ordinaryTextIsNoAlarm(value: String) {
        #expect(LimiteLexer.inPlainValue(value) == nil, "\(value)")
    }

    /// The fields of each kind where plain text is read, and a marker written there.
    static let places: [(String, [String: String])] = {
        let span = "\"Detection [in port X]{#p .limite} of tobacco\""
        let folded = ">\n  Seizures\n\n  ::: limite\n  in port X\n  :::\n"
        return [
            ("action title", ["content/plans/13/actions/13.2.md": Sources.action("13.2").replacingOccurrences(of: "title: Action 13.2", with: "title: \(span)")]),
            ("action possible-outcomes item", ["content/plans/13/actions/13.2.md": Sources.action("13.2", extra: "possible-outcomes:\n  - plain\n  - \(span)")]),
            ("action other-parties", ["content/plans/13/actions/13.2.md": Sources.action("13.2", extra: "other-parties: [\"Frontex {.note .limite}\"]")]),
            ("note subject, folded", ["content/notes/n.md": "---\nkind: note\nsubject: \(folded)---\n\nText.\n"]),
            ("note from", ["content/notes/n.md": "---\nkind: note\nsubject: S\nfrom: \"Presidency [X]{.LIMITE}\"\n---\n\nText.\n"]),
            ("note codes item", ["content/notes/n.md": "---\nkind: note\nsubject: S\ncodes: [ENFOCUSTOM 1, \"CRIMORG [2]{  .limite}\"]\n---\n\nText.\n"]),
            ("plan annex title", ["content/plans/13/plan.md": Sources.plan(extra: "annexes:\n  - {id: I, title: \(span), generated: participants}")]),
            ("strategy objective text", ["content/strategies/s-2023.md": Sources.strategy.replacingOccurrences(of: "text: to improve cooperation", with: "text: \(span)")]),
            ("EMPACT OAP title", ["content/empact/2026-2027.yml": "kind: empact\ncycle: 2026-2027\noaps:\n  - id: firearms\n    title: \(span)\n"]),
            ("report outcome example", ["content/reports/r.md": "---\nkind: report\ntitle: R\noutcomes:\n  examples: [\(span)]\n---\n\nText.\n"]),
            ("report chart label", ["content/reports/r.md": "---\nkind: report\ntitle: R\nquestionnaire:\n  - id: q\n    title: Q\n    data: [{label: \(span), value: 1}]\n---\n\n::: chart q\n:::\n"]),
            ("a YAML key", ["content/notes/n.md": "---\nkind: note\nsubject: S\n\"[x]{.limite}\": y\n---\n\nText.\n"]),
            ("configuration", ["councildoc.yml": Sources.config + "base-url: \"https://x.example/{.limite}\"\n"]),
            ("register body name", ["content/registers/bodies.yml": "bodies:\n  - {id: olaf, name: \(span)}\n"]),
        ]
    }()

    @Test(arguments: places.indices) func aMarkerInAPlainFieldIsRefusedEverywhere(index: Int) {
        let (place, files) = Self.places[index]
        let ids = Diagnose.ids(Sources.minimal(extra: files))
        #expect(ids.contains(.limiteInPlainField), "\(place): \(ids)")
    }

    @Test func theMessageSaysWhereAndHow() {
        let action = Sources.action("13.1").replacingOccurrences(of: "title: Action 13.1", with: "title: \"A [b]{#p .limite} c\"")
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/plans/13/actions/13.1.md": action]))
        #expect(lines.first == "content/plans/13/actions/13.1.md:4:8: error: field 'title' is plain text, where a LIMITE marker cannot take effect (here '{#p .limite}'): mark the whole document or action 'classification: limite', or move the text to the body [limite-in-plain-field]")
    }

    @Test func aMarkdownFieldIsNotAPlainOne() {
        let action = Sources.action("13.1", extra: "performance-indicator: \"Seizures [in port X]{.limite}\"")
        #expect(Diagnose.ids(Sources.minimal(extra: ["content/plans/13/actions/13.1.md": action])) == [])
    }
}

/// A span whose text holds an escaped bracket cannot be delimited after Markdown parsing:
/// refused once, with a fix that is not the author's own text.
@Suite struct EscapedBracketTests {
    @Test func anEscapedBracketInASpanIsRefusedWithAUsableFix() {
        let note = "---\nkind: note\nsubject: S\n---\n\nA span [a \\] b]{.limite} here.\n"
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/notes/n.md": note]))
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.contains("[unbalanced-span]") == true)
        #expect(lines.first?.contains("put the text in a '::: limite' block") == true)
    }

    @Test func aLookalikeIsQuotedAsWritten() {
        let finding = LimiteLexer.lookalike(inText: "A [x]{.LIMITE} here.")
        #expect(finding?.written == "{.LIMITE}")
        #expect(finding?.message.hasPrefix("'{.LIMITE}' looks like a LIMITE marker") == true)
    }
}

import Testing
@testable import CouncilDoc

/// One fixture per rule of the link stage, asserting the exact diagnostic.
@Suite struct RuleTests {
    func lines(_ extra: [String: String]) -> [String] { Diagnose.lines(Sources.minimal(extra: extra)) }

    @Test func unknownObjectiveInFrontMatter() {
        #expect(lines(["content/plans/13/actions/13.1.md": Sources.action("13.1").replacingOccurrences(of: "\"1.i\", \"2\"", with: "\"2\", \"1.vi\"")]) == [
            "content/plans/13/actions/13.1.md:8:19: error: strategy 's-2023' has no objective 1.vi [unknown-objective]",
            "content/plans/13/actions/13.1.md:8:19: note: did you mean 'objective:1.i'?",
        ])
    }

    @Test func unknownStrategyOfAPlan() {
        let found = lines(["content/plans/13/plan.md": Sources.plan().replacingOccurrences(of: "strategy: s-2023", with: "strategy: s-2032")])
        #expect(found.contains("content/plans/13/plan.md:5:11: error: no strategy 's-2032' in the content [unknown-strategy]"))
        #expect(found.contains("content/plans/13/actions/13.1.md:8:14: error: no strategy 's-2032' in the content [unknown-strategy]"))
    }

    @Test func unknownCycleAndOAP() {
        let plan = Sources.plan(extra: "empact: 2024-2025")
        #expect(lines(["content/plans/13/plan.md": plan]) == [
            "content/plans/13/plan.md:11:9: error: no EMPACT cycle '2024-2025' in the content [unknown-cycle]",
        ])
    }

    @Test func unknownReportAction() {
        #expect(lines(["content/reports/r.md": "---\nkind: report\ntitle: R\naction: \"13.7\"\n---\n"]) == [
            "content/reports/r.md:4:9: error: no action '13.7' in the content [unknown-action]",
            "content/reports/r.md:4:9: note: did you mean 'action:13.1'?",
        ])
    }

    @Test func continuesAnActionThatDoesNotExist() {
        #expect(lines(["content/plans/13/actions/13.1.md": Sources.action("13.1", extra: "continues: \"12.4\"")]) == [
            "content/plans/13/actions/13.1.md:10:12: error: no action '12.4' in the content [unknown-action]",
        ])
    }

    @Test func anAgreedActionWithoutLeader() {
        let action = Sources.action("13.2").replacingOccurrences(of: "leader: FR\n", with: "")
        #expect(lines(["content/plans/13/actions/13.2.md": action]) == [
            "content/plans/13/actions/13.2.md:3:5: error: agreed action 13.2 has no leader: no leader, no action [no-leader]",
            "content/plans/13/actions/13.2.md:3:5: note: give it a 'leader', or set 'status: dropped'",
        ])
    }

    @Test func aDroppedProposalNeedsNoLeader() {
        #expect(lines(["content/plans/13/actions/p.md": "---\nkind: action\ntitle: Fuel\nstatus: dropped\n---\n"]) == [])
    }

    @Test func theLeaderRepeatedIsAWarning() {
        let action = Sources.action("13.1", extra: "co-leaders: [FR]").replacingOccurrences(of: "[DE, Europol]", with: "[DE, FR]")
        #expect(lines(["content/plans/13/actions/13.1.md": action]) == [
            "content/plans/13/actions/13.1.md:7:20: warning: FR leads action 13.1 and is also listed as participant [leader-repeated]",
            "content/plans/13/actions/13.1.md:6:9: note: leader given here",
            "content/plans/13/actions/13.1.md:10:14: warning: FR leads action 13.1 and is also listed as co-leader [leader-repeated]",
            "content/plans/13/actions/13.1.md:6:9: note: leader given here",
        ])
    }

    @Test func theUnitedKingdomOnlyBeforeFebruary2020() {
        let action = Sources.action("13.1").replacingOccurrences(of: "[DE, Europol]", with: "[DE, UK]")
        #expect(lines(["content/plans/13/actions/13.1.md": action]) == [
            "content/plans/13/actions/13.1.md:7:20: error: UK (United Kingdom) was a member state until 31 January 2020; this document is dated 1 September 2025 [former-member-state]",
        ])
        let old = Sources.plan().replacingOccurrences(of: "date: 2025-09-01", with: "date: 2011-05-01")
        #expect(lines(["content/plans/13/actions/13.1.md": action, "content/plans/13/plan.md": old]) == [])
    }

    @Test func anUncoveredObjectiveIsAWarning() {
        let action = Sources.action("13.1").replacingOccurrences(of: "\"1.i\", \"2\"", with: "\"1.i\"")
        #expect(lines(["content/plans/13/actions/13.1.md": action]) == [
            "content/plans/13/plan.md:5:11: warning: objective 2 of strategy s-2023 is implemented by no agreed or proposed action of plan 13 [uncovered-objective]",
        ])
    }

    @Test func aDuplicateDocumentNumber() {
        let note = "---\nkind: note\nsubject: S\nnumber: 11809/25\n---\n"
        #expect(lines(["content/notes/n.md": note]) == [
            "content/notes/n.md:4:9: error: document number 11809/25 is used by two documents [duplicate-id]",
            "content/plans/13/plan.md:3:5: note: also used by plan:13",
        ])
    }

    @Test func anAmbiguousShortReference() {
        let other = Sources.strategy.replacingOccurrences(of: "id: s-2023", with: "id: s-2009").replacingOccurrences(of: "8617/23", with: "1/09")
        #expect(lines(["content/strategies/s-2009.md": other, "content/notes/n.md": "---\nkind: note\nsubject: S\n---\n\n[](objective:1)\n"]) == [
            "content/notes/n.md:6:1: error: objective '1' is ambiguous here: qualify it with its strategy (objective:STRATEGY/1) [ambiguous-reference]",
        ])
    }

    @Test func aMalformedReference() {
        #expect(lines(["content/notes/n.md": "---\nkind: note\nsubject: S\n---\n\n[x](action:thirteen) [y](oap:Bad/Id)\n"]) == [
            "content/notes/n.md:6:1: error: 'thirteen' is not an action id such as 13.4 [malformed-id]",
            "content/notes/n.md:6:22: error: 'Bad/Id' is not an OAP reference such as criminal-finances/2.2 [malformed-id]",
        ])
    }

    @Test func bodiesFromAProjectRegister() {
        let register = "bodies:\n  - {id: afis, name: AFIS, full-name: Anti-Fraud Information System}\n"
        let action = Sources.action("13.1").replacingOccurrences(of: "[DE, Europol]", with: "[DE, AFIS]")
        #expect(lines(["content/plans/13/actions/13.1.md": action]) == [
            "content/plans/13/actions/13.1.md:7:20: error: 'AFIS' is neither a member-state code nor a known body [unknown-member-state]",
        ])
        #expect(lines(["content/plans/13/actions/13.1.md": action, "content/registers/bodies.yml": register]) == [])
    }
}

/// A link scheme that reads as one of councildoc's is one, or an error with the fix.
@Suite struct LinkSchemeTests {
    @Test(arguments: [
        ("[](actoin:13.1)", "error: unknown link scheme 'actoin:' [unknown-scheme]", "did you mean 'action:13.1'?"),
        ("[](Action:13.1)", "error: unknown link scheme 'Action:' [unknown-scheme]", "did you mean 'action:13.1'?"),
        ("[](objetive:1.i)", "error: unknown link scheme 'objetive:' [unknown-scheme]", "did you mean 'objective:1.i'?"),
        ("[](MS:FR)", "error: unknown link scheme 'MS:' [unknown-scheme]", "did you mean 'ms:FR'?"),
        ("[](ms:GR)", "error: 'GR' is not a member-state code: Council documents write EL for Greece [unknown-member-state]", "did you mean 'ms:EL'?"),
    ])
    func aMisspeltSchemeIsAnError(link: String, error: String, note: String) {
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(body: "See \(link).")]))
        #expect(lines.contains { $0.hasSuffix(error) }, "\(lines)")
        #expect(lines.contains { $0.hasSuffix("note: \(note)") }, "\(lines)")
    }

    @Test(arguments: ["[a](doi:10.1000/182)", "[b](sms:+3225555)", "[c](mailto:a@example.eu)", "[d](tel:+32)", "[e](https://x.eu)",
                      "[f](urn:isbn:0451450523)", "[g](notes.md)"])
    func ordinaryURLsAreNoAlarm(link: String) {
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(body: "See \(link).")]))
        #expect(!lines.contains { $0.contains("error") }, "\(lines)")
    }
}

/// Rules that keep a slip from passing silently.
@Suite struct SlipRuleTests {
    @Test func anEmptyLeaderOnAnAgreedActionIsNoLeader() {
        let action = Sources.action("13.1").replacingOccurrences(of: "leader: FR", with: "leader:")
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/plans/13/actions/13.1.md": action]))
        #expect(lines.contains { $0.hasSuffix("error: agreed action 13.1 has no leader: no leader, no action [no-leader]") }, "\(lines)")
    }

    @Test func twoAnnexesWithOneNumberAreAnError() {
        let plan = Sources.plan(extra: "annexes:\n  - {id: I, title: A, generated: actions-overview}\n  - {id: I, title: B, generated: mandate-template}")
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/plans/13/plan.md": plan]))
        #expect(lines.contains { $0.contains("error: two annexes numbered I [duplicate-id]") }, "\(lines)")
        #expect(lines.contains { $0.hasSuffix("note: first declared here") }, "\(lines)")
    }

    @Test func aProposedActionInAFinalPlanIsAWarning() {
        let lines = Diagnose.lines(Sources.minimal(extra: [
            "content/plans/13/plan.md": Sources.plan(state: "final"),
            "content/plans/13/actions/13.1.md": Sources.action("13.1").replacingOccurrences(of: "status: agreed", with: "status: proposed"),
        ]))
        #expect(lines.contains { $0.hasSuffix("warning: action 13.1 is still proposed in a final plan [proposed-in-final-plan]") }, "\(lines)")
    }
}

/// Content that would vanish without a word is refused.
@Suite struct LostContentTests {
    @Test func textInsideAGeneratedBlockIsAnError() {
        let lines = Diagnose.lines(Sources.minimal(extra: [
            "content/plans/13/plan.md": Sources.plan(body: "Intro.\n\n::: actions\nMy own list of actions.\n:::\n"),
        ]))
        #expect(lines.contains { $0.contains("plan.md:16:1: error: '::: actions' is generated: what is written inside it would be replaced and lost") }, "\(lines)")
    }

    @Test(arguments: [
        ("| a |\n| - |\n| b |", "a table"),
        ("Text.\n\n---\n\nMore.", "a horizontal rule"),
        ("<div>raw</div>", "a raw HTML block"),
    ])
    func aBlockATableCellCannotShowIsAnError(text: String, what: String) {
        let yaml = "timeline:\n  - semester: 2026-S1\n    text: |\n" + text.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n")
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(extra: yaml)]))
        #expect(lines.contains { $0.contains("error: \(what) cannot be shown in the table cell this field fills") }, "\(lines)")
    }
}

/// What would be read as something else is refused.
@Suite struct MisreadSourceTests {
    @Test(arguments: ["--- \ntitle: Guide\n---\n\nText.\n", "\n---\ntitle: Guide\n---\n\nText.\n"])
    func anAnnexFrontMatterOffItsFirstLineIsAnError(annex: String) {
        let lines = Diagnose.lines(Sources.minimal(extra: [
            "content/plans/13/plan.md": Sources.plan(extra: "annexes:\n  - {id: I, title: Guide, source: guide.md}"),
            "content/plans/13/annexes/guide.md": annex,
        ]))
        #expect(lines.contains { $0.hasPrefix("content/plans/13/annexes/guide.md:1:1: error: front matter must start on the first line") }, "\(lines)")
    }

    @Test(arguments: [
        "timeline:\n  - {semester: 2026-S1, text: Start, classification: limite}",
        "annexes:\n  - {id: I, title: G, generated: mandate-template, clasification: limite}",
    ])
    func classificationWhereItHasNoEffectIsAnError(yaml: String) {
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(extra: yaml)]))
        #expect(lines.contains { $0.contains("error: unknown field") }, "\(lines)")
    }

    @Test func aFenceFoldedIntoOneLineByYAMLIsRefused() {
        let yaml = "timeline:\n  - semester: 2026-S1\n    text: >\n      Start\n\n      ::: limite\n      Secret\n      :::\n"
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(extra: yaml)]))
        #expect(lines.contains { $0.contains("[limite-lookalike]") }, "\(lines)")
    }
}

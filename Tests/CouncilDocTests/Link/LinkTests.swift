import Testing
@testable import CouncilDoc

/// References resolve in their scope, failures are reported with a did-you-mean, backlinks
/// are derived.
@Suite struct LinkTests {
    func linked(_ files: [String: String]) -> (LinkedCorpus?, [String]) {
        let checked = Pipeline.check(InMemorySourceTree(files))
        return (checked.linked, checked.log.sorted.map(DiagnosticFormatter.format).flatMap { $0.split(separator: "\n").map(String.init) })
    }

    @Test func shortReferencesResolveInThePlansStrategy() throws {
        let (l, lines) = linked(Sources.minimal())
        #expect(lines.isEmpty)
        let linked = try #require(l)
        let scope = Scope(strategy: "s-2023", cycle: nil, owner: .plan("13"))
        let objective = ObjectiveID(strategy: "s-2023", objective: "1", sub: "i")
        #expect(linked.resolve("objective:1.i", in: scope) == .target(.objective(objective)))
        #expect(linked.resolve("objective:s-2023/1.i", in: Scope(strategy: nil, cycle: nil, owner: .note("x"))) == .target(.objective(objective)))
        #expect(linked.resolve("action:13.1", in: scope) == .target(.action(ActionID("13.1")!)))
        #expect(linked.resolve("doc:11809/1/25 REV 1", in: scope) == .target(.plan("13")))
        #expect(linked.resolve("doc:10247/23", in: scope) == .external("10247/23"))
        #expect(linked.resolve("ms:EL", in: scope) == .target(.participant("el")))
        #expect(linked.resolve("https://example.invalid", in: scope) == .url)
        #expect(linked.resolve("mailto:a@b.invalid", in: scope) == .url)
    }

    @Test func unknownTargetsAreErrorsWithADidYouMean() {
        let body = "See [](action:13.2), [x](objective:1.iii), [y](objective:3), [z](ms:FRA), [w](doc:10247-23)."
        let (_, lines) = linked(Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(body: body)]))
        #expect(lines == [
            "content/plans/13/plan.md:14:5: error: no action '13.2' in the content [unknown-action]",
            "content/plans/13/plan.md:14:5: note: did you mean 'action:13.1'?",
            "content/plans/13/plan.md:14:22: error: strategy 's-2023' has no objective 1.iii [unknown-objective]",
            "content/plans/13/plan.md:14:22: note: did you mean 'objective:1.ii'?",
            "content/plans/13/plan.md:14:44: error: strategy 's-2023' has no objective 3 [unknown-objective]",
            "content/plans/13/plan.md:14:44: note: did you mean 'objective:1'?",
            "content/plans/13/plan.md:14:62: error: 'FRA' is neither a member-state code nor a known body [unknown-member-state]",
            "content/plans/13/plan.md:14:62: note: did you mean 'ms:FR'?",
            "content/plans/13/plan.md:14:75: error: '10247-23' is not a Council document number such as 10247/23 [malformed-document-number]",
        ])
    }

    @Test func frontMatterReferencesAreChecked() {
        let action = Sources.action("13.1", extra: "continues: \"12.4\"\nempact: {oap: cash/2.2, via: true}")
        let (_, lines) = linked(Sources.minimal(extra: [
            "content/plans/13/actions/13.1.md": action,
            "content/plans/13/plan.md": Sources.plan(extra: "empact: 2026-2027"),
            "content/empact/2026-2027.yml": "kind: empact\ncycle: 2026-2027\noaps:\n  - {id: cash, title: Cash, actions: [{id: \"2.1\", title: A}]}\n",
        ]))
        #expect(lines == [
            "content/plans/13/actions/13.1.md:10:12: error: no action '12.4' in the content [unknown-action]",
            "content/plans/13/actions/13.1.md:11:15: error: EMPACT 2026-2027 has no operational action 'cash/2.2' [unknown-oap]",
            "content/plans/13/actions/13.1.md:11:15: note: did you mean 'oap:cash/2.1'?",
        ])
    }

    @Test func duplicateIDsPointAtTheFirstDeclaration() {
        let (_, lines) = linked(Sources.minimal(extra: ["content/plans/13/actions/13.1-copy.md": Sources.action("13.1")]))
        // Files are read in path order: the copy comes first, so the original is the duplicate.
        #expect(lines == [
            "content/plans/13/actions/13.1.md:3:5: error: duplicate action '13.1' [duplicate-id]",
            "content/plans/13/actions/13.1-copy.md:3:5: note: first declared here",
        ])
    }

    @Test func anActionNumberedOutsideItsPlan() {
        let (_, lines) = linked(Sources.minimal(extra: ["content/plans/13/actions/12.1.md": Sources.action("12.1")]))
        #expect(lines == [
            "content/plans/13/actions/12.1.md:3:5: error: action 12.1 is numbered outside its plan 13 (expected 13.N) [action-outside-plan]",
        ])
    }

    @Test func backlinksCarryTheirRoles() throws {
        let action = Sources.action("13.1", extra: "co-leaders: [BE]")
        let body = "Linked from [](action:13.1)."
        let (l, lines) = linked(Sources.minimal(extra: [
            "content/plans/13/actions/13.1.md": action,
            "content/notes/n.md": "---\nkind: note\nsubject: S\n---\n\n\(body)\n",
        ]))
        #expect(lines.isEmpty)
        let linked = try #require(l)
        let fr = linked.backlinks[.participant("fr")] ?? []
        #expect(fr.map(\.role) == [.leads])
        #expect(linked.backlinks[.participant("be")]?.map(\.role) == [.coLeads])
        #expect(linked.backlinks[.participant("europol")]?.map(\.role) == [.participates])
        let objective = ObjectiveID(strategy: "s-2023", objective: "1", sub: "i")
        #expect(linked.backlinks[.objective(objective)]?.map(\.source) == [.action(ActionID("13.1")!)])
        #expect(linked.backlinks[.action(ActionID("13.1")!)]?.map(\.source) == [.note("n")])
        #expect(linked.backlinks[.strategy("s-2023")]?.map(\.role) == [.implements])
    }
}

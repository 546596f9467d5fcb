import Testing
@testable import CouncilDoc

/// The red team's cases where the span scan and the parser delimit a LIMITE span
/// differently (a bracket inside an autolink, raw HTML or a link destination; a `)` inside a
/// `<…>` destination): the cut is checked range by range against the parser, so each is
/// refused, never published half cut. And a marker spelt with character references, which
/// the parser reads but no byte search finds.
@Suite struct RedTeamRangeTests {
    static func note(_ body: String) -> [String: String] {
        Sources.minimal(extra: ["content/notes/t.md": "---\nkind: note\nsubject: S\n---\n\n\(body)\n"])
    }

    @Test(arguments: [
        "Intro [ZQSECRET12 words <https://a.invalid/[> ZQSECRET13 more]{.limite} end.",
        "Two [ZQSECRET14 see [here](https://b.invalid/[) ZQSECRET15]{.limite} end.",
        "Three [ZQSECRET10 words <span title=\"[\">ZQSECRET11 more]{.limite} end.",
        "Intro [[secret]{.limite}](<https://a.invalid/a)ZQSECRET16> \"ZQSECRET17\") end.",
    ]) func aSpanTheScanDelimitsOtherwiseIsRefused(body: String) throws {
        let files = Self.note(body)
        let ids = Diagnose.ids(files)
        #expect(ids.contains(.undelimitedLimite), "\(ids)")
        let rendered = Pipeline.render(InMemorySourceTree(files), templates: try TemplateSet.builtIn())
        #expect(rendered.editions.isEmpty)
    }

    @Test func aReferenceLinkWithAnEscapedBracketInItsLabelIsRefused() {
        let ids = Diagnose.ids(Self.note("Intro [[secret]{.limite}][lab\\]ZQSECRET90] end.\n\n[lab\\]ZQSECRET90]: https://a.invalid/"))
        #expect(ids.contains(.undelimitedLimite), "\(ids)")
    }

    @Test func countsThatAgreeByChanceDoNotPass() throws {
        // A span the scan may find in an unused definition's title, and one it may miss after
        // a paragraph line that looks like a code fence: refused, or cut exactly.
        let body = "[unused]: https://a.invalid/ \"[x]{.limite}\"\n\nSome text\n    ~~~\nHidden [ZQSECRET8 text]{.limite} more"
        let rendered = Pipeline.render(InMemorySourceTree(Self.note(body)), templates: try TemplateSet.builtIn())
        let publicText = rendered.editions.filter { $0.0 == .public }.flatMap(\.1).map { String(decoding: $0.contents, as: UTF8.self) }.joined()
        #expect(!publicText.contains("ZQSECRET8"))
        #expect(rendered.editions.isEmpty || publicText.contains("Hidden"))
    }

    @Test func inAMarkdownFieldToo() {
        let plan = Sources.plan(extra: "timeline:\n  - {semester: 2026-S1, text: \"Intro [ZQSECRET57 <https://a.invalid/[> more]{.limite} end.\"}")
        #expect(Diagnose.ids(Sources.minimal(extra: ["content/plans/13/plan.md": plan])).contains(.undelimitedLimite))
    }

    @Test func aMarkerSpeltWithCharacterReferencesIsRefused() {
        let ids = Diagnose.ids(Self.note("A [ZQSECRET36]{.lim&#105;te} here."))
        #expect(ids.contains(.undelimitedLimite), "\(ids)")
    }

    @Test func ordinarySpansBesideLinksStillPass() {
        #expect(Diagnose.ids(Self.note("See [the site](https://a.invalid/x) and [ZQ words]{.limite} and <https://b.invalid/>.")) == [])
    }
}

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
        // The second pass: a link whose whole text is LIMITE, after an escaped backslash or
        // with a '(' inside '<…>', kept its destination and title (and a backlink).
        "Intro \\\\[[ZQSECRET1]{.limite}](https://zqsecret2.invalid/ \"ZQSECRET3\") end.",
        "Two [[ZQSECRET4]{.limite}](<https://zqsecret5.invalid/a(b>) end.",
        "Three \\\\[[ZQSECRET6]{.limite}](ms:LV) end.",
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

    @Test func aSpanFollowedByAParentheticalIsASpan() throws {
        // The scan may take `(as agreed)` for a link destination; the parser reads no link:
        // the span alone is cut.
        let files = Self.note("Item [[ZQSECRET20]{.limite}](as agreed) end.")
        let rendered = try PublicEditionTests.render(files)
        let page = try #require(rendered[.public]?["notes/t.html"])
        #expect(page.contains("(as agreed) end.") && !page.contains("ZQSECRET20"))
    }

    @Test func theRefusalPointsAtThePartThatFails() {
        let lines = Diagnose.lines(Self.note("A [fine]{.limite} one.\n\nAnd [ZQSECRET12 <https://a.invalid/[> more]{.limite} end."))
        #expect(lines.first?.hasPrefix("content/notes/t.md:8:") == true && lines.first?.contains("cannot tell where this LIMITE part starts and ends") == true, "\(lines)")
    }

    @Test func smallFormBracesAndColonsAreLookalikes() {
        let plain = Sources.minimal(extra: ["content/notes/t.md": "---\nkind: note\nsubject: \"Subj [ZQ]\u{FE5B}.limite}\"\nfrom: \"From \u{FE55}\u{FE55}\u{FE55} limite ZQ\"\ntitle: \"Test [ZQ]{.limite and more\"\n---\n\nText.\n"])
        #expect(Diagnose.ids(plain).filter { $0 == .limiteInPlainField }.count == 3)
        #expect(Diagnose.ids(Self.note("A [ZQ]\u{FE5B}.limite} b.")).contains(.limiteLookalike))
        #expect(Diagnose.ids(Self.note("\u{FE55}\u{FE55}\u{FE55} limite\nZQ\n\u{FE55}\u{FE55}\u{FE55}")).contains(.limiteLookalike))
    }

    @Test func aYAMLTagIsRefused() {
        let action = Sources.action("13.2").replacingOccurrences(of: "leader: FR", with: "leader: FR\n!x classification: limite")
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/plans/13/actions/13.2.md": action]))
        #expect(lines.contains { $0.contains("[yaml-tag]") }, "\(lines)")
    }

    @Test func ordinarySpansBesideLinksStillPass() {
        #expect(Diagnose.ids(Self.note("See [the site](https://a.invalid/x) and [ZQ words]{.limite} and <https://b.invalid/>.")) == [])
    }
}

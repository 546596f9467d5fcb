import Foundation
import Testing
@testable import CouncilDoc

/// A unique string in every kind of LIMITE part × every place: absent from every byte of
/// the public edition (file names included), present in the LIMITE edition.
@Suite struct CanaryPlacesTests {
    /// Where a span canary can stand, as Markdown with `%@` for the marked text.
    static let spanPlaces: [(String, String)] = [
        ("paragraph", "Text [%@]{.limite} text."),
        ("list item", "- item [%@]{.limite}"),
        ("nested list item", "1. one\n   - deep [%@]{.limite}"),
        ("block quote", "> quoted [%@]{.limite}"),
        ("table cell", "| a | b |\n| - | - |\n| x | [%@]{.limite} |"),
        ("heading", "## Heading [%@]{.limite}"),
        ("emphasis", "*emphasised [%@]{.limite} words*"),
        ("across emphasis", "[*%@* and more]{.limite}"),
        ("link text", "[[%@](https://example.invalid/a)]{.limite}"),
        ("link title", "[[text](https://example.invalid/b \"%@\")]{.limite}"),
        ("link destination", "[[text](https://example.invalid/%@)]{.limite}"),
        ("image alt", "[![%@](https://example.invalid/i.png)]{.limite}"),
        ("footnote", "Text.[^n]\n\n[^n]: Note [%@]{.limite}."),
        ("footnote reached only from the span", "[Secret[^s]]{.limite}\n\n[^s]: %@"),
        ("code span in a span", "[`%@`]{.limite}"),
        ("strikethrough", "~~struck [%@]{.limite}~~"),
    ]

    /// Where a block canary can stand.
    static let blockPlaces: [(String, String)] = [
        ("top level", "::: limite\n%@\n:::"),
        ("no blank lines", "Before.\n::: limite\n%@\n:::\nAfter."),
        ("list item", "- item\n\n  ::: limite\n  %@\n  :::"),
        ("block quote", "> ::: limite\n> %@\n> :::"),
        ("table", "::: limite\n| a |\n| - |\n| %@ |\n:::"),
        ("code block", "::: limite\n```\n%@\n```\n:::"),
        ("heading", "::: limite\n# %@\n:::"),
        ("raw HTML", "::: limite\n<div>%@</div>\n\n:::"),
        ("footnote definition", "Text.[^b]\n\n[^b]: Intro.\n\n    ::: limite\n    %@\n    :::"),
    ]

    static func canary(_ place: String) -> String {
        "CANARY" + place.uppercased().filter { $0.isLetter }
    }

    static func project(body: String, extra: [String: String] = [:]) -> [String: String] {
        Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(body: body)].merging(extra) { $1 })
    }

    func assertWithheld(_ canaries: [String], in files: [String: String], _ comment: Comment? = nil) throws {
        let editions = try PublicEditionTests.render(files)
        let publicFiles = try #require(editions[.public])
        let limiteFiles = try #require(editions[.limite])
        for canary in canaries {
            let leaks = publicFiles.filter { $0.key.uppercased().contains(canary) || $0.value.uppercased().contains(canary) }.map(\.key)
            #expect(leaks.isEmpty, "\(canary) leaks into \(leaks)")
            #expect(limiteFiles.contains { $0.key.uppercased().contains(canary) || $0.value.contains(canary) },
                    "\(canary) is missing from the limite edition")
        }
    }

    @Test func spansInEveryPlace() throws {
        let body = Self.spanPlaces.map { $0.1.replacingOccurrences(of: "%@", with: Self.canary("span " + $0.0)) }
            .joined(separator: "\n\n")
        try assertWithheld(Self.spanPlaces.map { Self.canary("span " + $0.0) }, in: Self.project(body: body))
    }

    @Test func blocksInEveryPlace() throws {
        for (place, markdown) in Self.blockPlaces {
            let canary = Self.canary("block " + place)
            let body = "Public text.\n\n" + markdown.replacingOccurrences(of: "%@", with: canary) + "\n\nMore public text."
            try assertWithheld([canary], in: Self.project(body: body), "\(place)")
        }
    }

    @Test func wholeDocumentsActionsAndFields() throws {
        let note = """
        ---
        kind: note
        title: CANARYNOTETITLE
        number: 9999/25
        classification: limite
        subject: CANARYNOTESUBJECT
        from: CANARYNOTEFROM
        codes: [CANARYNOTECODE]
        ---

        CANARYNOTEBODY
        """
        let action = """
        ---
        kind: action
        id: "13.2"
        title: CANARYACTIONTITLE
        status: agreed
        leader: NL
        classification: limite
        possible-outcomes: [CANARYACTIONOUTCOME]
        other-parties: [CANARYACTIONPARTY]
        performance-indicator: CANARYACTIONINDICATOR
        ---

        CANARYACTIONBODY
        """
        let report = """
        ---
        kind: report
        title: CANARYREPORTTITLE
        classification: limite
        recommendations:
          - {id: "1", text: CANARYREPORTRECOMMENDATION, by: CCWP, how: Group, when: "2014"}
        questionnaire:
          - {title: CANARYREPORTCHART, unit: count, data: [{label: CANARYREPORTLABEL, value: 3}]}
        ---

        CANARYREPORTBODY
        """
        let plan = Sources.plan(extra: """
        timeline:
          - {semester: 2026-S1, text: "Start [CANARYTIMELINE]{.limite}"}
        annexes:
          - {id: I, title: Overview, generated: mandate-template, classification: limite}
          - {id: II, title: Guide, source: guide.md}
        """, body: "See [the note](note:canary-note-file) and [](action:13.2).")
        let files = Sources.minimal(extra: [
            "content/plans/13/plan.md": plan,
            "content/plans/13/actions/13.1.md": Sources.action("13.1").replacingOccurrences(of: "contact-13.1", with: "CANARYCONTACT"),
            "content/plans/13/actions/13.2.md": action,
            "content/plans/13/annexes/guide.md": "---\nclassification: limite\n---\n\nCANARYANNEX\n",
            "content/notes/canary-note-file.md": note,
            "content/reports/canary-report-file.md": report,
        ])
        try assertWithheld([
            "CANARYNOTETITLE", "CANARYNOTESUBJECT", "CANARYNOTEFROM", "CANARYNOTECODE", "CANARYNOTEBODY", "CANARY-NOTE-FILE",
            "CANARYACTIONTITLE", "CANARYACTIONOUTCOME", "CANARYACTIONPARTY", "CANARYACTIONINDICATOR", "CANARYACTIONBODY",
            "CANARYREPORTTITLE", "CANARYREPORTRECOMMENDATION", "CANARYREPORTCHART", "CANARYREPORTLABEL", "CANARYREPORTBODY",
            "CANARY-REPORT-FILE", "CANARYTIMELINE", "CANARYANNEX", "CANARYCONTACT",
        ], in: files)
    }

    @Test func theManifestListsEveryWithheldPart() throws {
        let body = "Text [CANARYA]{.limite}.\n\n## Section two\n\n::: limite\nCANARYB\n:::\n"
        let editions = try PublicEditionTests.render(Self.project(body: body))
        let manifest = try #require(editions[.limite]?["redactions.md"])
        #expect(manifest.contains("3 parts withheld."))
        #expect(manifest.contains("| 1 | Plan 13 |  | \\[…\\]{.limite} span | `content/plans/13/plan.md:14:1` | CANARYA |"))
        #expect(manifest.contains("| 2 | Plan 13 | Section two | ::: limite block | `content/plans/13/plan.md:18:1` | CANARYB |"))
        #expect(manifest.contains("| 3 | Action 13.1 |  | contact (always LIMITE) |"))
        #expect(editions[.public]?["redactions.md"] == nil)
        #expect(editions[.public]?["redactions.html"] == nil)
    }

    @Test func aFootnoteOnlyTheDeletedPartReferredToIsDroppedAndTheRestRenumbered() throws {
        let body = "A[^a] [b[^b]]{.limite} c[^c].\n\n[^a]: First.\n\n[^b]: CANARYFOOTNOTE\n\n[^c]: Third."
        let editions = try PublicEditionTests.render(Self.project(body: body))
        let page = try #require(editions[.public]?["plans/13/index.md"])
        #expect(!page.contains("CANARYFOOTNOTE"))
        #expect(page.contains("[^a]: First."))
        #expect(page.contains("[^c]: Third."))
        let html = try #require(editions[.public]?["plans/13/index.html"])
        #expect(html.contains("id=\"fnref-c\" data-footnote-ref>2</a>"))
    }

    @Test func codeThatShowsTheMarkersStaysPublic() throws {
        let body = "Write `[text]{.limite}` for a span and\n\n```\n::: limite\nblock\n:::\n```\n\nCANARYPUBLIC stays."
        let editions = try PublicEditionTests.render(Self.project(body: body))
        let page = try #require(editions[.public]?["plans/13/index.md"])
        #expect(page.contains("`[text]{.limite}`"))
        #expect(page.contains("```\n::: limite\nblock\n:::\n```"))
        #expect(page.contains("CANARYPUBLIC"))
        #expect(!page.contains("DELETED"))
    }
}

/// Markings of EU classified information and markers in plain fields are refused.
@Suite struct RefusalTests {
    @Test(arguments: ["RESTREINT UE/EU RESTRICTED", "CONFIDENTIEL UE", "EU CONFIDENTIAL", "SECRET UE", "EU SECRET",
                      "TRÈS SECRET UE", "EU TOP SECRET", "Restreint UE", "R-UE/EU-R"])
    func classifiedMarkingsFailTheBuild(marking: String) {
        let note = "---\nkind: note\nsubject: S\n---\n\nSee 4256/25 (\(marking)).\n"
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/notes/n.md": note]))
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("content/notes/n.md:6:") && $0.hasSuffix("[classified-marking]") }, "\(lines)")
    }

    @Test func aMarkingInFrontMatterToo() {
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/notes/n.md": "---\nkind: note\nsubject: EU RESTRICTED annex\n---\n"]))
        #expect(lines == [
            "content/notes/n.md:3:10: error: 'EU RESTRICTED' marks EU classified information, which never belongs in these sources: remove it, and the information it marks [classified-marking]",
        ])
    }

    @Test func ordinaryWordsAreNotMarkings() {
        let note = "---\nkind: note\nsubject: S\n---\n\nThe secretariat keeps secrets; EU-RELATED work; a secret UEFA ticket.\n"
        #expect(Diagnose.lines(Sources.minimal(extra: ["content/notes/n.md": note])) == [])
    }

    @Test func aLimiteMarkerInAPlainFieldIsRefused() {
        let action = Sources.action("13.1", extra: "possible-outcomes: [\"Seizures [in port X]{.limite}\"]")
        #expect(Diagnose.lines(Sources.minimal(extra: ["content/plans/13/actions/13.1.md": action])) == [
            "content/plans/13/actions/13.1.md:10:21: error: field 'possible-outcomes' is plain text, where a LIMITE marker cannot take effect (here '{.limite}'): mark the whole document or action 'classification: limite', or move the text to the body [limite-in-plain-field]",
            "content/plans/13/actions/13.1.md:10:21: note: a LIMITE span [text]{.limite} takes effect in a Markdown body or Markdown field only, in none of its other forms or spellings",
        ])
    }
}

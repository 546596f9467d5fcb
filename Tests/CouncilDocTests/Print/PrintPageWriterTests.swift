import Foundation
import Testing
@testable import CouncilDoc

/// The printed source of a document (`*.print.html`): what the PDF and DOCX converters
/// read, and all they read.
@Suite struct PrintPageWriterTests {
    static func project(body: String = PrintPageWriterTests.body, extra: String = "initials: MM/sl\ndg: JAI.1") -> [String: String] {
        Sources.minimal(extra: [
            "content/plans/13/plan.md": Sources.plan(
                extra: "annexes:\n  - {id: I, title: Guide, source: guide.md}\n" + extra, body: body),
            "content/plans/13/annexes/guide.md": "---\ntitle: Guide\n---\n\nAnnex text.[^a]\n\n[^a]: The annex's note.\n",
        ])
    }

    static let body = """
    Delegations will find attached the plan, with a [LIMITE aside]{.limite}.[^1]

    # The plan

    See [](action:13.1), [a site](https://example.org/x) and ![a picture](https://example.org/p.png).
    Again the first note.[^1] A second one.[^2]

    [^1]: The first note, citing [](action:13.1).
    [^2]: The second note.

        With a second paragraph.
    """

    static func printed(_ files: [String: String] = project()) throws -> [Edition: [String: String]] {
        try PublicEditionTests.render(files).mapValues { $0.filter { $0.key.hasSuffix(".print.html") } }
    }

    @Test func documentsArePrintedAndOtherPagesAreNot() throws {
        let editions = try Self.printed()
        #expect(Set(editions[.limite]?.keys ?? [:].keys) == ["plans/13/index.print.html", "strategies/s-2023.print.html"])
        #expect(Set(editions[.public]?.keys ?? [:].keys) == ["plans/13/index.print.html", "strategies/s-2023.print.html"])
    }

    @Test func footnotesStandWhereTheyAreCalledNumberedThroughTheAnnexes() throws {
        let plan = try #require(try Self.printed()[.limite]?["plans/13/index.print.html"])
        #expect(plan.contains("<span class=\"footnote\" data-n=\"1\">The first note, citing action 13.1 — Action 13.1.</span>"))
        #expect(plan.contains("<span class=\"footnote\" data-n=\"2\">The second note.<br />With a second paragraph.</span>"))
        // A second call of a note repeats its number only; the annex's note continues the count.
        #expect(plan.contains("Again the first note.<sup class=\"footnote-repeat\">1</sup>"))
        #expect(plan.contains("<span class=\"footnote\" data-n=\"3\">The annex's note.</span>"))
        #expect(!plan.contains("class=\"footnotes\""))
        #expect(!plan.contains("↩"))
    }

    @Test func nothingToFetchAndNoWebFurniture() throws {
        for (_, files) in try Self.printed() {
            let plan = try #require(files["plans/13/index.print.html"])
            #expect(!plan.contains("<a "), "a link in print")
            #expect(!plan.contains("<img"), "an image in print")
            #expect(!plan.contains("<link"), "a stylesheet to fetch")
            #expect(!plan.contains("url("), "a URL in the stylesheet")
            #expect(plan.contains("See action 13.1 — Action 13.1, a site and a picture."))
            #expect(!plan.contains("References to this page"))
            #expect(!plan.contains("coverage"))
        }
        // The web page keeps its furniture.
        let web = try #require(try PublicEditionTests.render(Self.project())[.limite]?["strategies/s-2023.html"])
        #expect(web.contains("References to this page"))
    }

    @Test func theFooterCarriesNumberInitialsDGAndTheMarking() throws {
        let editions = try Self.printed()
        let limite = try #require(editions[.limite]?["plans/13/index.print.html"])
        #expect(limite.contains(#"@bottom-left { content: "11809/1/25 REV 1\A JAI.1"; }"#))
        #expect(limite.contains(#"@bottom-center { content: "MM/sl\A LIMITE"; }"#))
        #expect(limite.contains(#"@bottom-right { content: counter(page) "\A EN"; }"#))
        let publicPlan = try #require(editions[.public]?["plans/13/index.print.html"])
        #expect(publicPlan.contains(#"@bottom-center { content: "MM/sl\A PUBLIC"; }"#))
        // The public version keeps LIMITE beside the partial-access stamp on its cover.
        #expect(publicPlan.contains("<p class=\"marking\">LIMITE</p>"))
        #expect(publicPlan.contains("DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (16.02.2026)"))
        // A public document: no marking.
        let strategy = try #require(editions[.limite]?["strategies/s-2023.print.html"])
        #expect(!strategy.contains("LIMITE\""))
    }

    @Test func aFooterFieldCannotEndTheStyleSheet() throws {
        let plan = try #require(try Self.printed(Self.project(extra: "initials: \"</style><b>x\"\ndg: 'a\"b'"))[.limite]?["plans/13/index.print.html"])
        #expect(!plan.contains("</style><b>"))
        #expect(plan.contains(#"content: "\3c /style\3e \3c b\3e x\A LIMITE""#))
    }

    @Test func theCoverNoteEndsTheFirstPageAndTheDateIsTheDocuments() throws {
        let plan = try #require(try Self.printed()[.public]?["plans/13/index.print.html"])
        #expect(plan.contains("<meta name=\"dcterms.created\" content=\"2025-09-01\">"))
        let note = try #require(plan.range(of: "Delegations will find attached"))
        let pageBreak = try #require(plan.range(of: "<div class=\"cover-break\">"))
        let title = try #require(plan.range(of: "<h1>The plan</h1>"))
        #expect(note.lowerBound < pageBreak.lowerBound && pageBreak.lowerBound < title.lowerBound)
    }

    @Test func limitePartsCarryTheirWordStyleInTheLimiteEditionOnly() throws {
        let editions = try Self.printed()
        let limite = try #require(editions[.limite]?["plans/13/index.print.html"])
        #expect(limite.contains("<span class=\"limite\" data-custom-style=\"LIMITE part\">LIMITE aside</span>"))
        let publicPlan = try #require(editions[.public]?["plans/13/index.print.html"])
        #expect(!publicPlan.contains("LIMITE aside"))
        #expect(!publicPlan.contains("data-custom-style=\"LIMITE"))
    }

    @Test func theEpochIsTheDocumentsDate() {
        #expect(Converter.daysFromCivil(1970, 1, 1) == 0)
        #expect(Converter.daysFromCivil(2000, 3, 1) == 11_017)
        #expect(Converter.epoch(of: OutputFile(path: "a.print.html", text: "<head><meta name=\"dcterms.created\" content=\"2025-09-01\">\n</head>")) == 1_756_684_800)
        #expect(Converter.epoch(of: OutputFile(path: "a.print.html", text: "<head></head><p><meta name=\"dcterms.created\" content=\"2025-09-01\">")) == 0)
    }
}

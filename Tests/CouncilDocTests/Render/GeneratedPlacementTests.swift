import Foundation
import Testing
@testable import CouncilDoc

/// Generated blocks where the text places them: a report's charts (`::: chart ID`), a
/// strategy's objectives (`::: objectives`); a block without a place is a warning.
@Suite struct GeneratedPlacementTests {
    static func report(body: String, ids: [String?] = ["initiators", "operations"]) -> String {
        let charts = ids.enumerated().map { n, id in
            (id.map { "  - id: \($0)\n" } ?? "  -\n") + "    title: Chart title \(n + 1)\n    unit: count\n    data: [{label: A, value: \(n + 1)}]\n"
        }.joined()
        return "---\nkind: report\ntitle: R\nnumber: 17387/13\nquestionnaire:\n" + charts.replacingOccurrences(of: "  -\n    title", with: "  - title") + "---\n\n" + body
    }

    @Test func eachChartStandsAfterTheSentenceThatAnnouncesItNumberedInOrder() throws {
        let body = """
        First, the initiators. See the chart below:

        ::: chart initiators
        :::

        Then the operations:

        ::: chart operations
        :::

        The end.
        """
        let files = Sources.minimal(extra: ["content/reports/r.md": Self.report(body: body)])
        #expect(Diagnose.lines(files) == [])
        let html = try #require(try PublicEditionTests.render(files)[.public]?["reports/r.html"])
        let order = ["See the chart below:", "<figcaption>Chart 1. Chart title 1</figcaption>", "Then the operations:",
                     "<figcaption>Chart 2. Chart title 2</figcaption>", "The end."]
        let places = try order.map { try #require(html.range(of: $0), "\($0)").lowerBound }
        #expect(places == places.sorted())
        let printed = try #require(try PublicEditionTests.render(files)[.public]?["reports/r.print.html"])
        #expect(printed.contains("See the chart below:</p>\n<figure class=\"chart\">\n<figcaption>Chart 1. Chart title 1</figcaption>"))
    }

    @Test func aChartWithoutAPlaceIsAWarningAndPrintedAtTheEnd() throws {
        let files = Sources.minimal(extra: ["content/reports/r.md": Self.report(body: "Only text.\n", ids: ["initiators", nil])])
        #expect(Diagnose.lines(files) == [
            "content/reports/r.md:1:1: warning: the chart 'Chart title 2' has no place in the text, so it is printed at the end: give it an id (id: chart-2) and add a line '::: chart chart-2' and a line ':::' after the sentence that announces it [unplaced-generated-block]",
            "content/reports/r.md:6:9: warning: the chart 'Chart title 1' has no place in the text, so it is printed at the end: add a line '::: chart initiators' and a line ':::' after the sentence that announces it [unplaced-generated-block]",
        ])
        let html = try #require(try PublicEditionTests.render(files)[.limite]?["reports/r.html"])
        #expect(html.contains("Chart 1. Chart title 1") && html.contains("Chart 2. Chart title 2"))
    }

    @Test func aPlacementNamingNoChartIsAnError() {
        let files = Sources.minimal(extra: ["content/reports/r.md": Self.report(body: "Text.\n\n::: chart initiator\n:::\n\n::: chart operations\n:::\n")])
        let lines = Diagnose.lines(files)
        #expect(lines.contains("content/reports/r.md:18:1: error: '::: chart initiator' places no chart: the report's questionnaire has no chart with id 'initiator' [unknown-chart]"), "\(lines)")
        #expect(lines.contains("content/reports/r.md:18:1: note: did you mean 'initiators'?"), "\(lines)")
    }

    @Test func aStrategyWithoutObjectivesInItsTextIsAWarning() {
        var files = Sources.minimal()
        files["content/strategies/s-2023.md"] = Sources.strategy.replacingOccurrences(of: "::: objectives\n:::\n", with: "")
        #expect(Diagnose.lines(files) == [
            "content/strategies/s-2023.md:1:1: warning: the strategy's objectives have no place in the text, so they are printed at the end: add a line '::: objectives' and a line ':::' where the list belongs [unplaced-generated-block]",
        ])
    }

    @Test func theObjectivesKeepTheCouncilsListPunctuationAndShowNoBullet() throws {
        let editions = try PublicEditionTests.render(Sources.minimal())
        let html = try #require(editions[.limite]?["strategies/s-2023.html"])
        #expect(html.contains("<div class=\"objectives\">\n<ul class=\"marked\">"))
        #expect(html.contains("<em>to strengthen capacity:</em>"))
        #expect(html.contains(" knowledge of threats;"))
        #expect(html.contains(" legislative instruments."))
        #expect(html.contains("<em>to improve cooperation.</em>"))
        let css = try TemplateSet.builtIn()
        #expect(css.stylesheet.contains(".objectives ul { list-style: none;"))
        #expect(css.printStylesheet.contains(".objectives ul { list-style: none;"))
        let markdown = try #require(editions[.limite]?["strategies/s-2023.md"])
        #expect(!markdown.contains("::: objectives"))
    }
}

/// An older plan's annex of actions: one sheet per action, its strategic objectives with
/// their texts, its text in the box "Terms of reference".
@Suite struct ActionSheetTests {
    static func project() -> [String: String] {
        Sources.minimal(extra: [
            "content/plans/13/plan.md": Sources.plan(extra: "annexes:\n  - {id: \"\", title: Annex, generated: actions-table}"),
            "content/plans/13/actions/13.1.md": """
            ---
            kind: action
            id: "13.1"
            title: To improve things
            status: agreed
            leader: FR
            strategic-objectives: ["1", "2"]
            performance-indicator: A report
            possible-outcomes: [Better cooperation]
            other-parties: [Europol]
            ---

            ## Terms of reference

            The group will look into things.

            """,
        ])
    }

    @Test func eachActionIsASheetWithItsObjectivesTextsAndItsTermsOfReference() throws {
        let editions = try PublicEditionTests.render(Self.project())
        let html = try #require(editions[.limite]?["plans/13/index.html"])
        #expect(html.contains("<div class=\"action-sheet\">\n<table>"))
        #expect(html.contains("(1) to strengthen capacity;</a><br />"))
        #expect(html.contains("(2) to improve cooperation.</a>"))
        #expect(html.contains("<div class=\"terms-of-reference\">\n<p><strong>Terms of reference</strong></p>\n<p>The group will look into things.</p>\n</div>"))
        let markdown = try #require(editions[.limite]?["plans/13/index.md"])
        #expect(!markdown.contains(":::"))
        #expect(markdown.contains("**Terms of reference**"))
        let printed = try #require(editions[.limite]?["plans/13/index.print.html"])
        // The annex's title repeats its label: printed once.
        #expect(printed.contains("<p>ANNEX</p>") && !printed.contains("<h1 class=\"annex-title\">Annex</h1>"))
        #expect(try TemplateSet.builtIn().printStylesheet.contains(".action-sheet + .action-sheet { break-before: page; }"))
    }
}

/// Lists whose items carry their own markers, the timeline's caption, the roadmap's header.
@Suite struct SeedLayoutTests {
    @Test func aListWhoseItemsCarryMarkersShowsNoBullet() {
        func html(_ markdown: String) -> String {
            HTMLWriter.render(MarkdownParser.parse(markdown).document.blocks, options: .site)
        }
        #expect(html("- a) first\n- b) second\n").hasPrefix("<ul class=\"marked\">"))
        #expect(html("- (1) first\n- (2) second\n").hasPrefix("<ul class=\"marked\">"))
        #expect(html("- iv) first\n- v) second\n").hasPrefix("<ul class=\"marked\">"))
        #expect(html("- a) first\n- second\n").hasPrefix("<ul>"))
        #expect(html("- apple) pie\n").hasPrefix("<ul>"))
        #expect(html("- Article 5) says\n").hasPrefix("<ul>"))
        // cmark's own output where the option is off (the GFM spec tests).
        #expect(HTMLWriter.render(MarkdownParser.parse("- a) first\n").document.blocks).hasPrefix("<ul>"))
    }

    @Test func theTimelineCarriesItsCaptionAndTheRoadmapItsHeader() throws {
        let plan = Sources.plan(extra: "timeline-title: Preparation of the plan\ntimeline-caption: Indicative timeline\ntimeline:\n  - {semester: 2025-S1, text: Agreement}",
                                body: "::: timeline\n:::\n")
        let report = """
        ---
        kind: report
        title: R
        roadmap:
          roadmap-title: Roadmap for progressing recommendations suggested for inclusion in the monitoring file
          action-number: CCWP Experts Group
          action-title: The initiative
          group-leader: Lithuania
        recommendations:
          - {id: "1", text: Do it, by: CCWP, how: Project group, when: "2015"}
        ---

        Text.
        """
        let files = Sources.minimal(extra: ["content/plans/13/plan.md": plan, "content/reports/r.md": report])
        #expect(Diagnose.lines(files) == [])
        let editions = try PublicEditionTests.render(files)
        let planHTML = try #require(editions[.limite]?["plans/13/index.html"])
        #expect(planHTML.contains("Preparation of the plan<br />\n<strong>Indicative timeline</strong></th>"))
        let reportHTML = try #require(editions[.limite]?["reports/r.html"])
        #expect(reportHTML.contains("<h2>Roadmap for progressing recommendations suggested for inclusion in the monitoring file</h2>\n<p><strong>Action Number:</strong> CCWP Experts Group<br />\n<strong>Action Title:</strong> The initiative<br />\n<strong>Group Leader:</strong> Lithuania</p>"))
    }
}

import Foundation
import Testing
@testable import CouncilDoc

@Suite struct ChartTests {
    let chart = Chart(title: "Initiators of operations", unit: "%",
                      bars: [Chart.Bar(label: "Member States", value: 43), Chart.Bar(label: "International organisations", value: 51)])

    @Test func anSVGFigureWithATextAlternative() {
        let html = HTMLWriter.render([.chart(chart)], options: .site)
        #expect(html.hasPrefix("<figure class=\"chart\">\n<figcaption>Chart 1. Initiators of operations</figcaption>\n<svg"))
        #expect(html.contains("role=\"img\" aria-labelledby=\"chart-1-title chart-1-desc\""))
        #expect(html.contains("<title id=\"chart-1-title\">Initiators of operations</title>"))
        #expect(html.contains("<desc id=\"chart-1-desc\">Member States: 43 %; International organisations: 51 %.</desc>"))
        #expect(html.components(separatedBy: "<rect ").count == 3)
        // Percentages are drawn against 100 %: 51 % of a 320-pixel plot.
        #expect(html.contains("width=\"163\""))
        #expect(html.contains("<table class=\"chart-data\">"))
        #expect(html.contains("<th scope=\"col\" style=\"text-align: right\">%</th>"))
    }

    @Test func twoChartsOnAPageHaveDistinctIDs() {
        let html = HTMLWriter.render([.chart(chart), .chart(chart)], options: .site)
        #expect(html.contains("chart-1-title") && html.contains("chart-2-title"))
    }

    @Test func inMarkdownAChartIsItsTable() {
        #expect(MarkdownWriter.render([.chart(chart)]) == """
        **Initiators of operations**

        |  | % |
        | --- | --: |
        | Member States | 43 |
        | International organisations | 51 |

        """)
    }
}

@Suite struct AnnexTableTests {
    @Test func theParticipationMatrixMarksLeadersCoLeadersAndParticipants() throws {
        let action = Sources.action("13.1", extra: "co-leaders: [BE]")
        let plan = Sources.plan(extra: "annexes:\n  - {id: V, title: Participation, generated: participation-matrix}")
        let editions = try PublicEditionTests.render(Sources.minimal(extra: [
            "content/plans/13/plan.md": plan, "content/plans/13/actions/13.1.md": action,
        ]))
        let page = try #require(editions[.limite]?["plans/13/index.md"])
        #expect(page.contains("| [BE](../../participants/be.md) | C |"))
        #expect(page.contains("| [DE](../../participants/de.md) | P |"))
        #expect(page.contains("| [FR](../../participants/fr.md) | L |"))
        #expect(page.contains("| [Europol](../../participants/europol.md) | P |"))
        let html = try #require(editions[.limite]?["plans/13/index.html"])
        #expect(html.contains("<section class=\"annex wide\" id=\"annex-v\">"))
    }

    @Test func theFooterCarriesTheDocumentNumberInThePageRule() throws {
        let editions = try PublicEditionTests.render(Sources.minimal())
        let html = try #require(editions[.limite]?["plans/13/index.html"])
        #expect(html.contains("<style>@page { @bottom-left { content: \"11809/1/25 REV 1\"; } }</style>"))
        #expect(CSSString.quoted("a\"</style>") == "\"a\\22 \\3c /style\\3e \"")
    }
}

@Suite struct TemplateLintTests {
    @Test func theBuiltInTemplatesUseOnlyViewModelKeys() {
        for name in ["page", "cover", "index"] {
            let text = BuiltInTemplates.text(name) ?? ""
            #expect(TemplateLint.check(name: name, text: text, path: "templates/\(name).mustache").isEmpty, "\(name)")
        }
    }

    @Test func aMisspeltKeyIsReportedWhereItStands() {
        let diagnostics = TemplateLint.check(name: "page", text: "<h1>{{titel}}</h1>\n{{#annexes}}{{{bdy}}}{{/annexes}}\n",
                                             path: "templates/page.mustache")
        #expect(diagnostics.map(DiagnosticFormatter.format) == [
            "templates/page.mustache:1:5: warning: template key 'titel' is not in the view model, so it would render as nothing [unknown-template-key]\ntemplates/page.mustache:1:5: note: did you mean 'title'?",
            "templates/page.mustache:2:13: warning: template key 'bdy' is not in the view model, so it would render as nothing [unknown-template-key]\ntemplates/page.mustache:2:13: note: did you mean 'body'?",
        ])
    }

    @Test func everyKeyTheRendererProvidesIsDeclared() throws {
        // The page view of a plan with every part: cover, heading, annexes, footer.
        let editions = try PublicEditionTests.render(Sources.minimal())
        #expect(editions[.limite]?["plans/13/index.html"] != nil)
        let source = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Sources/CouncilDoc/Render/SiteRenderer.swift"),
                                encoding: .utf8)
        let keys = Set(Self.matches(#"\"([a-zA-Z]+)\": "#, source) + Self.matches(#"view\["([a-zA-Z]+)"\]"#, source)
                       + Self.matches(#"cover\["([a-zA-Z]+)"\]"#, source))
        let declared = TemplateLint.keys["page"] ?? []
        #expect(keys.subtracting(declared).isEmpty, "undeclared: \(keys.subtracting(declared))")
    }

    static func matches(_ pattern: String, _ text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

@Suite struct OutcomesAnnexTests {
    @Test func theOutcomesOfTheActionsReportsFormAnnexIV() throws {
        let plan = Sources.plan(extra: "annexes:\n  - {id: IV, title: Outcomes of actions, generated: outcomes}")
        let report = """
        ---
        kind: report
        title: Final report on 13.1
        action: "13.1"
        outcomes:
          arrests: 12
          cases: 4
          seizures: [{what: cocaine, amount: 120, unit: kg}, {what: cash, amount: 250000, unit: EUR}]
        ---

        Text.
        """
        let editions = try PublicEditionTests.render(Sources.minimal(extra: ["content/plans/13/plan.md": plan, "content/reports/r.md": report]))
        let page = try #require(editions[.limite]?["plans/13/index.md"])
        #expect(page.contains("| Action | Arrests | Cases initiated | Seizures: cash (EUR) | Seizures: cocaine (kg) |"))
        #expect(page.contains("| [13.1](13.1.md) | 12 | 4 | 250000 | 120 |"))
        #expect(page.contains("**Arrests per action**"))
        let html = try #require(editions[.limite]?["plans/13/index.html"])
        #expect(html.contains("<title id=\"chart-1-title\">Arrests per action</title>"))
    }
}

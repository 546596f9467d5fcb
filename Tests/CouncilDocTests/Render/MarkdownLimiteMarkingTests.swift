import Foundation
import Testing
@testable import CouncilDoc

/// The LIMITE edition's Markdown twin marks LIMITE parts in a way any GFM viewer shows: a
/// quote headed **LIMITE** for a block, "[LIMITE: …]" for a span; never the source syntax,
/// which viewers print as it is.
@Suite struct MarkdownLimiteMarkingTests {
    @Test func blocksAndSpansAreMarkedVisibly() throws {
        let linked = try RenderedPagesTests.linked(Sources.minimal(extra: [
            "content/plans/13/plan.md": Sources.plan(body: "Ask [the chair]{.limite} first.\n\n::: limite\nFor delegations.\n\nOnly.\n:::\n"),
        ]))
        let files = SiteRenderer(linked: linked, edition: .limite, templates: try TemplateSet.builtIn(), redactions: []).render()
        let plan = try #require(files.first { $0.path == "plans/13/index.md" }?.text)
        #expect(plan.contains("Ask \\[LIMITE: the chair\\] first."))
        #expect(plan.contains("> **LIMITE**\n>\n> For delegations.\n>\n> Only."))
        for file in files where file.path.hasSuffix(".md") && file.path != "redactions.md" {
            #expect(!file.text.contains("{.limite}") && !file.text.contains("::: limite"), "\(file.path)")
        }
        // Rendered as GFM, the span is text and the block a quote.
        let html = MarkdownParser.referenceRender(plan).html
        #expect(html.contains("Ask [LIMITE: the chair] first."))
        #expect(html.contains("<blockquote>\n<p><strong>LIMITE</strong></p>\n<p>For delegations.</p>"))
    }
}

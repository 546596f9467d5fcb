import Foundation
import Testing
@testable import CouncilDoc

/// Whatever looks like a LIMITE marker is recognised or refused with a fix; ordinary text,
/// and markers shown inside code, are neither.
@Suite struct LookalikeMarkerTests {
    static let token = "TOKENL9"

    static func render(_ body: String) throws -> Pipeline.Rendered {
        let files = Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(body: "Public text.\n\n" + body)])
        return Pipeline.render(InMemorySourceTree(files), templates: try TemplateSet.builtIn())
    }

    static func publicBytes(_ rendered: Pipeline.Rendered) -> String {
        rendered.editions.first { $0.0 == .public }?.1.map { String(decoding: $0.contents, as: UTF8.self) }.joined() ?? ""
    }

    @Test(arguments: [
        "A [TOKENL9]{#who .limite} here.\n",
        "A [TOKENL9]{.note .limite} here.\n",
        "A [TOKENL9]{.limite lang=fr} here.\n",
        "::: {#part .limite}\nTOKENL9\n:::\n",
        "::: {.note .limite}\nTOKENL9\n:::\n",
        "   ::: limite\n   TOKENL9\n   :::\n",
    ])
    func pandocAttributeFormsAreRecognised(body: String) throws {
        let rendered = try Self.render(body)
        #expect(!rendered.log.hasErrors, "\(rendered.log.sorted.map(DiagnosticFormatter.format))")
        #expect(!Self.publicBytes(rendered).contains(Self.token))
        #expect(Self.publicBytes(rendered).contains("DELETED"))
    }

    @Test(arguments: [
        ("A [TOKENL9]{.limit} here.\n", "did you mean '{.limite}'?"),
        ("A [TOKENL9]{limite} here.\n", "did you mean '{.limite}'?"),
        ("A [TOKENL9]{.LIMITE} here.\n", "did you mean '{.limite}'?"),
        ("A [TOKENL9]{.limited} here.\n", "did you mean '{.limite}'?"),
        ("A [TOKENL9]{class=\"limite\"} here.\n", "did you mean '{.limite}'?"),
        ("A [TOKENL9] {.limite} here.\n", "with no space"),
        ("A [TOKENL9]{.l\u{0456}mite} here.\n", "did you mean '{.limite}'?"),
        ("A [TOKENL9]{.li\u{200B}mite} here.\n", "did you mean '{.limite}'?"),
        ("A [TOKENL9]{.note} here.\n", "is not supported"),
        ("A [TOKENL9]\u{FF5B}.limite\u{FF5D} here.\n", "looks like a LIMITE marker"),
        ("\u{FF1A}\u{FF1A}\u{FF1A} limite\nTOKENL9\n\u{FF1A}\u{FF1A}\u{FF1A}\n", "Markdown cannot read as one here"),
        ("Prose that names the {.limite} marker TOKENL9.\n", "is a LIMITE marker without its text"),
        ("- ::: limite\n  TOKENL9\n  :::\n", "Markdown cannot read as one here"),
        ("    ::: limite\n    TOKENL9\n    :::\n", "indented by four spaces or a tab"),
        ("\t::: limite\n\tTOKENL9\n\t:::\n", "indented by four spaces or a tab"),
        ("A line ::: limite TOKENL9 :::\n", "Markdown cannot read as one here"),
        ("A ::: b, then ::: limite TOKENL9 :::\n", "Markdown cannot read as one here"),
        ("```limite\nTOKENL9\n```\n", "classes code or raw HTML as LIMITE"),
        ("```{.limite}\nTOKENL9\n```\n", "classes code or raw HTML as LIMITE"),
        ("<div class=\"limite\">TOKENL9</div>\n", "classes code or raw HTML as LIMITE"),
        ("A <span class=\"limite\">TOKENL9</span> here.\n", "classes code or raw HTML as LIMITE"),
    ])
    func aLookalikeIsRefusedWithAFix(body: String, fix: String) throws {
        let rendered = try Self.render(body)
        #expect(rendered.editions.isEmpty, "built: \(body)")
        let lines = rendered.log.sorted.map(DiagnosticFormatter.format)
        #expect(lines.contains { $0.contains("content/plans/13/plan.md:") && $0.contains(fix) }, "\(lines)")
    }

    @Test(arguments: [
        "Prices {limited time} and {braces} and a [link](https://example.eu) {x}.\n",
        "The word limite, the word LIMITE, and DELETED.\n",
        "```\n::: limite\n[x]{.limite}\n```\n",
        "Inline `[x]{.limite}` and `::: limite` shown as code.\n",
        "    indented code with [x]{.note}\n",
        "A list:\n\n- one {two}\n- three ::: four\n",
        "<p>Distribution limitée</p>\n",
        "Ceilings apply (see {limits}).\n",
    ])
    func ordinaryTextIsNoAlarm(body: String) throws {
        let rendered = try Self.render(body)
        #expect(!rendered.log.hasErrors, "\(rendered.log.sorted.map(DiagnosticFormatter.format))")
    }
}

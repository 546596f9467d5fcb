import Foundation
import Testing
@testable import CouncilDoc

/// A render takes a page from an earlier one only when the page's content is the same and
/// every link it resolved resolves the same: a page citing a target whose label or title
/// changed is rendered again, so the proof's render can never hide a difference.
@Suite struct RenderedPagesTests {
    static let citing = Sources.action("13.1", body: "## Objective\n\nIt implements [](objective:1.i) and [](objective:2).")

    static func linked(_ files: [String: String]) throws -> LinkedCorpus {
        let loaded = Loader.load(InMemorySourceTree(files))
        let corpus = try #require(loaded.corpus)
        let (linked, log) = Linker.link(corpus, registers: loaded.registers)
        #expect(!log.hasErrors)
        return linked
    }

    static func render(_ linked: LinkedCorpus, reusing previous: RenderedPages?) throws -> (files: [OutputFile], pages: RenderedPages) {
        try SiteRenderer(linked: linked, edition: .public, templates: TemplateSet.builtIn(), redactions: []).render(reusing: previous)
    }

    @Test func aPageCitingARenamedTargetIsRenderedAgain() throws {
        let before = try Self.linked(Sources.minimal(extra: ["content/plans/13/actions/13.1.md": Self.citing]))
        let first = try Self.render(before, reusing: nil)
        var files = Sources.minimal(extra: ["content/plans/13/actions/13.1.md": Self.citing])
        files["content/strategies/s-2023.md"] = Sources.strategy.replacingOccurrences(of: "knowledge of threats", with: "knowledge of new threats")
        let after = try Self.linked(files)
        let reused = try Self.render(after, reusing: first.pages)
        let fresh = try Self.render(after, reusing: nil)
        #expect(reused.files == fresh.files)
        let page = "plans/13/13.1.html"
        let text = { (files: [OutputFile]) in files.first { $0.path == page }?.text ?? "" }
        #expect(text(fresh.files).contains("knowledge of new threats"))
        #expect(!text(first.files).contains("knowledge of new threats"))

        // The citing page is not taken; a page that cites nothing that changed is.
        let templates = try TemplateSet.builtIn()
        let pages = PageComposer(linked: after, edition: .public).pages()
        func taken(_ path: String) throws -> Bool {
            let content = try #require(pages.first { $0.page.file("html") == path })
            return first.pages.entry(for: content, edition: .public, templateSources: templates.sources, siteTitle: after.corpus.config.title,
                                     links: Self.links(after, content)) != nil
        }
        #expect(try !taken(page))
        #expect(pages.contains { $0.page.file("html") != page && (try? taken($0.page.file("html"))) == true })
    }

    /// The link providers of a page, a format each.
    static func links(_ linked: LinkedCorpus, _ content: PageContent) -> [OutputFormat: LinkProvider] {
        Dictionary(uniqueKeysWithValues: OutputFormat.allCases.map {
            ($0, PageLinks(linked: linked, scope: content.scope, page: content.page, format: $0) as LinkProvider)
        })
    }

    /// A provider missing for a format the page was written in takes nothing.
    @Test func aMissingFormatTakesNothing() throws {
        let linked = try Self.linked(Sources.minimal())
        let first = try Self.render(linked, reusing: nil)
        let content = try #require(PageComposer(linked: linked, edition: .public).pages().first)
        let templates = try TemplateSet.builtIn()
        var links = Self.links(linked, content)
        links[.markdown] = nil
        #expect(first.pages.entry(for: content, edition: .public, templateSources: templates.sources,
                                  siteTitle: linked.corpus.config.title, links: links) == nil)
    }

    @Test func anotherEditionOrOtherTemplatesTakeNothing() throws {
        let linked = try Self.linked(Sources.minimal())
        let first = try Self.render(linked, reusing: nil)
        let content = try #require(PageComposer(linked: linked, edition: .public).pages().first)
        let templates = try TemplateSet.builtIn()
        let links = Self.links(linked, content)
        #expect(first.pages.entry(for: content, edition: .public, templateSources: templates.sources, siteTitle: linked.corpus.config.title,
                                  links: links) != nil)
        #expect(first.pages.entry(for: content, edition: .limite, templateSources: templates.sources, siteTitle: linked.corpus.config.title,
                                  links: links) == nil)
        #expect(first.pages.entry(for: content, edition: .public, templateSources: templates.sources + ["x"], siteTitle: linked.corpus.config.title,
                                  links: links) == nil)
        #expect(first.pages.entry(for: content, edition: .public, templateSources: templates.sources, siteTitle: "Another title",
                                  links: links) == nil)
    }
}

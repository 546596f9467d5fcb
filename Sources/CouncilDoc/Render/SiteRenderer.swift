/// The render stage: every page of an edition as HTML (through the templates) and as
/// Markdown, the index, and the stylesheet.
public struct SiteRenderer: Sendable {
    let linked: LinkedCorpus
    let edition: Edition
    let templates: TemplateSet
    let redactions: [RedactionRecord]

    /// Creates a renderer for one edition's linked corpus; the LIMITE edition also gets the
    /// manifest of what the public edition withholds.
    public init(linked: LinkedCorpus, edition: Edition, templates: TemplateSet, redactions: [RedactionRecord]) {
        self.linked = linked
        self.edition = edition
        self.templates = templates
        self.redactions = edition == .limite ? redactions : []
    }

    /// The label of the edition on every page.
    var editionLabel: String { edition == .limite ? "LIMITE edition" : "PUBLIC edition" }

    /// Every file of the edition, sorted by path.
    public func render() -> [OutputFile] { render(reusing: nil).files }

    /// Every file of the edition, sorted by path, and the pages as rendered; a page that
    /// `reusing` holds with the same content and the same link answers is taken from it.
    func render(reusing previous: RenderedPages?) -> (files: [OutputFile], pages: RenderedPages) {
        var pages = PageComposer(linked: linked, edition: edition).pages()
        if edition == .limite { pages.append(RedactionManifest(records: redactions, language: linked.corpus.config.language).page()) }
        let siteTitle = linked.corpus.config.title
        // Pages are independent: render them on every core.
        let entries = pages.parallelMap { page -> RenderedPages.Entry in
            let htmlLinks = PageLinks(linked: linked, scope: page.scope, page: page.page, ext: "html")
            let markdownLinks = PageLinks(linked: linked, scope: page.scope, page: page.page, ext: "md")
            if let entry = previous?.entry(for: page, edition: edition, templateSources: templates.sources, siteTitle: siteTitle,
                                           html: htmlLinks, markdown: markdownLinks) {
                return entry
            }
            let recordingHTML = RecordingLinks(htmlLinks), recordingMarkdown = RecordingLinks(markdownLinks)
            return RenderedPages.Entry(content: page, html: Self.compact(html(page, links: recordingHTML)),
                                       markdown: Self.compact(markdown(page, links: recordingMarkdown)),
                                       htmlLinks: recordingHTML.asked, markdownLinks: recordingMarkdown.asked)
        }
        var files = entries.flatMap { entry in
            [OutputFile(path: entry.content.page.file("html"), text: entry.html),
             OutputFile(path: entry.content.page.file("md"), text: entry.markdown)]
        }
        let index = IndexPage(linked: linked, hasManifest: edition == .limite)
        files.append(OutputFile(path: "index.html", text: templates.render("index", index.view(
            edition: edition, label: editionLabel))))
        files.append(OutputFile(path: "index.md", text: index.markdown(label: editionLabel)))
        files.append(OutputFile(path: "assets/council.css", text: templates.stylesheet))
        let rendered = RenderedPages(edition: edition, templateSources: templates.sources, siteTitle: siteTitle,
                                     entries: Dictionary(entries.map { ($0.content.page, $0) }, uniquingKeysWith: { first, _ in first }))
        return (files.sorted { $0.path < $1.path }, rendered)
    }

    /// `text` in storage of its own size: a page's text grows by doubling while it is
    /// written, and a build holds every page of both editions until the proof is done.
    static func compact(_ text: String) -> String {
        String(decoding: text.utf8, as: UTF8.self)
    }

    /// A page as HTML.
    func html(_ page: PageContent) -> String {
        html(page, links: PageLinks(linked: linked, scope: page.scope, page: page.page, ext: "html"))
    }

    /// A page as HTML, its links resolved by `links`.
    func html(_ page: PageContent, links: LinkProvider) -> String {
        let body = HTMLWriter.render(page.blocks, options: .site, links: links)
        var view: [String: Any] = [
            "lang": page.language, "title": page.title, "edition": edition.rawValue, "editionLabel": editionLabel,
            "siteTitle": linked.corpus.config.title,
            "cssHref": page.page.href(to: PagePath(["assets", "council"]), ext: "css"),
            "indexHref": page.page.href(to: PagePath(["index"]), ext: "html"),
            "markdownHref": page.page.href(to: page.page, ext: "md"),
            "body": body,
            "annexes": page.annexes.map { annex -> [String: Any] in
                ["label": annex.label, "title": annex.title, "anchor": annex.anchor, "wide": annex.wide,
                 "body": HTMLWriter.render(annex.blocks, options: .site, links: links)]
            },
        ]
        if let heading = page.heading { view["heading"] = heading }
        if page.limiteMark { view["limiteMark"] = true }
        if let footer = page.footerNumber {
            view["footerNumber"] = footer
            view["footerNumberCSS"] = CSSString.quoted(footer)
        }
        if var cover = page.cover?.view {
            cover["hasCodes"] = !(page.cover?.codes.isEmpty ?? true)
            cover["hasRows"] = !(page.cover?.rows.isEmpty ?? true)
            view["cover"] = cover
        }
        return templates.render("page", view)
    }

    /// A page as GitHub Flavored Markdown.
    func markdown(_ page: PageContent) -> String {
        markdown(page, links: PageLinks(linked: linked, scope: page.scope, page: page.page, ext: "md"))
    }

    /// A page as GitHub Flavored Markdown, its links resolved by `links`.
    func markdown(_ page: PageContent, links: LinkProvider) -> String {
        var parts: [String] = []
        if page.limiteMark { parts.append("**LIMITE**\n") }
        if let cover = page.cover { parts.append(cover.markdown.joined(separator: "\n")) }
        if let heading = page.heading { parts.append("# " + MarkdownWriter.render([Inline.text(heading)]) + "\n") }
        parts.append(MarkdownWriter.render(page.blocks, links: links))
        for annex in page.annexes {
            parts.append("# \(annex.label)\n\n## " + MarkdownWriter.render([Inline.text(annex.title)]) + "\n\n"
                         + MarkdownWriter.render(annex.blocks, links: links))
        }
        if let footer = page.footerNumber { parts.append("---\n\n\(footer) EN\n") }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

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
    public func render() -> [OutputFile] {
        var pages = PageComposer(linked: linked, edition: edition).pages()
        if edition == .limite { pages.append(RedactionManifest(records: redactions, language: linked.corpus.config.language).page()) }
        // Pages are independent: render them on every core.
        var files = pages.parallelMap { page in
            [OutputFile(path: page.page.file("html"), text: html(page)),
             OutputFile(path: page.page.file("md"), text: markdown(page))]
        }.flatMap { $0 }
        let index = IndexPage(linked: linked, hasManifest: edition == .limite)
        files.append(OutputFile(path: "index.html", text: templates.render("index", index.view(
            edition: edition, label: editionLabel))))
        files.append(OutputFile(path: "index.md", text: index.markdown(label: editionLabel)))
        files.append(OutputFile(path: "assets/council.css", text: templates.stylesheet))
        return files.sorted { $0.path < $1.path }
    }

    /// A page as HTML.
    func html(_ page: PageContent) -> String {
        let links = PageLinks(linked: linked, scope: page.scope, page: page.page, ext: "html")
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
        let links = PageLinks(linked: linked, scope: page.scope, page: page.page, ext: "md")
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

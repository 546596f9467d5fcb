/// Writes a page of an edition in one format. What it writes is a function of the page's
/// content, of the answers `links` gives, and of what the writer was made with (edition,
/// templates, site title): `RenderedPages` relies on it to take a page instead of writing it.
protocol PageWriter: Sendable {
    /// The format written.
    var format: OutputFormat { get }
    /// Whether the page is written in this format (a printed document is written for
    /// documents only).
    func writes(_ page: PageContent) -> Bool
    /// The page's text, its links resolved by `links`.
    func write(_ page: PageContent, links: LinkProvider) -> String
}

extension PageWriter {
    func writes(_ page: PageContent) -> Bool { true }
}

/// A page as HTML, through the `page` template.
struct HTMLPageWriter: PageWriter {
    let edition: Edition
    let editionLabel: String
    let siteTitle: String
    let templates: TemplateSet
    var format: OutputFormat { .html }

    func write(_ page: PageContent, links: LinkProvider) -> String {
        let body = HTMLWriter.render(page.blocks + page.webOnly, options: .site, links: links)
        var view: [String: Any] = [
            "lang": page.language, "title": page.title, "edition": edition.rawValue, "editionLabel": editionLabel,
            "siteTitle": siteTitle,
            "cssHref": page.page.href(to: PagePath(["assets", "council"]), ext: "css"),
            "indexHref": page.page.href(to: PagePath(["index"]), format: .html),
            "markdownHref": page.page.href(to: page.page, format: .markdown),
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
        if let cover = page.cover { view["cover"] = cover.view }
        return templates.render("page", view)
    }
}

/// A page as GitHub Flavored Markdown.
struct MarkdownPageWriter: PageWriter {
    var format: OutputFormat { .markdown }

    func write(_ page: PageContent, links: LinkProvider) -> String {
        var parts: [String] = []
        if page.limiteMark { parts.append("**LIMITE**\n") }
        if let cover = page.cover { parts.append(cover.markdown.joined(separator: "\n")) }
        if let heading = page.heading { parts.append("# " + MarkdownWriter.render([Inline.text(heading)]) + "\n") }
        parts.append(MarkdownWriter.render(page.blocks + page.webOnly, links: links))
        for annex in page.annexes {
            parts.append("# \(annex.label)\n\n## " + MarkdownWriter.render([Inline.text(annex.title)]) + "\n\n"
                         + MarkdownWriter.render(annex.blocks, links: links))
        }
        if let footer = page.footerNumber { parts.append("---\n\n\(footer) EN\n") }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

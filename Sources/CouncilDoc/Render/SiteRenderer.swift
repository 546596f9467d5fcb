/// The render stage: every page of an edition as HTML (through the templates) and as
/// Markdown, every document as printed (the source of its PDF and DOCX), the index, and the
/// stylesheet.
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

    /// The writer of each format, in `OutputFormat.allCases` order.
    var writers: [any PageWriter] {
        [HTMLPageWriter(edition: edition, editionLabel: editionLabel, siteTitle: linked.corpus.config.title, templates: templates),
         MarkdownPageWriter(),
         PrintPageWriter(edition: edition, templates: templates)]
    }

    /// Every file of the edition, sorted by path, and the pages as rendered; a page that
    /// `reusing` holds with the same content and the same link answers is taken from it.
    func render(reusing previous: RenderedPages?) -> (files: [OutputFile], pages: RenderedPages) {
        var pages = PageComposer(linked: linked, edition: edition).pages()
        if edition == .limite { pages.append(RedactionManifest(records: redactions, language: linked.corpus.config.language).page()) }
        let siteTitle = linked.corpus.config.title
        let writers = self.writers
        // Pages are independent: render them on every core.
        let made = pages.parallelMap { page -> (entry: RenderedPages.Entry, reused: Bool) in
            let links: [OutputFormat: LinkProvider] = Dictionary(uniqueKeysWithValues: writers.map {
                ($0.format, PageLinks(linked: linked, scope: page.scope, page: page.page, format: $0.format))
            })
            if let entry = previous?.entry(for: page, edition: edition, templateSources: templates.sources, siteTitle: siteTitle,
                                           links: links) {
                return (entry, true)
            }
            return (RenderedPages.Entry(content: page, outputs: writers.filter { $0.writes(page) }.map { writer in
                let recording = RecordingLinks(links[writer.format]!)
                return RenderedPages.Output(format: writer.format, text: Self.compact(writer.write(page, links: recording)),
                                            links: recording.asked)
            }), false)
        }
        let reused = made.filter(\.reused).count
        let entries = made.map(\.entry)
        var files = entries.flatMap { entry in
            entry.outputs.map { OutputFile(path: entry.content.page.file($0.format), text: $0.text) }
        }
        let index = IndexPage(linked: linked, hasManifest: edition == .limite)
        files.append(OutputFile(path: PagePath(["index"]).file(.html), text: templates.render("index", index.view(
            edition: edition, label: editionLabel))))
        files.append(OutputFile(path: PagePath(["index"]).file(.markdown), text: index.markdown(label: editionLabel)))
        files.append(OutputFile(path: "assets/council.css", text: templates.stylesheet))
        let rendered = RenderedPages(edition: edition, templateSources: templates.sources, siteTitle: siteTitle,
                                     entries: Dictionary(entries.map { ($0.content.page, $0) }, uniquingKeysWith: { first, _ in first }),
                                     reused: reused)
        return (files.sorted { $0.path < $1.path }, rendered)
    }

    /// `text` in storage of its own size: a page's text grows by doubling while it is
    /// written, and a build holds every page of both editions until the proof is done.
    static func compact(_ text: String) -> String {
        String(decoding: text.utf8, as: UTF8.self)
    }
}

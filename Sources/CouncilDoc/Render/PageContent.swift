/// One page before it is written in a format: what both the HTML and the Markdown
/// renderings are made from.
struct PageContent: Sendable, Equatable {
    /// An annex of the page.
    struct Annex: Sendable, Equatable {
        /// "ANNEX I".
        var label: String
        /// The annex's title.
        var title: String
        /// Its content.
        var blocks: [Block]
        /// The anchor of the annex.
        var anchor: String
        /// A wide table: printed on a landscape page.
        var wide: Bool = false
    }

    /// Where the page goes.
    var page: PagePath
    /// The page's title (browser tab, index).
    var title: String
    /// The heading above the body, when the body does not carry its own.
    var heading: String?
    /// The Council cover, if the document has one.
    var cover: Cover?
    /// How short references in the text resolve.
    var scope: Scope
    /// The body, generated parts included.
    var blocks: [Block]
    /// What the web page shows after the body and print leaves out: the references to this
    /// page, the link to the coverage matrix.
    var webOnly: [Block] = []
    /// Annexes after the body.
    var annexes: [Annex]
    /// The document number for the footer.
    var footerNumber: String?
    /// A whole-LIMITE document or action shown in the LIMITE edition: marked LIMITE on
    /// screen and on every printed page.
    var limiteMark: Bool = false
    /// The language of the page.
    var language: String
    /// How the document prints (PDF, DOCX); nil for a page that is not a document (an
    /// action, an objective's references, an index).
    var print: PrintSetup?
}

extension PageContent {
    /// The page marked LIMITE when its document or action is LIMITE as a whole and the
    /// edition is the LIMITE one (the public edition never shows a LIMITE whole).
    func marking(_ metadata: CouncilMetadata, _ edition: Edition) -> PageContent {
        var page = self
        page.limiteMark = edition == .limite && metadata.classification == .limite
        return page
    }

    /// The page as a printed document of `edition`, with `webOnly` furniture.
    func printed(_ metadata: CouncilMetadata, _ edition: Edition, webOnly: [Block], breakAfterCover: Bool = false) -> PageContent {
        var page = self
        page.webOnly = webOnly
        page.print = PrintSetup.of(metadata, edition: edition, breakAfterCover: breakAfterCover)
        return page
    }
}

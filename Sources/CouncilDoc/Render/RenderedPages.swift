/// The pages one render of an edition wrote, for a later render of the same edition (the
/// redaction proof's, from swapped sources) to take instead of writing them again.
///
/// A page's text in each format is a function of its `PageContent`, of the answer to every
/// link it resolves, and of the edition, the templates and the site's title, and of nothing
/// else (the writers see the corpus only through `LinkProvider`). So a page is taken only
/// when its content is equal to the recorded one and each link it resolved resolves, in
/// the new corpus, to what it resolved to then: what it takes is what rendering again would
/// write. Whatever differs (a LIMITE part that leaked into the content, a link whose label
/// changed) is rendered again, and the proof compares it.
final class RenderedPages: @unchecked Sendable {
    /// One page in one format as written, with the links it resolved, in order.
    struct Output: Sendable {
        var format: OutputFormat
        var text: String
        var links: [(destination: String, resolved: ResolvedLink?)]
    }

    /// One page as rendered, in every format.
    struct Entry: Sendable {
        var content: PageContent
        var outputs: [Output]
    }

    /// The edition, and what else every page's rendering reads.
    let edition: Edition
    let templateSources: [String]
    let siteTitle: String
    /// The pages by path; written once, by the render that made them, before any reader.
    let entries: [PagePath: Entry]
    /// How many of the pages were taken from an earlier render.
    let reused: Int

    init(edition: Edition, templateSources: [String], siteTitle: String, entries: [PagePath: Entry], reused: Int = 0) {
        self.reused = reused
        self.edition = edition
        self.templateSources = templateSources
        self.siteTitle = siteTitle
        self.entries = entries
    }

    /// The recorded page for `content`, when a render of `edition` with these templates and
    /// title may take it: same content, and every recorded link of each format resolving the
    /// same through that format's provider in `links`.
    func entry(for content: PageContent, edition: Edition, templateSources: [String], siteTitle: String,
               links: [OutputFormat: LinkProvider]) -> Entry? {
        guard edition == self.edition, siteTitle == self.siteTitle, templateSources == self.templateSources,
              let entry = entries[content.page], entry.content == content,
              entry.outputs.allSatisfy({ output in
                  guard let provider = links[output.format] else { return false }
                  return output.links.allSatisfy { provider.resolve($0.destination) == $0.resolved }
              }) else { return nil }
        return entry
    }
}

/// A link provider that notes every destination asked for and the answer given.
final class RecordingLinks: LinkProvider {
    private let base: LinkProvider
    private(set) var asked: [(destination: String, resolved: ResolvedLink?)] = []

    init(_ base: LinkProvider) { self.base = base }

    func resolve(_ destination: String) -> ResolvedLink? {
        let resolved = base.resolve(destination)
        asked.append((destination, resolved))
        return resolved
    }
}

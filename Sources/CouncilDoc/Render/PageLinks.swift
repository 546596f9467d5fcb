/// Resolves typed links for one page of one format: relative hrefs to the targets' pages,
/// their labels for empty links, plain text for what has no page.
struct PageLinks: LinkProvider {
    let linked: LinkedCorpus
    let scope: Scope
    let page: PagePath
    /// The format of the page, and so of the files its links point to.
    let format: OutputFormat

    func resolve(_ destination: String) -> ResolvedLink? {
        switch linked.resolve(destination, in: scope) {
        case .url:
            return nil
        case .target(let id):
            guard let target = linked.index[id] else { return ResolvedLink(href: nil, label: destination) }
            guard let targetPage = target.page else { return ResolvedLink(href: nil, label: target.label, title: target.title) }
            return ResolvedLink(href: page.href(to: targetPage, format: format, fragment: target.fragment),
                                label: target.label, title: target.title)
        case .external(let number):
            return ResolvedLink(href: nil, label: number)
        case .withheld(let label):
            // Only in the public edition: what may show of the target, as text.
            return ResolvedLink(href: nil, label: label)
        case .unresolved:
            // The link stage reported it and stopped the build; nothing renders one.
            return ResolvedLink(href: nil, label: destination)
        }
    }
}

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
        case .unresolved:
            // Only in the public edition, for targets it withholds: the reference as text.
            guard let (scheme, rest) = ReferenceResolver.split(destination) else { return ResolvedLink(href: nil, label: destination) }
            let label = ["objective", "action", "plan"].contains(scheme) ? "\(scheme) \(rest)" : rest
            return ResolvedLink(href: nil, label: label)
        }
    }
}

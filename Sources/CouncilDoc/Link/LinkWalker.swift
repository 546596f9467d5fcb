/// Collects the links of Markdown texts with their file positions.
enum LinkWalker {
    /// Every link destination of `blocks` with where it is written; `locate` maps a point of
    /// the text to the file.
    static func links(in blocks: [Block], _ locate: (SourcePoint) -> SourceLocation) -> [(String, SourceLocation)] {
        var out: [(String, SourceLocation)] = []
        InlineWalk.each(in: blocks) { inline in
            if case .link(let link) = inline { out.append((link.destination, locate(link.at))) }
        }
        return out
    }
}

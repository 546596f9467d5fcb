/// Collects the typed links of Markdown texts with their file positions.
enum LinkWalker {
    /// Every link destination of `blocks` with where it is written; `locate` maps a point of
    /// the text to the file.
    static func links(in blocks: [Block], _ locate: (SourcePoint) -> SourceLocation) -> [(String, SourceLocation)] {
        var out: [(String, SourceLocation)] = []
        func inlines(_ list: [Inline]) {
            for inline in list {
                switch inline {
                case .link(let link):
                    out.append((link.destination, locate(link.at)))
                    inlines(link.children)
                case .image(let image):
                    inlines(image.children)
                case .emphasis(let c), .strong(let c), .strikethrough(let c), .limiteSpan(let c, _):
                    inlines(c)
                default:
                    break
                }
            }
        }
        func visit(_ list: [Block]) {
            for block in list {
                switch block {
                case .paragraph(let c, _), .heading(_, let c, _): inlines(c)
                case .blockQuote(let b), .footnoteDefinition(_, let b): visit(b)
                case .list(let l): l.items.forEach { visit($0.blocks) }
                case .table(let t): (t.header + t.rows.flatMap { $0 }).forEach(inlines)
                case .fencedDiv(let d): visit(d.blocks)
                default: break
                }
            }
        }
        visit(blocks)
        return out
    }
}

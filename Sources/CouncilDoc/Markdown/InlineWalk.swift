/// Visits every inline of a Markdown text, in document order and depth first: the one walk
/// the writers, the link stage and the redactor share.
public enum InlineWalk {
    /// Calls `body` with every inline of `blocks`, nested ones included.
    public static func each(in blocks: [Block], _ body: (Inline) -> Void) {
        for block in blocks { each(in: block, body) }
    }

    /// Calls `body` with every inline of one block.
    public static func each(in block: Block, _ body: (Inline) -> Void) {
        switch block {
        case .paragraph(let c, _), .heading(_, let c, _): each(inlines: c, body)
        case .blockQuote(let b), .footnoteDefinition(_, let b): each(in: b, body)
        case .list(let l): l.items.forEach { each(in: $0.blocks, body) }
        case .table(let t): (t.header + t.rows.flatMap { $0 }).forEach { each(inlines: $0, body) }
        case .fencedDiv(let d): each(in: d.blocks, body)
        case .codeBlock, .html, .thematicBreak, .deleted, .chart: break
        }
    }

    /// Calls `body` with every inline of a sequence and of their children.
    public static func each(inlines: [Inline], _ body: (Inline) -> Void) {
        for inline in inlines {
            body(inline)
            switch inline {
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .limiteSpan(let c, _): each(inlines: c, body)
            case .link(let l), .image(let l): each(inlines: l.children, body)
            default: break
            }
        }
    }
}

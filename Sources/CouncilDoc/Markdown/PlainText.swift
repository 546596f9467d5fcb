/// The words of Markdown, without markup: for excerpts.
public enum PlainText {
    /// The text of inlines.
    public static func of(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s), .html(let s): out += s
            case .softBreak, .lineBreak: out += " "
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .limiteSpan(let c, _): out += of(c)
            case .link(let l), .image(let l):
                out += of(l.children)
                if !l.title.isEmpty { out += " " + l.title }
                // A typed reference names a target by its id, which is not the part's text.
                if !l.destination.isEmpty, TypedReference.split(l.destination) == nil { out += " " + l.destination }
            case .footnoteReference: break
            case .deleted: out += "(DELETED)"
            case .anchor: break
            }
        }
        return out
    }

    /// The text of blocks, one line per block.
    public static func of(_ blocks: [Block]) -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .paragraph(let c, _), .heading(_, let c, _): lines.append(of(c))
            case .blockQuote(let b), .footnoteDefinition(_, let b): lines.append(of(b))
            case .list(let l): lines += l.items.map { of($0.blocks) }
            case .codeBlock(_, let literal, _): lines.append(literal)
            case .html(let literal): lines.append(literal)
            case .table(let t): lines += (t.header + t.rows.flatMap { $0 }).map(of)
            case .fencedDiv(let d): lines.append(of(d.blocks))
            case .chart(let chart): lines.append(([chart.title] + chart.bars.map(\.label)).joined(separator: "\n"))
            case .thematicBreak, .deleted: break
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Strips LIMITE parts from Markdown: blocks become "DELETED", spans "(DELETED)", and links
/// to what the public edition withholds become plain text without the target's title.
struct Redaction {
    /// Decides what a link becomes: nil keeps it, a string replaces it by that text when
    /// the link has no text of its own.
    let withheldLabel: (String) -> String?

    /// The public version of a sequence of blocks.
    func blocks(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        for block in blocks {
            let redacted = self.block(block)
            // Consecutive deletions collapse into one "DELETED".
            if case .deleted = redacted, case .deleted? = out.last { continue }
            out.append(redacted)
        }
        return out
    }

    private func block(_ block: Block) -> Block {
        switch block {
        case .paragraph(let c, let at): return .paragraph(inlines(c), at: at)
        case .heading(let level, let c, let at): return .heading(level: level, inlines(c), at: at)
        case .blockQuote(let b): return .blockQuote(blocks(b))
        case .list(var list):
            list.items = list.items.map { ListItem(blocks: blocks($0.blocks), task: $0.task) }
            return .list(list)
        case .table(var table):
            table.header = table.header.map(inlines)
            table.rows = table.rows.map { $0.map(inlines) }
            return .table(table)
        case .footnoteDefinition(let label, let b): return .footnoteDefinition(label: label, blocks(b))
        case .fencedDiv(var div):
            if div.name == "limite" { return .deleted }
            div.blocks = blocks(div.blocks)
            return .fencedDiv(div)
        case .codeBlock, .html, .thematicBreak, .deleted:
            return block
        }
    }

    /// The public version of a sequence of inlines.
    func inlines(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            switch inline {
            case .limiteSpan:
                if case .deleted? = out.last { continue }
                out.append(.deleted)
            case .emphasis(let c): out.append(.emphasis(self.inlines(c)))
            case .strong(let c): out.append(.strong(self.inlines(c)))
            case .strikethrough(let c): out.append(.strikethrough(self.inlines(c)))
            case .link(var link):
                link.children = self.inlines(link.children)
                if let label = withheldLabel(link.destination) {
                    out.append(contentsOf: link.children.isEmpty ? [.text(label)] : link.children)
                } else {
                    out.append(.link(link))
                }
            case .image(var image):
                image.children = self.inlines(image.children)
                out.append(.image(image))
            default:
                out.append(inline)
            }
        }
        return out
    }
}

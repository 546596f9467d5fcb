/// The check that a cut took out exactly the LIMITE parts the parser sees, range by range:
/// the text parsed after the cut must read as the text parsed before it with each LIMITE
/// block and span emptied (positions, footnote numbers and list spacing aside, and the
/// footnotes only a LIMITE part cited left out). A scan that delimits a span otherwise than
/// the parser (a bracket inside an autolink, raw HTML or a link destination; a `)` inside
/// `<…>`) fails it, and the text is refused rather than published half cut.
enum LimiteCutCheck {
    /// Whether `cut` parses as `original` with its LIMITE parts emptied. A link whose whole
    /// text is LIMITE is withheld whole: on the original's side it reads as the bare span the
    /// cut must hold; on the cut's side a link is a link (its destination and title are
    /// public text there). `partial`: the cut may leave other parts in place (to find which
    /// part fails): their content is emptied on its side too.
    static func holds(original: [Block], cut: String, partial: Bool = false) -> Bool {
        normalized(original, side: .original) == normalized(MarkdownParser.parse(cut).document.blocks, side: partial ? .partialCut : .cut)
    }

    /// Which side of the comparison blocks are read for.
    enum Side {
        case original, cut, partialCut
    }

    /// The blocks of a document as the comparison reads them.
    struct Normalized: Equatable {
        var blocks: [Block]
        var footnotes: [String: [Block]]
    }

    static func normalized(_ blocks: [Block], side: Side) -> Normalized {
        let emptied = { (block: Block) in Self.emptied(block, side) }
        var body: [Block] = []
        var definitions: [String: [Block]] = [:]
        for block in blocks {
            if case .footnoteDefinition(let label, let content) = block {
                definitions[label] = content.map(emptied)
            } else {
                body.append(emptied(block))
            }
        }
        // The footnotes cited outside LIMITE parts, and those they cite in turn.
        var cited: Set<String> = []
        var pending = references(body)
        while let label = pending.popLast() {
            guard cited.insert(label).inserted, let content = definitions[label] else { continue }
            pending += references(content)
        }
        return Normalized(blocks: body, footnotes: definitions.filter { cited.contains($0.key) })
    }

    private static func references(_ blocks: [Block]) -> [String] {
        var labels: [String] = []
        InlineWalk.each(in: blocks) { inline in
            if case .footnoteReference(let label, _) = inline { labels.append(label) }
        }
        return labels
    }

    private static let nowhere = SourcePoint(line: 0, column: 0)

    private static func emptied(_ block: Block, _ side: Side) -> Block {
        let emptied = { (block: Block) in Self.emptied(block, side) }
        let inlines = { (inlines: [Inline]) in Self.emptied(inlines, side) }
        switch block {
        case .paragraph(let c, _): return .paragraph(inlines(c), at: nowhere)
        case .heading(let level, let c, _): return .heading(level: level, inlines(c), at: nowhere)
        case .blockQuote(let b): return .blockQuote(b.map(emptied))
        case .list(var list):
            list.tight = true
            list.items = list.items.map { ListItem(blocks: $0.blocks.map(emptied), task: $0.task) }
            return .list(list)
        case .table(var table):
            table.header = table.header.map(inlines)
            table.rows = table.rows.map { $0.map(inlines) }
            return .table(table)
        case .footnoteDefinition(let label, let b): return .footnoteDefinition(label: label, b.map(emptied))
        case .fencedDiv(let div):
            let limite = div.name == LimiteLexer.className
            return .fencedDiv(FencedDiv(name: div.name, blocks: limite && side != .cut ? [] : div.blocks.map(emptied), at: nowhere))
        case .codeBlock, .html, .thematicBreak, .deleted, .chart:
            return block
        }
    }

    private static func emptied(_ inlines: [Inline], _ side: Side) -> [Inline] {
        let emptied = { (inlines: [Inline]) in Self.emptied(inlines, side) }
        return inlines.map { inline in
            switch inline {
            case .limiteSpan(let content, _):
                // The cut's side keeps what a span holds: a cut span is empty.
                return .limiteSpan(side == .cut ? emptied(content) : [], at: nowhere)
            case .emphasis(let c): return .emphasis(emptied(c))
            case .strong(let c): return .strong(emptied(c))
            case .strikethrough(let c): return .strikethrough(emptied(c))
            case .footnoteReference(let label, _): return .footnoteReference(label: label, number: 0)
            case .link(var link), .image(var link):
                // A link or image whose whole text is LIMITE is LIMITE whole.
                if side != .cut, link.children.count == 1, case .limiteSpan = link.children[0] { return .limiteSpan([], at: nowhere) }
                link.children = emptied(link.children)
                link.at = nowhere
                if case .image = inline { return .image(link) }
                return .link(link)
            case .text, .softBreak, .lineBreak, .code, .html, .deleted, .anchor:
                return inline
            }
        }
    }
}

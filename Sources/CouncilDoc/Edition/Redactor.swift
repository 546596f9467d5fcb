/// Strips LIMITE parts from one text of one document, recording each: blocks become
/// "DELETED", spans "(DELETED)". (A link to what the public edition withholds resolves
/// `withheld` when its page is rendered.)
final class Redactor {
    private let document: String
    private let title: String
    private let locate: (SourcePoint) -> SourceLocation
    private var section: String?
    /// What this redactor withheld.
    private(set) var records: [RedactionRecord] = []

    /// A redactor for a text of `document` (a path) titled `title`.
    init(document: String, title: String, locate: @escaping (SourcePoint) -> SourceLocation) {
        self.document = document
        self.title = title
        self.locate = locate
    }

    /// The public version of a whole text. Its footnotes need no pruning: the public
    /// sources hold no LIMITE byte, so a footnote cited only from a LIMITE part is cited
    /// nowhere in them, and libcmark-gfm leaves out a definition nothing cites.
    func document(_ blocks: [Block]) -> [Block] {
        self.blocks(blocks)
    }

    private func record(_ marker: RedactionRecord.Marker, at point: SourcePoint, _ text: String) {
        records.append(RedactionRecord(marker: marker, document: document, title: title, section: section,
                                       location: locate(point), text: text))
    }

    private func blocks(_ blocks: [Block]) -> [Block] {
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
        case .heading(let level, let c, let at):
            section = PlainText.of(c)
            return .heading(level: level, inlines(c), at: at)
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
            if div.name == "limite" {
                record(.block, at: div.at, PlainText.of(div.blocks))
                return .deleted
            }
            div.blocks = blocks(div.blocks)
            return .fencedDiv(div)
        case .codeBlock, .html, .thematicBreak, .deleted, .chart:
            return block
        }
    }

    private func inlines(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            switch inline {
            case .limiteSpan(let content, let at):
                record(.span, at: at, PlainText.of(content))
                if case .deleted? = out.last { continue }
                out.append(.deleted)
            case .emphasis(let c): out.append(.emphasis(self.inlines(c)))
            case .strong(let c): out.append(.strong(self.inlines(c)))
            case .strikethrough(let c): out.append(.strikethrough(self.inlines(c)))
            case .link(var link):
                link.children = self.inlines(link.children)
                // A link whose whole text is withheld is withheld whole, destination and title.
                if link.children == [.deleted] {
                    if case .deleted? = out.last { continue }
                    out.append(.deleted)
                } else {
                    out.append(.link(link))
                }
            case .image(var image):
                image.children = self.inlines(image.children)
                if image.children == [.deleted] {
                    if case .deleted? = out.last { continue }
                    out.append(.deleted)
                } else {
                    out.append(.image(image))
                }
            default:
                out.append(inline)
            }
        }
        return out
    }
}

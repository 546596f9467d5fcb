/// Strips LIMITE parts from one text of one document, recording each: blocks become
/// "DELETED", spans "(DELETED)", links to what the public edition withholds become plain
/// text without the target's title, and footnotes left without a reference are dropped
/// (their text could only be reached from the deleted part) and renumbered.
final class Redactor {
    private let document: String
    private let title: String
    private let locate: (SourcePoint) -> SourceLocation
    private let withheldLabel: (String) -> String?
    private var section: String?
    /// What this redactor withheld.
    private(set) var records: [RedactionRecord] = []

    /// A redactor for a text of `document` (a path) titled `title`.
    init(document: String, title: String, locate: @escaping (SourcePoint) -> SourceLocation,
         withheldLabel: @escaping (String) -> String?) {
        self.document = document
        self.title = title
        self.locate = locate
        self.withheldLabel = withheldLabel
    }

    /// The public version of a whole text.
    func document(_ blocks: [Block]) -> [Block] {
        Self.pruneFootnotes(self.blocks(blocks))
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

    /// Drops footnote definitions nothing refers to any more and numbers the rest again in
    /// the order of their first reference.
    static func pruneFootnotes(_ blocks: [Block]) -> [Block] {
        var order: [String] = []
        var seen: Set<String> = []
        func collect(_ blocks: [Block]) {
            InlineWalk.each(in: blocks) { inline in
                if case .footnoteReference(let label, _) = inline, seen.insert(label).inserted { order.append(label) }
            }
        }
        let isDefinition: (Block) -> Bool = { if case .footnoteDefinition = $0 { true } else { false } }
        guard blocks.contains(where: isDefinition) else { return blocks }
        collect(blocks.filter { !isDefinition($0) })
        // References inside kept definitions keep their own definitions.
        var count = -1
        var collected: Set<String> = []
        while count != order.count {
            count = order.count
            for case .footnoteDefinition(let label, let content) in blocks where seen.contains(label) && !collected.contains(label) {
                collected.insert(label)
                collect(content)
            }
        }
        let numbers = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0 + 1) })
        func renumber(_ inlines: [Inline]) -> [Inline] {
            inlines.map { inline in
                switch inline {
                case .footnoteReference(let label, _): .footnoteReference(label: label, number: numbers[label] ?? 0)
                case .emphasis(let c): .emphasis(renumber(c))
                case .strong(let c): .strong(renumber(c))
                case .strikethrough(let c): .strikethrough(renumber(c))
                case .limiteSpan(let c, let at): .limiteSpan(renumber(c), at: at)
                case .link(var l): { l.children = renumber(l.children); return .link(l) }()
                case .image(var l): { l.children = renumber(l.children); return .image(l) }()
                default: inline
                }
            }
        }
        func rewrite(_ blocks: [Block]) -> [Block] {
            blocks.compactMap { block in
                switch block {
                case .paragraph(let c, let at): .paragraph(renumber(c), at: at)
                case .heading(let l, let c, let at): .heading(level: l, renumber(c), at: at)
                case .blockQuote(let b): .blockQuote(rewrite(b))
                case .fencedDiv(var d): { d.blocks = rewrite(d.blocks); return .fencedDiv(d) }()
                case .list(var l): {
                    l.items = l.items.map { ListItem(blocks: rewrite($0.blocks), task: $0.task) }
                    return .list(l)
                }()
                case .table(var t): {
                    t.header = t.header.map(renumber)
                    t.rows = t.rows.map { $0.map(renumber) }
                    return .table(t)
                }()
                case .footnoteDefinition(let label, let b):
                    numbers[label] == nil ? nil : .footnoteDefinition(label: label, rewrite(b))
                default: block
                }
            }
        }
        let rewritten = rewrite(blocks)
        let body = rewritten.filter { if case .footnoteDefinition = $0 { false } else { true } }
        let definitions = rewritten.compactMap { block -> (Int, Block)? in
            guard case .footnoteDefinition(let label, _) = block else { return nil }
            return (numbers[label] ?? 0, block)
        }.sorted { $0.0 < $1.0 }.map(\.1)
        return body + definitions
    }
}

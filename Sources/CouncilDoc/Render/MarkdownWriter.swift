/// Writes Markdown blocks back as GitHub Flavored Markdown: the Markdown twin of every page.
/// Tested by round trip on the GFM spec: what it writes parses back to the same HTML.
public struct MarkdownWriter {
    private let links: LinkProvider

    /// Renders `blocks`; a fenced div is written back as `::: NAME` … `:::`.
    public static func render(_ blocks: [Block], links: LinkProvider = NoLinks()) -> String {
        let writer = MarkdownWriter(links: links)
        // Footnotes last, as in the HTML, even when generated blocks were appended after them.
        let isDefinition: (Block) -> Bool = { if case .footnoteDefinition = $0 { true } else { false } }
        let lines = writer.blocks(blocks.filter { !isDefinition($0) } + blocks.filter(isDefinition), tight: false)
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Renders inlines alone (a table cell, a title) on one line.
    public static func render(_ inlines: [Inline], links: LinkProvider = NoLinks()) -> String {
        MarkdownWriter(links: links).inlines(inlines, lineStart: true)
    }

    private init(links: LinkProvider) {
        self.links = links
    }

    // MARK: Blocks

    private func blocks(_ blocks: [Block], tight: Bool) -> [String] {
        var lines: [String] = []
        var previous: Block?
        for var block in blocks {
            // Two adjacent lists of the same kind would merge: switch the second's marker.
            if case .list(var list) = block, case .list(let before)? = previous, list.ordered == before.ordered,
               list.bullet == before.bullet, list.delimiter == before.delimiter {
                if list.ordered { list.delimiter = before.delimiter == "." ? ")" : "." } else {
                    list.bullet = before.bullet == "-" ? "*" : "-"
                }
                block = .list(list)
            }
            let rendered = self.block(block)
            if previous != nil {
                // A paragraph followed by an indented code block or a list needs a break; a
                // blank line separates everything except the blocks of a tight list item.
                if !tight || Self.needsBlankLine(previous!, block) { lines.append("") }
            }
            lines.append(contentsOf: rendered)
            previous = block
        }
        return lines
    }

    private static func needsBlankLine(_ a: Block, _ b: Block) -> Bool {
        switch (a, b) {
        case (.paragraph, .paragraph), (.list, .list), (.html, _), (.codeBlock, .codeBlock): return true
        default: return false
        }
    }

    private func block(_ block: Block) -> [String] {
        switch block {
        case .paragraph(let content, _):
            return inlines(content, lineStart: true).lineFeedSeparated
        case .heading(let level, let content, _):
            let text = inlines(content, lineStart: false)
            if text.containsByte("\n") && level <= 2 {
                return text.lineFeedSeparated + [level == 1 ? "===" : "---"]
            }
            let single = text.replacingAll("\n", with: " ")
            return [String(repeating: "#", count: level) + (single.isEmpty ? "" : " " + single)]
        case .blockQuote(let children):
            let inner = blocks(children, tight: false)
            return inner.isEmpty ? [">"] : inner.map { $0.isEmpty ? ">" : "> " + $0 }
        case .list(let list):
            return self.list(list)
        case .codeBlock(let info, let literal, _):
            return codeBlock(info: info, literal: literal)
        case .html(let literal):
            var text = literal
            while text.hasSuffix("\n") { text.removeLast() }
            return text.lineFeedSeparated
        case .thematicBreak:
            return ["***"]
        case .table(let table):
            return self.table(table)
        case .footnoteDefinition(let label, let children):
            let inner = blocks(children, tight: false)
            guard let first = inner.first else { return ["[^\(label)]:"] }
            return ["[^\(label)]: " + first] + inner.dropFirst().map { $0.isEmpty ? "" : "    " + $0 }
        case .fencedDiv(let div) where div.name == "limite":
            // In the LIMITE edition (the public one has no LIMITE part left): a quote headed
            // LIMITE, which every Markdown viewer shows as set apart.
            let inner = blocks(div.blocks, tight: false)
            return ["> **LIMITE**", ">"] + inner.map { $0.isEmpty ? ">" : "> " + $0 }
        case .fencedDiv(let div) where GeneratedGroup(rawValue: div.name) != nil:
            // A generated block's grouping (a strategy's objectives, an older plan's action
            // sheet and its terms of reference): GFM has none, the content is as it is.
            return blocks(div.blocks, tight: false)
        case .fencedDiv(let div):
            return ["::: \(div.name)"] + blocks(div.blocks, tight: false) + [":::"]
        case .deleted:
            return ["DELETED"]
        case .chart(let chart):
            // The chart's data as a table: what the figure shows, in text.
            return ["**" + MarkdownEscaping.text(chart.title, atLineStart: false, inTable: false) + "**", ""]
                + table(ChartSVG.table(chart))
        }
    }

    private func list(_ list: MarkdownList) -> [String] {
        var lines: [String] = []
        for (index, item) in list.items.enumerated() {
            var marker = list.ordered ? "\(list.start + index)\(list.delimiter) " : "\(list.bullet) "
            if let checked = item.task { marker += checked ? "[x] " : "[ ] " }
            let indent = String(repeating: " ", count: list.ordered ? marker.count : 2)
            var inner = blocks(item.blocks, tight: list.tight)
            if inner.isEmpty { inner = [""] }
            // An item that starts with a blank line (an empty first paragraph) or code
            // indented by the marker width would change meaning: keep the marker on its line.
            if index > 0 && !list.tight { lines.append("") }
            let first = inner[0]
            lines.append(first.isEmpty ? String(marker.dropLast()) : marker + first)
            for line in inner.dropFirst() { lines.append(line.isEmpty ? "" : indent + line) }
        }
        return lines
    }

    private func codeBlock(info: String, literal: String) -> [String] {
        let useTildes = info.containsByte("`")
        let fenceChar: Character = useTildes ? "~" : "`"
        var longest = 0, run = 0
        for c in literal {
            if c == fenceChar { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        let fence = String(repeating: fenceChar, count: max(3, longest + 1))
        var body = literal
        if body.hasSuffix("\n") { body.removeLast() }
        let content = literal.isEmpty ? [] : body.lineFeedSeparated
        return [fence + info] + content + [fence]
    }

    private func table(_ table: MarkdownTable) -> [String] {
        let columns = max(table.alignments.count, table.header.count)
        func row(_ cells: [[Inline]]) -> String {
            var texts = cells.prefix(columns).map { cell -> String in
                let text = inlines(cell, lineStart: false, inTable: true)
                return text.replacingAll("\n", with: " ")
            }
            while texts.count < columns { texts.append("") }
            return "| " + texts.joined(separator: " | ") + " |"
        }
        let delimiter = (0..<columns).map { i -> String in
            switch i < table.alignments.count ? table.alignments[i] : .none {
            case .none: "---"
            case .left: ":--"
            case .center: ":-:"
            case .right: "--:"
            }
        }
        return [row(table.header), "| " + delimiter.joined(separator: " | ") + " |"] + table.rows.map(row)
    }

    // MARK: Inlines

    private func inlines(_ inlines: [Inline], lineStart: Bool, inTable: Bool = false) -> String {
        var out = ""
        var atLineStart = lineStart
        for (index, inline) in inlines.enumerated() {
            let next = index + 1 < inlines.count ? inlines[index + 1] : nil
            out += self.inline(inline, atLineStart: atLineStart, inTable: inTable, next: next)
            switch inline {
            case .softBreak, .lineBreak: atLineStart = true
            default: atLineStart = false
            }
        }
        return out
    }

    private func inline(_ inline: Inline, atLineStart: Bool, inTable: Bool, next: Inline?) -> String {
        switch inline {
        case .text(let text):
            var escaped = MarkdownEscaping.text(text, atLineStart: atLineStart, inTable: inTable)
            // `!` before a link would make it an image.
            if case .link? = next, escaped.hasSuffix("!") { escaped = String(escaped.dropLast()) + "\\!" }
            // Trailing spaces before a line break would turn into a hard break.
            if case .softBreak? = next, escaped.hasSuffix(" ") {
                escaped = String(escaped.dropLast()) + "&#32;"
            }
            return escaped
        case .softBreak:
            return "\n"
        case .lineBreak:
            // A table row is one line: a break inside a cell is HTML.
            return inTable ? "<br>" : "\\\n"
        case .code(let code):
            return MarkdownEscaping.codeSpan(code, inTable: inTable)
        case .html(let literal):
            return literal
        case .emphasis(let children):
            return "*" + nested(children, inTable: inTable) + "*"
        case .strong(let children):
            return "**" + nested(children, inTable: inTable) + "**"
        case .strikethrough(let children):
            return "~~" + inlines(children, lineStart: false, inTable: inTable) + "~~"
        case .link(let link):
            return self.link(link, inTable: inTable)
        case .image(let image):
            let alt = inlines(image.children, lineStart: false, inTable: inTable)
            return "![" + alt + "](" + MarkdownEscaping.destination(image.destination)
                + MarkdownEscaping.title(image.title) + ")"
        case .footnoteReference(let label, _):
            return "[^\(label)]"
        case .limiteSpan(let children, _):
            // Visible as "[LIMITE: …]" in any Markdown viewer (the brackets escaped, so that
            // they open no link).
            return "\\[LIMITE: " + inlines(children, lineStart: false, inTable: inTable) + "\\]"
        case .deleted:
            return "(DELETED)"
        case .anchor(let id):
            return "<a id=\"\(HTMLEscaping.text(id))\"></a>"
        }
    }

    /// The content of an emphasis: a sole nested emphasis uses `_` so that `*_a_*` does not
    /// become `**a**` nor `**_a_**` become `***a***` (which parses as emphasis of strong).
    private func nested(_ children: [Inline], inTable: Bool) -> String {
        if children.count == 1, case .emphasis(let inner) = children[0] {
            return "_" + nested(inner, inTable: inTable) + "_"
        }
        return inlines(children, lineStart: false, inTable: inTable)
    }

    private func link(_ link: MarkdownLink, inTable: Bool) -> String {
        var destination = link.destination
        var children = link.children
        let title = link.title
        if let resolved = links.resolve(link.destination) {
            if children.isEmpty { children = [.text(resolved.label)] }
            guard let href = resolved.href else { return inlines(children, lineStart: false, inTable: inTable) }
            destination = href
        }
        let text = inlines(children, lineStart: false, inTable: inTable)
        return "[" + text + "](" + MarkdownEscaping.destination(destination) + MarkdownEscaping.title(title) + ")"
    }
}

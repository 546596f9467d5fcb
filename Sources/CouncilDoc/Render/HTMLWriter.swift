/// Writes Markdown blocks as HTML with the exact output of libcmark-gfm's HTML renderer
/// (tested against it on the whole GFM spec), plus councildoc's own nodes: fenced divs,
/// LIMITE spans and the public edition's deletions, and typed links through a provider.
public struct HTMLWriter {
    /// Rendering switches.
    public struct Options: Sendable {
        /// Pass raw HTML through (otherwise it becomes `<!-- raw HTML omitted -->` and
        /// dangerous URLs are blanked), as cmark's `CMARK_OPT_UNSAFE`.
        public var unsafe: Bool = false
        /// `style="text-align: …"` on table cells instead of the obsolete `align`.
        public var preferStyleAttributes: Bool = true
        /// The GFM tagfilter on raw HTML (only matters with `unsafe`).
        public var tagfilter: Bool = true
        /// `scope="col"` on table header cells (accessible tables; cmark writes none).
        public var headerScope: Bool = false
        /// For print (the source of the PDF and the DOCX): each footnote written where it is
        /// called, as `<span class="footnote">` that the page engine floats to the foot of
        /// the page and pandoc makes a Word footnote; links and images as their text (a
        /// printed document has no links, and a converter fetches nothing); LIMITE parts
        /// carrying the Word style that marks them (`data-custom-style`).
        public var print: Bool = false
        /// A bullet list whose items each start with their own marker ("a)", "i)", "1)",
        /// "(2)") is written `<ul class="marked">`, which the stylesheets show without
        /// bullets: no item shows two markers.
        public var markedLists: Bool = false
        /// Creates the options.
        public init(unsafe: Bool = false, preferStyleAttributes: Bool = true, tagfilter: Bool = true,
                    headerScope: Bool = false) {
            self.unsafe = unsafe
            self.preferStyleAttributes = preferStyleAttributes
            self.tagfilter = tagfilter
            self.headerScope = headerScope
        }

        /// The options of councildoc's pages: safe, style attributes, header scopes.
        public static let site: Options = {
            var options = Options(unsafe: false, preferStyleAttributes: true, tagfilter: true, headerScope: true)
            options.markedLists = true
            return options
        }()

        /// The options of a printed document's source.
        public static let printed: Options = {
            var options = site
            options.print = true
            return options
        }()
    }

    private let options: Options
    private let links: LinkProvider
    private var out = ""
    private var footnoteIndex = 0
    private var chartCount = 1
    private var writtenFootnoteIndex = 0
    private var footnoteReferenceCounts: [String: Int] = [:]
    private var footnoteReferencesSeen: [String: Int] = [:]
    /// In print: the footnote definitions by label, and the number before this text's first.
    private var footnoteDefinitions: [String: [Block]] = [:]
    private var footnoteBase = 0

    /// Renders `blocks`; a fenced div becomes `<div class="NAME">`.
    public static func render(_ blocks: [Block], options: Options = Options(), links: LinkProvider = NoLinks()) -> String {
        render(blocks, options: options, links: links, footnoteBase: 0).html
    }

    /// Renders `blocks` with footnotes numbered after `footnoteBase` (a printed document
    /// numbers its footnotes through the body and every annex); also returns how many
    /// footnotes the text has.
    static func render(_ blocks: [Block], options: Options, links: LinkProvider, footnoteBase: Int) -> (html: String, footnotes: Int) {
        var writer = HTMLWriter(options: options, links: links)
        writer.footnoteBase = footnoteBase
        if options.print {
            writer.collectFootnotes(blocks)
            writer.blocks(blocks, tight: false)
            return (writer.out, writer.footnoteReferencesSeen.count)
        }
        writer.countFootnoteReferences(blocks)
        // Footnotes close the text even when generated blocks were appended after them.
        let isDefinition: (Block) -> Bool = { if case .footnoteDefinition = $0 { true } else { false } }
        writer.blocks(blocks.filter { !isDefinition($0) } + blocks.filter(isDefinition), tight: false)
        if writer.footnoteIndex > 0 { writer.out += "</ol>\n</section>\n" }
        return (writer.out, writer.footnoteIndex)
    }

    private init(options: Options, links: LinkProvider) {
        self.options = options
        self.links = links
    }

    private mutating func cr() {
        if let last = out.utf8.last, last != UInt8(ascii: "\n") { out += "\n" }
    }

    // MARK: Blocks

    private mutating func blocks(_ blocks: [Block], tight: Bool, footnoteLabel: String? = nil) {
        for (index, block) in blocks.enumerated() {
            let lastInFootnote = footnoteLabel != nil && index == blocks.count - 1
            self.block(block, tight: tight, backrefLabel: lastInFootnote ? footnoteLabel : nil)
        }
    }

    private mutating func block(_ block: Block, tight: Bool, backrefLabel: String? = nil) {
        switch block {
        case .paragraph(let content, _):
            if !tight { cr(); out += "<p>" }
            inlines(content)
            if let label = backrefLabel {
                out += " "
                footnoteBackrefs(label)
            }
            if !tight { out += "</p>\n" }
        case .heading(let level, let content, _):
            cr()
            out += "<h\(level)>"
            inlines(content)
            out += "</h\(level)>\n"
        case .blockQuote(let children):
            cr()
            out += "<blockquote>\n"
            blocks(children, tight: false)
            cr()
            out += "</blockquote>\n"
        case .list(let list):
            cr()
            if list.ordered {
                out += list.start == 1 ? "<ol>\n" : "<ol start=\"\(list.start)\">\n"
            } else {
                out += options.markedLists && Self.itemsCarryMarkers(list) ? "<ul class=\"marked\">\n" : "<ul>\n"
            }
            for item in list.items {
                cr()
                out += "<li>"
                if let checked = item.task {
                    out += checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> "
                                   : "<input type=\"checkbox\" disabled=\"\" /> "
                }
                blocks(item.blocks, tight: list.tight)
                out += "</li>\n"
            }
            out += list.ordered ? "</ol>\n" : "</ul>\n"
        case .codeBlock(let info, let literal, _):
            cr()
            let language = info.prefix { $0 != " " && $0 != "\t" && $0 != "\n" }
            if language.isEmpty {
                out += "<pre><code>"
            } else {
                out += "<pre><code class=\"language-"
                HTMLEscaping.text(String(language), into: &out)
                out += "\">"
            }
            HTMLEscaping.text(literal, into: &out)
            out += "</code></pre>\n"
        case .html(let literal):
            cr()
            out += rawHTML(literal)
            cr()
        case .thematicBreak:
            cr()
            out += "<hr />\n"
        case .table(let table):
            self.table(table)
        case .footnoteDefinition where options.print:
            break
        case .footnoteDefinition(let label, let children):
            if footnoteIndex == 0 { out += "<section class=\"footnotes\" data-footnotes>\n<ol>\n" }
            footnoteIndex += 1
            out += "<li id=\"fn-"
            HTMLEscaping.href(label, into: &out)
            out += "\">\n"
            let endsWithParagraph: Bool
            if case .paragraph? = children.last { endsWithParagraph = true } else { endsWithParagraph = false }
            blocks(children, tight: false, footnoteLabel: endsWithParagraph ? label : nil)
            if writtenFootnoteIndex < footnoteIndex {
                footnoteBackrefs(label)
                out += "\n"
            }
            out += "</li>\n"
        case .fencedDiv(let div):
            cr()
            out += "<div class=\""
            HTMLEscaping.text(div.name, into: &out)
            out += options.print && div.name == "limite" ? "\" data-custom-style=\"LIMITE block\">\n" : "\">\n"
            blocks(div.blocks, tight: false)
            cr()
            out += "</div>\n"
        case .deleted:
            cr()
            out += "<p class=\"deleted\">DELETED</p>\n"
        case .chart(let chart):
            cr()
            out += ChartSVG.figure(chart, id: "chart-\(chartCount)", number: chartCount)
            chartCount += 1
        }
    }

    private mutating func table(_ table: MarkdownTable) {
        cr()
        out += "<table>\n"
        row(table.header, header: true, alignments: table.alignments)
        if !table.rows.isEmpty {
            cr()
            out += "<tbody>\n"
            for cells in table.rows { row(cells, header: false, alignments: table.alignments) }
        }
        if !table.rows.isEmpty {
            cr()
            out += "</tbody>"
        }
        cr()
        out += "</table>\n"
    }

    private mutating func row(_ cells: [[Inline]], header: Bool, alignments: [TableAlignment]) {
        cr()
        if header { out += "<thead>\n" }
        cr()
        out += "<tr>"
        let tag = header ? "th" : "td"
        for (index, cell) in cells.enumerated() {
            cr()
            out += "<\(tag)"
            if header && options.headerScope { out += " scope=\"col\"" }
            let alignment = index < alignments.count ? alignments[index] : .none
            let word: String? = switch alignment {
            case .left: "left"
            case .center: "center"
            case .right: "right"
            case .none: nil
            }
            if let word {
                out += options.preferStyleAttributes ? " style=\"text-align: \(word)\"" : " align=\"\(word)\""
            }
            out += ">"
            inlines(cell)
            out += "</\(tag)>"
        }
        cr()
        out += "</tr>"
        if header {
            cr()
            out += "</thead>"
        }
    }

    /// Whether every item of a list starts with a marker of its own: "a) ", "iv) ", "1) ", "(2) ".
    static func itemsCarryMarkers(_ list: MarkdownList) -> Bool {
        !list.items.isEmpty && list.items.allSatisfy { item in
            guard case .paragraph(let content, _)? = item.blocks.first else { return false }
            var text = ""
            for inline in content {
                switch inline {
                case .text(let t): text += t
                case .emphasis(let c), .strong(let c):
                    text += PlainText.of([.paragraph(c, at: .unknown)])
                case .link(let link):
                    text += PlainText.of([.paragraph(link.children, at: .unknown)])
                case .anchor: continue
                default: break
                }
                if text.count >= 8 { break }
            }
            var s = Substring(text)
            if s.first == "(" { s = s.dropFirst() }
            let marker = s.prefix { $0.isLetter || $0.isNumber }
            guard !marker.isEmpty, marker.count <= 4,
                  marker.allSatisfy({ $0.isNumber }) || marker.count == 1 || marker.allSatisfy({ "ivxlc".contains($0) }) else { return false }
            let rest = s.dropFirst(marker.count)
            return rest.hasPrefix(") ") || rest == ")"
        }
    }

    // MARK: Footnotes

    /// In print, the definitions a reference writes in place.
    private mutating func collectFootnotes(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .footnoteDefinition(let label, let children):
                if footnoteDefinitions[label] == nil { footnoteDefinitions[label] = children }
            case .fencedDiv(let div):
                collectFootnotes(div.blocks)
            default:
                break
            }
        }
    }

    /// In print, a footnote where it is called: its first call carries its text, numbered
    /// through the document (`data-n`, which the page engine shows as the call and the
    /// note's mark); a later call only the number.
    private mutating func printFootnote(_ label: String, number: Int) {
        let n = footnoteBase + number
        guard footnoteReferencesSeen[label] == nil else {
            out += "<sup class=\"footnote-repeat\">\(n)</sup>"
            return
        }
        footnoteReferencesSeen[label] = 1
        out += "<span class=\"footnote\" data-n=\"\(n)\">"
        footnoteText(footnoteDefinitions[label] ?? [])
        out += "</span>"
    }

    /// A footnote's blocks as inline HTML (a footnote is floated out of a paragraph, which
    /// holds no block): paragraphs and list items separated by line breaks.
    private mutating func footnoteText(_ blocks: [Block]) {
        for (index, block) in blocks.enumerated() {
            if index > 0 { out += "<br />" }
            switch block {
            case .paragraph(let content, _), .heading(_, let content, _):
                inlines(content)
            case .list(let list):
                for (n, item) in list.items.enumerated() {
                    if n > 0 { out += "<br />" }
                    out += list.ordered ? "\(list.start + n). " : "– "
                    footnoteText(item.blocks)
                }
            case .fencedDiv(let div):
                out += "<span class=\""
                HTMLEscaping.text(div.name, into: &out)
                out += div.name == "limite" ? "\" data-custom-style=\"LIMITE part\">" : "\">"
                footnoteText(div.blocks)
                out += "</span>"
            case .blockQuote(let children):
                footnoteText(children)
            case .deleted:
                out += "<span class=\"deleted\">DELETED</span>"
            default:
                HTMLEscaping.text(PlainText.of([block]), into: &out)
            }
        }
    }

    private mutating func countFootnoteReferences(_ blocks: [Block]) {
        InlineWalk.each(in: blocks) { inline in
            if case .footnoteReference(let label, _) = inline { footnoteReferenceCounts[label, default: 0] += 1 }
        }
    }

    private mutating func footnoteBackrefs(_ label: String) {
        guard writtenFootnoteIndex < footnoteIndex else { return }
        writtenFootnoteIndex = footnoteIndex
        var escaped = ""
        HTMLEscaping.href(label, into: &escaped)
        out += "<a href=\"#fnref-\(escaped)\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩</a>"
        let count = footnoteReferenceCounts[label] ?? 1
        if count > 1 {
            for n in 2...count {
                out += " <a href=\"#fnref-\(escaped)-\(n)\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩<sup class=\"footnote-ref\">\(n)</sup></a>"
            }
        }
    }

    // MARK: Inlines

    private mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines { self.inline(inline) }
    }

    private mutating func inline(_ inline: Inline) {
        switch inline {
        case .text(let text):
            HTMLEscaping.text(text, into: &out)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br />\n"
        case .code(let code):
            out += "<code>"
            HTMLEscaping.text(code, into: &out)
            out += "</code>"
        case .html(let literal):
            out += rawHTML(literal)
        case .emphasis(let children):
            out += "<em>"; inlines(children); out += "</em>"
        case .strong(let children):
            out += "<strong>"; inlines(children); out += "</strong>"
        case .strikethrough(let children):
            out += "<del>"; inlines(children); out += "</del>"
        case .link(let link):
            self.link(link)
        case .image(let image) where options.print:
            plain(image.children)
        case .image(let image):
            out += "<img src=\""
            if options.unsafe || !HTMLEscaping.isDangerous(image.destination) {
                HTMLEscaping.href(image.destination, into: &out)
            }
            out += "\" alt=\""
            plain(image.children)
            out += "\""
            titleAttribute(image.title)
            out += " />"
        case .footnoteReference(let label, let number) where options.print:
            printFootnote(label, number: number)
        case .footnoteReference(let label, let number):
            let seen = footnoteReferencesSeen[label, default: 0] + 1
            footnoteReferencesSeen[label] = seen
            var escaped = ""
            HTMLEscaping.href(label, into: &escaped)
            out += "<sup class=\"footnote-ref\"><a href=\"#fn-\(escaped)\" id=\"fnref-\(escaped)"
            if seen > 1 { out += "-\(seen)" }
            out += "\" data-footnote-ref>\(number)</a></sup>"
        case .limiteSpan(let children, _):
            out += options.print ? "<span class=\"limite\" data-custom-style=\"LIMITE part\">" : "<span class=\"limite\">"
            inlines(children)
            out += "</span>"
        case .deleted:
            out += "<span class=\"deleted\">(DELETED)</span>"
        case .anchor(let id):
            out += "<span id=\""
            HTMLEscaping.text(id, into: &out)
            out += "\"></span>"
        }
    }

    private func rawHTML(_ literal: String) -> String {
        guard options.unsafe else { return "<!-- raw HTML omitted -->" }
        return options.tagfilter ? HTMLEscaping.tagfilter(literal) : literal
    }

    private mutating func link(_ link: MarkdownLink) {
        if options.print {
            inlines(link.children.isEmpty ? [Inline.text(links.resolve(link.destination)?.label ?? link.destination)] : link.children)
            return
        }
        if let resolved = links.resolve(link.destination) {
            let children = link.children.isEmpty ? [Inline.text(resolved.label)] : link.children
            guard let href = resolved.href else {
                inlines(children)
                return
            }
            anchor(href: href, title: link.title.isEmpty ? resolved.title : link.title, children)
            return
        }
        anchor(href: options.unsafe || !HTMLEscaping.isDangerous(link.destination) ? link.destination : "",
               title: link.title, link.children)
    }

    private mutating func anchor(href: String, title: String, _ children: [Inline]) {
        out += "<a href=\""
        HTMLEscaping.href(href, into: &out)
        out += "\""
        titleAttribute(title)
        out += ">"
        inlines(children)
        out += "</a>"
    }

    private mutating func titleAttribute(_ title: String) {
        guard !title.isEmpty else { return }
        out += " title=\""
        HTMLEscaping.text(title, into: &out)
        out += "\""
    }

    /// Image descriptions: text only, as cmark writes alt attributes.
    private mutating func plain(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s), .html(let s): HTMLEscaping.text(s, into: &out)
            case .softBreak, .lineBreak: out += " "
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .limiteSpan(let c, _): plain(c)
            case .link(let l), .image(let l): plain(l.children)
            case .footnoteReference(_, let number): out += "\(number)"
            case .deleted: out += "(DELETED)"
            case .anchor: break
            }
        }
    }
}

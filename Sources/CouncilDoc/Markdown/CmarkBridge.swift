import CCmarkGFM
import CCmarkInterpose
import Foundation

/// The one place that talks to libcmark-gfm: it parses Markdown, copies the C tree into
/// Swift values at once, and frees every C object it made before returning.
///
/// libcmark-gfm mutates a process-wide table of special characters on every parse
/// (github/cmark-gfm PR #176), so concurrent parses corrupt each other. The
/// `CCmarkInterpose` target replaces the function that does it, so that the characters
/// are added and never removed; once the first parse shows that replacement live in the
/// process, parses run on every core. Otherwise they are serialised with a lock.
enum CmarkBridge {
    private static let lock = NSLock()
    /// How deep the tree is followed.
    static var maximumDepth: Int { TreeConverter.maximumDepth }

    /// The GFM extensions councildoc attaches to every parse.
    static let allExtensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// True when parsers may run concurrently: the extensions are registered and a first
    /// parse, under the lock, went through the interposed function. Computed once.
    static let concurrent: Bool = {
        lock.withLock {
            cmark_gfm_core_extensions_ensure_registered()
            let parser = makeParser(options: CMARK_OPT_DEFAULT, extensions: allExtensions)
            defer { cmark_parser_free(parser) }
            cmark_parser_feed(parser, "~x~ www.example.com", 19)
            cmark_node_free(cmark_parser_finish(parser))
        }
        return councildoc_cmark_interposed() != 0
    }()

    /// Runs one parse: on the calling thread when parsers may run concurrently, under the
    /// lock otherwise.
    private static func gate<T>(_ body: () -> T) -> T {
        concurrent ? body() : lock.withLock(body)
    }

    /// Parses `text` with the GFM extensions and footnotes into raw blocks (fenced-div
    /// sentinels are still HTML blocks, LIMITE spans still text).
    static func parse(_ text: String, extensions: [String] = allExtensions, footnotes: Bool = true) -> (blocks: [Block], tooDeep: SourcePoint?) {
        let root: OpaquePointer = gate {
            let parser = makeParser(options: footnotes ? CMARK_OPT_FOOTNOTES : CMARK_OPT_DEFAULT, extensions: extensions)
            defer { cmark_parser_free(parser) }
            var text = text
            text.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
            return cmark_parser_finish(parser)
        }
        defer { cmark_node_free(root) }
        var converter = TreeConverter(source: text)
        let blocks = converter.blocks(of: root)
        return (blocks, converter.tooDeep)
    }

    /// libcmark-gfm's own HTML for `text`: the reference our renderer is tested against,
    /// and the floor a benchmark compares with.
    static func libraryHTML(_ text: String, unsafe: Bool, preferStyleAttributes: Bool,
                            extensions: [String] = allExtensions, footnotes: Bool = true) -> String {
        var options = footnotes ? CMARK_OPT_FOOTNOTES : CMARK_OPT_DEFAULT
        if unsafe { options |= CMARK_OPT_UNSAFE }
        if preferStyleAttributes { options |= CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES }
        return gate {
            let parser = makeParser(options: options, extensions: extensions)
            defer { cmark_parser_free(parser) }
            text.utf8CString.withUnsafeBufferPointer { buffer in
                cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
            }
            let root = cmark_parser_finish(parser)
            defer { cmark_node_free(root) }
            guard let html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else {
                return ""
            }
            defer { free(html) }
            return String(cString: html)
        }
    }

    /// libcmark-gfm's own HTML and CommonMark renderings from one parse: the floor a
    /// benchmark compares councildoc with.
    static func libraryRender(_ text: String) -> (html: String, markdown: String) {
        let options = CMARK_OPT_FOOTNOTES
        let (parser, root): (OpaquePointer, OpaquePointer) = gate {
            let parser = makeParser(options: options, extensions: allExtensions)
            text.utf8CString.withUnsafeBufferPointer { buffer in
                cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
            }
            return (parser, cmark_parser_finish(parser))
        }
        defer {
            cmark_node_free(root)
            cmark_parser_free(parser)
        }
        let extensions = cmark_parser_get_syntax_extensions(parser)
        func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
            guard let pointer else { return "" }
            defer { free(pointer) }
            return String(cString: pointer)
        }
        let html = take(cmark_render_html(root, options, extensions))
        let markdown = take(cmark_render_commonmark(root, options, 0))
        return (html, markdown)
    }

    /// A parser with `extensions` attached (registered by `concurrent`, which every caller
    /// evaluates first).
    private static func makeParser(options: Int32, extensions: [String]) -> OpaquePointer {
        let parser = cmark_parser_new(options)!
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        return parser
    }
}

/// Walks a cmark tree and copies it into `Block` and `Inline` values.
struct TreeConverter {
    /// The parsed text, split into lines the first time a footnote label is read from it.
    private let source: String
    private var lines: [Substring]?
    /// Footnote labels by footnote number, learnt from the references' source text.
    var footnoteLabels: [Int: String] = [:]
    /// Nesting is cut off below this depth, so that no later stage recurses without bound.
    static let maximumDepth = 48
    private var depth = 0
    /// Where the first node too deep was, if any.
    private(set) var tooDeep: SourcePoint?

    /// Runs `body` one level deeper, or returns `empty` (and remembers where) past the limit.
    private mutating func deeper<T>(_ node: OpaquePointer, _ empty: T, _ body: (inout TreeConverter) -> T) -> T {
        guard depth < Self.maximumDepth else {
            if tooDeep == nil { tooDeep = point(node) }
            return empty
        }
        depth += 1
        defer { depth -= 1 }
        return body(&self)
    }

    init(source: String) {
        self.source = source
    }

    mutating func blocks(of parent: OpaquePointer) -> [Block] {
        deeper(parent, []) { $0.childBlocks(of: parent) }
    }

    private mutating func childBlocks(of parent: OpaquePointer) -> [Block] {
        var out: [Block] = []
        var definitions: [OpaquePointer] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION {
                definitions.append(node)   // converted after the references that name them
            } else if let block = block(node) {
                out.append(block)
            }
            child = cmark_node_next(node)
        }
        for (index, node) in definitions.enumerated() {
            let number = index + 1
            let content = blocks(of: node)
            out.append(.footnoteDefinition(label: footnoteLabels[number] ?? String(number), content))
        }
        return out
    }

    mutating func block(_ node: OpaquePointer) -> Block? {
        let type = cmark_node_get_type(node)
        let at = point(node)
        switch type {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(of: node), at: at)
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node), at: at)
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks(of: node))
        case CMARK_NODE_LIST:
            return .list(list(node))
        case CMARK_NODE_CODE_BLOCK:
            var length: Int32 = 0, offset: Int32 = 0, character: CChar = 0
            let fenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
            return .codeBlock(info: string(cmark_node_get_fence_info(node)),
                              literal: string(cmark_node_get_literal(node)), fenced: fenced)
        case CMARK_NODE_HTML_BLOCK:
            return .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case councildoc_node_type_table():
            return .table(table(node))
        default:
            // Unknown block types (none with the extensions we attach) keep their content.
            let content = blocks(of: node)
            return content.isEmpty ? nil : .blockQuote(content)
        }
    }

    mutating func list(_ node: OpaquePointer) -> MarkdownList {
        var items: [ListItem] = []
        var child = cmark_node_first_child(node)
        while let item = child {
            let isTask = string(cmark_node_get_type_string(item)) == "tasklist"
            let checked = isTask ? cmark_gfm_extensions_get_tasklist_item_checked(item) : false
            items.append(ListItem(blocks: blocks(of: item), task: isTask ? checked : nil))
            child = cmark_node_next(item)
        }
        return MarkdownList(
            ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
            start: Int(cmark_node_get_list_start(node)),
            delimiter: cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : ".",
            bullet: "-",
            tight: cmark_node_get_list_tight(node) != 0,
            items: items)
    }

    mutating func table(_ node: OpaquePointer) -> MarkdownTable {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [TableAlignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<columns {
                switch UInt8(raw[i]) {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        var row = cmark_node_first_child(node)
        var first = true
        while let r = row {
            var cells: [[Inline]] = []
            var cell = cmark_node_first_child(r)
            while let c = cell {
                cells.append(inlines(of: c))
                cell = cmark_node_next(c)
            }
            if first { header = cells } else { rows.append(cells) }
            first = false
            row = cmark_node_next(r)
        }
        return MarkdownTable(alignments: alignments, header: header, rows: rows)
    }

    mutating func inlines(of parent: OpaquePointer) -> [Inline] {
        deeper(parent, []) { $0.childInlines(of: parent) }
    }

    private mutating func childInlines(of parent: OpaquePointer) -> [Inline] {
        var out: [Inline] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            out.append(inline(node))
            child = cmark_node_next(node)
        }
        return out
    }

    mutating func inline(_ node: OpaquePointer) -> Inline {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node))
        case CMARK_NODE_LINK: return .link(link(node))
        case CMARK_NODE_IMAGE: return .image(link(node))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let number = Int(string(cmark_node_get_literal(node))) ?? 0
            if footnoteLabels[number] == nil, let label = footnoteLabel(at: node) {
                footnoteLabels[number] = label
            }
            return .footnoteReference(label: footnoteLabels[number] ?? String(number), number: number)
        case councildoc_node_type_strikethrough(): return .strikethrough(inlines(of: node))
        default: return .text(string(cmark_node_get_literal(node)))
        }
    }

    mutating func link(_ node: OpaquePointer) -> MarkdownLink {
        MarkdownLink(destination: string(cmark_node_get_url(node)),
                     title: string(cmark_node_get_title(node)),
                     children: inlines(of: node),
                     at: point(node))
    }

    /// The label of a footnote reference, read from the source (`[^label]`): cmark keeps
    /// only the footnote's number on the node.
    mutating func footnoteLabel(at node: OpaquePointer) -> String? {
        let line = Int(cmark_node_get_start_line(node)), start = Int(cmark_node_get_start_column(node))
        let end = Int(cmark_node_get_end_column(node))
        if lines == nil { lines = source.lineFeedSeparatedSlices }
        let sourceLines = lines ?? []
        guard line >= 1, line <= sourceLines.count, start >= 1, end > start + 2 else { return nil }
        // Index into the line without copying it: a line may hold thousands of references.
        let utf8 = sourceLines[line - 1].utf8
        guard end <= utf8.count else { return nil }
        let first = utf8.index(utf8.startIndex, offsetBy: start - 1)
        let last = utf8.index(utf8.startIndex, offsetBy: end - 1)
        guard utf8[first] == UInt8(ascii: "["), utf8[utf8.index(after: first)] == UInt8(ascii: "^"),
              utf8[last] == UInt8(ascii: "]") else { return nil }
        return String(decoding: utf8[utf8.index(first, offsetBy: 2)..<last], as: UTF8.self)
    }

    func point(_ node: OpaquePointer) -> SourcePoint {
        SourcePoint(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    }

    func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}

/// Turns the sentinel HTML blocks that `FencePreprocessor` planted back into fenced divs,
/// restores sentinels that landed in code or HTML, and recognises `[text]{.limite}` spans.
struct FenceAssembler {
    let markers: [FenceMarker]
    /// The preprocessor that planted the sentinels (it knows their tag).
    let prepared: FencePreprocessor
    private(set) var problems: [MarkdownProblem] = []
    /// The opening and closing fence lines of every `::: limite` div assembled, in the
    /// order they close (an unterminated one has no closing line).
    private(set) var limiteBlocks: [(open: SourcePoint, close: SourcePoint?)] = []

    init(_ prepared: FencePreprocessor) {
        self.prepared = prepared
        markers = prepared.markers
    }

    /// Fenced divs nest at most this deep.
    static let maximumFenceDepth = 8

    /// Assembles one sequence of sibling blocks (and, recursively, their children).
    mutating func assemble(_ blocks: [Block]) -> [Block] {
        var stack: [(name: String, at: SourcePoint, before: [Block])] = []
        var current: [Block] = []
        for block in blocks {
            if case .html(let literal) = block, let index = prepared.markerIndex(inHTMLBlock: literal),
               index < markers.count {
                let marker = markers[index]
                switch marker.kind {
                case .open(let name):
                    guard stack.count < Self.maximumFenceDepth else {
                        // Deeper fences are kept as they are; the error fails the build.
                        problems.append(MarkdownProblem(kind: .nestingTooDeep, at: marker.at))
                        current.append(.html(marker.original))
                        continue
                    }
                    stack.append((name, marker.at, current))
                    current = []
                case .close:
                    if var open = stack.popLast() {
                        if open.name == "limite" { limiteBlocks.append((open.at, marker.at)) }
                        let div = FencedDiv(name: open.name, blocks: current, at: open.at)
                        // Appended in place: `open.before + [div]` copied the parent's blocks
                        // at every close, quadratic in the number of divs.
                        open.before.append(.fencedDiv(div))
                        current = open.before
                    } else {
                        problems.append(MarkdownProblem(kind: .strayFence, at: marker.at))
                    }
                }
                continue
            }
            current.append(transform(block))
        }
        // An unterminated div still encloses what follows it, so its content is never
        // treated as ordinary text; the error fails the build.
        while var open = stack.popLast() {
            if open.name == "limite" { limiteBlocks.append((open.at, nil)) }
            problems.append(MarkdownProblem(kind: .unterminatedFence(open.name), at: open.at))
            open.before.append(.fencedDiv(FencedDiv(name: open.name, blocks: current, at: open.at)))
            current = open.before
        }
        return current
    }

    private mutating func transform(_ block: Block) -> Block {
        switch block {
        case .paragraph(let inlines, let at):
            return .paragraph(spans(inlines, at: at), at: at)
        case .heading(let level, let inlines, let at):
            return .heading(level: level, spans(inlines, at: at), at: at)
        case .blockQuote(let blocks):
            return .blockQuote(assemble(blocks))
        case .list(var list):
            list.items = list.items.map { ListItem(blocks: assemble($0.blocks), task: $0.task) }
            return .list(list)
        case .codeBlock(let info, let literal, let fenced):
            return .codeBlock(info: info, literal: restore(literal), fenced: fenced)
        case .html(let literal):
            let restored = restore(literal)
            if restored != literal, let at = firstMarkerPoint(in: literal) {
                problems.append(MarkdownProblem(kind: .fenceInRawHTML, at: at))
            }
            return .html(restored)
        case .table(var table):
            table.header = table.header.map { spans($0, at: .unknown) }
            table.rows = table.rows.map { $0.map { spans($0, at: .unknown) } }
            return .table(table)
        case .footnoteDefinition(let label, let blocks):
            return .footnoteDefinition(label: label, assemble(blocks))
        case .fencedDiv(var div):
            div.blocks = assemble(div.blocks)
            return .fencedDiv(div)
        case .thematicBreak, .deleted, .chart:
            return block
        }
    }

    /// Replaces every sentinel in a literal by the fence line it stands for, in one pass
    /// over its bytes (a code block may hold thousands of them).
    private func restore(_ literal: String) -> String {
        let prefix = "<!--" + prepared.tag + ":"
        guard !markers.isEmpty, literal.containsBytes(prefix) else { return literal }
        var out: [UInt8] = []
        var position = 0
        for (start, end, index) in sentinels(in: literal) {
            out += literal.utf8.dropFirst(position).prefix(start - position)
            out += markers[index].original.utf8
            position = end
        }
        out += literal.utf8.dropFirst(position)
        return String(decoding: out, as: UTF8.self)
    }

    /// The sentinels in a text: their byte range and fence number, in order.
    private func sentinels(in text: String) -> [(start: Int, end: Int, index: Int)] {
        let bytes = Array(text.utf8)
        let prefix = Array(("<!--" + prepared.tag + ":").utf8)
        var found: [(Int, Int, Int)] = []
        var i = 0
        while i + prefix.count <= bytes.count {
            guard bytes[i] == prefix[0], bytes[i..<(i + prefix.count)].elementsEqual(prefix) else {
                i += 1
                continue
            }
            var j = i + prefix.count, number = 0, digits = 0
            while j < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j]), digits < 9 {
                number = number * 10 + Int(bytes[j] - UInt8(ascii: "0"))
                j += 1
                digits += 1
            }
            if digits > 0, number < markers.count, bytes[j...].starts(with: Array("-->".utf8)) {
                found.append((i, j + 3, number))
                i = j + 3
            } else {
                i += prefix.count
            }
        }
        return found
    }

    /// Where the first fence line hidden in a literal was.
    private func firstMarkerPoint(in literal: String) -> SourcePoint? {
        sentinels(in: literal).first.map { markers[$0.index].at }
    }

    // MARK: - Inline spans

    /// One piece of an inline sequence while spans are recognised.
    private enum Piece {
        case inline(Inline)
        case open          // "["
        case plainClose    // "]" that is not a span's end
        case spanClose     // "]{.limite}"
    }

    /// Recognises `[text]{.limite}` spans in a sequence of inlines, and in their children.
    private mutating func spans(_ inlines: [Inline], at: SourcePoint) -> [Inline] {
        let children = inlines.map { recurse($0, at: at) }
        let merged = Self.mergeTexts(children)
        guard merged.contains(where: Self.mayHoldSpan) else { return merged }
        if !merged.contains(where: { if case .text(let t) = $0 { t.containsBytes("limite") } else { false } }) { return merged }

        var pieces: [Piece] = []
        for (i, inline) in merged.enumerated() {
            if case .text(var text) = inline {
                // `[foo]{.limite}` where [foo] is a defined link: the link becomes the span.
                if i > 0, case .link = merged[i - 1], let rest = Self.dropSpanAttribute(text) {
                    if case .inline(let link) = pieces.removeLast() {
                        pieces.append(.open)
                        pieces.append(.inline(link))
                        pieces.append(.spanClose)
                    }
                    text = rest
                }
                pieces.append(contentsOf: Self.tokenize(text))
            } else {
                pieces.append(.inline(inline))
            }
        }

        var output: [Piece] = []
        var opens: [Int] = []
        for piece in pieces {
            switch piece {
            case .open:
                opens.append(output.count)
                output.append(.open)
            case .plainClose:
                if let index = opens.popLast() { output[index] = .inline(.text("[")) }
                output.append(.inline(.text("]")))
            case .spanClose:
                guard let index = opens.popLast() else {
                    problems.append(MarkdownProblem(kind: .unbalancedSpan, at: at))
                    output.append(.inline(.text("]{.limite}")))
                    continue
                }
                let content = output[(index + 1)...].compactMap { piece -> Inline? in
                    if case .inline(let inline) = piece { return inline }
                    return .text("[")
                }
                output.removeSubrange(index...)
                output.append(.inline(.limiteSpan(Self.mergeTexts(content), at: at)))
            case .inline:
                output.append(piece)
            }
        }
        let result = Self.mergeTexts(output.map { piece -> Inline in
            if case .inline(let inline) = piece { return inline }
            return .text("[")
        })
        // A marker that formed no span (`[x]{.limite` unclosed, `]{ .limite}` misspelt) must
        // not publish its text silently.
        if result.contains(where: { if case .text(let t) = $0 { t.containsBytes("{.limite") } else { false } }),
           !problems.contains(MarkdownProblem(kind: .unbalancedSpan, at: at)) {
            problems.append(MarkdownProblem(kind: .unbalancedSpan, at: at))
        }
        return result
    }

    private mutating func recurse(_ inline: Inline, at: SourcePoint) -> Inline {
        switch inline {
        case .emphasis(let c): return .emphasis(spans(c, at: at))
        case .strong(let c): return .strong(spans(c, at: at))
        case .strikethrough(let c): return .strikethrough(spans(c, at: at))
        case .link(var link):
            link.children = spans(link.children, at: link.at == .unknown ? at : link.at)
            return .link(link)
        case .image(var image):
            image.children = spans(image.children, at: image.at == .unknown ? at : image.at)
            return .image(image)
        case .limiteSpan(let c, let p): return .limiteSpan(spans(c, at: p), at: p)
        case .code(let s): return .code(restore(s))
        case .html(let s): return .html(restore(s))
        case .text(let s): return .text(restore(s))
        default: return inline
        }
    }

    private static func mayHoldSpan(_ inline: Inline) -> Bool {
        if case .text(let text) = inline { return text.containsByte("]") || text.containsByte("{") }
        return false
    }

    /// Joins adjacent text nodes, as cmark's renderer would print them.
    static func mergeTexts(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(inlines.count)
        for inline in inlines {
            if case .text(let text) = inline, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + text)
            } else if case .text(let text) = inline, text.isEmpty {
                continue
            } else {
                out.append(inline)
            }
        }
        return out
    }

    /// The text after a leading `{.limite}` attribute, if it starts with one.
    private static func dropSpanAttribute(_ text: String) -> String? {
        guard text.hasPrefix("{") else { return nil }
        guard let length = LimiteLexer.spanAttributeLength(Substring(text)) else { return nil }
        return String(text.dropFirst(length))
    }

    /// Splits a text into plain runs and bracket tokens.
    private static func tokenize(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var run = ""
        var s = Substring(text)
        while let c = s.first {
            if c == "[" {
                if !run.isEmpty { pieces.append(.inline(.text(run))); run = "" }
                pieces.append(.open)
                s = s.dropFirst()
            } else if c == "]" {
                if !run.isEmpty { pieces.append(.inline(.text(run))); run = "" }
                if let length = LimiteLexer.spanAttributeLength(s.dropFirst()) {
                    pieces.append(.spanClose)
                    s = s.dropFirst(1 + length)
                } else {
                    pieces.append(.plainClose)
                    s = s.dropFirst()
                }
            } else {
                run.append(c)
                s = s.dropFirst()
            }
        }
        if !run.isEmpty { pieces.append(.inline(.text(run))) }
        return pieces
    }
}

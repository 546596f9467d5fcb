/// The one place that decides where the LIMITE parts of a Markdown text are, as byte ranges
/// of the text itself, so that the public edition can be built from text whose LIMITE bytes
/// are gone before Markdown interprets anything (footnotes, link definitions, raw HTML).
///
/// Blocks come from the parser's own fence lines (`::: limite` … `:::`, outside code).
/// Spans (`[text]{.limite}`) are found by a scan of the bytes that follows brackets, code
/// spans, escapes and code fences; the scan must find exactly the spans the parser found, or
/// the text is refused (`LimiteSyntax.Result.disagreement`): councildoc never guesses where
/// a LIMITE part ends.
public enum LimiteSyntax {
    /// One LIMITE part of a text.
    public struct Range: Hashable, Sendable {
        /// A fenced div or an inline span.
        public enum Kind: Hashable, Sendable { case block, span }
        /// Block or span.
        public var kind: Kind
        /// The part with its markers: the fence lines (without the closing line's newline)
        /// or `[` … `]{.limite}`.
        public var outer: Swift.Range<Int>
        /// What the markers enclose: the lines between the fences, or the span's text.
        public var inner: Swift.Range<Int>
        /// Where the part starts (1-based line and byte column of the text).
        public var at: SourcePoint
        /// For a span taken as the whole text of a link or image (`outer` then spans the
        /// link), the span's own `[` … `]{.limite}`: what is cut when the parser reads no link
        /// there (`[[x]{.limite}](as agreed)` in prose).
        public var spanOuter: Swift.Range<Int>? = nil

        /// This part as a span only, without the link around it.
        var spanOnly: Range {
            guard let spanOuter else { return self }
            return Range(kind: kind, outer: spanOuter, inner: inner, at: at)
        }
    }

    /// The LIMITE parts of a text, outermost only, in order; or where the scan and the
    /// parser disagree about a span.
    public enum Result: Hashable, Sendable {
        case ranges([Range])
        case disagreement(at: SourcePoint)
    }

    /// The part of `ranges` (outermost parts in order, as `ranges(in:)` gives them) whose
    /// markers enclose `offset`, found by binary search.
    static func range(containing offset: Int, in ranges: [Range]) -> Range? {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if ranges[mid].outer.upperBound <= offset { low = mid + 1 }
            else if ranges[mid].outer.lowerBound > offset { high = mid - 1 }
            else { return ranges[mid] }
        }
        return nil
    }

    /// The LIMITE parts of `text`, found with one parse of it.
    public static func ranges(in text: String) -> Result {
        guard LimiteLexer.mayHoldMarker(text) else { return .ranges([]) }
        return ranges(in: text, parsed: MarkdownParser.parse(text))
    }

    /// The LIMITE parts of `text`, given the parse of that same text.
    static func ranges(in text: String, parsed: MarkdownParser.Result) -> Result {
        let bytes = Array(text.utf8)
        let lines = LineTable(bytes)
        var found: [Range] = []
        for block in parsed.limiteBlocks {
            // An unterminated div is an error of the load stage: it hides all that follows.
            let openStart = lines.start(ofLine: block.open.line)
            let innerStart = lines.start(ofLine: block.open.line + 1)
            let closeLine = block.close?.line ?? lines.count + 1
            let innerEnd = lines.start(ofLine: closeLine)
            let outerEnd = block.close == nil ? bytes.count : lines.end(ofLine: closeLine)
            found.append(Range(kind: .block, outer: openStart..<outerEnd, inner: innerStart..<max(innerStart, innerEnd),
                               at: block.open))
        }
        let spans = SpanScan(bytes: bytes, lines: lines).spans()
        var parsedSpans = 0
        InlineWalk.each(in: parsed.document.blocks) { inline in
            if case .limiteSpan = inline { parsedSpans += 1 }
        }
        // The scan and the parser must see the same spans, nested ones and those inside
        // LIMITE blocks included.
        guard spans.count == parsedSpans else {
            let first = spans.first?.at ?? found.first?.at ?? SourcePoint(line: 1, column: 1)
            return .disagreement(at: first)
        }
        let all = (found + spans).sorted { $0.outer.lowerBound < $1.outer.lowerBound }
        // Outermost only: a span inside a span goes with the outer one.
        var outermost: [Range] = []
        for range in all where !(outermost.last.map { $0.outer.upperBound > range.outer.lowerBound } ?? false) {
            outermost.append(range)
        }
        return .ranges(outermost)
    }

}

/// Byte offsets of the lines of a text.
struct LineTable {
    private var starts: [Int] = [0]
    private let length: Int

    init(_ bytes: [UInt8]) {
        length = bytes.count
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(i + 1) }
    }

    /// The number of lines.
    var count: Int { starts.count }

    /// The offset of a 1-based line's first byte (the text's end past the last line).
    func start(ofLine line: Int) -> Int { line - 1 < starts.count ? starts[max(line - 1, 0)] : length }

    /// The offset just after a 1-based line's last byte, before its newline.
    func end(ofLine line: Int) -> Int { line < starts.count ? starts[line] - 1 : length }

    /// The 1-based line and column of an offset.
    func point(of offset: Int) -> SourcePoint {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourcePoint(line: low + 1, column: offset - starts[low] + 1)
    }
}

/// Finds `[text]{.limite}` spans in the bytes of a Markdown text: brackets matched within a
/// paragraph, code spans, fenced code and backslash escapes skipped. `LimiteSyntax` checks
/// its answer against the parser's, so where the two could differ (indented code, raw HTML,
/// a link title) the text is refused rather than cut in the wrong place.
struct SpanScan {
    let bytes: [UInt8]
    let lines: LineTable

    /// Every span, nested ones included, in the order they close; none inside a footnote
    /// definition that nothing cites (cmark drops it, spans and all).
    func spans() -> [LimiteSyntax.Range] {
        let dropped = uncitedFootnotes()
        return allSpans().filter { span in !dropped.contains { $0.contains(span.outer.lowerBound) } }
    }

    /// The byte ranges of footnote definitions whose label is cited nowhere in the text.
    func uncitedFootnotes() -> [Swift.Range<Int>] {
        guard bytes.count > 3 else { return [] }
        var regions: [(label: String, range: Swift.Range<Int>)] = []
        var line = 1
        while line <= lines.count {
            let start = lines.start(ofLine: line)
            let content = Self.afterContainers(bytes, from: start)
            guard content + 2 < bytes.count, bytes[content] == UInt8(ascii: "["), bytes[content + 1] == UInt8(ascii: "^"),
                  let close = bytes[content..<lines.end(ofLine: line)].firstIndex(of: UInt8(ascii: "]")),
                  close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: ":") else {
                line += 1
                continue
            }
            let label = String(decoding: bytes[(content + 2)..<close], as: UTF8.self).lowercased()
            // The definition runs on until a blank line followed by a line indented less
            // than four spaces, or the next definition.
            var last = line
            while last < lines.count {
                let next = last + 1
                let nextStart = lines.start(ofLine: next)
                let nextContent = Self.afterContainers(bytes, from: nextStart)
                let blank = nextContent >= lines.end(ofLine: next)
                if blank {
                    guard next < lines.count else { break }
                    let after = lines.start(ofLine: next + 1)
                    let indent = bytes[after..<lines.end(ofLine: next + 1)].prefix { $0 == UInt8(ascii: " ") }.count
                    if indent < 4 { break }
                } else if bytes[nextContent...].starts(with: Array("[^".utf8)) {
                    break
                }
                last = next
            }
            regions.append((label, start..<lines.end(ofLine: last)))
            line = last + 1
        }
        guard !regions.isEmpty else { return [] }
        // Every label cited (`[^label]` not followed by ':'), in one pass over the text.
        var cited: Set<String> = []
        var i = 0
        while i + 2 < bytes.count {
            guard bytes[i] == UInt8(ascii: "["), bytes[i + 1] == UInt8(ascii: "^"),
                  let close = bytes[(i + 2)...].prefix(1000).firstIndex(of: UInt8(ascii: "]")) else {
                i += 1
                continue
            }
            if close + 1 >= bytes.count || bytes[close + 1] != UInt8(ascii: ":") {
                cited.insert(String(decoding: bytes[(i + 2)..<close], as: UTF8.self).lowercased())
            }
            i = close + 1
        }
        return regions.filter { !cited.contains($0.label) }.map(\.range)
    }

    /// Every span, nested ones included, in the order they close.
    private func allSpans() -> [LimiteSyntax.Range] {
        var found: [LimiteSyntax.Range] = []
        var opens: [Int] = []
        var fence: (byte: UInt8, count: Int)?
        var i = 0
        var lineStart = true
        while i < bytes.count {
            if lineStart {
                lineStart = false
                let content = Self.afterContainers(bytes, from: i)
                let lineEnd = bytes[i...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                // Code fences: nothing inside is Markdown.
                let run = Self.run(bytes, at: content, limit: lineEnd)
                if let open = fence {
                    if run.byte == open.byte, run.count >= open.count,
                       bytes[(content + run.count)..<lineEnd].allSatisfy(Self.isSpace) {
                        fence = nil
                    }
                    i = lineEnd + 1
                    lineStart = true
                    continue
                }
                if (run.byte == UInt8(ascii: "`") || run.byte == UInt8(ascii: "~")), run.count >= 3 {
                    fence = (run.byte, run.count)
                    opens = []
                    i = lineEnd + 1
                    lineStart = true
                    continue
                }
                // A blank line or a fence line ends the paragraph: brackets do not match across it.
                if content == lineEnd || bytes[content...].starts(with: Array(":::".utf8)) { opens = [] }
                i = content
                continue
            }
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\n"):
                lineStart = true
                i += 1
            case UInt8(ascii: "\\"):
                i += (i + 1 < bytes.count && bytes[i + 1] != UInt8(ascii: "\n")) ? 2 : 1
            case UInt8(ascii: "`"):
                i = Self.endOfCodeSpan(bytes, at: i)
            case UInt8(ascii: "["):
                opens.append(i)
                i += 1
            case UInt8(ascii: "]"):
                let open = opens.popLast()
                let following = Self.prefix(bytes, from: i + 1, max: 200)
                if let characters = LimiteLexer.spanAttributeLength(Substring(following)), let open {
                    let length = following.prefix(characters).utf8.count
                    var outer = open..<(i + 1 + length)
                    var spanOuter: Swift.Range<Int>?
                    // A link or image whose whole text is the span is wholly LIMITE: its
                    // destination and title go with the text.
                    if let link = Self.wholeLink(bytes, around: outer) {
                        spanOuter = outer
                        outer = link
                        if !opens.isEmpty { opens.removeLast() }
                    }
                    found.append(LimiteSyntax.Range(kind: .span, outer: outer, inner: (open + 1)..<i,
                                                    at: lines.point(of: outer.lowerBound), spanOuter: spanOuter))
                    i = outer.upperBound
                } else {
                    i += 1
                }
            default:
                i += 1
            }
        }
        return found
    }

    /// The range of a link or image `[[…]{.limite}](destination "title")` (or with a
    /// reference `[…][label]`) whose text is exactly the span at `span`.
    static func wholeLink(_ bytes: [UInt8], around span: Swift.Range<Int>) -> Swift.Range<Int>? {
        guard span.lowerBound > 0, bytes[span.lowerBound - 1] == UInt8(ascii: "["),
              span.lowerBound < 2 || bytes[span.lowerBound - 2] != UInt8(ascii: "\\"),
              span.upperBound + 1 < bytes.count, bytes[span.upperBound] == UInt8(ascii: "]") else { return nil }
        var start = span.lowerBound - 1
        if start > 0, bytes[start - 1] == UInt8(ascii: "!") { start -= 1 }
        let after = span.upperBound + 1
        switch bytes[after] {
        case UInt8(ascii: "("):
            var depth = 0, i = after
            var quote: UInt8?
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\\") { i += 2; continue }
                if let q = quote {
                    if byte == q { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"), isSpace(bytes[i - 1]) || bytes[i - 1] == UInt8(ascii: "\n") {
                    // A title: it starts after whitespace.
                    quote = byte
                } else if byte == UInt8(ascii: "(") {
                    depth += 1
                } else if byte == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 { return start..<(i + 1) }
                } else if byte == UInt8(ascii: "\n"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") {
                    return nil
                }
                i += 1
            }
            return nil
        case UInt8(ascii: "["):
            guard let close = bytes[after...].prefix(1000).firstIndex(of: UInt8(ascii: "]")) else { return nil }
            return start..<(close + 1)
        default:
            return nil
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// The offset after a line's container prefix: indentation, `>` and list markers.
    static func afterContainers(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if isSpace(byte) || byte == UInt8(ascii: ">") {
                i += 1
            } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+")),
                      i + 1 < bytes.count, isSpace(bytes[i + 1]) {
                i += 2
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                var j = i
                while j < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j]) { j += 1 }
                guard j + 1 < bytes.count, bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: ")"),
                      isSpace(bytes[j + 1]) else { return i }
                i = j + 2
            } else {
                return i
            }
        }
        return i
    }

    /// The byte repeated at the start of a line's content, and how many times.
    private static func run(_ bytes: [UInt8], at start: Int, limit: Int) -> (byte: UInt8, count: Int) {
        guard start < limit else { return (0, 0) }
        var count = 0
        while start + count < limit, bytes[start + count] == bytes[start] { count += 1 }
        return (bytes[start], count)
    }

    /// The offset after a code span opened by the backticks at `start` (or after the
    /// backticks alone when nothing closes them before a blank line).
    private static func endOfCodeSpan(_ bytes: [UInt8], at start: Int) -> Int {
        var count = 0
        while start + count < bytes.count, bytes[start + count] == UInt8(ascii: "`") { count += 1 }
        var i = start + count
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "`") {
                var run = 0
                while i + run < bytes.count, bytes[i + run] == UInt8(ascii: "`") { run += 1 }
                if run == count { return i + run }
                i += run
            } else if bytes[i] == UInt8(ascii: "\n"), let next = bytes[(i + 1)...].firstIndex(where: { !isSpace($0) && $0 != UInt8(ascii: ">") }),
                      bytes[next] == UInt8(ascii: "\n") {
                break
            } else {
                i += 1
            }
        }
        return start + count
    }

    private static func prefix(_ bytes: [UInt8], from start: Int, max: Int) -> String {
        String(decoding: bytes[min(start, bytes.count)..<min(start + max, bytes.count)], as: UTF8.self)
    }
}

/// Replaces every fence line (`::: limite`, `::: {.limite}`, `:::`) with an HTML comment
/// sentinel before cmark sees the text.
///
/// cmark knows nothing of fenced divs: a fence line is paragraph text that merges with its
/// neighbours. A comment line is an HTML block that interrupts a paragraph and stands
/// alone, so after parsing each real fence is a block of its own at the right nesting
/// level. Line numbers are unchanged (one line for one line). A sentinel that cmark put
/// inside a code block or an HTML block was not a fence: `FenceAssembler` restores it.
/// The sentinel's tag is one the source does not contain, so no source text can forge a
/// fence (and so move the end of a LIMITE block).
struct FencePreprocessor {
    /// The rewritten text.
    private(set) var text: String
    /// The fence lines found, indexed by the number in their sentinel.
    private(set) var markers: [FenceMarker] = []

    /// The sentinels' tag: `councildoc-fence`, numbered on when the source holds it.
    let tag: String

    /// The comment that stands for fence number `index`.
    func sentinel(_ index: Int) -> String { Self.sentinel(tag, index) }

    private static func sentinel(_ tag: String, _ index: Int) -> String { "<!--\(tag):\(index)-->" }

    /// The fence number a sentinel HTML block stands for, if it is exactly one sentinel.
    func markerIndex(inHTMLBlock literal: String) -> Int? {
        var s = Substring(literal)
        while s.last == "\n" || s.last == " " { s = s.dropLast() }
        // cmark keeps up to three spaces of indentation in an HTML block's literal.
        while s.first == " " { s = s.dropFirst() }
        let prefix = "<!--\(tag):"
        guard s.hasPrefix(prefix), s.hasSuffix("-->") else { return nil }
        return Int(s.dropFirst(prefix.count).dropLast(3))
    }

    /// Scans `source` and rewrites its fence lines.
    init(_ source: String) {
        var tag = "councildoc-fence"
        var number = 0
        while source.containsBytes("<!--" + tag) {
            number += 1
            tag = "councildoc-fence-\(number)"
        }
        self.tag = tag
        guard source.containsBytes(":::") else {
            text = source
            return
        }
        var lines = source.lineFeedSeparated
        for (number, line) in lines.enumerated() where line.containsBytes(":::") {
            let prefixLength = Self.containerPrefixLength(line)
            let rest = String(line.utf8.dropFirst(prefixLength))!
            guard let kind = LimiteLexer.fence(Substring(rest)) else { continue }
            let index = markers.count
            markers.append(FenceMarker(kind: kind, at: SourcePoint(line: number + 1, column: prefixLength + 1),
                                       original: rest))
            lines[number] = String(line.utf8.prefix(prefixLength))! + Self.sentinel(tag, index)
        }
        text = lines.joined(separator: "\n")
    }

    /// The bytes of leading indentation and block-quote markers.
    static func containerPrefixLength(_ line: String) -> Int {
        var count = 0
        for byte in line.utf8 {
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ">") else { break }
            count += 1
        }
        return count
    }
}

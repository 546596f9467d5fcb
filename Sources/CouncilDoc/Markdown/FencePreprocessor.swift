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
            guard let kind = Self.fenceKind(rest) else { continue }
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

    /// Whether a line (without its container prefix) is a fence, and which.
    static func fenceKind(_ rest: String) -> FenceMarker.Kind? {
        var s = Substring(rest)
        guard s.hasPrefix(":::") else { return nil }
        while s.first == ":" { s = s.dropFirst() }
        s = s.drop { $0 == " " || $0 == "\t" }
        while s.last == " " || s.last == "\t" || s.last == "\r" { s = s.dropLast() }
        // A closing fence may repeat colons after nothing else: `:::` or `::::::`.
        if s.isEmpty { return .close }
        if s.hasPrefix("{") && s.hasSuffix("}") {
            // pandoc attributes: `{.limite}`, `{#id .limite}`, `{.note .limite}`: a div is
            // LIMITE when one of its classes is; otherwise its one class names it.
            let tokens = s.dropFirst().dropLast().split(separator: " ")
            if tokens.contains(".limite") { return .open("limite") }
            guard tokens.count == 1, let only = tokens.first, only.hasPrefix(".") else { return nil }
            s = only.dropFirst()
        }
        // pandoc allows trailing colons after the class: `::: limite :::`.
        while s.last == ":" { s = s.dropLast() }
        while s.last == " " { s = s.dropLast() }
        // `::: chart ID` places a report's chart.
        if s.hasPrefix("chart "), case let id = s.dropFirst("chart ".count).drop(while: { $0 == " " }), let first = id.first,
           first.isLetter || first.isNumber, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) {
            return .open("chart " + id)
        }
        guard let first = s.first, first.isLetter,
              s.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        return .open(String(s))
    }
}

/// The one place that decides what a LIMITE marker is, in every context where text can
/// appear:
/// - in Markdown (a body, a Markdown field), the markers that take effect: a fence line
///   `::: limite` (or a pandoc attribute block naming the class) and a span attribute
///   `{.limite}` after `]` (`fence(_:)`, `spanAttributeLength(_:)`); and what only looks
///   like one, which is refused (`lookalike(inText:)` and its siblings);
/// - in a plain value (a YAML field that is not Markdown, a list item, a key, the
///   configuration), where no marker can take effect: every marker form and look-alike is
///   refused (`inPlainValue(_:)`).
///
/// The span scanner (`SpanScan`), the fence preprocessor, the parser's span assembly, the
/// YAML check and the redactor all ask this lexer; none decides on its own.
enum LimiteLexer {
    /// The class that marks a LIMITE part.
    static let className = "limite"

    /// Whether a text can hold a marker that takes effect at all (the fast path for most
    /// sources): every such marker spells the class in lower case.
    static func mayHoldMarker(_ text: String) -> Bool { text.containsBytes(className) }

    /// What a fence line is, given the line without its container prefix (indentation and
    /// block-quote markers): `::: name` opens a div of that class, `:::` closes one, and
    /// anything else is no fence (nil).
    static func fence(_ rest: Substring) -> FenceMarker.Kind? {
        var s = rest
        guard s.hasPrefix(":::") else { return nil }
        while s.first == ":" { s = s.dropFirst() }
        s = s.drop { $0 == " " || $0 == "\t" }
        while s.last == " " || s.last == "\t" || s.last == "\r" { s = s.dropLast() }
        // A closing fence may repeat colons after nothing else: `:::` or `::::::`.
        if s.isEmpty { return .close }
        if s.hasPrefix("{") && s.hasSuffix("}") {
            // pandoc attributes: `{.limite}`, `{#id .limite}`, `{.note .limite}`: a div is
            // LIMITE when one of its classes is; otherwise its one class names it.
            let tokens = s.dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
            if tokens.contains(where: { $0 == "." + className }) { return .open(className) }
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

    /// The length (in characters) of a pandoc attribute block at the start of `s` whose
    /// classes include `limite`: `{.limite}`, `{ .limite }`, `{#id .limite}`,
    /// `{.note .limite}`, `{.limite lang=fr}`: what closes a LIMITE span after its `]`. Any
    /// other brace block is not a span's (nil).
    static func spanAttributeLength(_ s: Substring) -> Int? {
        guard s.first == "{", let close = s.prefix(200).firstIndex(of: "}") else { return nil }
        let inner = s[s.index(after: s.startIndex)..<close]
        guard !inner.contains("\n"), !inner.contains("{") else { return nil }
        let tokens = inner.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard tokens.contains(where: { $0 == "." + className }),
              tokens.allSatisfy({ $0.hasPrefix("#") || $0.hasPrefix(".") || ($0.contains("=") && !$0.contains("\"")) })
        else { return nil }
        return s.distance(from: s.startIndex, to: close) + 1
    }
}

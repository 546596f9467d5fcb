import Foundation
import Yams

/// Redacts a project at the level of its bytes, before anything interprets them: in every
/// Markdown body, each LIMITE block keeps its two fence lines and nothing between them, and
/// each LIMITE span becomes `[]{.limite}`. The load stage then reads an empty LIMITE part,
/// which the public edition shows as "DELETED" or "(DELETED)", and libcmark-gfm never sees
/// a LIMITE byte, so it cannot hoist a footnote or a link definition out of one.
///
/// The same cut, with the LIMITE bytes replaced by canaries instead of nothing, makes the
/// swapped sources of the redaction proof (`CanarySources`).
enum SourceRedactor {
    /// What replaces the inside of each LIMITE part.
    enum Filling {
        /// Nothing: the public edition's sources.
        case nothing
        /// Canary text: the proof's swapped sources.
        case canaries(CanaryWriter)
    }

    /// A problem found while cutting: where the scan and the parser disagree, or public text
    /// that cites a definition written only inside a LIMITE part.
    struct Problem: Sendable {
        var id: DiagnosticID
        var message: String
        var location: SourceLocation
        var notes: [Diagnostic.Note] = []
    }

    /// The text of a Markdown source with the LIMITE parts of its body and of its Markdown
    /// fields filled as asked; nil when it has none (or is not a readable Markdown source:
    /// the load stage reports it). The schema of the source's kind says which fields are
    /// Markdown and which are always LIMITE (an action's `contact`): those go from the front
    /// matter (their lines stay, empty). A report's chart placed only inside a LIMITE block
    /// is withheld with it: its entry goes from the questionnaire.
    /// `verified: false` skips the check of the cut against the parser where it has no
    /// choice to make (the proof's own second cut, whose result the proof compares).
    static func cut(_ text: String, path: String, filling: Filling, schemas: Schemas = .standard, verified: Bool = true,
                    problems: inout [Problem]) -> String? {
        guard LimiteLexer.mayHoldMarker(text) || schemas.alwaysLimiteNames.contains(where: { text.containsBytes($0) })
        else { return nil }
        var scratch = DiagnosticLog()
        // A prose annex may have no front matter: then all of it is Markdown.
        guard let frontMatter = FrontMatter.splitIfPresent(SourceText(path: path, text: text), log: &scratch) else { return nil }
        let body = frontMatter.body
        guard case .parsed(let root) = YAMLLoader.compose(frontMatter.yaml, path: path, firstLine: frontMatter.yamlLine,
                                                          log: &scratch) else { return nil }
        let schema = schemas.schema(ofSource: path, root: root)
        let charts = body.containsBytes("chart") && LimiteLexer.mayHoldMarker(body)
            ? GeneratedPlacement.chartsPlacedInLimiteOnly(MarkdownParser.parse(body).document.blocks) : []
        var yaml = cut(yaml: frontMatter.yaml, schema: schema, chartsInLimite: charts, path: path,
                       firstLine: frontMatter.yamlLine, filling: filling, verified: verified, problems: &problems)
        // Written out again, the YAML ends with a line feed; as written, it ends before the
        // line feed of its last line.
        for name in schema.alwaysLimiteNames {
            if let without = ContactField.replaced(in: yaml ?? frontMatter.yaml, field: name, path: path, firstLine: frontMatter.yamlLine,
                                                   filling: filling, composed: yaml == nil ? root : nil) {
                yaml = yaml == nil ? without + "\n" : without
            }
        }
        let cutBody = cut(body: body, path: path, firstLine: frontMatter.bodyLine, filling: filling, verified: verified,
                          problems: &problems)
        guard yaml != nil || cutBody != nil else { return nil }
        let head = yaml.map { "---\n" + $0 + "---\n" } ?? String(decoding: text.utf8.dropLast(body.utf8.count), as: UTF8.self)
        return head + (cutBody ?? body)
    }

    /// Front matter with the LIMITE parts of its Markdown fields filled as asked and the
    /// charts placed in LIMITE only withheld, written out again; nil when it has none.
    static func cut(yaml: String, schema: FieldSchema, chartsInLimite: Set<String> = [], path: String, firstLine: Int,
                    filling: Filling, verified: Bool = true, problems: inout [Problem]) -> String? {
        guard LimiteLexer.mayHoldMarker(yaml) || !chartsInLimite.isEmpty else { return nil }
        var scratch = DiagnosticLog()
        guard case .parsed(var root?) = YAMLLoader.compose(yaml, path: path, firstLine: firstLine, log: &scratch) else { return nil }
        var changed = cutFields(&root, schema: schema, path: path, firstLine: firstLine, filling: filling, verified: verified,
                                problems: &problems)
        if !chartsInLimite.isEmpty, case .mapping(var mapping) = root, let charts = mapping["questionnaire"]?.sequence {
            let kept = charts.compactMap { chart -> Node? in
                guard let id = chart["id"]?.string, chartsInLimite.contains(id) else { return chart }
                switch filling {
                case .nothing: return nil
                case .canaries(let writer): return CanarySources.varied(chart, type: .record(schema["questionnaire"]?.type.children ?? FieldSchema([])),
                                                                       writer: writer, at: location(path, firstLine, SourcePoint(line: chart.mark?.line ?? 1, column: 1)))
                }
            }
            mapping["questionnaire"] = Node(kept)
            root = .mapping(mapping)
            changed = true
        }
        guard changed else { return nil }
        return try? Yams.serialize(node: root)
    }

    /// Fills the LIMITE parts of every Markdown field `schema` declares under `node`;
    /// whether any changed.
    static func cutFields(_ node: inout Node, schema: FieldSchema, path: String, firstLine: Int, filling: Filling,
                          verified: Bool = true, problems: inout [Problem]) -> Bool {
        guard case .mapping(var mapping) = node else { return false }
        var changed = false
        for (key, value) in mapping {
            guard let name = key.string, let spec = schema[name] else { continue }
            var child = value
            switch (spec.type, value) {
            case (.markdown, .scalar):
                let line = firstLine + (value.mark?.line ?? 1) - 1
                if let text = value.string,
                   let cut = cut(body: text, path: path, firstLine: line, filling: filling, verified: verified, problems: &problems) {
                    child = Node(cut, value.tag, .literal)
                }
            case (.records(let children), .sequence(var items)):
                for index in items.indices {
                    var item = items[index]
                    if cutFields(&item, schema: children, path: path, firstLine: firstLine, filling: filling, verified: verified,
                                 problems: &problems) {
                        items[index] = item
                    }
                }
                child = .sequence(items)
            case (.records(let children), .mapping), (.record(let children), .mapping):
                _ = cutFields(&child, schema: children, path: path, firstLine: firstLine, filling: filling, verified: verified,
                              problems: &problems)
            default:
                continue
            }
            if child != value {
                mapping[name] = child
                changed = true
            }
        }
        node = .mapping(mapping)
        return changed
    }

    /// A Markdown text (a body, or a Markdown field) with its LIMITE parts filled as asked;
    /// nil when it has none.
    static func cut(body: String, path: String, firstLine: Int, filling: Filling, verified: Bool = true,
                    problems: inout [Problem]) -> String? {
        guard LimiteLexer.mayHoldMarker(body) else { return nil }
        let parsed = MarkdownParser.parse(body)
        let ranges: [LimiteSyntax.Range]
        switch LimiteSyntax.ranges(in: body, parsed: parsed) {
        case .disagreement(let at):
            problems.append(Problem(
                id: .undelimitedLimite,
                message: "cannot tell where this LIMITE span starts and ends (a bracket inside code, a link title or raw HTML?): write [text]{.limite} around plain text, with nothing that Markdown reads as code or a link title",
                location: location(path, firstLine, at)))
            return nil
        case .ranges(let found):
            ranges = found
        }
        guard !ranges.isEmpty else { return nil }
        let bytes = Array(body.utf8)
        checkDefinitions(bytes, ranges, path: path, firstLine: firstLine, problems: &problems)
        // The cut is checked range by range against the parser: the text without its LIMITE
        // bytes must parse as the text with its LIMITE parts emptied. A span that the scan
        // takes for a link's whole text where the parser reads no link is cut as a span; a
        // part cut otherwise than the parser reads it is refused. The swap's cut takes the
        // same ranges as the public one.
        let original = parsed.document.blocks
        func holds(_ ranges: [LimiteSyntax.Range]) -> Bool {
            LimiteCutCheck.holds(original: original, cut: fill(bytes, ranges, path: path, firstLine: firstLine, filling: .nothing))
        }
        var chosen = ranges
        // Unverified, a cut with no choice to make (no span taken for a link's whole text)
        // is made as scanned.
        if verified || ranges.contains(where: { $0.spanOuter != nil }), !holds(ranges) {
            let spans = ranges.map(\.spanOnly)
            guard spans != ranges, holds(spans) else {
                let failing = ranges.first {
                    !LimiteCutCheck.holds(original: original, cut: fill(bytes, [$0], path: path, firstLine: firstLine, filling: .nothing),
                                          partial: true)
                } ?? ranges[0]
                problems.append(Problem(
                    id: .undelimitedLimite,
                    message: "cannot tell where this LIMITE part starts and ends: a bracket or parenthesis inside it belongs to a link, an autolink or raw HTML; write [text]{.limite} around plain text (or put the text in a '::: limite' block)",
                    location: location(path, firstLine, failing.at)))
                return nil
            }
            chosen = spans
        }
        return fill(bytes, chosen, path: path, firstLine: firstLine, filling: filling)
    }

    /// `bytes` with the parts `ranges` filled as asked.
    private static func fill(_ bytes: [UInt8], _ ranges: [LimiteSyntax.Range], path: String, firstLine: Int,
                             filling: Filling) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var position = 0
        for range in ranges {
            out += bytes[position..<range.outer.lowerBound]
            switch range.kind {
            case .span:
                out += Array("[".utf8)
                if case .canaries(let writer) = filling { out += Array(writer.words(for: path, firstLine, range.at).utf8) }
                out += Array("]{.limite}".utf8)
            case .block:
                out += bytes[range.outer.lowerBound..<range.inner.lowerBound]
                if case .canaries(let writer) = filling {
                    let lineStart = range.outer.lowerBound
                    let prefix = Array(bytes[lineStart..<(lineStart + range.at.column - 1)])
                    let prefixText = String(decoding: prefix, as: UTF8.self)
                    out += Array(writer.block(for: path, firstLine, range.at, prefix: prefixText).utf8)
                    // The charts the block places stay placed in it, so that the swapped
                    // sources withhold the same charts (with other data) as the real ones.
                    for id in placedCharts(bytes[range.inner]) {
                        out += Array("\(prefixText)\n\(prefixText)::: chart \(id)\n\(prefixText):::\n".utf8)
                    }
                }
                out += bytes[range.inner.upperBound..<range.outer.upperBound]
            }
            position = range.outer.upperBound
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The ids of the charts that fence lines in `bytes` place (`::: chart ID`).
    private static func placedCharts(_ bytes: ArraySlice<UInt8>) -> [String] {
        guard bytes.count >= 5 else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
            let rest = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }
            guard case .open(let name)? = LimiteLexer.fence(rest) else { return nil }
            return GeneratedPlacement.chartID(ofFence: name)
        }
    }

    /// Public text that cites a footnote or a link reference defined only inside a LIMITE
    /// part would publish the citation without its target (or, parsed whole, the target's
    /// LIMITE text): an error naming both places.
    private static func checkDefinitions(_ bytes: [UInt8], _ ranges: [LimiteSyntax.Range], path: String, firstLine: Int,
                                         problems: inout [Problem]) {
        let lines = LineTable(bytes)
        var inside: [String: SourcePoint] = [:]
        var outside: Set<String> = []
        for line in 1...lines.count {
            let start = lines.start(ofLine: line)
            let content = SpanScan.afterContainers(bytes, from: start)
            guard let label = definitionLabel(bytes, at: content, end: lines.end(ofLine: line)) else { continue }
            if let range = LimiteSyntax.range(containing: content, in: ranges), range.inner.contains(content) {
                if inside[label] == nil { inside[label] = lines.point(of: content) }
            } else {
                outside.insert(label)
            }
        }
        let limiteOnly = inside.filter { !outside.contains($0.key) }
        guard !limiteOnly.isEmpty else { return }
        // A citation is `[label]` or `[^label]` outside every LIMITE part.
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "["), LimiteSyntax.range(containing: i, in: ranges) == nil,
               let close = bytes[i...].prefix(1000).firstIndex(of: UInt8(ascii: "]")) {
                let label = normalised(bytes[(i + 1)..<close])
                let isDefinition = close + 1 < bytes.count && bytes[close + 1] == UInt8(ascii: ":")
                if !isDefinition, let defined = limiteOnly[label] {
                    problems.append(Problem(
                        id: .limiteDefinitionCitedPublicly,
                        message: "public text cites '[\(String(decoding: bytes[(i + 1)..<close], as: UTF8.self))]', which is defined only inside a LIMITE part: move the definition out of the LIMITE part, or the citation into it",
                        location: location(path, firstLine, lines.point(of: i)),
                        notes: [Diagnostic.Note("defined here, inside the LIMITE part", at: location(path, firstLine, defined))]))
                }
                i = close + 1
            } else {
                i += 1
            }
        }
    }

    /// The normalised label of a definition line (`[^note]:` or `[label]: destination`).
    private static func definitionLabel(_ bytes: [UInt8], at start: Int, end: Int) -> String? {
        guard start < end, bytes[start] == UInt8(ascii: "["),
              let close = bytes[start..<end].firstIndex(of: UInt8(ascii: "]")),
              close + 1 < end, bytes[close + 1] == UInt8(ascii: ":") else { return nil }
        return normalised(bytes[(start + 1)..<close])
    }

    /// A label as Markdown matches it: case folded, inner whitespace collapsed.
    private static func normalised(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func location(_ path: String, _ firstLine: Int, _ point: SourcePoint) -> SourceLocation {
        SourceLocation(file: path, line: firstLine + max(point.line, 1) - 1, column: max(point.column, 1))
    }
}

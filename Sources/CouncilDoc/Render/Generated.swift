/// The blocks that group generated content for the stylesheets (a `<div>` of that class in
/// HTML and print) and that the Markdown twin writes as their content alone.
enum GeneratedGroup: String, CaseIterable {
    /// A strategy's objectives (their items carry their numbers: no bullet).
    case objectives
    /// An older plan's action: its one-row table and its terms of reference.
    case actionSheet = "action-sheet"
    /// The box "Terms of reference" of an action sheet.
    case termsOfReference = "terms-of-reference"
    /// The page break after a plan's cover note, in print.
    case coverBreak = "cover-break"

    /// The group holding `blocks`.
    func block(_ blocks: [Block]) -> Block { .fencedDiv(FencedDiv(name: rawValue, blocks: blocks, at: .unknown)) }
}

/// Small builders of Markdown values for generated content.
enum Generated {
    /// `text` ending with `mark` as a list item of the Council's ends (";" between items, "."
    /// after the last, ":" before sub-items), unless it already ends with a mark.
    static func ending(_ text: String, _ mark: String) -> String {
        guard let last = text.last, !":;.,".contains(last) else { return text }
        return text + mark
    }

    /// A paragraph of inlines.
    static func paragraph(_ inlines: [Inline]) -> Block { .paragraph(inlines, at: .unknown) }

    /// A paragraph of text.
    static func paragraph(_ text: String) -> Block { .paragraph([.text(text)], at: .unknown) }

    /// A heading.
    static func heading(_ level: Int, _ text: String) -> Block { .heading(level: level, [.text(text)], at: .unknown) }

    /// A typed link with the target's own label.
    static func reference(_ destination: String, text: String? = nil) -> Inline {
        .link(MarkdownLink(destination: destination, children: text.map { [.text($0)] } ?? []))
    }

    /// A bullet list, one paragraph per item.
    static func bullets(_ items: [[Inline]], tight: Bool = true) -> Block {
        .list(MarkdownList(ordered: false, tight: tight, items: items.map { ListItem(blocks: [paragraph($0)]) }))
    }

    /// Inlines joined by a separator text.
    static func joined(_ parts: [[Inline]], separator: String = ", ") -> [Inline] {
        var out: [Inline] = []
        for (i, part) in parts.enumerated() {
            if i > 0 { out.append(.text(separator)) }
            out.append(contentsOf: part)
        }
        return out
    }

    /// A participant as a link to its page (`ms:FR`).
    static func participant(_ p: Participant) -> [Inline] {
        [reference("ms:\(p.slug)", text: p.description)]
    }
}

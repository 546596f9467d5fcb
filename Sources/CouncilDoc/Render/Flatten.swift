/// Turns blocks into one run of inlines, for table cells that cannot hold blocks:
/// paragraphs and list items separated by line breaks, items marked "• ".
enum Flatten {
    /// The inlines of `blocks`.
    static func inlines(_ blocks: [Block]) -> [Inline] {
        var out: [Inline] = []
        func add(_ inlines: [Inline], prefix: String = "") {
            if !out.isEmpty { out.append(.lineBreak) }
            if !prefix.isEmpty { out.append(.text(prefix)) }
            out.append(contentsOf: inlines.map { $0 == .softBreak ? .text(" ") : $0 })
        }
        func visit(_ blocks: [Block], prefix: String) {
            for block in blocks {
                switch block {
                case .paragraph(let c, _), .heading(_, let c, _): add(c, prefix: prefix)
                case .list(let list):
                    for (i, item) in list.items.enumerated() {
                        visit(item.blocks, prefix: list.ordered ? "\(list.start + i). " : "• ")
                    }
                case .blockQuote(let b), .footnoteDefinition(_, let b): visit(b, prefix: prefix)
                case .fencedDiv(let d): visit(d.blocks, prefix: prefix)
                case .codeBlock(_, let literal, _): add([.code(literal)], prefix: prefix)
                case .deleted: add([.deleted], prefix: prefix)
                case .table, .html, .thematicBreak, .chart: break
                }
            }
        }
        visit(blocks, prefix: "")
        return out
    }
}

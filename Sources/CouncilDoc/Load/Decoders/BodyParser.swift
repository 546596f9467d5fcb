/// Parses a Markdown text of a source (a body, a timeline cell) and reports its structural
/// problems at their place in the file.
enum BodyParser {
    /// The parsed document; `firstLine` is the file line of the text's first line.
    static func parse(_ text: String, path: String, firstLine: Int, log: inout DiagnosticLog) -> MarkdownDocument {
        let result = MarkdownParser.parse(text)
        for problem in result.problems {
            let location = SourceLocation(file: path, line: problem.at.line <= 0 ? firstLine : firstLine + problem.at.line - 1,
                                          column: max(problem.at.column, 1))
            switch problem.kind {
            case .unterminatedFence(let name):
                log.add(.unterminatedFence, "fenced div '::: \(name)' is never closed: add a line ':::' after its content",
                        at: location)
            case .strayFence:
                log.add(.strayFence, "closing fence ':::' has no open '::: name' before it in the same block", at: location)
            case .fenceInRawHTML:
                log.add(.strayFence, "fence line inside raw HTML has no effect: put the fenced div outside the HTML",
                        at: location)
            case .nestingTooDeep:
                log.add(.nestingTooDeep, "lists, quotes or emphasis nested more than \(MarkdownParser.maximumDepth) levels deep; flatten the structure",
                        at: location)
            case .unbalancedSpan:
                log.add(.unbalancedSpan, "malformed LIMITE span: write [text]{.limite}, with both brackets at the same level (inside the same emphasis or link); a bracket inside the span needs its pair there too (an escaped \\] cannot be told from the span's own): rephrase, or put the text in a '::: limite' block",
                        at: location)
            }
        }
        checkFenceNames(result.document.blocks, path: path, firstLine: firstLine, log: &log)
        // A LIMITE part the parser reads is spelt in letters the lexer finds: the public cut
        // looks for them (`LimiteLexer.mayHoldMarker`); spelt otherwise (character
        // references), it would not be cut.
        if !LimiteLexer.mayHoldMarker(text), let at = firstLimitePart(result.document.blocks) {
            log.add(.undelimitedLimite,
                    "a LIMITE marker written with character references (such as '&#105;'): write '{.limite}' or '::: limite' in plain letters",
                    at: SourceLocation(file: path, line: at.line <= 0 ? firstLine : firstLine + at.line - 1, column: max(at.column, 1)))
        }
        checkLookalikes(result.document.blocks, at: SourcePoint(line: 1, column: 1), path: path, firstLine: firstLine, log: &log)
        return result.document
    }

    /// Where the first LIMITE block or span of a text is, if it has one.
    static func firstLimitePart(_ blocks: [Block]) -> SourcePoint? {
        var found: SourcePoint?
        func walk(_ blocks: [Block]) {
            for case .fencedDiv(let div) in blocks where found == nil {
                if div.name == LimiteLexer.className { found = div.at } else { walk(div.blocks) }
            }
        }
        walk(blocks)
        if let found { return found }
        InlineWalk.each(in: blocks) { inline in
            if found == nil, case .limiteSpan(_, let at) = inline { found = at }
        }
        return found
    }

    /// Refuses what looks like a LIMITE marker but is not one (`LimiteLexer`): in text,
    /// in a code block's info string, in raw HTML. A marker inside code stays literal.
    static func checkLookalikes(_ blocks: [Block], at parent: SourcePoint, path: String, firstLine: Int, log: inout DiagnosticLog) {
        func report(_ finding: LimiteLexer.Finding?, _ point: SourcePoint) {
            guard let finding else { return }
            let line = point.line <= 0 ? firstLine : firstLine + point.line - 1
            log.add(.limiteLookalike, finding.message, at: SourceLocation(file: path, line: line, column: max(point.column, 1)))
        }
        func inlines(_ content: [Inline], _ point: SourcePoint) {
            var text = ""
            InlineWalk.each(inlines: content) { inline in
                switch inline {
                case .text(let t): text += t
                case .html(let h): report(LimiteLexer.lookalike(inCodeInfoOrHTML: h, html: true), point)
                case .softBreak, .lineBreak: text += "\n"
                default: text += " "
                }
            }
            report(LimiteLexer.lookalike(inText: text), point)
        }
        for block in blocks {
            switch block {
            case .paragraph(let c, let at), .heading(_, let c, let at): inlines(c, at)
            case .blockQuote(let b), .footnoteDefinition(_, let b):
                checkLookalikes(b, at: parent, path: path, firstLine: firstLine, log: &log)
            case .list(let l):
                for item in l.items { checkLookalikes(item.blocks, at: parent, path: path, firstLine: firstLine, log: &log) }
            case .table(let t):
                for cell in t.header + t.rows.flatMap({ $0 }) { inlines(cell, parent) }
            case .fencedDiv(let d):
                checkLookalikes(d.blocks, at: d.at, path: path, firstLine: firstLine, log: &log)
            case .codeBlock(let info, let literal, let fenced):
                report(LimiteLexer.lookalike(inCodeInfoOrHTML: info, html: false), parent)
                // Indented by four spaces or a tab, a fence line is code to Markdown, and what
                // it was meant to withhold would be published as code.
                if !fenced { report(LimiteLexer.lookalike(inIndentedCode: literal), parent) }
            case .html(let h):
                report(LimiteLexer.lookalike(inCodeInfoOrHTML: h, html: true), parent)
            case .thematicBreak, .deleted, .chart:
                break
            }
        }
    }

    /// The fenced-div classes councildoc knows: `limite`, and the generated blocks.
    static let fenceNames: Set<String> = ["limite", "timeline", "actions", "dropped-actions", "objectives"]

    private static func checkFenceNames(_ blocks: [Block], path: String, firstLine: Int, log: inout DiagnosticLog) {
        for block in blocks {
            switch block {
            case .fencedDiv(let div):
                let known = fenceNames.contains(div.name) || GeneratedPlacement.chartID(ofFence: div.name) != nil
                if div.name != "limite", known, !div.blocks.isEmpty {
                    log.add(.generatedBlockNotEmpty,
                            "'::: \(div.name)' is generated: what is written inside it would be replaced and lost; move the text before or after the block",
                            at: SourceLocation(file: path, line: firstLine + div.at.line - 1, column: div.at.column))
                }
                if !known {
                    log.add(.unknownFence, "unknown fenced div '::: \(div.name)'; known: \(fenceNames.sorted().joined(separator: ", ")), chart ID",
                            at: SourceLocation(file: path, line: firstLine + div.at.line - 1, column: div.at.column),
                            notes: Suggestion.note(for: div.name, in: fenceNames))
                }
                checkFenceNames(div.blocks, path: path, firstLine: firstLine, log: &log)
            case .blockQuote(let b), .footnoteDefinition(_, let b):
                checkFenceNames(b, path: path, firstLine: firstLine, log: &log)
            case .list(let l):
                for item in l.items { checkFenceNames(item.blocks, path: path, firstLine: firstLine, log: &log) }
            default:
                break
            }
        }
    }
}

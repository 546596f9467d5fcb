/// What a decoder needs besides the YAML: the file, its body, the project's defaults.
struct DecodeContext {
    /// The project-relative path.
    let path: String
    /// The front matter (nil for YAML-only sources).
    let frontMatter: FrontMatter?
    /// The project's default language.
    let language: String
    /// The registers codes are checked against.
    let registers: Registers
    /// Whether the source is one of the public edition's (`PublicSources`): its LIMITE
    /// parts, already empty, read "DELETED" (`PublicText`), and it may be a shell.
    var publicEdition = false

    /// The file-name stem: `5.1` for `actions/5.1.md`.
    var stem: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
        return name
    }

    /// Parses the body and wraps it with the metadata into a source document.
    func source(_ metadata: CouncilMetadata, log: inout DiagnosticLog) -> SourceDocument {
        guard let frontMatter else {
            return SourceDocument(path: path, metadata: metadata, body: .empty, bodyLine: 1)
        }
        let body = BodyParser.parse(frontMatter.body, path: path, firstLine: frontMatter.bodyLine, log: &log)
        return SourceDocument(path: path, metadata: metadata, body: shown(body), bodyLine: frontMatter.bodyLine)
    }

    /// A text as this edition shows it: in the public edition, each (empty) LIMITE part
    /// reads "DELETED".
    func shown(_ document: MarkdownDocument) -> MarkdownDocument {
        publicEdition ? MarkdownDocument(blocks: PublicText.deleting(document.blocks)) : document
    }

    /// A Markdown string field parsed as a document (timeline cells, indicators).
    /// A Markdown field of the front matter (a timeline entry, a recommendation, a
    /// performance indicator): shown in a table cell, which holds paragraphs, lists and
    /// code but no table, rule or raw HTML block; those are refused, not lost.
    func markdown(_ text: String, at location: SourceLocation, log: inout DiagnosticLog) -> MarkdownDocument {
        let document = BodyParser.parse(text, path: path, firstLine: location.line, log: &log)
        if let lost = Self.firstBlockLostInACell(document.blocks) {
            log.add(.lostInTableCell, "\(lost) cannot be shown in the table cell this field fills, and would be lost: write it as paragraphs or a list",
                    at: location)
        }
        return shown(document)
    }

    /// The kind of the first block that a table cell cannot show, if any.
    static func firstBlockLostInACell(_ blocks: [Block]) -> String? {
        for block in blocks {
            switch block {
            case .table: return "a table"
            case .thematicBreak: return "a horizontal rule"
            case .html: return "a raw HTML block"
            case .blockQuote(let b), .footnoteDefinition(_, let b):
                if let lost = firstBlockLostInACell(b) { return lost }
            case .list(let l):
                for item in l.items { if let lost = firstBlockLostInACell(item.blocks) { return lost } }
            case .fencedDiv(let d):
                if let lost = firstBlockLostInACell(d.blocks) { return lost }
            case .paragraph, .heading, .codeBlock, .deleted, .chart:
                continue
            }
        }
        return nil
    }
}

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
        return SourceDocument(path: path, metadata: metadata, body: body, bodyLine: frontMatter.bodyLine)
    }

    /// A Markdown string field parsed as a document (timeline cells, indicators).
    func markdown(_ text: String, at location: SourceLocation, log: inout DiagnosticLog) -> MarkdownDocument {
        BodyParser.parse(text, path: path, firstLine: location.line, log: &log)
    }
}

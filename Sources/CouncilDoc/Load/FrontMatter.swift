/// A Markdown source split into its YAML front matter and its body, with the line on
/// which each starts.
public struct FrontMatter: Sendable {
    /// The YAML between the two `---` lines.
    public let yaml: String
    /// The file line of the YAML's first line.
    public let yamlLine: Int
    /// The Markdown after the closing `---`.
    public let body: String
    /// The file line of the body's first line.
    public let bodyLine: Int

    /// Splits a source; reports a missing or unclosed front matter and returns nil.
    public static func split(_ source: SourceText, log: inout DiagnosticLog) -> FrontMatter? {
        let text = source.text
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("---\r") else {
            let message = text.isEmpty ? "file is empty: a source starts with front matter between two lines '---'"
                : "missing front matter: a source starts with a line '---', its YAML, and a line '---'"
            log.add(.missingFrontMatter, message, at: .startOf(source.path))
            return nil
        }
        if let frontMatter = closed(text) { return frontMatter }
        log.add(.unclosedFrontMatter, "front matter is never closed: add a line '---' after its YAML",
                at: .startOf(source.path),
                notes: [Diagnostic.Note("the front matter opens here")])
        return nil
    }

    /// A source whose front matter is optional (a prose annex): split when it opens with
    /// `---`, else all of it is the body; nil (reported) when the front matter is unclosed.
    static func splitIfPresent(_ source: SourceText, log: inout DiagnosticLog) -> FrontMatter? {
        source.text.hasPrefix("---") ? split(source, log: &log)
            : FrontMatter(yaml: "", yamlLine: 1, body: source.text, bodyLine: 1)
    }

    /// The split at the first `---` or `...` line after the opening one; nil when there is none.
    private static func closed(_ text: String) -> FrontMatter? {
        // Line by line over the UTF-8 bytes, from the line after the opening `---`.
        let utf8 = text.utf8
        guard var lineStart = utf8.firstIndex(of: UInt8(ascii: "\n")).map(utf8.index(after:)) else { return nil }
        let yamlStart = lineStart
        var index = 0
        while true {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            var trimmed = text[lineStart..<lineEnd]
            while trimmed.utf8.last == UInt8(ascii: " ") || trimmed.utf8.last == UInt8(ascii: "\t") { trimmed = trimmed.dropLast() }
            if trimmed == "---" || trimmed == "..." {
                let yaml = index == 0 ? "" : String(text[yamlStart..<utf8.index(before: lineStart)])
                let body = lineEnd == utf8.endIndex ? "" : String(text[utf8.index(after: lineEnd)...])
                return FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: index + 3)
            }
            guard lineEnd != utf8.endIndex else { return nil }
            lineStart = utf8.index(after: lineEnd)
            index += 1
        }
    }
}

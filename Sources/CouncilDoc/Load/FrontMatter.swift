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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeFirst()
        for (index, line) in lines.enumerated() {
            var trimmed = line
            while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
            if trimmed == "---" || trimmed == "..." {
                let yaml = lines[..<index].joined(separator: "\n")
                let body = lines[(index + 1)...].joined(separator: "\n")
                return FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: index + 3)
            }
        }
        log.add(.unclosedFrontMatter, "front matter is never closed: add a line '---' after its YAML",
                at: .startOf(source.path),
                notes: [Diagnostic.Note("the front matter opens here")])
        return nil
    }
}

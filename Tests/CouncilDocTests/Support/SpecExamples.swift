import Foundation

/// One example of the GFM spec files: Markdown in, HTML out.
struct SpecExample: CustomStringConvertible, Sendable {
    let file: String
    let number: Int
    let line: Int
    let section: String
    let markdown: String
    let html: String
    let tags: [String]

    var description: String { "\(file) example \(number) (line \(line), \(section))" }

    /// Reads the examples of a spec file the way upstream's spec_tests.py does: blocks
    /// opened by 32 backticks and ` example`, input and output split by a line `.`, `→`
    /// standing for a tab; examples tagged `disabled` are skipped.
    static func load(_ name: String) throws -> [SpecExample] {
        let data = try Data(contentsOf: Fixtures.directory.appendingPathComponent("gfm-spec/\(name)"))
        let text = String(decoding: data, as: UTF8.self)
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var state = 0 // 0 outside, 1 markdown, 2 html
        var markdown = "", html = "", section = "", tags: [String] = [], startLine = 0, number = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            let line = String(rawLine) + "\n"
            if state == 0, rawLine.hasPrefix(fence + " example") {
                state = 1
                markdown = ""; html = ""; startLine = index + 1
                tags = rawLine.dropFirst(fence.count + " example".count).split(separator: " ").map(String.init)
            } else if state == 1, rawLine == "." {
                state = 2
            } else if state == 2, rawLine == fence {
                state = 0
                number += 1
                if !tags.contains("disabled") {
                    examples.append(SpecExample(
                        file: name, number: number, line: startLine, section: section,
                        markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                        html: html.replacingOccurrences(of: "→", with: "\t"), tags: tags))
                }
            } else if state == 1 {
                markdown += line
            } else if state == 2 {
                html += line
            } else if rawLine.hasPrefix("#") {
                section = String(rawLine.drop { $0 == "#" }.drop { $0 == " " })
            }
        }
        return examples
    }
}

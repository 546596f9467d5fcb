import Testing
@testable import CouncilDoc

/// The Markdown writer writes what parses back to the same document.
@Suite struct MarkdownWriterRoundTripTests {
    static func html(_ markdown: String) -> String {
        HTMLWriter.render(MarkdownParser.parse(markdown).document.blocks, options: .init(unsafe: true))
    }

    @Test func everySpecExampleSurvivesARoundTrip() throws {
        var failures: [String] = []
        var count = 0
        for file in HTMLWriterSpecTests.files {
            for example in try SpecExample.load(file) {
                count += 1
                let parsed = MarkdownParser.parse(example.markdown).document
                let written = MarkdownWriter.render(parsed.blocks)
                let again = Self.html(written)
                let original = Self.html(example.markdown)
                if again != original {
                    failures.append("\(example)\n  markdown: \(example.markdown.debugDescription)\n  written:  \(written.debugDescription)\n  original: \(original.debugDescription)\n  again:    \(again.debugDescription)")
                }
            }
        }
        #expect(count == 718)
        #expect(failures.isEmpty, "\(failures.count) of \(count) fail:\n\(failures.prefix(10).joined(separator: "\n"))")
    }
}

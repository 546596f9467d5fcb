import Testing
@testable import CouncilDoc

/// The HTML writer against the GFM spec and against libcmark-gfm's own renderer.
@Suite struct HTMLWriterSpecTests {
    static let files = ["spec.txt", "extensions.txt", "regression.txt"]

    static func examples() throws -> [SpecExample] {
        try files.flatMap { try SpecExample.load($0) }
    }

    /// The extensions upstream's test runner attaches: all of them for extensions.txt, the
    /// example's tags otherwise.
    static func extensions(_ example: SpecExample) -> [String] {
        example.file == "extensions.txt" ? MarkdownParser.defaultExtensions
            : example.tags.filter { MarkdownParser.defaultExtensions.contains($0) }
    }

    /// Renders with raw HTML allowed and the example's extensions, as the spec expects.
    static func render(_ example: SpecExample) -> String {
        let extensions = extensions(example)
        let parsed = MarkdownParser.parse(example.markdown, extensions: extensions,
                                          footnotes: example.file != "spec.txt")
        return HTMLWriter.render(parsed.document.blocks, options: .init(
            unsafe: true, preferStyleAttributes: false, tagfilter: extensions.contains("tagfilter")))
    }

    @Test func specFilesHoldTheExpectedNumberOfExamples() throws {
        #expect(try SpecExample.load("spec.txt").count == 671)
        #expect(try SpecExample.load("extensions.txt").count == 28)
        #expect(try SpecExample.load("regression.txt").count == 19)
    }

    @Test func writerMatchesTheLibraryOnEverySpecExample() throws {
        var mismatches: [String] = []
        for example in try Self.examples() {
            let ours = HTMLWriter.render(MarkdownParser.parse(example.markdown).document.blocks,
                                         options: .init(unsafe: true, preferStyleAttributes: false))
            let library = MarkdownParser.referenceHTML(example.markdown, unsafe: true)
            if ours != library { mismatches.append("\(example)\n  ours:    \(ours.debugDescription)\n  library: \(library.debugDescription)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ:\n\(mismatches.prefix(8).joined(separator: "\n"))")
    }

    /// The spec's expected HTML, except the two footnote examples written for an older
    /// footnote markup (see Fixtures/gfm-spec/README.md).
    @Test func writerPassesTheSpec() throws {
        let olderFootnoteMarkup: Set<String> = ["extensions.txt#23", "regression.txt#13"]
        var failures: [String] = []
        for example in try Self.examples()
        where !olderFootnoteMarkup.contains("\(example.file)#\(example.number)") && example.html != "<IGNORE>\n" {
            let ours = Self.render(example)
            if ours != example.html { failures.append("\(example)\n  got:      \(ours.debugDescription)\n  expected: \(example.html.debugDescription)") }
        }
        #expect(failures.isEmpty, "\(failures.count) fail:\n\(failures.prefix(8).joined(separator: "\n"))")
    }

    @Test func safeModeMatchesTheLibrary() throws {
        var mismatches: [String] = []
        for example in try Self.examples() {
            let ours = HTMLWriter.render(MarkdownParser.parse(example.markdown).document.blocks,
                                         options: .init(unsafe: false, preferStyleAttributes: true))
            let library = MarkdownParser.referenceHTML(example.markdown, unsafe: false, preferStyleAttributes: true)
            if ours != library { mismatches.append("\(example)\n  ours:    \(ours.debugDescription)\n  library: \(library.debugDescription)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ:\n\(mismatches.prefix(8).joined(separator: "\n"))")
    }
}

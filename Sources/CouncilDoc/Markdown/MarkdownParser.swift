/// Parses a Markdown body into a `MarkdownDocument`: fenced divs and `[…]{.limite}` spans
/// recognised, every structural problem reported with its position.
public enum MarkdownParser {
    /// The parsed document and the problems found in it.
    public struct Result: Sendable {
        /// The document.
        public var document: MarkdownDocument
        /// Unterminated or stray fences, unbalanced spans.
        public var problems: [MarkdownProblem]
        /// The fence lines of every `::: limite` div (for `LimiteSyntax`).
        var limiteBlocks: [(open: SourcePoint, close: SourcePoint?)] = []
    }

    /// How deep blocks and inlines may nest.
    public static var maximumDepth: Int { CmarkBridge.maximumDepth }

    /// The GFM extensions attached by default: table, strikethrough, autolink, tagfilter, tasklist.
    public static let defaultExtensions = CmarkBridge.allExtensions

    /// Parses, while a build runs, of the texts parsed with the default options.
    static let memo = TextMemo<Result>()

    /// Parses `text` (LF line endings) with the GFM extensions and footnotes.
    public static func parse(_ text: String, extensions: [String] = defaultExtensions, footnotes: Bool = true) -> Result {
        guard footnotes, extensions == defaultExtensions else { return parseAnew(text, extensions: extensions, footnotes: footnotes) }
        return memo.value(for: text) { parseAnew(text, extensions: extensions, footnotes: footnotes) }!
    }

    private static func parseAnew(_ text: String, extensions: [String], footnotes: Bool) -> Result {
        let prepared = FencePreprocessor(text)
        let raw = CmarkBridge.parse(prepared.text, extensions: extensions, footnotes: footnotes)
        var assembler = FenceAssembler(prepared)
        let blocks = assembler.assemble(raw.blocks)
        var problems = assembler.problems
        if let at = raw.tooDeep { problems.append(MarkdownProblem(kind: .nestingTooDeep, at: at)) }
        return Result(document: MarkdownDocument(blocks: blocks), problems: problems, limiteBlocks: assembler.limiteBlocks)
    }

    /// libcmark-gfm's own HTML and CommonMark from one parse: the benchmark's floor.
    public static func referenceRender(_ text: String) -> (html: String, markdown: String) {
        CmarkBridge.libraryRender(text)
    }

    /// libcmark-gfm's own HTML rendering of `text`, for comparison in tests and benchmarks.
    public static func referenceHTML(_ text: String, unsafe: Bool = false, preferStyleAttributes: Bool = false,
                                     extensions: [String] = defaultExtensions, footnotes: Bool = true) -> String {
        CmarkBridge.libraryHTML(text, unsafe: unsafe, preferStyleAttributes: preferStyleAttributes,
                                extensions: extensions, footnotes: footnotes)
    }
}

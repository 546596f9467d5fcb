import Testing
@testable import CouncilDoc

/// `::: limite` blocks are recognised before cmark sees the text, wherever they stand.
@Suite struct FencedDivTests {
    func parse(_ text: String) -> MarkdownParser.Result { MarkdownParser.parse(text) }

    func html(_ text: String) -> String { HTMLWriter.render(parse(text).document.blocks) }

    @Test func aFenceWithoutBlankLinesStillSeparatesItsContent() {
        let result = parse("Before.\n::: limite\nSecret.\n:::\nAfter.\n")
        #expect(result.problems.isEmpty)
        #expect(result.document.blocks == [
            .paragraph([.text("Before.")], at: SourcePoint(line: 1, column: 1)),
            .fencedDiv(FencedDiv(name: "limite", blocks: [.paragraph([.text("Secret.")], at: SourcePoint(line: 3, column: 1))],
                                 at: SourcePoint(line: 2, column: 1))),
            .paragraph([.text("After.")], at: SourcePoint(line: 5, column: 1)),
        ])
    }

    @Test func pandocAttributeFormAndNestingAreRecognised() {
        let result = parse("::: {.limite}\nA\n\n::: timeline\n:::\n:::\n")
        #expect(result.problems.isEmpty)
        guard case .fencedDiv(let outer)? = result.document.blocks.first else {
            Issue.record("no div: \(result.document.blocks)")
            return
        }
        #expect(outer.name == "limite")
        #expect(outer.blocks.count == 2)
        if case .fencedDiv(let inner) = outer.blocks[1] { #expect(inner.name == "timeline") } else { Issue.record("no inner div") }
    }

    @Test func aFenceInsideAListItemClosesInsideTheItem() {
        let result = parse("- item\n\n  ::: limite\n  secret\n  :::\n- next\n")
        #expect(result.problems.isEmpty)
        guard case .list(let list)? = result.document.blocks.first else {
            Issue.record("no list")
            return
        }
        #expect(list.items.count == 2)
        #expect(list.items[0].blocks.contains { if case .fencedDiv(let d) = $0 { d.name == "limite" } else { false } })
    }

    @Test func aFenceInsideABlockQuoteIsRecognised() {
        let result = parse("> ::: limite\n> secret\n> :::\n")
        #expect(result.problems.isEmpty)
        guard case .blockQuote(let inner)? = result.document.blocks.first, case .fencedDiv(let div)? = inner.first else {
            Issue.record("no div in quote: \(result.document.blocks)")
            return
        }
        #expect(div.name == "limite")
    }

    @Test func fencesInCodeStayCodeAndIntact() {
        let text = "```\n::: limite\nnot secret\n:::\n```\n\n    ::: limite\n"
        let result = parse(text)
        #expect(result.problems.isEmpty)
        #expect(result.document.blocks == [
            .codeBlock(info: "", literal: "::: limite\nnot secret\n:::\n", fenced: true),
            .codeBlock(info: "", literal: "::: limite\n", fenced: false),
        ])
    }

    @Test func anUnterminatedFenceIsAnErrorAndStillEnclosesItsContent() {
        let result = parse("Intro.\n\n::: limite\nSecret to the end.\n")
        #expect(result.problems == [MarkdownProblem(kind: .unterminatedFence("limite"), at: SourcePoint(line: 3, column: 1))])
        #expect(html("Intro.\n\n::: limite\nSecret to the end.\n").contains("<div class=\"limite\">\n<p>Secret to the end.</p>"))
    }

    @Test func aStrayCloseIsAnError() {
        let result = parse("Text.\n\n:::\n")
        #expect(result.problems == [MarkdownProblem(kind: .strayFence, at: SourcePoint(line: 3, column: 1))])
    }

    @Test func aCloseInAnotherContainerDoesNotCloseTheDiv() {
        let result = parse("::: limite\n- item\n  :::\n")
        #expect(result.problems.contains(MarkdownProblem(kind: .strayFence, at: SourcePoint(line: 3, column: 3))))
        #expect(result.problems.contains(MarkdownProblem(kind: .unterminatedFence("limite"), at: SourcePoint(line: 1, column: 1))))
    }

    @Test func aFenceInRawHTMLIsReported() {
        let result = parse("<div>\n::: limite\nx\n:::\n</div>\n")
        #expect(result.problems.contains { $0.kind == .fenceInRawHTML })
        if case .html(let literal)? = result.document.blocks.first {
            #expect(literal.contains("::: limite"))
        }
    }
}

/// `[text]{.limite}` spans, in every inline context.
@Suite struct LimiteSpanTests {
    func inlines(_ text: String) -> [Inline] {
        guard case .paragraph(let inlines, _)? = MarkdownParser.parse(text).document.blocks.first else { return [] }
        return inlines
    }

    @Test func aPlainSpan() {
        #expect(inlines("Send to [the contact]{.limite} now.") == [
            .text("Send to "), .limiteSpan([.text("the contact")], at: SourcePoint(line: 1, column: 1)), .text(" now."),
        ])
    }

    @Test func aSpanAcrossEmphasisCodeAndLinks() {
        let result = inlines("[a *b* `c` [d](https://x.invalid)]{.limite} e")
        guard case .limiteSpan(let content, _)? = result.first else {
            Issue.record("no span: \(result)")
            return
        }
        #expect(content.count == 6)
        #expect(result.last == .text(" e"))
    }

    @Test func bracketsInsideASpanStayText() {
        let result = inlines("[a [b] c]{.limite}")
        #expect(result == [.limiteSpan([.text("a [b] c")], at: SourcePoint(line: 1, column: 1))])
    }

    @Test func nestedSpans() {
        let result = inlines("[a [b]{.limite} c]{.limite}")
        guard case .limiteSpan(let outer, _)? = result.first, result.count == 1 else {
            Issue.record("no outer span: \(result)")
            return
        }
        #expect(outer.contains { if case .limiteSpan = $0 { true } else { false } })
    }

    @Test func aSpanOverADefinedLinkReferenceCoversTheLink() {
        let result = inlines("[foo]{.limite}\n\n[foo]: https://x.invalid")
        guard case .limiteSpan(let content, _)? = result.first else {
            Issue.record("no span: \(result)")
            return
        }
        #expect(content.count == 1)
        if case .link = content[0] {} else { Issue.record("span does not hold the link") }
    }

    @Test func aSpanInATableCellAndAHeading() {
        let doc = MarkdownParser.parse("# T [x]{.limite}\n\n| a |\n| - |\n| [y]{.limite} |\n").document
        #expect(doc.blocks.count == 2)
        if case .heading(_, let c, _) = doc.blocks[0] { #expect(c.contains { if case .limiteSpan = $0 { true } else { false } }) }
        if case .table(let t) = doc.blocks[1] { #expect(t.rows[0][0] == [.limiteSpan([.text("y")], at: .unknown)]) }
    }

    @Test func anUnbalancedSpanIsReported() {
        let result = MarkdownParser.parse("*[a*]{.limite}")
        #expect(result.problems.map(\.kind) == [.unbalancedSpan])
    }

    @Test func otherAttributesAreLeftAlone() {
        #expect(inlines("[x]{.underline}") == [.text("[x]{.underline}")])
    }
}

@Suite struct FootnoteTests {
    @Test func labelsComeFromTheSourceAndNumbersFromCmark() {
        let doc = MarkdownParser.parse("A[^x] and[^y] and [^x].\n\n[^y]: Why\n\n[^x]: Ex\n").document
        guard case .paragraph(let inlines, _) = doc.blocks[0] else { return }
        #expect(inlines.filter { if case .footnoteReference = $0 { true } else { false } } == [
            .footnoteReference(label: "x", number: 1), .footnoteReference(label: "y", number: 2),
            .footnoteReference(label: "x", number: 1),
        ])
        #expect(doc.blocks.count == 3)
        if case .footnoteDefinition(let label, _) = doc.blocks[1] { #expect(label == "x") }
    }
}

@Suite struct ByteSearchTests {
    @Test(arguments: [("abc:::def", ":::", true), ("abc::def", ":::", false), ("", "x", false), ("x", "", true),
                      ("<!--councildoc-fence:3-->", "<!--councildoc-fence:", true), ("ééé limite", "limite", true),
                      ("limit", "limite", false), ("aaab", "aab", true)])
    func findsBytesAsContainsDoes(haystack: String, needle: String, expected: Bool) {
        #expect(haystack.containsBytes(needle) == expected)
        #expect(Substring(haystack).containsBytes(needle) == expected)
    }
}

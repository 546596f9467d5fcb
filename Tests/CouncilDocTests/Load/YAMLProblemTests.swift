import Testing
@testable import CouncilDoc

/// libyaml's words for the common slips become the fix; anything else is kept.
@Suite struct YAMLProblemTests {
    @Test func aColonInAValueIsQuotedWithItsQuotesEscaped() {
        let (message, notes) = YAMLProblem.explain("mapping values are not allowed in this context",
                                                   line: #"title: The "cash": controls"#, column: 19)
        #expect(message.hasPrefix("this value holds ': '"))
        #expect(notes.map(\.message) == [#"put the value in quotes: title: "The \"cash\": controls""#])
    }

    @Test func anIndentedKeyIsNotTakenForAColonInAValue() {
        let (message, _) = YAMLProblem.explain("mapping values are not allowed in this context", line: "  bad: indentation", column: 6)
        #expect(message.hasPrefix("this key is indented more"))
    }

    @Test func aTabIsNamed() {
        let (message, notes) = YAMLProblem.explain("found character that cannot start any token", line: "\t- A", column: 1)
        #expect(message.hasPrefix("a tab indents this line"))
        #expect(!notes.isEmpty)
    }

    @Test func otherProblemsKeepLibyamlsWords() {
        let (message, notes) = YAMLProblem.explain("found unexpected end of stream", line: "x: \"open", column: 9)
        #expect(message == "YAML syntax error: found unexpected end of stream")
        #expect(notes.isEmpty)
    }
}

import Testing
@testable import CouncilDoc

@Suite struct DiagnosticTests {
    @Test func formatsLikeACompiler() {
        let d = Diagnostic(.unknownAction, "no action '13.9' in the content",
                           at: SourceLocation(file: "content/plans/13/plan.md", line: 12, column: 5),
                           notes: [.init("did you mean 'action:13.1'?")])
        #expect(DiagnosticFormatter.format(d) == """
        content/plans/13/plan.md:12:5: error: no action '13.9' in the content [unknown-action]
        content/plans/13/plan.md:12:5: note: did you mean 'action:13.1'?
        """)
    }

    @Test func sortsByFileLineColumnAndCounts() {
        var log = DiagnosticLog()
        log.add(.leaderRepeated, "b", at: SourceLocation(file: "b.md", line: 1, column: 1))
        log.add(.missingField, "a2", at: SourceLocation(file: "a.md", line: 10, column: 1))
        log.add(.missingField, "a1", at: SourceLocation(file: "a.md", line: 2, column: 7))
        log.add(.missingField, "a1", at: SourceLocation(file: "a.md", line: 2, column: 7))
        #expect(log.sorted.map(\.message) == ["a1", "a2", "b"])
        #expect(DiagnosticFormatter.summary(log) == "3 errors, 1 warning")
        #expect(log.hasErrors)
        #expect(DiagnosticFormatter.summary(DiagnosticLog()) == "no problems")
    }

    @Test func suggestsTheNearestCandidate() {
        #expect(Suggestion.nearest(to: "leadr", in: ["leader", "participants"]) == "leader")
        #expect(Suggestion.nearest(to: "xyz", in: ["leader", "participants"]) == nil)
        #expect(Suggestion.nearest(to: "13.5", in: ["13.4", "13.1"]) == "13.1")
    }

    @Test func everyIDHasAStableSpelling() {
        let spellings = DiagnosticID.allCases.map(\.rawValue)
        #expect(Set(spellings).count == spellings.count)
        #expect(spellings.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber } })
    }
}

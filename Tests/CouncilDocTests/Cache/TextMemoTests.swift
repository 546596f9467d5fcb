import Foundation
import Testing
@testable import CouncilDoc

/// The memo of a build: texts told apart by their bytes, kept only while a build runs.
@Suite struct TextMemoTests {
    @Test func canonicallyEquivalentTextsWithOtherBytesAreNotConfused() {
        let memo = TextMemo<Int>()
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(composed == decomposed, "Swift's string equality holds between them")
        memo.scoped {
            #expect(memo.value(for: composed) { 1 } == 1)
            #expect(memo.value(for: decomposed) { 2 } == 2)
            #expect(memo.value(for: composed) { 3 } == 1)
            #expect(memo.value(for: composed, variant: 1) { 4 } == 4)
        }
    }

    @Test func nothingIsKeptOutsideABuild() {
        let memo = TextMemo<Int>()
        var made = 0
        _ = memo.value(for: "x") { made += 1; return made }
        _ = memo.value(for: "x") { made += 1; return made }
        #expect(made == 2)
        memo.scoped { _ = memo.value(for: "x") { made += 1; return made } }
        memo.scoped { _ = memo.value(for: "x") { made += 1; return made } }
        #expect(made == 4, "a build's values are dropped when it ends")
    }

    /// A session's build takes the values its last build used, and carries only what it
    /// used itself: one build's values, never more.
    @Test func aSessionCarriesTheValuesItsLastBuildUsed() {
        let memo = TextMemo<Int>()
        var made: [String] = []
        func value(_ text: String) -> Int? { memo.value(for: text) { made.append(text); return text.count } }
        let (_, first) = memo.carrying([:]) { memo.scoped { _ = value("a"); _ = value("bb") } }
        #expect(made == ["a", "bb"] && first.count == 2)
        let (_, second) = memo.carrying(first) { memo.scoped { _ = value("a"); _ = value("ccc") } }
        #expect(made == ["a", "bb", "ccc"], "'a' was taken from the last build")
        #expect(second.count == 2, "'bb', unused, is not carried")
        let (_, _) = memo.carrying(second) { memo.scoped { _ = value("bb") } }
        #expect(made == ["a", "bb", "ccc", "bb"])
        // Outside a session nothing is carried.
        memo.scoped { _ = value("a") }
        #expect(made.last == "a")
    }

    /// A front matter composed twice in a build gives the same tree; a broken one is
    /// reported every time, at the position of the source that holds it.
    @Test func composingInABuildReportsEveryBrokenText() {
        BuildMemos.scoped {
            var first = DiagnosticLog(), second = DiagnosticLog()
            _ = YAMLLoader.compose("a: [", path: "one.md", firstLine: 2, log: &first)
            _ = YAMLLoader.compose("a: [", path: "two.md", firstLine: 5, log: &second)
            #expect(first.all.first?.location?.file == "one.md")
            #expect(second.all.first?.location?.file == "two.md")
            var log = DiagnosticLog()
            guard case .parsed(let a?) = YAMLLoader.compose("k: v", path: "x.md", firstLine: 2, log: &log),
                  case .parsed(let b?) = YAMLLoader.compose("k: v", path: "y.md", firstLine: 2, log: &log) else {
                Issue.record("did not compose")
                return
            }
            #expect(a == b)
        }
    }
}

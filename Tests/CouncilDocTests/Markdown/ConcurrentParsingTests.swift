import Foundation
import Testing
@testable import CouncilDoc

/// libcmark-gfm mutates process-wide state on every parse; councildoc serialises parsing so
/// that documents parsed on many threads come out as they do one at a time.
@Suite struct ConcurrentParsingTests {
    @Test func parsesOnManyThreadsGiveTheSerialResult() async throws {
        let text = """
        | a | b |
        | - | - |
        | ~~x~~ | www.example.org |

        Text with ~~strike~~, https://example.org and a note.[^1]

        - [x] done

        [^1]: Footnote.
        """
        let expected = HTMLWriter.render(MarkdownParser.parse(text).document.blocks)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    (0..<150).map { _ in HTMLWriter.render(MarkdownParser.parse(text).document.blocks) }
                }
            }
            var all: [String] = []
            for await batch in group { all += batch }
            return all
        }
        #expect(results.count == 1200)
        #expect(results.allSatisfy { $0 == expected }, "\(results.filter { $0 != expected }.count) parses differ")
    }
}

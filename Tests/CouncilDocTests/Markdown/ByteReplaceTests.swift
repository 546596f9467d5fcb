import Foundation
import Testing
@testable import CouncilDoc

/// The byte-wise string helpers the hot paths use instead of Foundation's searches: they
/// must give what Foundation gives.
@Suite struct ByteReplaceTests {
    static let texts = ["", "a", "\n", "a\n", "\na", "a\n\nb", "line one\nline two\n", "é\nü\r\n", "x||y|", "1.2.3", "no match"]

    @Test(arguments: texts.filter { !$0.unicodeScalars.contains("\r") })
    func splitsLikeFoundation(text: String) {
        #expect(text.lineFeedSeparated == text.components(separatedBy: "\n"))
    }

    /// Foundation keeps "\r\n" whole (one Character); lines split at every line feed.
    @Test func splitsAtEveryLineFeedEvenAfterACarriageReturn() {
        #expect("a\r\nb".lineFeedSeparated == ["a\r", "b"])
    }

    @Test(arguments: texts)
    func replacesLikeFoundation(text: String) {
        for (target, replacement) in [("\n", " "), ("|", "\\|"), (".", "-"), ("\r\n", "\n"), ("line", ""), ("ü", "ue")] {
            #expect(text.replacingAll(target, with: replacement)
                    == text.replacingOccurrences(of: target, with: replacement), "\(target) in \(text.debugDescription)")
        }
    }

    @Test func findsSingleBytes() {
        #expect("a]b".containsByte("]"))
        #expect(!"ab".containsByte("]"))
        #expect("x\r\ny".containsByte("\r"))
    }
}

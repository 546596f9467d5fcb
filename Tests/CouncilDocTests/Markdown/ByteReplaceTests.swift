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

    /// `containsBytes` against a byte-by-byte search, on texts and needles that overlap,
    /// repeat and sit at both ends.
    @Test func findsByteSequencesAsAByteLoopDoes() {
        func naive(_ haystack: String, _ needle: String) -> Bool {
            let h = Array(haystack.utf8), n = Array(needle.utf8)
            guard !n.isEmpty else { return true }
            guard h.count >= n.count else { return false }
            return (0...(h.count - n.count)).contains { Array(h[$0..<($0 + n.count)]) == n }
        }
        var random = SeededRandom(seed: 7)
        let alphabet = Array("aab\nlé{}.")
        for _ in 0..<2_000 {
            let haystack = String((0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let needle = String((0..<Int.random(in: 0...4, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            #expect(haystack.containsBytes(needle) == naive(haystack, needle), "\(needle.debugDescription) in \(haystack.debugDescription)")
            #expect(haystack[...].containsBytes(needle) == naive(haystack, needle))
        }
        #expect("limite".containsBytes("limite"))
        #expect(!"limit".containsBytes("limite"))
        #expect("x limite".containsBytes("limite") && "limite x".containsBytes("limite"))
    }

    /// The ASCII shortcut of the classified-marking search says "maybe" wherever the full
    /// search (upper-cased text) finds a marking word.
    @Test func theASCIIShortcutOfTheMarkingSearchMissesNothing() {
        var random = SeededRandom(seed: 11)
        let alphabet = Array("euEU -xR")
        for _ in 0..<5_000 {
            let text = String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let upper = text.uppercased()
            let full = upper.containsBytes(" UE") || upper.containsBytes("EU ") || upper.containsBytes("-UE") || upper.containsBytes("EU-")
            #expect(ClassifiedMarkings.asciiMayHoldMarking(text) == full, "\(text.debugDescription)")
        }
        let source = SourceText(path: "a.md", text: "Marked eu restricted here.")
        #expect(ClassifiedMarkings.find(in: source).map(\.0) == ["EU RESTRICTED"])
    }
}

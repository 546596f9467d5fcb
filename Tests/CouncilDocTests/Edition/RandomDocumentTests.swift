import Foundation
import Testing
@testable import CouncilDoc

/// Property: for random documents with LIMITE parts in random places, no LIMITE word
/// reaches any public byte, every LIMITE word is in the LIMITE edition, and every word
/// outside the markers stays in the public edition.
@Suite struct RandomDocumentTests {
    static let cases = 120

    /// Builds one random plan body; returns it with its secret and public words.
    struct Generator {
        var random: SeededRandom
        var secrets: [String] = []
        var publicWords: [String] = []
        var counter = 0

        init(seed: UInt64) { random = SeededRandom(seed: seed) }

        mutating func word(secret: Bool) -> String {
            counter += 1
            let w = (secret ? "SECRET" : "PUBLIC") + "\(counter)X"
            if secret { secrets.append(w) } else { publicWords.append(w) }
            return w
        }

        /// An inline element; never two delimiters of the same kind in a row (`~~~~` or
        /// `****` would be a code fence or a thematic break at the start of a line).
        mutating func inline(secret: Bool, depth: Int = 0, outer: Int = -1) -> String {
            let kind = Int.random(in: 0..<9, using: &random)
            switch kind {
            case 0 where depth < 2 && outer != 0: return "*\(inline(secret: secret, depth: depth + 1, outer: 0))*"
            case 1 where depth < 2 && outer != 1 && outer != 0: return "**\(inline(secret: secret, depth: depth + 1, outer: 1))**"
            case 2: return "`\(word(secret: secret))`"
            case 3 where depth < 2 && outer != 3:
                // A link whose whole text is a LIMITE span is wholly LIMITE, destination included.
                let text = inline(secret: secret, depth: depth + 1, outer: 3)
                let wholeLimite = text.hasPrefix("[") && text.hasSuffix("]{.limite}")
                return "[\(text)](https://example.invalid/\(word(secret: secret || wholeLimite)))"
            case 4 where !secret && depth < 2: return "[\(inline(secret: true, depth: depth + 1, outer: 4))]{.limite}"
            case 5 where depth < 2 && outer != 5: return "~~\(inline(secret: secret, depth: depth + 1, outer: 5))~~"
            default: return word(secret: secret)
            }
        }

        /// A line that starts with a plain word, so it never opens a block by accident.
        mutating func line(secret: Bool) -> String {
            ([word(secret: secret)] + (0..<Int.random(in: 0...3, using: &random)).map { _ in inline(secret: secret) })
                .joined(separator: " ")
        }

        mutating func block(secret: Bool, depth: Int = 0) -> String {
            switch Int.random(in: 0..<8, using: &random) {
            case 0: return "- \(line(secret: secret))\n- \(line(secret: secret))"
            case 1: return "1. \(line(secret: secret))\n2. \(line(secret: secret))"
            case 2: return "> \(line(secret: secret))"
            case 3: return "| h |\n| - |\n| \(line(secret: secret)) |"
            case 4: return "## \(line(secret: secret))"
            case 5 where !secret && depth < 2:
                let inner = (0..<Int.random(in: 1...3, using: &random)).map { _ in block(secret: true, depth: depth + 1) }
                return "::: limite\n" + inner.joined(separator: "\n\n") + "\n:::"
            case 6 where !secret && depth < 1:
                return "- item \(line(secret: false))\n\n  ::: limite\n  \(line(secret: true))\n  :::"
            default: return line(secret: secret)
            }
        }

        mutating func body() -> String {
            (0..<Int.random(in: 2...8, using: &random)).map { _ in block(secret: false) }.joined(separator: "\n\n")
        }
    }

    @Test func randomDocumentsNeverLeakAndNeverLoseText() throws {
        let templates = try TemplateSet.builtIn()
        var failures: [String] = []
        var secretsTried = 0
        for seed in 1...UInt64(Self.cases) {
            var generator = Generator(seed: seed)
            let body = generator.body()
            let files = Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(body: body)])
            let rendered = Pipeline.render(InMemorySourceTree(files), templates: templates)
            guard !rendered.log.hasErrors, rendered.editions.count == 2 else {
                failures.append("seed \(seed): build failed: \(rendered.log.sorted.map(DiagnosticFormatter.format))\n\(body)")
                continue
            }
            let texts = Dictionary(uniqueKeysWithValues: rendered.editions.map { edition, files in
                (edition, files.map { $0.path + "\n" + String(decoding: $0.contents, as: UTF8.self) }.joined(separator: "\n"))
            })
            let publicText = texts[.public] ?? "", limiteText = texts[.limite] ?? ""
            secretsTried += generator.secrets.count
            for secret in generator.secrets where publicText.contains(secret) || !limiteText.contains(secret) {
                failures.append("seed \(seed): \(secret) \(publicText.contains(secret) ? "leaks" : "is lost")\n\(body)")
            }
            for word in generator.publicWords where !publicText.contains(word) {
                failures.append("seed \(seed): public \(word) is dropped\n\(body)")
            }
        }
        #expect(secretsTried > 300, "only \(secretsTried) secrets tried")
        print("random documents: \(Self.cases) cases, \(secretsTried) LIMITE words")
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(3).joined(separator: "\n---\n"))")
    }
}

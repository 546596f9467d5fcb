import Foundation

/// Writes the canaries of the redaction proof: text that stands in for a LIMITE part in the
/// swapped sources, of another length and shape than the original (other words, another
/// number of list items, a footnote and a link definition of its own), and that names the
/// part it replaced, so that a canary found in the public edition points at its source.
final class CanaryWriter: @unchecked Sendable {
    /// The letters every canary word starts with; no ordinary text holds them.
    static let mark = "zqcanary"

    private let lock = NSLock()
    private var places: [SourceLocation] = []

    /// The source position of the LIMITE part that a canary word (`zqcanary…`) replaced.
    func place(ofWord word: Substring) -> SourceLocation? {
        guard word.hasPrefix(Self.mark) else { return nil }
        var index = 0
        for byte in word.utf8.dropFirst(Self.mark.utf8.count) {
            guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) else { break }
            index = index * 26 + Int(byte - UInt8(ascii: "a"))
        }
        lock.lock()
        defer { lock.unlock() }
        return index < places.count ? places[index] : nil
    }

    /// A new canary word for the LIMITE part at `location`.
    func word(for location: SourceLocation) -> (word: String, index: Int) {
        lock.lock()
        let index = places.count
        places.append(location)
        lock.unlock()
        var letters: [Character] = []
        var n = index
        repeat {
            letters.append(Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(n % 26))))
            n /= 26
        } while n > 0
        // Padded to three letters so that one word is never the prefix of another.
        while letters.count < 3 { letters.append("a") }
        return (Self.mark + String(letters.reversed()), index)
    }

    /// The text of a swapped span: canary words, more of them than a short span holds.
    func words(for path: String, _ firstLine: Int, _ at: SourcePoint) -> String {
        let (word, index) = word(for: SourceRedactor.location(path, firstLine, at))
        return Array(repeating: word, count: 2 + index % 3).joined(separator: " ")
    }

    /// The lines of a swapped block (each starting with the opening fence's `prefix`):
    /// a paragraph citing a footnote and a link definition of its own, and a list.
    func block(for path: String, _ firstLine: Int, _ at: SourcePoint, prefix: String) -> String {
        let (word, index) = word(for: SourceRedactor.location(path, firstLine, at))
        var lines = ["\(word) \(word) [\(word)][] \(word).[^\(word)]", ""]
        lines += (0..<(2 + index % 3)).map { "- \(word) \($0 + 1)" }
        lines += ["", "[^\(word)]: \(word) \(word)", "", "[\(word)]: https://\(word).invalid/ \"\(word)\""]
        return lines.map { $0.isEmpty ? prefix.trimmingTrailingSpaces + "\n" : prefix + $0 + "\n" }.joined()
    }

    /// A canary for a plain value (a title, a contact): canary words.
    func value(for location: SourceLocation) -> String {
        let (word, index) = word(for: location)
        return Array(repeating: word, count: 1 + index % 3).joined(separator: " ")
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}

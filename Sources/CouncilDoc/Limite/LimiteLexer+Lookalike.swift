import Foundation

/// Text that looks like a LIMITE marker but is not one, so that it is refused instead of
/// published: a misspelt class (`{.limit}`, `{limite}`, `{.LIMITE}`, `{.limited}`),
/// look-alike letters or invisible characters (`{.lіmite}` with a Cyrillic і), another
/// attribute block that GFM would print literally (`[text]{.note}`), a span with a space
/// before its brace, a fence line where Markdown cannot read one (behind a list marker,
/// folded into a paragraph), a code block or raw HTML classed `limite`. Ordinary prose holds
/// none of these: each needs a brace block, a `:::` run or a `class` attribute.
extension LimiteLexer {
    /// What was found, and where in the text (a UTF-8 offset).
    struct Finding: Hashable, Sendable {
        /// The text as written.
        var written: String
        /// Why it is refused, and the fix.
        var message: String
        /// Byte offset in the text examined.
        var offset: Int
    }

    /// Text folded for comparison: NFKC, invisible characters removed, look-alike letters of
    /// other scripts mapped to Latin, lower case.
    static func folded(_ text: String) -> String {
        let invisible: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"]
        let confusables: [Unicode.Scalar: Character] = [
            "\u{0456}": "i", "\u{0406}": "i", "\u{0435}": "e", "\u{0415}": "e", "\u{0442}": "t", "\u{0422}": "t",
            "\u{043C}": "m", "\u{041C}": "m", "\u{04CF}": "l", "\u{04C0}": "l", "\u{0399}": "i", "\u{03B9}": "i",
            "\u{0395}": "e", "\u{03B5}": "e", "\u{039C}": "m", "\u{03A4}": "t", "\u{0131}": "i", "\u{0430}": "a",
            "\u{043E}": "o", "\u{0441}": "c", "\u{0440}": "p", "\u{0445}": "x",
        ]
        var out = ""
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars where !invisible.contains(scalar) {
            if let latin = confusables[scalar] { out.append(latin) } else { out.unicodeScalars.append(scalar) }
        }
        return out.lowercased()
    }

    /// Where folded bytes hold a `:::` run before a word like `limite` (a fence written
    /// where no fence takes effect): the offset of the run's last colon.
    static func fenceLike(_ bytes: [UInt8]) -> Int? {
        var colons = 0
        for (index, byte) in bytes.enumerated() {
            colons = byte == UInt8(ascii: ":") ? colons + 1 : 0
            guard colons == 3 else { continue }
            let after = String(decoding: bytes[(index + 1)...].prefix(40), as: UTF8.self)
            if after.split(whereSeparator: { " \t{}.#:\n".contains($0) }).first.map({ resembles(String($0)) }) == true {
                return index
            }
        }
        return nil
    }

    /// `folded(text)` as bytes, with the range of the bytes of `text` each folded byte comes
    /// from (so that a finding quotes what the author wrote, not its folded form).
    static func foldedWithOrigins(_ text: String) -> (bytes: [UInt8], origins: [Range<Int>]) {
        var bytes: [UInt8] = []
        var origins: [Range<Int>] = []
        var offset = 0
        for character in text {
            let length = String(character).utf8.count
            let piece = Array(folded(String(character)).utf8)
            bytes += piece
            origins += Array(repeating: offset..<(offset + length), count: piece.count)
            offset += length
        }
        return (bytes, origins)
    }

    /// Whether a token is `limite` once folded (case, look-alike letters, invisible
    /// characters).
    static func spells(_ token: String) -> Bool {
        folded(token).trimmingCharacters(in: CharacterSet(charactersIn: ".#\"' ")) == className
    }

    /// Whether a token reads as `limite` to a person: equal after folding, or one edit away.
    static func resembles(_ token: String) -> Bool {
        let f = folded(token).trimmingCharacters(in: CharacterSet(charactersIn: ".#\"' "))
        guard f.count >= 4, f.count <= 9 else { return false }
        return f == className || Suggestion.distance(f, className) <= 1
    }

    /// The first look-alike in a text node of Markdown (outside code), if any.
    static func lookalike(inText text: String) -> Finding? {
        guard mayHoldBraceOrFence(text) else { return nil }
        // Scanned folded, so that full-width braces and colons read as the ASCII ones.
        let (bytes, origins) = Self.foldedWithOrigins(text)
        let original = Array(text.utf8)
        /// The text as the author wrote it that folded bytes `range` come from.
        func asWritten(_ range: ClosedRange<Int>) -> String {
            String(decoding: original[origins[range.lowerBound].lowerBound..<origins[range.upperBound].upperBound], as: UTF8.self)
        }
        // A fence line that is not one: `:::` (or full-width colons) before a LIMITE-like word.
        if fenceLike(bytes) != nil {
            return Finding(written: String(text.prefix(60)),
                           message: "a fence line '::: limite' that Markdown cannot read as one here (behind a list marker, indented, or joined to other lines): put '::: limite' and ':::' on lines of their own, with blank lines around the block",
                           offset: 0)
        }
        // Brace blocks: `{…}` right after `]` (an attribute block), or holding a LIMITE-like token.
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "{"), let close = bytes[i...].prefix(200).firstIndex(of: UInt8(ascii: "}")) else {
                i += 1
                continue
            }
            let inner = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
            let written = asWritten(i...close)
            let tokens = inner.split(whereSeparator: { $0 == " " || $0 == "=" }).map(String.init)
            let afterBracket = i > 0 && bytes[i - 1] == UInt8(ascii: "]")
            let afterSpacedBracket = i > 1 && bytes[i - 1] == UInt8(ascii: " ") && bytes[i - 2] == UInt8(ascii: "]")
            let attributeLike = inner.hasPrefix(".") || inner.hasPrefix("#") || inner.contains("=")
            // A span's own attribute right after a bracket is no look-alike: when it formed
            // no span, the span's bracket is what is wrong, and the parser says so.
            let ownAttribute = afterBracket && origins[i].lowerBound > 0 && original[origins[i].lowerBound - 1] == UInt8(ascii: "]")
                && spanAttributeLength(Substring(written)) == written.count
            // A lone word in braces is a marker's look-alike only when it spells `limite`
            // (`{limite}`, `{LIMITE}`), not when it is another word (`{limits}`).
            let alone = tokens.count == 1 && spells(tokens[0])
            if !ownAttribute, tokens.contains(where: resembles), afterBracket || afterSpacedBracket || attributeLike || alone {
                // `{.limite}` itself, written alone in prose (not a misspelling of it).
                let exact = written == "{.limite}" && text.containsBytes("{.limite}") && !afterBracket && !afterSpacedBracket
                let fix = afterSpacedBracket ? "write it right after the bracket, with no space: [text]{.limite}"
                    : exact ? "it marks nothing here; a LIMITE span is written [text]{.limite}, and to show the marker as text, put it in backticks"
                    : "did you mean '{.limite}'? A LIMITE span is written [text]{.limite}"
                return Finding(written: written, message: "'\(written)' \(exact ? "is a LIMITE marker without its text" : "looks like a LIMITE marker but is not one"): \(fix)", offset: i)
            }
            if afterBracket && attributeLike && !ownAttribute {
                return Finding(written: written,
                               message: "attribute block '\(written)' is not supported: GFM would print it as text; the only one councildoc knows is {.limite}",
                               offset: i)
            }
            i = close + 1
        }
        return nil
    }

    /// A code block's info string, or raw HTML with a `class` attribute, that classes its
    /// content LIMITE, which no edition would withhold.
    static func lookalike(inCodeInfoOrHTML text: String, html: Bool) -> Finding? {
        let f = folded(text)
        guard f.contains("limit"), !html || f.contains("class") else { return nil }
        let tokens = f.split(whereSeparator: { " {}.#=\"'<>/\n".contains($0) }).map(String.init)
        guard tokens.contains(where: resembles) else { return nil }
        return Finding(written: String(text.prefix(60)),
                       message: "'\(text.prefix(60).trimmingCharacters(in: .whitespacesAndNewlines))' classes code or raw HTML as LIMITE, which councildoc does not withhold: put the code or text inside a '::: limite' block",
                       offset: 0)
    }

    /// A `::: limite` line inside an indented code block: a fence indented too far.
    static func lookalike(inIndentedCode literal: String) -> Finding? {
        guard literal.containsBytes(":::") else { return nil }
        for line in literal.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix(":::") else { continue }
            let words = folded(String(trimmed)).split(whereSeparator: { " {}.#:".contains($0) })
            if words.contains(where: { resembles(String($0)) }) {
                return Finding(written: String(trimmed),
                               message: "'\(trimmed)' is indented by four spaces or a tab, so Markdown reads the block as code and would publish it: indent a fence line by three spaces at most",
                               offset: 0)
            }
        }
        return nil
    }
}

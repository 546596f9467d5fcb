/// Markers in plain values: a YAML field that is not Markdown (a title, a subject, `from`,
/// an item of `codes`), a key, the configuration. No marker takes effect there, so every
/// form one could take is refused rather than published as it stands: a span attribute in
/// any pandoc form (`{.limite}`, `{#id .limite}`, `{.note .limite}`, `{  .limite}`), in any
/// case or with look-alike letters (`{.LIMITE}`, `{.lіmite}`), and a fence `::: limite`,
/// also when a YAML folded scalar (`>`) joined it to other lines.
extension LimiteLexer {
    /// The first marker form in a plain value, if any.
    static func inPlainValue(_ value: String) -> Finding? {
        guard mayHoldBraceOrFence(value) else { return nil }
        let (bytes, origins) = Self.foldedWithOrigins(value)
        let original = Array(value.utf8)
        if let index = fenceLike(bytes) {
            return Finding(written: excerpt(value),
                           message: "a '::: limite' fence takes effect in a Markdown body only; a YAML '>' or '|' scalar holds plain text, and '>' joins its lines into one",
                           offset: index)
        }
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "{") else {
                i += 1
                continue
            }
            // An unclosed brace is read to the end of the value (or 200 bytes): no marker
            // takes effect in a plain field, closed or not.
            let close = bytes[i...].prefix(200).firstIndex(of: UInt8(ascii: "}")) ?? min(bytes.count, i + 200)
            let inner = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
            let last = min(close, bytes.count - 1)
            let written = String(decoding: original[origins[i].lowerBound..<origins[last].upperBound], as: UTF8.self)
            let tokens = inner.split(whereSeparator: { " \t\n=.#\"'".contains($0) }).map(String.init)
            // An attribute block (`{.x …}`, `{#x …}`, `{k=v}`) with a word like `limite`, or
            // any brace group with a word that spells it; not `{limits of the mandate}`.
            let trimmed = inner.drop { $0 == " " || $0 == "\t" }
            let attributeLike = trimmed.hasPrefix(".") || trimmed.hasPrefix("#") || inner.contains("=")
            if tokens.contains(where: spells) || (attributeLike && tokens.contains(where: resembles)) {
                return Finding(written: written,
                               message: "a LIMITE span [text]{.limite} takes effect in a Markdown body or Markdown field only, in none of its other forms or spellings",
                               offset: i)
            }
            i = close + 1
        }
        return nil
    }

    /// Whether a text may hold a brace or a `:::` run once folded: an ASCII text when it holds
    /// one as written; any other text, when its folded form does (full-width and small-form
    /// braces and colons fold to the ASCII ones).
    static func mayHoldBraceOrFence(_ text: String) -> Bool {
        if text.containsByte("{") || text.containsBytes(":::") { return true }
        // What folds to a brace or a colon is written with a lead byte 0xEF (full-width and
        // small forms, U+FE13 … U+FF5B) or is U+2A74 (E2 A9 B4); invisible characters
        // between colons are E2 80 8B-8D, E2 81 A0 or C2 AD. Other text (accents, dashes,
        // quotation marks) needs no folding to be cleared.
        let colon = text.containsByte(":")
        guard text.utf8.contains(where: { $0 == 0xEF || (colon && ($0 == 0xE2 || $0 == 0xC2)) }) else { return false }
        let folded = Self.folded(text)
        return folded.containsByte("{") || folded.containsBytes(":::")
    }

    /// The start of a value, on one line, for a message.
    private static func excerpt(_ value: String) -> String {
        let line = value.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= 60 ? line : String(line.prefix(60)) + "…"
    }
}

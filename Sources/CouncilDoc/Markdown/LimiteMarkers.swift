/// Recognises LIMITE markers in raw text, where no parser will act on them.
public enum LimiteMarkers {
    /// Whether a text holds a `{.limite}` span attribute or a `::: limite` fence line.
    public static func appear(in text: String) -> Bool {
        guard text.containsBytes("limite") else { return false }
        if text.containsBytes("{.limite") || text.containsBytes("{ .limite") { return true }
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }
            if trimmed.hasPrefix(":::"), FencePreprocessor.fenceKind(String(trimmed)) == .open("limite") { return true }
        }
        return false
    }
}

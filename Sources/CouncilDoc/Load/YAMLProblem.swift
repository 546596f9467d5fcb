/// libyaml's messages for the mistakes drafters make most, in their words and with the fix:
/// a colon and a space inside a value (which YAML reads as a new key), a tab that indents a
/// line (YAML indents with spaces). Other messages are kept as they are.
enum YAMLProblem {
    /// The message and notes for `problem`, reported at `column` of `line` (the source line's
    /// text, when known).
    static func explain(_ problem: String, line: String?, column: Int) -> (message: String, notes: [Diagnostic.Note]) {
        let character: Character? = line.flatMap { text in
            let characters = Array(text)
            return column >= 1 && column <= characters.count ? characters[column - 1] : nil
        }
        if character == "\t" || (problem.contains("cannot start any token") && line?.hasPrefix("\t") == true) || problem.contains("tab") {
            return ("a tab indents this line, and YAML indents with spaces only",
                    [Diagnostic.Note("replace the tab with spaces (two per level, as the lines around it)")])
        }
        if problem.contains("mapping values are not allowed"), let line, let separator = line.range(of: ": ") {
            let keyColon = line.distance(from: line.startIndex, to: separator.lowerBound) + 1
            // The colon YAML stopped at comes after the line's own `key: `: it is in the value.
            if column > keyColon, let fix = quoted(line) {
                return ("this value holds ': ' (a colon and a space), which YAML reads as the start of another key",
                        [Diagnostic.Note("put the value in quotes: \(fix)")])
            }
            // The line's own key: indented under a key whose value is already written.
            if line.first == " " {
                return ("this key is indented more than the key above it, whose value is already given, so YAML cannot place it",
                        [Diagnostic.Note("indent it as the keys beside it; if the line continues the value above, put that value in quotes")])
            }
        }
        return ("YAML syntax error: \(problem)", [])
    }

    /// `key: a: b` rewritten as `key: "a: b"` (quotes and backslashes inside escaped); nil
    /// when the line is not a key and a plain value.
    static func quoted(_ line: String) -> String? {
        guard let separator = line.range(of: ": ") else { return nil }
        let key = line[..<separator.lowerBound]
        let value = line[separator.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, !value.isEmpty, !value.hasPrefix("\""), !value.hasPrefix("'") else { return nil }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\(key): \"\(escaped)\""
    }
}

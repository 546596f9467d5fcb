/// Formats diagnostics as compilers do: `path:line:col: error: message [id]`.
public enum DiagnosticFormatter {
    /// One diagnostic and its notes, one line each.
    public static func format(_ d: Diagnostic) -> String {
        var lines = [line(d.location, d.severity.rawValue, "\(d.message) [\(d.id.rawValue)]")]
        for note in d.notes {
            lines.append(line(note.location ?? d.location, "note", note.message))
        }
        return lines.joined(separator: "\n")
    }

    /// Every diagnostic of a log, sorted, then a summary line ("2 errors, 1 warning").
    public static func format(_ log: DiagnosticLog) -> String {
        var out = log.sorted.map(format)
        out.append(summary(log))
        return out.joined(separator: "\n") + "\n"
    }

    /// "no problems", "1 error", "2 errors, 1 warning".
    public static func summary(_ log: DiagnosticLog) -> String {
        let errors = log.count(.error), warnings = log.count(.warning)
        if errors == 0 && warnings == 0 { return "no problems" }
        var parts: [String] = []
        if errors > 0 { parts.append(plural(errors, "error")) }
        if warnings > 0 { parts.append(plural(warnings, "warning")) }
        return parts.joined(separator: ", ")
    }

    private static func plural(_ n: Int, _ word: String) -> String {
        "\(n) \(word)\(n == 1 ? "" : "s")"
    }

    private static func line(_ location: SourceLocation?, _ label: String, _ text: String) -> String {
        if let location { return "\(location): \(label): \(text)" }
        return "councildoc: \(label): \(text)"
    }
}

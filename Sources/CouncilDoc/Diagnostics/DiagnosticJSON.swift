import Foundation

/// Diagnostics as JSON for editors and CI: `{"diagnostics": [...], "errors": N, "warnings": N}`,
/// each diagnostic with its id, severity, file, line, column, message and notes. Keys are
/// sorted, so the output is stable.
public enum DiagnosticJSON {
    private struct Report: Encodable {
        let diagnostics: [Entry]
        let errors: Int
        let warnings: Int
    }

    private struct Entry: Encodable {
        let id: String
        let severity: String
        let file: String?
        let line: Int?
        let column: Int?
        let message: String
        let notes: [NoteEntry]
    }

    private struct NoteEntry: Encodable {
        let file: String?
        let line: Int?
        let column: Int?
        let message: String
    }

    /// The JSON text of a log, sorted as the text format is.
    public static func format(_ log: DiagnosticLog) -> String {
        let entries = log.sorted.map { d in
            Entry(id: d.id.rawValue, severity: d.severity.rawValue, file: d.location?.file, line: d.location?.line,
                  column: d.location?.column, message: d.message,
                  notes: d.notes.map { n in
                      let at = n.location ?? d.location
                      return NoteEntry(file: at?.file, line: at?.line, column: at?.column, message: n.message)
                  })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Report(diagnostics: entries, errors: log.count(.error), warnings: log.count(.warning))))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

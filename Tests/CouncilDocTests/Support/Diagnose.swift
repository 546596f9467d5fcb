@testable import CouncilDoc

/// Runs the check stages on in-memory files and returns the formatted diagnostics.
enum Diagnose {
    /// The diagnostics of a project, one `path:line:col: severity: message [id]` line each.
    static func lines(_ files: [String: String]) -> [String] {
        Pipeline.check(InMemorySourceTree(files)).log.sorted.map(DiagnosticFormatter.format)
            .flatMap { $0.split(separator: "\n").map(String.init) }
    }

    /// The ids of the diagnostics.
    static func ids(_ files: [String: String]) -> [DiagnosticID] {
        Pipeline.check(InMemorySourceTree(files)).log.sorted.map(\.id)
    }
}

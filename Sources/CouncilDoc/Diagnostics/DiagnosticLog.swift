/// The problems of a run, in the order a reader wants them: by file, line, column.
public struct DiagnosticLog: Sendable, Codable {
    /// Every diagnostic collected so far, in the order they were added.
    public private(set) var all: [Diagnostic] = []

    /// An empty log.
    public init() {}

    /// Adds one diagnostic.
    public mutating func add(_ diagnostic: Diagnostic) { all.append(diagnostic) }

    /// Adds a diagnostic built from its parts.
    public mutating func add(
        _ id: DiagnosticID, _ message: String, at location: SourceLocation?,
        severity: Severity? = nil, notes: [Diagnostic.Note] = []
    ) {
        all.append(Diagnostic(id, message, at: location, severity: severity, notes: notes))
    }

    /// The same log with every warning raised to an error (`--warnings-as-errors`).
    public func warningsAsErrors() -> DiagnosticLog {
        var copy = self
        copy.all = all.map { d in
            var raised = d
            if raised.severity == .warning { raised.severity = .error }
            return raised
        }
        return copy
    }

    /// Adds every diagnostic of another log.
    public mutating func merge(_ other: DiagnosticLog) { all.append(contentsOf: other.all) }

    /// True when at least one diagnostic is an error.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// The number of diagnostics of a severity.
    public func count(_ severity: Severity) -> Int { all.filter { $0.severity == severity }.count }

    /// Diagnostics sorted by location (those without one first), then id and message;
    /// duplicates removed. Deterministic whatever order the stages reported them in.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return all.filter { seen.insert($0).inserted }.sorted { a, b in
            switch (a.location, b.location) {
            case (nil, .some): return true
            case (.some, nil): return false
            case let (.some(l), .some(r)) where l != r: return l < r
            default: return (a.id.rawValue, a.message) < (b.id.rawValue, b.message)
            }
        }
    }
}

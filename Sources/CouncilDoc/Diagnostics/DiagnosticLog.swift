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
    /// duplicates removed; consequences of other problems after all the rest.
    /// Deterministic whatever order the stages reported them in.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return all.filter { seen.insert($0).inserted }.sorted { a, b in
            if (a.consequenceOf == nil) != (b.consequenceOf == nil) { return a.consequenceOf == nil }
            switch (a.location, b.location) {
            case (nil, .some): return true
            case (.some, nil): return false
            case let (.some(l), .some(r)) where l != r: return l < r
            default: return (a.id.rawValue, a.message) < (b.id.rawValue, b.message)
            }
        }
    }

    /// For a reference that did not resolve, where (in the documented layout) a file that
    /// defines what it names lives.
    static func definingFolder(_ id: DiagnosticID, _ path: String) -> Bool {
        switch id {
        case .unknownAction: path.hasPrefix("content/plans/") && path.contains("/actions/")
        case .unknownPlan: path.hasPrefix("content/plans/") && path.hasSuffix("/plan.md")
        case .unknownObjective, .unknownStrategy: path.hasPrefix("content/strategies/")
        case .unknownOAP, .unknownCycle: path.hasPrefix("content/empact/")
        case .unknownReport: path.hasPrefix("content/reports/")
        case .unknownNote: path.hasPrefix("content/notes/")
        default: false
        }
    }

    /// The log with each unresolved reference marked as a possible consequence of the files
    /// that gave no document (`failed`, paths) where what it names would be defined: a reference
    /// to an action fails when the action's file did not load. Nothing is removed: the
    /// reference may be wrong as well.
    public func markingConsequences(of failed: Set<String>) -> DiagnosticLog {
        guard !failed.isEmpty else { return self }
        var copy = self
        copy.all = all.map { d in
            let causes = failed.filter { Self.definingFolder(d.id, $0) }.sorted()
            guard d.severity == .error, !causes.isEmpty else { return d }
            let named = causes.prefix(3).joined(separator: ", ") + (causes.count > 3 ? " and \(causes.count - 3) more" : "")
            var marked = d
            marked.consequenceOf = causes
            marked.notes.append(Diagnostic.Note("this may follow from the errors above in \(named), which did not load: fix those first"))
            return marked
        }
        return copy
    }
}

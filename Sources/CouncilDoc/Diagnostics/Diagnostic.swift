/// One problem found in the sources: what, where, how bad, and the other places involved.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// A secondary message pointing at another place ("first declared here").
    public struct Note: Hashable, Sendable, Codable {
        /// Where the note points, if anywhere.
        public var location: SourceLocation?
        /// What the note says.
        public var message: String

        /// Creates a note.
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// The stable id of the problem.
    public var id: DiagnosticID
    /// How bad it is.
    public var severity: Severity
    /// Where it is; nil for problems of the whole run (no project found).
    public var location: SourceLocation?
    /// One sentence, lower case start, no final period.
    public var message: String
    /// Further places and hints.
    public var notes: [Note]
    /// When the problem may follow from another one (a reference to an action whose file
    /// failed to load): the files whose errors come first. Listed after every other problem.
    public var consequenceOf: [String]?

    /// Creates a diagnostic with its id's default severity unless one is given.
    public init(
        _ id: DiagnosticID, _ message: String, at location: SourceLocation?,
        severity: Severity? = nil, notes: [Note] = []
    ) {
        self.id = id
        self.severity = severity ?? id.defaultSeverity
        self.location = location
        self.message = message
        self.notes = notes
    }
}

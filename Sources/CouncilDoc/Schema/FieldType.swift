/// The type of a field's value, as the decoders read it and as the proof's swap writes a
/// valid stand-in for it.
indirect enum FieldType: Sendable, Hashable {
    /// Plain text: no LIMITE marker takes effect in it (any marker form is an error).
    case text
    /// Markdown: LIMITE blocks and spans take effect.
    case markdown
    /// `YYYY-MM-DD`.
    case date
    /// A number.
    case number
    /// `true` or `false`.
    case boolean
    /// One of a closed set of words.
    case choice([String])
    /// A Council document number (`11809/1/25 REV 1`).
    case documentNumber
    /// An action number (`13.4`).
    case actionID
    /// An objective (`2.iv`).
    case objectiveID
    /// An EMPACT OAP or operational action (`criminal-finances/2.2`).
    case oapReference
    /// A member-state code or a body.
    case participant
    /// An identifier chosen by the authors (a strategy id, a plan number, a cycle).
    case identifier
    /// A list of values of one type (a single value counts as a list of one).
    case list(FieldType)
    /// A mapping of fields.
    case record(FieldSchema)
    /// A list of mappings (a single mapping counts as a list of one).
    case records(FieldSchema)

    /// The fields of a record or of each item of a list of records.
    var children: FieldSchema? {
        switch self {
        case .record(let schema), .records(let schema): schema
        default: nil
        }
    }
}

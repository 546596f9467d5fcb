/// What the public edition may show of a field: the one answer that the decoders, the
/// source redactor, the shell of a withheld object, the manifest and the redaction proof's
/// swap all read.
enum FieldRole: Sendable, Hashable {
    /// Names the object: shown even when the object is withheld ("13.4 DELETED", a
    /// document's number); the proof's swap keeps it.
    case identity
    /// Read by the one decider (`Withholding`) to tell whether the object is withheld
    /// (`kind`, `classification`, `public-release`); the swap keeps it; the shell of a
    /// withheld object does not show it.
    case decision
    /// Content: shown with a public object, withheld with a withheld one, and then varied by
    /// the swap. A Markdown field's LIMITE parts are withheld by their markers.
    case content
    /// Withheld always, even from a public object (an action's `contact`); always varied by
    /// the swap.
    case alwaysLimite
}

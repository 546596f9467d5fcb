/// The two editions a build writes: the full LIMITE edition for delegations, and the
/// PUBLIC edition with every LIMITE part stripped.
public enum Edition: String, Sendable, CaseIterable {
    case limite
    case `public`
}

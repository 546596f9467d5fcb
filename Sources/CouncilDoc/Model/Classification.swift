/// Who may read a document or part: everyone, or delegations only (LIMITE).
public enum Classification: String, Hashable, Sendable, CaseIterable {
    case `public`
    case limite
}

/// The corpus after the link stage: every id indexed, every reference resolved, backlinks
/// derived.
public struct LinkedCorpus: Sendable {
    /// The documents.
    public let corpus: Corpus
    /// The registers in force.
    public let registers: Registers
    /// Every target.
    public let index: LinkIndex
    /// What points at each target, sorted.
    public let backlinks: [TargetID: [Backlink]]

    /// Resolves a destination written in a scope.
    public func resolve(_ destination: String, in scope: Scope) -> Resolution {
        ReferenceResolver(index: index, registers: registers).resolve(destination, in: scope)
    }
}

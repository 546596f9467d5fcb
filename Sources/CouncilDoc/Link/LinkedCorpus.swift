import Foundation

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
    /// In the public edition, the index of its sources before anything was withheld, by
    /// which a reference to a withheld target resolves `withheld`.
    var sourcesIndex: LinkIndex? = nil

    /// Resolutions already made: every page of an edition resolves the same few hundred
    /// destinations (a member state, an objective, the actions of a plan) again and again.
    private let resolutions = ResolutionCache()

    /// Resolves a destination written in a scope.
    public func resolve(_ destination: String, in scope: Scope) -> Resolution {
        resolutions.resolution(of: destination, strategy: scope.strategy, cycle: scope.cycle) {
            ReferenceResolver(index: index, registers: registers, sourcesIndex: sourcesIndex).resolve(destination, in: scope)
        }
    }
}

/// The resolutions of one linked corpus, by destination and the parts of the scope a
/// resolution reads (the strategy and the EMPACT cycle that short ids refer to; not the
/// owner, which only names the backlink's source).
final class ResolutionCache: @unchecked Sendable {
    /// Told apart by bytes (Swift's string equality holds between different bytes).
    private struct Key: Hashable {
        let destination: String
        let strategy: String?
        let cycle: String?

        static func == (a: Key, b: Key) -> Bool {
            same(a.destination, b.destination) && same(a.strategy, b.strategy) && same(a.cycle, b.cycle)
        }

        private static func same(_ x: String?, _ y: String?) -> Bool {
            switch (x, y) {
            case (nil, nil): true
            case let (x?, y?): x.utf8.elementsEqual(y.utf8)
            default: false
            }
        }

        func hash(into hasher: inout Hasher) {
            for byte in destination.utf8 { hasher.combine(byte) }
            hasher.combine(strategy?.utf8.count ?? -1)
            hasher.combine(cycle?.utf8.count ?? -1)
        }
    }

    private let lock = NSLock()
    private var resolutions: [Key: Resolution] = [:]

    /// The resolution of `destination`, made by `resolve` the first time.
    func resolution(of destination: String, strategy: String?, cycle: String?, _ resolve: () -> Resolution) -> Resolution {
        let key = Key(destination: destination, strategy: strategy, cycle: cycle)
        if let known = lock.withLock({ resolutions[key] }) { return known }
        let resolution = resolve()
        lock.withLock { resolutions[key] = resolution }
        return resolution
    }
}

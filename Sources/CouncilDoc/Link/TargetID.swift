/// Everything a reference can point at.
public enum TargetID: Hashable, Sendable, Comparable, CustomStringConvertible {
    case strategy(String)
    case objective(ObjectiveID)          // always qualified with its strategy
    case empact(String)                  // a cycle
    case oap(cycle: String, OAPReference)
    case plan(String)
    case action(ActionID)
    case report(String)                  // report key
    case note(String)                    // note key
    case participant(String)             // participant slug
    case coverage(String)                // a plan's coverage matrix

    /// The reference as it would be written, fully qualified.
    public var description: String {
        switch self {
        case .strategy(let id): "strategy:\(id)"
        case .objective(let id): "objective:\(id)"
        case .empact(let cycle): "empact:\(cycle)"
        case .oap(let cycle, let ref): "oap:\(cycle)/\(ref)"
        case .plan(let id): "plan:\(id)"
        case .action(let id): "action:\(id)"
        case .report(let key): "report:\(key)"
        case .note(let key): "note:\(key)"
        case .participant(let slug): "ms:\(slug)"
        case .coverage(let plan): "coverage:\(plan)"
        }
    }

    /// Orders by the written form.
    public static func < (a: TargetID, b: TargetID) -> Bool { a.description < b.description }

    /// `ids` in the order of `<`, each written form made once rather than at every
    /// comparison.
    static func sorted(_ ids: some Sequence<TargetID>) -> [TargetID] {
        ids.map { ($0.description, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

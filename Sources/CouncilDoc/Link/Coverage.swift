/// Which objectives of its strategy a plan's actions implement: the data of the coverage
/// matrix, and of the gap warnings.
public struct Coverage: Sendable {
    /// One row of the matrix: an objective or a sub-objective.
    public struct Row: Sendable {
        /// The objective.
        public let objective: ObjectiveID
        /// Its text.
        public let text: String
        /// Whether it is a top-level objective.
        public let isTopLevel: Bool
        /// The counting actions that implement it (for a top-level objective: it or one of
        /// its sub-objectives).
        public let actions: [ActionID]
    }

    /// The plan.
    public let plan: String
    /// The actions that count, as columns: agreed ones, and in a draft also proposed ones.
    public let columns: [ActionID]
    /// The rows, in the strategy's order.
    public let rows: [Row]

    /// The top-level objectives no counting action implements.
    public var gaps: [Row] { rows.filter { $0.isTopLevel && $0.actions.isEmpty } }

    /// Computes the coverage of a plan against its strategy; nil when the strategy is unknown.
    public static func of(_ plan: Plan, in corpus: Corpus) -> Coverage? {
        guard let strategy = corpus.strategies.first(where: { $0.id.value == plan.strategy.value }) else { return nil }
        let counting = plan.actions.filter { action in
            action.id != nil && (action.status == .agreed || (plan.state == .draft && action.status == .proposed))
        }
        var implementers: [String: [ActionID]] = [:]   // local objective id → actions
        for action in counting {
            guard let id = action.id?.value else { continue }
            let referenced = Set((action.objectives + action.strategicObjectives).map { $0.value.local })
            for local in referenced.sorted() {
                implementers[local, default: []].append(id)
                if let dot = local.firstIndex(of: ".") {
                    implementers[String(local[..<dot]), default: []].append(id)
                }
            }
        }
        var rows: [Row] = []
        for objective in strategy.objectives {
            let oid = ObjectiveID(strategy: strategy.id.value, objective: objective.id.value, sub: nil)
            rows.append(Row(objective: oid, text: objective.text, isTopLevel: true,
                            actions: Array(Set(implementers[oid.local] ?? [])).sorted()))
            for sub in objective.sub {
                let sid = ObjectiveID(strategy: strategy.id.value, objective: objective.id.value, sub: sub.id.value)
                rows.append(Row(objective: sid, text: sub.text, isTopLevel: false,
                                actions: Array(Set(implementers[sid.local] ?? [])).sorted()))
            }
        }
        return Coverage(plan: plan.id.value, columns: counting.compactMap { $0.id?.value }.sorted(), rows: rows)
    }
}

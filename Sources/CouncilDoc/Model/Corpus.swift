/// Everything the load stage read from a project: typed documents of every kind.
public struct Corpus: Hashable, Sendable {
    /// `councildoc.yml`.
    public var config: ProjectConfig
    /// Strategies, by path.
    public var strategies: [Strategy]
    /// EMPACT cycles.
    public var empactCycles: [EmpactCycle]
    /// Plans with their actions and annexes.
    public var plans: [Plan]
    /// Reports.
    public var reports: [Report]
    /// Notes.
    public var notes: [Note]

    /// Creates a corpus.
    public init(config: ProjectConfig, strategies: [Strategy] = [], empactCycles: [EmpactCycle] = [],
                plans: [Plan] = [], reports: [Report] = [], notes: [Note] = []) {
        self.config = config
        self.strategies = strategies
        self.empactCycles = empactCycles
        self.plans = plans
        self.reports = reports
        self.notes = notes
    }
}

extension Corpus {
    /// The paths of the files that gave a document (a file with errors may still give one;
    /// a file that is not here gave none).
    public var documentPaths: Set<String> {
        var paths = Set(strategies.map(\.source.path))
        paths.formUnion(empactCycles.map(\.path))
        for plan in plans {
            paths.insert(plan.source.path)
            paths.formUnion(plan.actions.map(\.source.path))
        }
        paths.formUnion(reports.map(\.source.path))
        paths.formUnion(notes.map(\.source.path))
        return paths
    }
}

extension Corpus {
    /// The corpus without the shells of withheld documents (`SourceDocument.withheld`): what
    /// the public edition shows.
    var withoutWithheldDocuments: Corpus {
        var corpus = self
        corpus.strategies.removeAll { $0.source.withheld }
        corpus.plans.removeAll { $0.source.withheld }
        corpus.reports.removeAll { $0.source.withheld }
        corpus.notes.removeAll { $0.source.withheld }
        return corpus
    }
}

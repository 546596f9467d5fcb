import Foundation

/// How a fuzzer's input becomes a project: the first byte picks the file it becomes, the
/// rest is its content, and the project around it is valid, so that every stage runs.
/// Shared by the libFuzzer target (Fuzz/) and the test that replays the inputs it found.
public enum FuzzInput {
    static let places = [
        "content/notes/fuzz.md", "content/plans/13/plan.md", "content/plans/13/actions/13.1.md",
        "content/strategies/s.md", "content/empact/2026-2027.yml", "content/reports/fuzz.md",
        "content/plans/13/annexes/guide.md", "councildoc.yml",
    ]

    static let base: [String: String] = [
        "councildoc.yml": "title: Fuzz\nworking-party: LEWP-C\n",
        "content/strategies/s.md": "---\nkind: strategy\nid: s\ntitle: S\nobjectives: [{id: \"1\", text: t, sub: [{id: i, text: u}]}]\n---\n",
        "content/plans/13/plan.md": "---\nkind: plan\nid: \"13\"\ntitle: P\nstrategy: s\nstate: draft\nclassification: limite\npublic-release: 2026-01-01\nannexes: [{id: II, title: G, source: guide.md}]\n---\n\nText [x]{.limite}.\n",
        "content/plans/13/actions/13.1.md": "---\nkind: action\nid: \"13.1\"\ntitle: A\nstatus: agreed\nleader: FR\nobjectives: [\"1.i\"]\n---\n",
        "content/plans/13/annexes/guide.md": "Guide.\n",
    ]

    /// The project an input stands for.
    public static func tree(_ input: Data) -> InMemorySourceTree {
        var files = base.mapValues { Data($0.utf8) }
        if let first = input.first {
            files[places[Int(first) % places.count]] = input.dropFirst()
        }
        return InMemorySourceTree(data: files)
    }

    /// Load → link → source redaction → public transform, and the canary swap of the proof,
    /// as the fuzzer runs them.
    public static func run(_ input: Data) {
        let project = tree(input)
        let checked = Pipeline.check(project)
        if let linked = checked.linked { _ = WithheldParts.records(linked) }
        // The redaction runs whatever the load stage thought of the input.
        _ = PublicSources.redacting(project, asOf: BuildDate.endOfTime)
        _ = CanarySources.swap(project, writer: CanaryWriter(), asOf: BuildDate.endOfTime)
    }
}

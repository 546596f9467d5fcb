import Foundation
import Yams

/// The one decider (`Withholding`) applied to the files of a project: what each source is in
/// the public edition, given its own front matter and its plan's. Every file of a withheld
/// plan is withheld with it (actions as their numbers, annexes altogether), and a prose annex
/// its plan declares LIMITE is withheld as a whole. The public sources (`PublicSources`) and
/// the proof's swap (`CanarySources`) both read it.
struct WithheldFiles: Sendable {
    /// The folders (`content/plans/13/`) of the plans the public edition withholds.
    private(set) var planFolders: [String] = []
    /// The prose annexes that plans declare LIMITE.
    private(set) var limiteAnnexes: Set<String> = []
    /// The name of every plan's folder (`13`).
    private(set) var plans: [String] = []
    /// The build's date.
    let asOf: CouncilDate

    /// Reads the plans of `tree` (the paths `paths`).
    init(_ tree: SourceTree, paths: [String], asOf: CouncilDate) {
        self.asOf = asOf
        for path in paths where path.hasPrefix("content/plans/") && path.hasSuffix("/plan.md") {
            if case .planFile(let plan, _) = SourceRole.of(path) { plans.append(plan) }
            var scratch = DiagnosticLog()
            guard let data = try? tree.read(path), let source = SourceText.decode(data, path: path, log: &scratch),
                  let frontMatter = FrontMatter.split(source, log: &scratch),
                  case .parsed(let root?) = YAMLLoader.compose(frontMatter.yaml, path: path, firstLine: 1, log: &scratch)
            else { continue }
            let folder = String(path.dropLast("plan.md".count))
            if Withholding.source(root, asOf: asOf).isWithheld { planFolders.append(folder) }
            for annex in root.field("annexes")?.sequence ?? [] {
                let classification = annex.field("classification")?.string.flatMap(Classification.init(rawValue:)) ?? .public
                if Withholding.annex(classification).isWithheld, let file = annex.field("source")?.string {
                    limiteAnnexes.insert(folder + "annexes/" + file)
                }
            }
        }
    }

    /// Whether the file at `path` is withheld by its plan (in a withheld plan's folder, or a
    /// prose annex its plan declares LIMITE), whatever it says itself.
    func byItsPlan(_ path: String) -> Bool {
        limiteAnnexes.contains(path) || planFolders.contains { path.hasPrefix($0) }
    }

    /// What the public edition makes of the source at `path` whose front matter (or YAML)
    /// is `root`, and the kind of shell it gets when it is one.
    func withholding(of path: String, root: Node?) -> (Withholding, ShellSource.Kind) {
        let inWithheldPlan = planFolders.contains { path.hasPrefix($0) }
        let own = root.map { Withholding.source($0, asOf: asOf) } ?? .shown
        switch SourceRole.of(path) {
        case .planFile(_, .action):
            guard inWithheldPlan else { return (own, .action) }
            return (root.map(Withholding.numbered) == true ? .shell : .absent, .action)
        case .proseAnnex:
            if inWithheldPlan { return (.absent, .annex) }
            if limiteAnnexes.contains(path) { return (.shell, .annex) }
            return (own, .annex)
        default:
            return (inWithheldPlan ? .shell : own, .document)
        }
    }
}

import Foundation

/// The sources the public edition is built from: the project with the bytes of every LIMITE
/// block and span cut out (`SourceRedactor`), and without the files of objects the public
/// edition omits altogether (a LIMITE proposal without a number: `Withholding.absent`). Only
/// `redacting` makes one, so the public edition's load stage cannot be handed a project whose
/// LIMITE bodies are still there.
struct PublicSources: SourceTree {
    private let tree: OverlaySourceTree

    /// The redacted project of `tree`, and the problems that stop a redaction (a span the
    /// scan cannot delimit, public text citing a LIMITE-only definition).
    static func redacting(_ tree: SourceTree, schemas: Schemas = .standard) -> (sources: PublicSources, problems: [SourceRedactor.Problem]) {
        let paths = ((try? tree.files()) ?? []).filter { $0.hasSuffix(".md") && $0.hasPrefix("content/") }
        let cut = paths.parallelMap { path -> (path: String, data: Data?, absent: Bool, problems: [SourceRedactor.Problem]) in
            guard let data = try? tree.read(path) else { return (path, nil, false, []) }
            var scratch = DiagnosticLog()
            guard let source = SourceText.decode(data, path: path, log: &scratch) else { return (path, nil, false, []) }
            if isAbsent(source) { return (path, nil, true, []) }
            var problems: [SourceRedactor.Problem] = []
            let text = SourceRedactor.cut(source.text, path: path, filling: .nothing, schemas: schemas, problems: &problems)
            return (path, text.map { Data($0.utf8) }, false, problems)
        }
        var overrides: [String: Data] = [:]
        for file in cut { if let data = file.data { overrides[file.path] = data } }
        let removals = Set(cut.filter(\.absent).map(\.path))
        return (PublicSources(tree: OverlaySourceTree(base: tree, overrides: overrides, removals: removals)), cut.flatMap(\.problems))
    }

    /// Whether the public edition omits a source altogether: an action whose decision fields
    /// make it `absent`.
    private static func isAbsent(_ source: SourceText) -> Bool {
        guard case .planFile(_, .action) = SourceRole.of(source.path), source.text.containsBytes("limite") else { return false }
        var scratch = DiagnosticLog()
        guard let frontMatter = FrontMatter.splitIfPresent(source, log: &scratch),
              case .parsed(let root?) = YAMLLoader.compose(frontMatter.yaml, path: source.path, firstLine: frontMatter.yamlLine,
                                                           log: &scratch) else { return false }
        return Withholding.source(root, asOf: BuildDate.endOfTime) == .absent
    }

    func files() throws -> [String] { try tree.files() }

    func read(_ path: String) throws -> Data { try tree.read(path) }
}

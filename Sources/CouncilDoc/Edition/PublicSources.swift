import Foundation

/// The sources the public edition is built from: the project with the bytes of every LIMITE
/// block and span cut out (`SourceRedactor`). Only `redacting` makes one, so the public
/// edition's load stage cannot be handed a project whose LIMITE bodies are still there.
struct PublicSources: SourceTree {
    private let tree: OverlaySourceTree

    /// The redacted project of `tree`, and the problems that stop a redaction (a span the
    /// scan cannot delimit, public text citing a LIMITE-only definition).
    static func redacting(_ tree: SourceTree) -> (sources: PublicSources, problems: [SourceRedactor.Problem]) {
        let paths = ((try? tree.files()) ?? []).filter { $0.hasSuffix(".md") && $0.hasPrefix("content/") }
        let cut = paths.parallelMap { path -> (path: String, data: Data?, problems: [SourceRedactor.Problem]) in
            guard let data = try? tree.read(path) else { return (path, nil, []) }
            var scratch = DiagnosticLog()
            guard let source = SourceText.decode(data, path: path, log: &scratch) else { return (path, nil, []) }
            var problems: [SourceRedactor.Problem] = []
            let text = SourceRedactor.cut(source.text, path: path, filling: .nothing, problems: &problems)
            return (path, text.map { Data($0.utf8) }, problems)
        }
        var overrides: [String: Data] = [:]
        for file in cut { if let data = file.data { overrides[file.path] = data } }
        return (PublicSources(tree: OverlaySourceTree(base: tree, overrides: overrides)), cut.flatMap(\.problems))
    }

    func files() throws -> [String] { try tree.files() }

    func read(_ path: String) throws -> Data { try tree.read(path) }
}

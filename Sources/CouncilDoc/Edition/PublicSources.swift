import Foundation
import Yams

/// The sources the public edition is built from: the project with the bytes of every LIMITE
/// block and span cut out (`SourceRedactor`), and without the files of objects the public
/// edition omits altogether (a LIMITE proposal without a number: `Withholding.absent`). Only
/// `redacting` makes one, so the public edition's load stage cannot be handed a project whose
/// LIMITE bodies are still there.
struct PublicSources: SourceTree {
    private let tree: OverlaySourceTree

    /// The redacted project of `tree`, and the problems that stop a redaction (a span the
    /// scan cannot delimit, public text citing a LIMITE-only definition).
    /// `verified: false` for the proof's swapped sources: their cut is compared by the
    /// proof itself, and the cut of the real sources was checked against the parser.
    static func redacting(_ tree: SourceTree, asOf: CouncilDate = BuildDate.endOfTime, schemas: Schemas = .standard,
                          verified: Bool = true) -> (sources: PublicSources, problems: [SourceRedactor.Problem]) {
        let paths = ((try? tree.files()) ?? []).filter { $0.hasSuffix(".md") && $0.hasPrefix("content/") }
        let withheld = WithheldFiles(tree, paths: paths, asOf: asOf)
        let cut = paths.parallelMap { path -> (path: String, data: Data?, absent: Bool, problems: [SourceRedactor.Problem]) in
            guard let data = try? tree.read(path) else { return (path, nil, false, []) }
            var scratch = DiagnosticLog()
            guard let source = SourceText.decode(data, path: path, log: &scratch) else { return (path, nil, false, []) }
            var text = source.text
            switch whole(source, withheld: withheld, schemas: schemas) {
            case .absent: return (path, nil, true, [])
            case .shell(let shell): return (path, Data(shell.utf8), false, [])
            case .withoutBody(let head): text = head
            case nil: break
            }
            var problems: [SourceRedactor.Problem] = []
            let cut = SourceRedactor.cut(text, path: path, filling: .nothing, schemas: schemas, verified: verified,
                                         problems: &problems) ?? (text == source.text ? nil : text)
            return (path, cut.map { Data($0.utf8) }, false, problems)
        }
        var overrides: [String: Data] = [:]
        for file in cut { if let data = file.data { overrides[file.path] = data } }
        let removals = Set(cut.filter(\.absent).map(\.path))
        return (PublicSources(tree: OverlaySourceTree(base: tree, overrides: overrides, removals: removals)), cut.flatMap(\.problems))
    }

    /// What a source withheld whole becomes: nothing, or its shell; or, for a proposal
    /// dropped without a number, its front matter without its body (the drafting group's
    /// text: its title stays, the plan lists it); nil when none of these.
    private enum Whole {
        case absent
        case shell(String)
        case withoutBody(String)
    }

    private static func whole(_ source: SourceText, withheld: WithheldFiles, schemas: Schemas) -> Whole? {
        // Whatever is withheld whole says `limite`, in its own front matter or its plan's.
        let isAction = if case .planFile(_, .action) = SourceRole.of(source.path) { true } else { false }
        guard source.text.containsBytes(LimiteLexer.className) || withheld.byItsPlan(source.path) || isAction else { return nil }
        var scratch = DiagnosticLog()
        guard let frontMatter = FrontMatter.splitIfPresent(source, log: &scratch) else { return nil }
        let root: Node.Mapping
        switch YAMLLoader.compose(frontMatter.yaml, path: source.path, firstLine: frontMatter.yamlLine, log: &scratch) {
        case .parsed(.mapping(let mapping)?): root = mapping
        case .parsed(nil): root = Node.Mapping([])
        default: return nil
        }
        let (withholding, kind) = withheld.withholding(of: source.path, root: .mapping(root))
        switch withholding {
        case .shown:
            guard isAction, !Withholding.numbered(.mapping(root)), !frontMatter.body.isEmpty else { return nil }
            return .withoutBody(String(decoding: source.text.utf8.dropLast(frontMatter.body.utf8.count), as: UTF8.self))
        case .absent: return .absent
        case .shell: return .shell(ShellSource.text(of: root, schema: schemas.schema(ofSource: source.path, root: .mapping(root)), kind: kind))
        }
    }

    func files() throws -> [String] { try tree.files() }

    func read(_ path: String) throws -> Data { try tree.read(path) }
}

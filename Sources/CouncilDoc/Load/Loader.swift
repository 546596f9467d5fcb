import Foundation
import Yams

/// The load stage: reads every source of a project into a typed `Corpus`, collecting every
/// problem with its position instead of stopping at the first.
public enum Loader {
    /// What loading produced.
    public struct Result: Sendable {
        /// The corpus; nil when `councildoc.yml` is missing or unusable.
        public var corpus: Corpus?
        /// The registers in force (built in, extended by the project).
        public var registers: Registers
        /// Every problem found.
        public var log: DiagnosticLog
        /// Every document decoded, for a later load of a tree that shares files with this one.
        var decoded: DecodedDocuments?
    }

    /// Loads a project. A document whose bytes (and the project's settings and registers)
    /// are those of a document in `reusing` is taken from it rather than decoded again:
    /// decoding is a function of those bytes alone.
    public static func load(_ tree: SourceTree) -> Result { load(tree, reusing: nil) }

    static func load(_ tree: SourceTree, reusing memo: DecodedDocuments?, schemas: Schemas = .standard) -> Result {
        load(tree, reusing: memo.map { [$0] } ?? [], schemas: schemas)
    }

    /// `load`, taking a document from the first of `memos` that holds it with the same bytes
    /// (and the same settings).
    static func load(_ tree: SourceTree, reusing memos: [DecodedDocuments], schemas: Schemas = .standard) -> Result {
        var log = DiagnosticLog()
        var registers = Registers.builtIn
        let paths: [String]
        do {
            // Sorted here, whatever order the tree gives: the output must not depend on it.
            paths = try tree.files().sorted()
        } catch {
            log.add(.unreadableFile, "cannot list the project's files: \(error.localizedDescription)", at: nil)
            return Result(corpus: nil, registers: registers, log: log)
        }
        guard paths.contains("councildoc.yml") else {
            log.add(.missingProject, "no councildoc.yml in the project folder (use --project DIR)", at: nil)
            return Result(corpus: nil, registers: registers, log: log)
        }
        func text(_ path: String) -> SourceText? { Self.text(path, tree, log: &log) }
        guard let configText = text("councildoc.yml"),
              let config = ConfigDecoder.decode(configText, log: &log) else {
            return Result(corpus: nil, registers: registers, log: log)
        }

        // Registers first: action decoding checks codes against them.
        for path in paths where SourceRole.of(path) == .register {
            if let source = text(path) {
                registers.bodies = registers.bodies.adding(RegisterDecoder.decode(source, log: &log))
            }
        }

        var corpus = Corpus(config: config)
        var plans: [String: (plan: Plan, pending: [PlanDecoder.PendingAnnex])] = [:]
        var actions: [String: [Action]] = [:]
        var annexFiles: [String: Set<String>] = [:]
        var documents: [(path: String, role: SourceRole)] = []
        for path in paths {
            let role = SourceRole.of(path)
            switch role {
            case .config, .register, .ignored:
                continue
            case .unexpected:
                log.add(.unexpectedFile, "file is not a councildoc source here and is ignored (see docs/FORMAT.md for the layout)",
                        at: .startOf(path))
            case .proseAnnex(let plan):
                annexFiles[plan, default: []].insert(path)
            case .document, .planFile:
                documents.append((path, role))
            }
        }
        guard !documents.isEmpty else {
            log.add(.noDocuments, "no documents found under content/: councildoc builds nothing rather than an empty site (is content/ where councildoc.yml is?)",
                    at: nil)
            return Result(corpus: nil, registers: registers, log: log)
        }
        // Only the public sources hold shells of withheld objects.
        let acceptsShells = tree is PublicSources
        // Documents are independent of each other: decode them on every core, then take
        // them (and their diagnostics) in path order.
        let frozenRegisters = registers
        let settings = paths.filter { $0 == "councildoc.yml" || SourceRole.of($0) == .register }.map { (path: $0, bytes: try? tree.read($0)) }
        let reusable = memos.filter { $0.settingsMatch(settings) }
        let decoded = documents.parallelMap { document -> DecodedDocuments.Entry in
            let bytes = Swift.Result { try tree.read(document.path) }
            if case .success(let data) = bytes {
                for memo in reusable {
                    if let entry = memo.entries[document.path], entry.bytes == data { return entry }
                }
            }
            var documentLog = DiagnosticLog()
            let result = Self.decode(document.path, document.role, bytes, language: config.language,
                                     registers: frozenRegisters, schemas: schemas, acceptsShells: acceptsShells,
                                     log: &documentLog)
            return DecodedDocuments.Entry(bytes: try? bytes.get(), decoded: result, log: documentLog)
        }
        let memoOut = DecodedDocuments(settings: settings, documents: zip(documents, decoded).map { ($0.path, $1) })
        for entry in decoded {
            let (result, documentLog) = (entry.decoded, entry.log)
            log.merge(documentLog)
            switch result {
            case .strategy(let s): corpus.strategies.append(s)
            case .empact(let e): corpus.empactCycles.append(e)
            case .report(let r): corpus.reports.append(r)
            case .note(let n): corpus.notes.append(n)
            case .plan(let folder, let plan, let pending): plans[folder] = (plan, pending)
            case .action(let folder, let action): actions[folder, default: []].append(action)
            case .nothing: continue
            }
        }

        for folder in plans.keys.sorted() {
            guard let entry = plans[folder] else { continue }
            var plan = entry.plan
            let pending = entry.pending
            for annex in pending {
                let path = "content/plans/\(folder)/annexes/\(annex.file)"
                guard !annex.file.contains("/"), annexFiles[folder]?.contains(path) == true, let source = text(path) else {
                    log.add(.missingAnnexSource, "annex source '\(annex.file)' not found in content/plans/\(folder)/annexes/",
                            at: annex.location,
                            notes: Suggestion.note(for: annex.file, in: (annexFiles[folder] ?? []).map {
                                String($0.split(separator: "/").last ?? "")
                            }))
                    continue
                }
                annexFiles[folder]?.remove(path)
                // Front matter starts on the first line with exactly '---'; anything else that
                // opens with '---' would otherwise be published as text.
                let opening = source.text.drop { $0 == "\n" || $0 == " " || $0 == "\t" }
                if !source.text.hasPrefix("---\n"), opening.hasPrefix("---") {
                    log.add(.missingFrontMatter,
                            "front matter must start on the first line with exactly '---' (no blank line before it, no space after it); a rule at the start of an annex is written '***'",
                            at: .startOf(path))
                    continue
                }
                let split = source.text.hasPrefix("---\n") ? yaml(of: source, yamlOnly: false, log: &log) : nil
                let frontMatter = split?.frontMatter ?? FrontMatter(yaml: "", yamlLine: 1, body: source.text, bodyLine: 1)
                var context = DecodeContext(path: path, frontMatter: frontMatter, language: config.language, registers: registers)
                context.publicEdition = acceptsShells
                let annexFields = split?.fields(schemas.proseAnnex, path: path)
                if let annexFields, !acceptsShells, refusesShell(annexFields, log: &log) { continue }
                let prose = ProseAnnexDecoder.decode(annexFields, context, log: &log)
                plan.annexes[annex.index].content = .prose(prose)
                if prose.classification == .limite { plan.annexes[annex.index].classification = .limite }
            }
            // In the public edition a LIMITE annex keeps its heading and reads DELETED.
            if acceptsShells {
                for index in plan.annexes.indices where Withholding.annex(plan.annexes[index].classification).isWithheld {
                    plan.annexes[index].content = .prose(ProseAnnex(title: nil, classification: .limite, source: SourceDocument(
                        path: plan.source.path, metadata: CouncilMetadata(), body: MarkdownDocument(blocks: [.deleted]), bodyLine: 1)))
                }
            }
            for path in (annexFiles[folder] ?? []).sorted() {
                log.add(.unexpectedFile, "annex file is not declared in plans/\(folder)/plan.md 'annexes' and is ignored",
                        at: .startOf(path))
            }
            plan.actions = (actions.removeValue(forKey: folder) ?? []).sorted(by: actionOrder)
            corpus.plans.append(plan)
        }
        for (folder, orphans) in actions.sorted(by: { $0.key < $1.key }) {
            for action in orphans {
                log.add(.misplacedDocument, "action is in plans/\(folder)/ but that folder has no plan.md",
                        at: .startOf(action.source.path))
            }
        }
        corpus.plans.sort { (Int($0.id.value) ?? 0) < (Int($1.id.value) ?? 0) }
        return Result(corpus: corpus, registers: registers, log: log, decoded: memoOut)
    }

    /// One decoded document.
    enum Decoded: Sendable {
        case strategy(Strategy), empact(EmpactCycle), report(Report), note(Note)
        case plan(folder: String, Plan, [PlanDecoder.PendingAnnex])
        case action(folder: String, Action)
        case nothing
    }

    /// Decodes one document from its bytes (or the error reading them); its problems go to `log`.
    static func decode(_ path: String, _ role: SourceRole, _ bytes: Swift.Result<Data, Error>, language: String,
                       registers: Registers, schemas: Schemas, acceptsShells: Bool = false, log: inout DiagnosticLog) -> Decoded {
        guard let source = text(path, bytes, log: &log), let expected = role.expectedKind else { return .nothing }
        guard let yaml = yaml(of: source, yamlOnly: expected == .empact, log: &log) else { return .nothing }
        guard let kind = declaredKind(yaml, path: path, expected: expected, log: &log) else { return .nothing }
        let fields = yaml.fields(schemas[kind], path: path)
        guard acceptsShells || !refusesShell(fields, log: &log) else { return .nothing }
        var context = DecodeContext(path: path, frontMatter: yaml.frontMatter, language: language, registers: registers)
        context.publicEdition = acceptsShells
        // The shell of a withheld document (in the public sources only) is marked so.
        let shell = fields.has(ShellSource.field)
        func marked<T>(_ document: T?, _ source: WritableKeyPath<T, SourceDocument>) -> T? {
            guard var document else { return nil }
            document[keyPath: source].withheld = shell
            return document
        }
        switch (kind, role) {
        case (.strategy, _):
            return marked(StrategyDecoder.decode(fields, context, log: &log), \.source).map(Decoded.strategy) ?? .nothing
        case (.empact, _):
            return EmpactDecoder.decode(fields, context, log: &log).map(Decoded.empact) ?? .nothing
        case (.report, _):
            return marked(ReportDecoder.decode(fields, context, log: &log), \.source).map(Decoded.report) ?? .nothing
        case (.note, _):
            return marked(NoteDecoder.decode(fields, context, log: &log), \.source).map(Decoded.note) ?? .nothing
        case (.plan, .planFile(let folder, _)):
            guard var (plan, pending) = PlanDecoder.decode(fields, context, log: &log) else { return .nothing }
            plan.source.withheld = shell
            if plan.id.value != folder {
                log.add(.misplacedDocument, "plan id '\(plan.id.value)' does not match its folder plans/\(folder)/",
                        at: plan.id.location)
            }
            return .plan(folder: folder, plan, pending)
        case (.action, .planFile(let folder, _)):
            return ActionDecoder.decode(fields, context, log: &log).map { .action(folder: folder, $0) } ?? .nothing
        default:
            return .nothing
        }
    }

    /// A source's text, checked: size, encoding, no classified markings; nil after reporting why not.
    static func text(_ path: String, _ tree: SourceTree, log: inout DiagnosticLog) -> SourceText? {
        text(path, Swift.Result { try tree.read(path) }, log: &log)
    }

    /// A source's text from its bytes (or the error reading them), checked as `text(_:_:log:)` does.
    static func text(_ path: String, _ bytes: Swift.Result<Data, Error>, log: inout DiagnosticLog) -> SourceText? {
        do {
            let data = try bytes.get()
            guard data.count <= SourceText.maximumSize else {
                log.add(.fileTooLarge, "file is \(data.count / 1_000_000) MB; a source may have at most \(SourceText.maximumSize / 1_000_000) MB",
                        at: .startOf(path))
                return nil
            }
            guard let source = SourceText.decode(data, path: path, log: &log) else { return nil }
            let markings = ClassifiedMarkings.find(in: source)
            for (marking, location) in markings {
                log.add(.classifiedMarking,
                        "'\(marking)' marks EU classified information, which never belongs in these sources: remove it, and the information it marks",
                        at: location)
            }
            return markings.isEmpty ? source : nil
        } catch SourceTreeError.tooLarge(let size) {
            log.add(.fileTooLarge, SourceTreeError.tooLarge(size).description, at: .startOf(path))
            return nil
        } catch let error as SourceTreeError {
            log.add(.refusedFile, error.description, at: .startOf(path))
            return nil
        } catch {
            log.add(.unreadableFile, "cannot read file: \(error.localizedDescription)", at: .startOf(path))
            return nil
        }
    }

    /// Numbered actions in order, then dropped proposals by file name.
    static func actionOrder(_ a: Action, _ b: Action) -> Bool {
        switch (a.id, b.id) {
        case let (x?, y?): return x.value < y.value
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a.key < b.key
        }
    }

    /// Whether a source holds the mark of a shell, which only councildoc writes, in the
    /// public sources: reported.
    private static func refusesShell(_ fields: YAMLFields, log: inout DiagnosticLog) -> Bool {
        guard fields.has(ShellSource.field) else { return false }
        log.add(.unknownField,
                "field '\(ShellSource.field)' is written by councildoc in the public edition's sources only: to withhold a document or action, write 'classification: limite'",
                at: fields.location(ofField: ShellSource.field))
        return true
    }

    /// The YAML of a source: its front matter (Markdown) or the whole file (YAML), composed.
    private struct SourceYAML {
        let root: Yams.Node?
        let firstLine: Int
        let frontMatter: FrontMatter?
        var what: String { frontMatter == nil ? "the file" : "the front matter" }

        /// A reader of its fields as `schema` declares them.
        func fields(_ schema: FieldSchema, path: String) -> YAMLFields {
            YAMLFields(root, schema: schema, path: path, firstLine: firstLine, what: what)
        }
    }

    private static func yaml(of source: SourceText, yamlOnly: Bool, log: inout DiagnosticLog) -> SourceYAML? {
        if yamlOnly {
            guard case .parsed(let root) = YAMLLoader.compose(source.text, path: source.path, firstLine: 1, log: &log)
            else { return nil }
            return SourceYAML(root: root, firstLine: 1, frontMatter: nil)
        }
        guard let frontMatter = FrontMatter.split(source, log: &log) else { return nil }
        guard case .parsed(let root) = YAMLLoader.compose(frontMatter.yaml, path: source.path,
                                                          firstLine: frontMatter.yamlLine, log: &log) else { return nil }
        return SourceYAML(root: root, firstLine: frontMatter.yamlLine, frontMatter: frontMatter)
    }

    /// The `kind` a source declares; reports a missing, unknown or misplaced kind. Read
    /// alone, before the kind's schema is known (its other problems are the decoder's).
    private static func declaredKind(_ yaml: SourceYAML, path: String, expected: SourceKind, log: inout DiagnosticLog) -> SourceKind? {
        let fields = YAMLFields(yaml.root, schema: Schemas.kind, path: path, firstLine: yaml.firstLine, what: yaml.what, root: false)
        guard let text = fields.located("kind") else {
            log.add(.missingField, "missing required field 'kind' (here: kind: \(expected.rawValue))", at: fields.location)
            return nil
        }
        guard let kind = SourceKind(rawValue: text.value) else {
            log.add(.unknownKind, "unknown kind '\(text.value)'; the kinds are \(SourceKind.allCases.map(\.rawValue).joined(separator: ", "))",
                    at: text.location, notes: Suggestion.note(for: text.value, in: SourceKind.allCases.map(\.rawValue)))
            return nil
        }
        guard kind == expected else {
            log.add(.misplacedDocument, "a \(kind.rawValue) does not belong here: files at this place are of kind \(expected.rawValue)",
                    at: text.location)
            return nil
        }
        return kind
    }
}

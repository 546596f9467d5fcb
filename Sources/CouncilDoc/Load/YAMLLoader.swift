import Yams

/// Parses YAML text into a node tree with positions; syntax errors become diagnostics.
enum YAMLLoader {
    /// What composing gave: a root node (nil for an empty text), or a reported failure.
    enum Outcome {
        case parsed(Node?)
        case failed

        /// The root, nil when empty or failed.
        var node: Node? {
            if case .parsed(let node) = self { return node }
            return nil
        }
    }

    /// The root node of `yaml`, whose first line is line `firstLine` of `path`; a syntax
    /// error is reported and gives `.failed`.
    static func compose(_ yaml: String, path: String, firstLine: Int, log: inout DiagnosticLog) -> Outcome {
        // A text composed without a problem, composed again in the same build, gives the
        // same tree (what went wrong is reported by position, so is not kept).
        var problems = DiagnosticLog()
        var failed = false
        let root = memo.value(for: yaml) { () -> Node?? in
            switch composeAnew(yaml, path: path, firstLine: firstLine, log: &problems) {
            case .parsed(let node): return .some(node)
            case .failed: failed = true; return nil
            }
        }
        log.merge(problems)
        guard !failed, let root else { return .failed }
        return .parsed(root)
    }

    /// The tags councildoc reads: a plain scalar is text, or null (`~`, `null`, nothing).
    /// Numbers, dates and booleans are read from their text by the field readers, so the
    /// regular expressions of YAML 1.1's other tags (bool, int, float, timestamp) are never
    /// run on every scalar.
    static let resolver = Resolver.basic.appending(.null)

    /// Trees composed while a build runs, by text.
    static let memo = TextMemo<Node?>()

    private static func composeAnew(_ yaml: String, path: String, firstLine: Int, log: inout DiagnosticLog) -> Outcome {
        do {
            // The parser keeps the anchors alive (nodes hold them weakly) while we look.
            let parser = try Parser(yaml: yaml, resolver: resolver)
            let node = try parser.singleRoot()
            defer { withExtendedLifetime(parser) {} }
            // Anchors and aliases serve no purpose in these sources and make "billion laughs"
            // documents possible: refuse them before anything walks the tree.
            if let node, let anchored = firstAnchored(node) {
                let mark = anchored.mark
                log.add(.yamlAlias, "YAML anchors and aliases (&name, *name) are not used in councildoc sources: write the value out",
                        at: SourceLocation(file: path, line: firstLine + (mark?.line ?? 1) - 1, column: mark?.column ?? 1))
                return .failed
            }
            // A tag (`!x key:`) makes a key or value read otherwise to YAML than to a person,
            // and to one reader than another: refused.
            if let node, let tagged = firstTagged(node) {
                let mark = tagged.mark
                log.add(.yamlTag, "YAML tags ('!name') are not used in councildoc sources: remove '\(tagged.tag.rawValue)'",
                        at: SourceLocation(file: path, line: firstLine + (mark?.line ?? 1) - 1, column: mark?.column ?? 1))
                return .failed
            }
            return .parsed(node)
        } catch let error as YamlError {
            let (mark, problem) = describe(error)
            let location = mark.map { SourceLocation(file: path, line: firstLine + $0.line - 1, column: $0.column) }
                ?? SourceLocation(file: path, line: firstLine, column: 1)
            let line = mark.flatMap { mark -> String? in
                let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
                return mark.line >= 1 && mark.line <= lines.count ? String(lines[mark.line - 1]) : nil
            }
            let (message, notes) = YAMLProblem.explain(problem, line: line, column: mark?.column ?? 1)
            log.add(.yamlSyntax, message, at: location, notes: notes)
            return .failed
        } catch {
            log.add(.yamlSyntax, "YAML syntax error: \(error)", at: SourceLocation(file: path, line: firstLine, column: 1))
            return .failed
        }
    }

    /// The anchored node that comes first in the text, looking at a bounded number of nodes
    /// (an alias repeats its anchor's node, so a bomb is found without expanding it).
    private static func firstAnchored(_ root: Node) -> Node? {
        first(in: root) { $0.anchor != nil }
    }

    /// The first node (in the text) with a tag written out that is not one of YAML's own
    /// (read as written, without resolving the tags of the others).
    private static func firstTagged(_ root: Node) -> Node? {
        first(in: root) { node in
            let written: String
            switch node {
            case .scalar(let scalar): written = scalar.tag.description
            case .mapping(let mapping): written = mapping.tag.description
            case .sequence(let sequence): written = sequence.tag.description
            case .alias(let alias): written = alias.tag.description
            }
            return !(written.isEmpty || written == "!" || written.hasPrefix("tag:yaml.org,2002:"))
        }
    }

    /// The node that comes first in the text among those `matches` accepts, looking at a
    /// bounded number of nodes, and not below one it accepts.
    private static func first(in root: Node, where matches: (Node) -> Bool) -> Node? {
        var stack = [root]
        var visited = 0
        var first: Node?
        func position(_ n: Node) -> (Int, Int) { (n.mark?.line ?? .max, n.mark?.column ?? .max) }
        while let node = stack.popLast(), visited < 100_000 {
            visited += 1
            if matches(node) {
                if first == nil || position(node) < position(first!) { first = node }
                continue
            }
            switch node {
            case .mapping(let m): for (k, v) in m { stack.append(k); stack.append(v) }
            case .sequence(let s): stack.append(contentsOf: s)
            case .scalar, .alias: break
            }
        }
        return first
    }

    private static func describe(_ error: YamlError) -> (Mark?, String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let text = context.map { "\(problem) \($0.text)" } ?? problem
            return (mark, text)
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark, "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        case let .reader(problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, "\(error)")
        }
    }
}

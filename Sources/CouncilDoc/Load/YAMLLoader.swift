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
        do {
            let node = try Yams.compose(yaml: yaml)
            // Anchors and aliases serve no purpose in these sources and make "billion laughs"
            // documents possible: refuse them before anything walks the tree.
            if let node, let anchored = firstAnchored(node) {
                let mark = anchored.mark
                log.add(.yamlAlias, "YAML anchors and aliases (&name, *name) are not used in councildoc sources: write the value out",
                        at: SourceLocation(file: path, line: firstLine + (mark?.line ?? 1) - 1, column: mark?.column ?? 1))
                return .failed
            }
            return .parsed(node)
        } catch let error as YamlError {
            let (mark, problem) = describe(error)
            let location = mark.map { SourceLocation(file: path, line: firstLine + $0.line - 1, column: $0.column) }
                ?? SourceLocation(file: path, line: firstLine, column: 1)
            log.add(.yamlSyntax, "YAML syntax error: \(problem)", at: location)
            return .failed
        } catch {
            log.add(.yamlSyntax, "YAML syntax error: \(error)", at: SourceLocation(file: path, line: firstLine, column: 1))
            return .failed
        }
    }

    /// The first node that carries an anchor, looking at most at a bounded number of nodes
    /// (aliases share their anchor's node, so a bomb is found at its first anchor).
    private static func firstAnchored(_ root: Node) -> Node? {
        var stack = [root]
        var visited = 0
        while let node = stack.popLast(), visited < 100_000 {
            visited += 1
            if node.anchor != nil { return node }
            switch node {
            case .mapping(let m): for (k, v) in m { stack.append(k); stack.append(v) }
            case .sequence(let s): stack.append(contentsOf: s)
            case .scalar, .alias: break
            }
        }
        return nil
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

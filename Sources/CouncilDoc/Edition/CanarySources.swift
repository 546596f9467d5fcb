import Foundation
import Yams

/// The swapped project of the redaction proof: the same sources with everything the public
/// edition must not depend on replaced by canaries. What varies comes from the field schema
/// and the one decider (`Withholding`), not from lists kept here:
/// - a withheld object (a LIMITE action, an unreleased document, every file of a withheld
///   plan, a LIMITE annex): every field the schema does not declare `identity` or
///   `decision` gets another valid value of its type (other words, dates, numbers, member
///   states, one more list item, references removed), and its body becomes a canary block;
/// - a public object: its LIMITE blocks and spans, its always-LIMITE fields (`contact`) and
///   the charts placed only inside LIMITE blocks;
/// - LIMITE proposals without a number, which the public edition omits: each is removed, and
///   every plan gets one of its own.
/// The public edition built from it must be byte for byte the public edition built from the
/// real sources.
enum CanarySources {
    /// The member states the swap writes (codes of the built-in register).
    static let standInCodes = ["MT", "CY", "SI", "SK", "LV", "EE"]
    /// The file name of the LIMITE proposal the swap adds to each plan.
    static let addedProposal = "zqcanary-limite-proposal.md"

    /// The project `tree` with its LIMITE content swapped for canaries written by `writer`.
    static func swap(_ tree: SourceTree, writer: CanaryWriter, asOf: CouncilDate, schemas: Schemas = .standard) -> OverlaySourceTree {
        let paths = ((try? tree.files()) ?? []).filter { $0.hasSuffix(".md") && $0.hasPrefix("content/") }
        let withheld = WithheldFiles(tree, paths: paths, asOf: asOf)
        let swapped = paths.parallelMap { path -> (path: String, swap: Swap) in
            guard let data = try? tree.read(path) else { return (path, .unchanged) }
            var scratch = DiagnosticLog()
            guard let source = SourceText.decode(data, path: path, log: &scratch) else { return (path, .unchanged) }
            return (path, swap(source, writer: writer, withheld: withheld, schemas: schemas))
        }
        var overrides: [String: Data] = [:]
        var removals: Set<String> = []
        for (path, swap) in swapped {
            switch swap {
            case .unchanged: continue
            case .replaced(let text): overrides[path] = Data(text.utf8)
            case .removed: removals.insert(path)
            }
        }
        for plan in withheld.plans {
            let path = "content/plans/\(plan)/actions/\(addedProposal)"
            overrides[path] = Data(proposal(writer: writer, path: path).utf8)
        }
        return OverlaySourceTree(base: tree, overrides: overrides, removals: removals)
    }

    /// What the swap does to one source.
    enum Swap {
        case unchanged
        case replaced(String)
        case removed
    }

    /// One Markdown source swapped as the public edition withholds it.
    private static func swap(_ source: SourceText, writer: CanaryWriter, withheld: WithheldFiles, schemas: Schemas) -> Swap {
        var scratch = DiagnosticLog()
        // A prose annex may have no front matter.
        guard let frontMatter = FrontMatter.splitIfPresent(source, log: &scratch) else { return .unchanged }
        var fields: Node.Mapping
        switch YAMLLoader.compose(frontMatter.yaml, path: source.path, firstLine: frontMatter.yamlLine, log: &scratch) {
        case .parsed(.mapping(let mapping)?): fields = mapping
        case .parsed(nil): fields = Node.Mapping([])
        default: return .unchanged
        }
        let schema = schemas.schema(ofSource: source.path, root: .mapping(fields))
        let isAction = Node.mapping(fields).field("kind")?.string == SourceKind.action.rawValue
        switch withheld.withholding(of: source.path, root: .mapping(fields)).0 {
        case .absent:
            return .removed
        case .shell:
            for (key, value) in fields {
                guard let name = key.string, let spec = schema[name], spec.role == .content || spec.role == .alwaysLimite else { continue }
                let location = SourceLocation(file: source.path, line: frontMatter.yamlLine + (value.mark?.line ?? 1) - 1,
                                              column: value.mark?.column ?? 1)
                fields[name] = varied(value, type: spec.type, writer: writer, at: location)
            }
            // An agreed action needs a leader.
            if isAction, fields["status"]?.string == Action.Status.agreed.rawValue, fields["leader"] == nil {
                fields["leader"] = Node(standInCodes[0])
            }
            let yaml = (try? Yams.serialize(node: .mapping(fields))) ?? frontMatter.yaml + "\n"
            let body = writer.block(for: source.path, frontMatter.bodyLine, SourcePoint(line: 1, column: 1), prefix: "")
            return .replaced("---\n" + yaml + "---\n" + body)
        case .shown:
            var problems: [SourceRedactor.Problem] = []
            let cut = SourceRedactor.cut(source.text, path: source.path, filling: .canaries(writer), schemas: schemas, verified: false,
                                         problems: &problems)
            // The text of a proposal without a number is withheld whole (its title and status
            // stay): what the public sources cut (`PublicSources`), the swap varies.
            guard isAction, !Withholding.numbered(.mapping(fields)) else { return cut.map(Swap.replaced) ?? .unchanged }
            let text = cut ?? source.text
            var again = DiagnosticLog()
            guard let cutFrontMatter = FrontMatter.splitIfPresent(SourceText(path: source.path, text: text), log: &again) else {
                return .unchanged
            }
            let head = String(decoding: text.utf8.dropLast(cutFrontMatter.body.utf8.count), as: UTF8.self)
            return .replaced(head + writer.block(for: source.path, frontMatter.bodyLine, SourcePoint(line: 1, column: 1), prefix: ""))
        }
    }

    /// Another valid value of `type` in place of `node`, of another shape where the type
    /// allows (one more list item); nil where the field is best removed (a reference to
    /// another object, which is always optional). Identifiers chosen by the authors (a plan's
    /// strategy, an objective's or a chart's id) keep their value: other objects refer to
    /// them, and the project must still load.
    static func varied(_ node: Node, type: FieldType, writer: CanaryWriter, at location: SourceLocation) -> Node? {
        switch (type, node) {
        case (.text, .scalar), (.markdown, .scalar):
            return Node(writer.value(for: location))
        case (.date, .scalar(let scalar)):
            return Node(scalar.string == "2001-01-31" ? "2002-02-28" : "2001-01-31")
        case (.number, .scalar(let scalar)):
            let value = Double(scalar.string) ?? 0
            return Node(String(Int(value.rounded()) + 7))
        case (.boolean, .scalar(let scalar)):
            return Node(["true", "yes"].contains(scalar.string.lowercased()) ? "false" : "true")
        case (.choice(let values), .scalar(let scalar)):
            return Node(values.first { $0 != scalar.string } ?? scalar.string)
        case (.documentNumber, .scalar(let scalar)):
            return Node(scalar.string == "9991/99" ? "9992/99" : "9991/99")
        case (.participant, .scalar(let scalar)):
            return Node(scalar.string == standInCodes[0] ? standInCodes[1] : standInCodes[0])
        case (.actionID, _), (.objectiveID, _), (.oapReference, _):
            return nil
        case (.identifier, _):
            return node
        case (.list(let element), _):
            if refersElsewhere(element) { return nil }
            let items = node.sequence.map(Array.init) ?? [node]
            if element == .participant {
                return Node(Array(standInCodes.dropFirst(2).prefix(items.count + 1)).map { Node($0) })
            }
            let swapped = items.compactMap { varied($0, type: element, writer: writer, at: location) }
            return Node(swapped + (swapped.last.map { [varied($0, type: element, writer: writer, at: location) ?? $0] } ?? []))
        case (.record(let schema), .mapping(var mapping)):
            if schema.fields.contains(where: { refersElsewhere($0.type) }) { return nil }
            for (key, value) in mapping {
                guard let name = key.string, let spec = schema[name], spec.role == .content || spec.role == .alwaysLimite else { continue }
                mapping[name] = varied(value, type: spec.type, writer: writer, at: location)
            }
            return .mapping(mapping)
        case (.records(let schema), _):
            if schema.fields.contains(where: { refersElsewhere($0.type) }) { return nil }
            let items = node.sequence.map(Array.init) ?? [node]
            var swapped = items.compactMap { varied($0, type: .record(schema), writer: writer, at: location) }
            // One more item where no item has an id of its own (a data point, a seizure).
            if !schema.fields.contains(where: { $0.type == .identifier || $0.role == .identity }), let last = swapped.last {
                swapped.append(varied(last, type: .record(schema), writer: writer, at: location) ?? last)
            }
            return Node(swapped)
        default:
            // A value of the wrong shape: the load reports it; the swap keeps it.
            return node
        }
    }

    /// Whether values of a type refer to other objects.
    private static func refersElsewhere(_ type: FieldType) -> Bool {
        switch type {
        case .actionID, .objectiveID, .oapReference: true
        case .list(let element): refersElsewhere(element)
        default: false
        }
    }

    /// A LIMITE proposal without a number: the public edition must not show that it exists.
    private static func proposal(writer: CanaryWriter, path: String) -> String {
        let title = writer.value(for: .startOf(path))
        let body = writer.block(for: path, 1, SourcePoint(line: 1, column: 1), prefix: "")
        return "---\nkind: action\nstatus: dropped\nclassification: limite\ntitle: \(title)\n---\n\n" + body
    }
}

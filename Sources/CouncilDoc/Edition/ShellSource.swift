import Yams

/// What the public sources hold in place of a withheld object, made from the field schema
/// alone: its `kind`, the fields the schema declares `identity` (an action's number, a
/// document's number and id, an objective's id), `classification: limite`, a placeholder
/// for each required field it does not show ("DELETED", the first choice; a required
/// reference keeps its value), and the mark `withheld:`. The public load never reads the
/// object's text; a field added to the schema is left out unless declared `identity`.
enum ShellSource {
    /// The field that marks a shell, which only the public sources may hold.
    static let field = "withheld"

    /// What a shell stands for.
    enum Kind: String, CaseIterable, Sendable {
        case document, action, annex
    }

    /// The placeholder of a required text field.
    static let placeholder = "DELETED"

    /// The shell of the source whose front matter (or YAML) is `root`.
    static func text(of root: Node.Mapping, schema: FieldSchema, kind: Kind) -> String {
        var shell = Node.Mapping([])
        if let declared = root["kind"] { shell["kind"] = declared }
        shell[field] = Node(kind.rawValue)
        for (name, value) in fields(root, schema) { shell[name] = value }
        shell["classification"] = Node(Classification.limite.rawValue)
        let yaml = (try? Yams.serialize(node: .mapping(shell))) ?? "\(field): \(kind.rawValue)\n"
        return "---\n" + yaml + "---\n"
    }

    /// The fields of a mapping that a shell keeps, in declaration order.
    private static func fields(_ mapping: Node.Mapping, _ schema: FieldSchema) -> [(String, Node)] {
        schema.fields.compactMap { spec -> (String, Node)? in
            guard spec.role != .decision else { return nil }
            let value = mapping[spec.name]
            if spec.role == .identity { return value.map { (spec.name, $0) } }
            // A required text is written even where the source has none (a note's subject
            // stands for its title); records whose items have names keep them.
            guard spec.required || spec.type.children?.fields.contains(where: { $0.role == .identity }) == true else { return nil }
            return placeholder(value, spec.type).map { (spec.name, $0) }
        }
    }

    /// A required field's stand-in.
    private static func placeholder(_ value: Node?, _ type: FieldType) -> Node? {
        switch type {
        case .text, .markdown: return Node(placeholder)
        case .choice(let values): return values.first.map { Node($0) }
        case .identifier: return value
        case .records(let schema):
            guard let value else { return nil }
            let items = value.sequence.map(Array.init) ?? [value]
            return Node(items.compactMap { item -> Node? in
                guard case .mapping(let mapping) = item else { return nil }
                return .mapping(Node.Mapping(fields(mapping, schema).map { (Node($0.0), $0.1) }))
            })
        case .record(let schema):
            guard case .mapping(let mapping)? = value else { return nil }
            return .mapping(Node.Mapping(fields(mapping, schema).map { (Node($0.0), $0.1) }))
        default: return nil
        }
    }
}

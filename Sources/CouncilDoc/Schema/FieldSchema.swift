/// One field, declared once: its name, its type, and what the public edition may show of it.
struct FieldSpec: Sendable, Hashable {
    /// The key as written in YAML.
    let name: String
    /// The type of its value.
    let type: FieldType
    /// What the public edition may show of it.
    let role: FieldRole
    /// Whether the decoder requires it: the shell of a withheld object writes a placeholder
    /// for a required field it does not show ("DELETED", the first choice).
    let required: Bool

    init(_ name: String, _ type: FieldType, _ role: FieldRole = .content, required: Bool = false) {
        self.name = name
        self.type = type
        self.role = role
        self.required = required
    }
}

/// The fields of one mapping (a source's front matter, or a record inside it), in a fixed
/// order. A key it does not declare is an unknown field, which is an error.
struct FieldSchema: Sendable, Hashable {
    /// The fields, in declaration order.
    let fields: [FieldSpec]

    init(_ fields: [FieldSpec]) { self.fields = fields }

    /// The field named `name`, if declared.
    subscript(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }

    /// The declared names, in order.
    var names: [String] { fields.map(\.name) }

    /// The names of the fields whose text is Markdown.
    var markdownNames: Set<String> { Set(fields.filter { $0.type == .markdown }.map(\.name)) }

    /// The names of the fields withheld even from a public object.
    var alwaysLimiteNames: [String] { fields.filter { $0.role == .alwaysLimite }.map(\.name) }

    /// This schema with `field` added (or replacing the field of its name).
    func adding(_ field: FieldSpec) -> FieldSchema {
        FieldSchema(fields.filter { $0.name != field.name } + [field])
    }

    /// This schema followed by `other`'s fields.
    static func + (a: FieldSchema, b: FieldSchema) -> FieldSchema { FieldSchema(a.fields + b.fields) }
}

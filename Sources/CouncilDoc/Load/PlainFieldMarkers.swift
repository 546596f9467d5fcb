import Yams

/// Refuses a LIMITE marker written where it cannot take effect: in any YAML key, and in any
/// value the schema does not declare Markdown (a title, a subject, `from`, an item of
/// `codes`, an OAP's title, an outcome example, a configuration value), however it is
/// written. The lexer decides what a marker form is (`LimiteLexer.inPlainValue`); the
/// schema decides which values are plain. A field the schema does not declare is reported
/// as unknown by the decoder, which stops the build, so it is not walked here.
enum PlainFieldMarkers {
    /// Walks `node`, a mapping of the fields of `schema`, reporting each plain value or key
    /// that holds a marker form.
    static func check(_ node: Node, schema: FieldSchema, in fields: YAMLFields) {
        guard case .mapping(let mapping) = node else { return }
        for (key, value) in mapping {
            if let name = key.string { report(name, at: key, in: fields) }
            guard let name = key.string, let spec = schema[name] else { continue }
            check(value, type: spec.type, field: name, in: fields)
        }
    }

    /// Walks a value of type `type`.
    private static func check(_ node: Node, type: FieldType, field: String, in fields: YAMLFields) {
        switch (type, node) {
        case (.markdown, _):
            // Markers take effect in Markdown; the body parser reads them, and refuses the
            // look-alikes.
            return
        case (.record(let schema), _):
            check(node, schema: schema, in: fields)
        case (.records(let schema), .sequence(let items)):
            for item in items { check(item, schema: schema, in: fields) }
        case (.records(let schema), _):
            check(node, schema: schema, in: fields)
        case (.list(let element), .sequence(let items)):
            for item in items { check(item, type: element, field: field, in: fields) }
        case (_, .scalar(let scalar)):
            if let finding = LimiteLexer.inPlainValue(scalar.string) {
                fields.report(.limiteInPlainField,
                              "field '\(field)' is plain text, where a LIMITE marker cannot take effect (here '\(finding.written)'): mark the whole document or action 'classification: limite', or move the text to the body",
                              at: node, notes: [Diagnostic.Note(finding.message)])
            }
        case (_, .sequence(let items)):
            // A list where one value was expected: the decoder reports the type; the values
            // are still checked, so that no form passes unseen.
            for item in items { check(item, type: type, field: field, in: fields) }
        case (_, .mapping(let mapping)):
            for (key, value) in mapping {
                report(key.string ?? "", at: key, in: fields)
                check(value, type: .text, field: field, in: fields)
            }
        case (_, .alias):
            return
        }
    }

    /// Reports a key that holds a marker form.
    private static func report(_ key: String, at node: Node, in fields: YAMLFields) {
        guard let finding = LimiteLexer.inPlainValue(key) else { return }
        fields.report(.limiteInPlainField,
                      "a YAML key is plain text, where a LIMITE marker cannot take effect (here '\(finding.written)'): mark the whole document or action 'classification: limite', or move the text to the body",
                      at: node, notes: [Diagnostic.Note(finding.message)])
    }
}

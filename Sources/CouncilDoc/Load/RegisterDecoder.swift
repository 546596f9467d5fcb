/// Decodes `content/registers/*.yml`: bodies a project adds to the built-in register.
enum RegisterDecoder {
    static func decode(_ text: SourceText, log: inout DiagnosticLog) -> [Body] {
        guard case .parsed(let root) = YAMLLoader.compose(text.text, path: text.path, firstLine: 1, log: &log) else {
            return []
        }
        let f = YAMLFields(root, schema: Schemas.standard.register, path: text.path, firstLine: 1, what: "a register")
        var bodies: [Body] = []
        for item in f.sequence("bodies") {
            let b = f.nested(item, of: "bodies", what: "a body")
            let id = b.located("id", required: true)
            if let id, !Identifier.isSlug(id.value) {
                b.report(.malformedID, "body id '\(id.value)' must be lower-case letters, digits and dashes", at: id.location)
            }
            let name = b.string("name", required: true)
            let full = b.string("full-name") ?? name
            b.finish()
            f.absorb(b)
            if let id, let name { bodies.append(Body(id: id.value, name: name, fullName: full ?? name)) }
        }
        f.finish()
        log.merge(f.log)
        return bodies
    }
}

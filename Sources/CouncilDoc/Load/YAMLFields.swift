import Yams

/// Reads a YAML mapping field by field with the expected types, reporting every problem
/// (missing, wrong type, invalid, unknown field with a did-you-mean) at its position. The
/// fields it knows are those of its `FieldSchema`: a key the schema does not declare is an
/// unknown field.
final class YAMLFields {
    /// The file being read.
    let path: String
    /// The file line of the YAML's line 1.
    let firstLine: Int
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    private let mappingLocation: SourceLocation
    /// The fields of this mapping.
    let schema: FieldSchema
    /// Problems found so far; the caller merges them.
    private(set) var log = DiagnosticLog()

    /// Reads `node`, which must be a mapping of the fields of `schema`; otherwise reports it
    /// and reads nothing. A reader of a whole file or front matter (`root`) also refuses
    /// every LIMITE marker written in a plain value or key, anywhere below it.
    init(_ node: Node?, schema: FieldSchema, path: String, firstLine: Int, what: String, root: Bool = true) {
        self.path = path
        self.firstLine = firstLine
        self.schema = schema
        let location = node.flatMap(\.mark).map {
            SourceLocation(file: path, line: firstLine + $0.line - 1, column: $0.column)
        } ?? SourceLocation(file: path, line: firstLine, column: 1)
        mappingLocation = location
        guard let node else {
            pairs = []
            log.add(.missingField, "\(what) is empty", at: location)
            return
        }
        guard case .mapping(let mapping) = node else {
            pairs = []
            log.add(.wrongType, "\(what) must be a mapping of fields, found \(Self.typeName(node))", at: location)
            return
        }
        pairs = mapping.map { ($0.key.string ?? "", $0.key, $0.value) }
        if root { PlainFieldMarkers.check(node, schema: schema, in: self) }
    }

    /// Where the mapping starts.
    var location: SourceLocation { mappingLocation }

    /// The position of a node in the file.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return mappingLocation }
        return SourceLocation(file: path, line: firstLine + mark.line - 1, column: mark.column)
    }

    /// The node of a field the schema declares.
    func node(_ key: String) -> Node? {
        assert(schema[key] != nil, "field '\(key)' is read but not declared in the schema")
        return pairs.first { $0.key == key }?.value
    }

    /// Whether the mapping has a field.
    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    /// The location of a field's value, or of the mapping when absent.
    func location(ofField key: String) -> SourceLocation {
        pairs.first { $0.key == key }.map { location(of: $0.value) } ?? mappingLocation
    }

    /// Reports a problem at a node.
    func report(_ id: DiagnosticID, _ message: String, at node: Node?, notes: [Diagnostic.Note] = []) {
        log.add(id, message, at: node.map(location(of:)) ?? mappingLocation, notes: notes)
    }

    /// Reports a problem at a location.
    func report(_ id: DiagnosticID, _ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        log.add(id, message, at: location, notes: notes)
    }

    /// Merges problems found by a nested reader.
    func absorb(_ other: YAMLFields) { log.merge(other.log) }

    // MARK: Scalars

    /// A scalar field as text (numbers and dates as written); reports a wrong type.
    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        return scalar(node, field: key, required: required)
    }

    /// A scalar node's text; reports a mapping or sequence where text was expected.
    func scalar(_ node: Node, field: String, required: Bool = false) -> String? {
        switch node {
        case .scalar(let scalar):
            // `node.tag` is the resolved tag (`~`, `null`); a scalar's own is as written.
            if node.tag == Tag(.null) || (scalar.string.isEmpty && scalar.style == .plain) {
                if required { report(.missingField, "field '\(field)' is empty", at: node) }
                return nil
            }
            return scalar.string
        default:
            report(.wrongType, "field '\(field)' must be text, found \(Self.typeName(node))", at: node)
            return nil
        }
    }

    /// A located scalar field.
    func located(_ key: String, required: Bool = false) -> Located<String>? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        return scalar(node, field: key, required: required).map { Located($0, at: location(of: node)) }
    }

    /// A field parsed by `parse`; reports text that does not parse with `expected`.
    func parsed<T>(_ key: String, required: Bool = false, expected: String, _ parse: (String) -> T?) -> Located<T>? {
        guard let text = located(key, required: required) else { return nil }
        guard let value = parse(text.value) else {
            report(.invalidValue, "field '\(key)': '\(text.value)' is not \(expected)", at: text.location)
            return nil
        }
        return Located(value, at: text.location)
    }

    /// A date field `YYYY-MM-DD`.
    func date(_ key: String, required: Bool = false) -> CouncilDate? {
        parsed(key, required: required, expected: "a date (YYYY-MM-DD)", CouncilDate.init)?.value
    }

    /// A boolean field.
    func bool(_ key: String) -> Bool? {
        parsed(key, expected: "true or false") { text -> Bool? in
            switch text.lowercased() {
            case "true", "yes": true
            case "false", "no": false
            default: nil
            }
        }?.value
    }

    /// A number field.
    func number(_ key: String) -> Double? {
        parsed(key, expected: "a number") { Double($0) }?.value
    }

    /// An enumeration field; reports an unknown value with the allowed ones.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false, default value: T? = nil) -> T?
    where T.RawValue == String {
        guard let text = located(key, required: required) else { return value }
        guard let choice = T(rawValue: text.value) else {
            let allowed = T.allCases.map(\.rawValue)
            report(.invalidValue, "field '\(key)' must be one of \(allowed.joined(separator: ", ")), found '\(text.value)'",
                   at: text.location, notes: Suggestion.note(for: text.value, in: allowed))
            return value
        }
        return choice
    }

    // MARK: Lists and mappings

    /// A list of scalars (a single scalar counts as a list of one), each located.
    func locatedStrings(_ key: String, required: Bool = false) -> [Located<String>] {
        guard let node = node(key) else {
            if required { missing(key) }
            return []
        }
        switch node {
        case .sequence(let sequence):
            return sequence.compactMap { item in scalar(item, field: key).map { Located($0, at: location(of: item)) } }
        case .scalar:
            return scalar(node, field: key).map { [Located($0, at: location(of: node))] } ?? []
        default:
            report(.wrongType, "field '\(key)' must be a list, found \(Self.typeName(node))", at: node)
            return []
        }
    }

    /// A list of scalars as text.
    func strings(_ key: String, required: Bool = false) -> [String] {
        locatedStrings(key, required: required).map(\.value)
    }

    /// The items of a list field; reports a wrong type.
    func sequence(_ key: String, required: Bool = false) -> [Node] {
        guard let node = node(key) else {
            if required { missing(key) }
            return []
        }
        guard case .sequence(let sequence) = node else {
            if case .scalar = node, node.tag == Tag(.null) { return [] }
            report(.wrongType, "field '\(key)' must be a list, found \(Self.typeName(node))", at: node)
            return []
        }
        return Array(sequence)
    }

    /// A nested reader for a mapping node of field `field` (an item of a list of records,
    /// or a record), reading the fields the schema declares for it.
    func nested(_ node: Node, of field: String, what: String) -> YAMLFields {
        assert(schema[field]?.type.children != nil, "field '\(field)' is not a record in the schema")
        return YAMLFields(node, schema: schema[field]?.type.children ?? FieldSchema([]), path: path, firstLine: firstLine, what: what,
                          root: false)
    }

    /// Reports every field the schema does not declare, with the nearest known field as a
    /// suggestion.
    func finish() {
        let known = Set(schema.names)
        // An unknown field is an error: a misspelt `classification:` must not publish.
        for pair in pairs where !known.contains(pair.key) {
            if pair.key == "<<" {
                log.add(.unknownField, "YAML merge keys ('<<') are not used in councildoc sources: write the fields out",
                        at: location(of: pair.keyNode))
                continue
            }
            let nearest = Suggestion.note(for: pair.key, in: schema.names)
            let caseOnly = known.first { $0.lowercased() == pair.key.lowercased() }
            log.add(.unknownField, "unknown field '\(pair.key)'", at: location(of: pair.keyNode),
                    notes: caseOnly.map { [Diagnostic.Note("did you mean '\($0)'? Field names are lower case")] } ?? nearest)
        }
    }

    private func missing(_ key: String) {
        log.add(.missingField, "missing required field '\(key)'", at: mappingLocation)
    }

    static func typeName(_ node: Node) -> String {
        switch node {
        case .scalar: "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

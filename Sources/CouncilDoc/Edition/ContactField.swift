import Foundation
import Yams

/// A field the schema declares always LIMITE (an action's `contact`) is LIMITE by definition: the public edition's sources do not hold
/// it at all (`SourceRedactor`), and the proof's swapped sources hold a canary in its place
/// (`CanarySources`). Both change the field's own lines only, each replaced line kept as a
/// line so that every other line keeps its number and its bytes: a document whose only
/// LIMITE content is its contact then reads the same in the public sources and in the swapped
/// ones, and its decoding is shared between the two builds (`DecodedDocuments`).
enum ContactField {
    /// The lines (1-based, in the YAML) of the top-level `contact` field of a front matter
    /// whose fields are a block mapping: from its key's line to the line before the next
    /// key's (or the end). nil when there is no such field, or when it is not a key at the
    /// start of a line of a block mapping (then the YAML is written out again instead).
    static func lines(of root: Node.Mapping, field name: String = "contact") -> (first: Int, next: Int?)? {
        let keys = Array(root.keys)
        guard let index = keys.firstIndex(where: { $0.string == name }),
              let start = keys[index].mark, start.column == 1 else { return nil }
        guard index + 1 < keys.count else { return (start.line, nil) }
        guard let next = keys[index + 1].mark, next.column == 1, next.line > start.line else { return nil }
        return (start.line, next.line)
    }

    /// `yaml` with the field's lines replaced: the first by `replacement` (nil: an empty
    /// line), the others by empty lines.
    static func replacingLines(_ yaml: String, _ range: (first: Int, next: Int?), with replacement: String?) -> String {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let end = min(range.next.map { $0 - 1 } ?? lines.count, lines.count)
        guard range.first >= 1, range.first <= end else { return yaml }
        for line in range.first...end { lines[line - 1] = "" }
        if let replacement { lines[range.first - 1] = Substring(replacement) }
        return lines.joined(separator: "\n")
    }

    /// The front matter `yaml` with its field `name` filled as asked: without it (the
    /// public sources), or with a canary in its place (the proof's swapped sources); ending
    /// with a line feed when `yaml` does; nil when it has no such field. `composed`: `yaml`
    /// composed already.
    static func replaced(in yaml: String, field name: String = "contact", path: String, firstLine: Int,
                         filling: SourceRedactor.Filling, composed: Node? = nil) -> String? {
        guard yaml.containsBytes(name) else { return nil }
        var scratch = DiagnosticLog()
        let root = composed ?? YAMLLoader.compose(yaml, path: path, firstLine: firstLine, log: &scratch).node
        guard case .mapping(var mapping)? = root, let value = mapping[name] else { return nil }
        var canary: String?
        if case .canaries(let writer) = filling {
            canary = writer.value(for: SourceLocation(file: path, line: firstLine + (value.mark?.line ?? 1) - 1,
                                                      column: value.mark?.column ?? 1))
        }
        if let range = lines(of: mapping, field: name) { return replacingLines(yaml, range, with: canary.map { "\(name): \($0)" }) }
        mapping[name] = canary.map { Node($0) }
        guard let written = try? Yams.serialize(node: .mapping(mapping)) else { return nil }
        return yaml.hasSuffix("\n") || !written.hasSuffix("\n") ? written : String(written.dropLast())
    }
}

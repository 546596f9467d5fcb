import Foundation
import Yams

/// The swapped project of the redaction proof: the same sources with every LIMITE part,
/// every field of a whole-LIMITE action or withheld document, and every `contact` replaced
/// by canaries (other words of another length, other member states, another number of list
/// items and footnotes). The public edition built from it must be byte for byte the public
/// edition built from the real sources.
enum CanarySources {
    /// Fields of a whole-LIMITE action or withheld document whose text is swapped. What is
    /// not listed is structure (ids, kinds, dates, references, enumerations) and keeps its
    /// value, so that the swapped project still loads.
    static let textFields: Set<String> = [
        "title", "short-title", "subject", "from", "to", "contact", "text", "place", "how", "by", "label",
        "performance-indicator", "possible-outcomes", "other-parties", "codes", "timeline-title", "timeline-caption", "initials", "dg",
        "roadmap-title", "action-number", "action-title", "group-leader",
    ]
    /// Fields naming member states or bodies: swapped for others.
    static let participantFields: Set<String> = ["leader", "co-leaders", "participants"]
    /// References of a whole-LIMITE action (to objectives, OAPs, earlier actions): removed,
    /// which always leaves the swapped project valid.
    static let referenceFields: Set<String> = ["objectives", "strategic-objectives", "empact", "continues"]
    /// The member states the swap writes (codes of the built-in register).
    static let standInCodes = ["MT", "CY", "SI", "SK", "LV", "EE"]

    /// The project `tree` with its LIMITE content swapped for canaries written by `writer`.
    static func swap(_ tree: SourceTree, writer: CanaryWriter, asOf: CouncilDate) -> OverlaySourceTree {
        let paths = ((try? tree.files()) ?? []).filter { $0.hasSuffix(".md") && $0.hasPrefix("content/") }
        let withheld = withheldByPlans(tree, paths: paths, asOf: asOf)
        let swapped = paths.parallelMap { path -> (String, Data)? in
            guard let data = try? tree.read(path) else { return nil }
            var scratch = DiagnosticLog()
            let whole = withheld.contains { path == $0 || (path.hasPrefix($0) && $0.hasSuffix("/")) }
            guard let source = SourceText.decode(data, path: path, log: &scratch),
                  let text = swap(source, writer: writer, asOf: asOf, whole: whole) else { return nil }
            return (path, Data(text.utf8))
        }
        return OverlaySourceTree(base: tree, overrides: Dictionary(uniqueKeysWithValues: swapped.compactMap { $0 }))
    }

    /// What plans withhold beyond their own files' markings: every file of a plan the public
    /// edition leaves out (its folder, ending in `/`), and each prose annex a plan declares
    /// LIMITE (its path).
    private static func withheldByPlans(_ tree: SourceTree, paths: [String], asOf: CouncilDate) -> [String] {
        var withheld: [String] = []
        for path in paths where path.hasPrefix("content/plans/") && path.hasSuffix("/plan.md") {
            var scratch = DiagnosticLog()
            guard let data = try? tree.read(path), let source = SourceText.decode(data, path: path, log: &scratch),
                  let frontMatter = FrontMatter.split(source, log: &scratch),
                  case .parsed(let root?) = YAMLLoader.compose(frontMatter.yaml, path: path, firstLine: 1, log: &scratch)
            else { continue }
            let folder = String(path.dropLast("plan.md".count))
            if isWithheld(root, asOf: asOf) { withheld.append(folder) }
            for annex in root["annexes"]?.sequence ?? [] where annex["classification"]?.string == "limite" {
                if let file = annex["source"]?.string { withheld.append(folder + "annexes/" + file) }
            }
        }
        return withheld
    }

    /// Whether a document's front matter makes it LIMITE and not yet released.
    private static func isWithheld(_ fields: Node, asOf: CouncilDate) -> Bool {
        // Released: a public-release date on or before the as-of date (an unreadable date is
        // an error of the load stage, and withholds).
        let released = fields["public-release"]?.string.flatMap(CouncilDate.init).map { $0 <= asOf } ?? false
        return fields["classification"]?.string == "limite" && !released
    }

    /// One Markdown source swapped (`whole`: all of it, whatever it says); nil when it has
    /// nothing LIMITE.
    private static func swap(_ source: SourceText, writer: CanaryWriter, asOf: CouncilDate, whole forced: Bool) -> String? {
        var scratch = DiagnosticLog()
        var problems: [SourceRedactor.Problem] = []
        // A prose annex may have no front matter.
        guard let frontMatter = FrontMatter.splitIfPresent(source, log: &scratch) else { return nil }
        let root = YAMLLoader.compose(frontMatter.yaml, path: source.path, firstLine: frontMatter.yamlLine, log: &scratch)
        var fields: Node.Mapping
        switch root {
        case .parsed(.mapping(let mapping)?): fields = mapping
        case .parsed(nil): fields = Node.Mapping([])
        default: return nil
        }
        let limite = fields["classification"]?.string == "limite"
        let whole = forced || (limite && (fields["kind"]?.string == "action" || isWithheld(.mapping(fields), asOf: asOf)))
        var changed = false
        var contactLines: (range: (first: Int, next: Int?), replacement: String)?
        if whole {
            for (key, value) in fields {
                guard let name = key.string else { continue }
                let location = SourceLocation(file: source.path, line: frontMatter.yamlLine + (value.mark?.line ?? 1) - 1,
                                              column: value.mark?.column ?? 1)
                if textFields.contains(name) {
                    fields[name] = canaries(value, writer: writer, at: location)
                } else if participantFields.contains(name) {
                    fields[name] = standIns(value, single: name == "leader")
                } else if referenceFields.contains(name), fields["kind"]?.string == "action" {
                    fields[name] = nil
                }
            }
            // Another status (and so a leader, which an agreed action needs).
            if fields["kind"]?.string == "action", let status = fields["status"]?.string, status != "dropped" {
                fields["status"] = Node(status == "agreed" ? "proposed" : "agreed")
                if fields["leader"] == nil { fields["leader"] = Node(standInCodes[0]) }
            }
            changed = true
        } else if let contact = fields["contact"] {
            let location = SourceLocation(file: source.path, line: frontMatter.yamlLine + (contact.mark?.line ?? 1) - 1,
                                          column: contact.mark?.column ?? 1)
            let canary = writer.value(for: location)
            fields["contact"] = Node(canary)
            // Its own lines only, when it has lines of its own: the rest keeps its bytes.
            contactLines = ContactField.lines(of: fields).map { ($0, "contact: \(canary)") }
            changed = true
        }
        if !whole {
            var node = Node.mapping(fields)
            if SourceRedactor.cutFields(&node, path: source.path, firstLine: frontMatter.yamlLine,
                                        filling: .canaries(writer), problems: &problems), let mapping = node.mapping {
                fields = mapping
                changed = true
                contactLines = nil
            }
        }
        // The text of a dropped proposal is withheld whole (its title and status stay).
        let dropped = fields["kind"]?.string == "action" && fields["status"]?.string == "dropped" && fields["id"] == nil
        let body: String
        if whole || dropped {
            body = writer.block(for: source.path, frontMatter.bodyLine, SourcePoint(line: 1, column: 1), prefix: "")
        } else if let cut = SourceRedactor.cut(body: frontMatter.body, path: source.path, firstLine: frontMatter.bodyLine,
                                               filling: .canaries(writer), problems: &problems) {
            body = cut
        } else if changed {
            body = frontMatter.body
        } else {
            return nil
        }
        let yaml = if let contactLines {
            ContactField.replacingLines(frontMatter.yaml, contactLines.range, with: contactLines.replacement) + "\n"
        } else if changed {
            (try? Yams.serialize(node: .mapping(fields))) ?? frontMatter.yaml + "\n"
        } else {
            frontMatter.yaml + "\n"
        }
        return "---\n" + yaml + "---\n" + body
    }

    /// A value's text swapped for canaries, keeping its shape (a list stays a list, one
    /// item longer).
    private static func canaries(_ node: Node, writer: CanaryWriter, at location: SourceLocation) -> Node {
        switch node {
        case .scalar:
            return Node(writer.value(for: location))
        case .sequence(let items):
            return Node((0...items.count).map { _ in Node(writer.value(for: location)) })
        case .mapping(var mapping):
            for (key, value) in mapping {
                if let name = key.string, textFields.contains(name) { mapping[name] = canaries(value, writer: writer, at: location) }
            }
            return .mapping(mapping)
        case .alias:
            return node
        }
    }

    /// Other member states in place of the written ones: one for a leader, one more than
    /// written for a list.
    private static func standIns(_ node: Node, single: Bool) -> Node {
        if single { return Node(node.string == standInCodes[0] ? standInCodes[1] : standInCodes[0]) }
        let count = (node.sequence?.count ?? 1) + 1
        return Node(standInCodes.dropFirst(2).prefix(count).map { Node($0) })
    }
}

/// A project with some files replaced: the swapped sources of the proof.
struct OverlaySourceTree: SourceTree {
    let base: SourceTree
    let overrides: [String: Data]

    func files() throws -> [String] { try base.files() }

    func read(_ path: String) throws -> Data {
        if let data = overrides[path] { return data }
        return try base.read(path)
    }
}

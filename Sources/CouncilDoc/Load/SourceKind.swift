/// The kinds of source documents, as `kind:` names them.
public enum SourceKind: String, Sendable, CaseIterable {
    case strategy, empact, plan, action, report, note
}

/// What a path under the project means, from where it lies.
enum SourceRole: Equatable, Sendable {
    case config
    case document(SourceKind)
    /// `content/plans/<plan>/…`: the plan folder it belongs to.
    case planFile(plan: String, SourceKind)
    case proseAnnex(plan: String)
    case register
    case ignored
    case unexpected

    /// Classifies a project-relative path.
    static func of(_ path: String) -> SourceRole {
        if path == "councildoc.yml" { return .config }
        let parts = path.split(separator: "/").map(String.init)
        if parts.contains(where: { $0.hasPrefix(".") }) { return .ignored }
        guard parts.first == "content", parts.count >= 3 else { return .unexpected }
        let name = parts[parts.count - 1]
        let isMarkdown = name.hasSuffix(".md")
        let isYAML = name.hasSuffix(".yml") || name.hasSuffix(".yaml")
        switch (parts[1], parts.count) {
        case ("strategies", 3) where isMarkdown: return .document(.strategy)
        case ("empact", 3) where isYAML: return .document(.empact)
        case ("reports", 3) where isMarkdown: return .document(.report)
        case ("notes", 3) where isMarkdown: return .document(.note)
        case ("registers", 3) where isYAML: return .register
        case ("plans", 4) where name == "plan.md": return .planFile(plan: parts[2], .plan)
        case ("plans", 5) where parts[3] == "actions" && isMarkdown: return .planFile(plan: parts[2], .action)
        case ("plans", 5) where parts[3] == "annexes" && isMarkdown: return .proseAnnex(plan: parts[2])
        default: return .unexpected
        }
    }

    /// The kind a file at this place must declare.
    var expectedKind: SourceKind? {
        switch self {
        case .document(let kind), .planFile(_, let kind): kind
        default: nil
        }
    }
}

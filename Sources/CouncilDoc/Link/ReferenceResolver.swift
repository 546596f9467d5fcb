/// Resolves a link destination with a typed scheme against the index, in a scope.
public struct ReferenceResolver: Sendable {

    let index: LinkIndex
    let registers: Registers
    /// In the public edition, the index of the sources before the edition withheld
    /// anything: a reference to a target there and not in `index` resolves `withheld`.
    var sourcesIndex: LinkIndex? = nil

    /// The scheme and the rest of a destination, if the scheme is one of ours.
    public static func split(_ destination: String) -> (scheme: String, rest: String)? {
        TypedReference.split(destination)
    }

    /// What `destination` names when written in `scope`.
    public func resolve(_ destination: String, in scope: Scope) -> Resolution {
        let resolution = resolveHere(destination, in: scope)
        guard case .unresolved = resolution, let sourcesIndex else { return resolution }
        // Withheld is what the sources have and the edition does not.
        guard case .target(let id) = ReferenceResolver(index: sourcesIndex, registers: registers).resolve(destination, in: scope),
              index[id] == nil else { return resolution }
        return .withheld(sourcesIndex.withheldLabel(id))
    }

    private func resolveHere(_ destination: String, in scope: Scope) -> Resolution {
        guard let (scheme, rest) = Self.split(destination) else { return misspeltScheme(destination) ?? .url }
        switch scheme {
        case "objective": return objective(rest, scope)
        case "action":
            guard let id = ActionID(rest) else { return .unresolved(.malformedID, "'\(rest)' is not an action id such as 13.4", suggestion: nil) }
            return existing(.action(id), .unknownAction, "action", rest) { if case .action(let a) = $0 { "\(a)" } else { nil } }
        case "oap": return oap(rest, scope)
        case "report":
            if let action = ActionID(rest) {
                if let report = index.reportsByAction[action] { return .target(report) }
                return .unresolved(.unknownReport, "no report on action \(rest)", suggestion: nil)
            }
            return existing(.report(rest), .unknownReport, "report", rest) { if case .report(let k) = $0 { k } else { nil } }
        case "doc":
            guard let number = DocumentNumber(rest) else {
                return .unresolved(.malformedDocumentNumber, "'\(rest)' is not a Council document number such as 10247/23", suggestion: nil)
            }
            if let id = index.documentsByNumber[number.base] { return .target(id) }
            return .external(number.description)
        case "ms":
            guard let participant = registers.participant(rest) else {
                if rest.uppercased() == "GR" {
                    return .unresolved(.unknownMemberState, "'\(rest)' is not a member-state code: Council documents write EL for Greece",
                                       suggestion: "ms:EL")
                }
                let suggestion = Suggestion.nearest(to: rest, in: registers.participantCodes)
                return .unresolved(.unknownMemberState, "'\(rest)' is neither a member-state code nor a known body", suggestion: suggestion.map { "ms:\($0)" })
            }
            return .target(.participant(participant.slug))
        case "plan":
            return existing(.plan(rest), .unknownPlan, "plan", rest) { if case .plan(let p) = $0 { p } else { nil } }
        case "strategy":
            return existing(.strategy(rest), .unknownStrategy, "strategy", rest) { if case .strategy(let s) = $0 { s } else { nil } }
        case "note":
            return existing(.note(rest), .unknownNote, "note", rest) { if case .note(let n) = $0 { n } else { nil } }
        case "coverage":
            return existing(.coverage(rest), .unknownPlan, "coverage matrix of plan", rest) { if case .coverage(let p) = $0 { p } else { nil } }
        case "empact":
            return existing(.empact(rest), .unknownCycle, "EMPACT cycle", rest) { if case .empact(let c) = $0 { c } else { nil } }
        default:
            return .url
        }
    }

    /// The schemes of ordinary URLs, which are never taken for a misspelt typed scheme.
    static let urlSchemes: Set<String> = ["http", "https", "mailto", "ftp", "ftps", "sftp", "tel", "file", "data", "urn",
                                          "news", "irc", "ssh", "git", "javascript", "doi", "sms", "geo", "magnet", "xmpp",
                                          "webcal", "skype", "callto", "fax", "ldap", "nntp", "telnet"]

    /// A destination whose scheme reads as one of councildoc's misspelt or capitalised
    /// (`actoin:14.2`, `Action:14.2`): an error with the fix, never a link to nowhere.
    private func misspeltScheme(_ destination: String) -> Resolution? {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let written = String(destination[..<colon])
        let lowered = written.lowercased()
        guard !written.isEmpty, written.allSatisfy({ $0.isLetter || $0 == "-" }), !Self.urlSchemes.contains(lowered)
        else { return nil }
        let rest = destination[destination.index(after: colon)...]
        let match = TypedReference.schemes.contains(lowered) ? lowered
            : Suggestion.nearest(to: lowered, in: TypedReference.schemes.sorted())
        // Short schemes (ms, oap, doc) only in another case: one letter off is another word.
        let allowed = lowered.count <= 3 ? 0 : lowered.count <= 6 ? 1 : 2
        guard let scheme = match, Suggestion.distance(lowered, scheme) <= allowed else { return nil }
        return .unresolved(.unknownScheme, "unknown link scheme '\(written):'", suggestion: "\(scheme):\(rest)")
    }

    private func existing(_ id: TargetID, _ rule: DiagnosticID, _ what: String, _ written: String,
                          _ key: (TargetID) -> String?) -> Resolution {
        if index[id] != nil { return .target(id) }
        let suggestion = Suggestion.nearest(to: written, in: index.candidates(key))
        return .unresolved(rule, "no \(what) '\(written)' in the content", suggestion: suggestion.map { "\(id.description.split(separator: ":")[0]):\($0)" })
    }

    private func objective(_ rest: String, _ scope: Scope) -> Resolution {
        guard let parsed = ObjectiveID(rest) else {
            return .unresolved(.malformedID, "'\(rest)' is not an objective id such as 2.iv", suggestion: nil)
        }
        let strategy: String
        if let qualified = parsed.strategy {
            strategy = qualified
        } else if let scoped = scope.strategy {
            strategy = scoped
        } else {
            let strategies = index.candidates { if case .strategy(let s) = $0 { s } else { nil } }
            guard strategies.count == 1 else {
                return .unresolved(.ambiguousReference, "objective '\(rest)' is ambiguous here: qualify it with its strategy (objective:STRATEGY/\(rest))",
                                   suggestion: nil)
            }
            strategy = strategies[0]
        }
        let id = TargetID.objective(parsed.qualified(strategy))
        if index[id] != nil { return .target(id) }
        guard index[.strategy(strategy)] != nil else {
            return .unresolved(.unknownStrategy, "no strategy '\(strategy)' in the content", suggestion: nil)
        }
        let known = index.candidates { if case .objective(let o) = $0, o.strategy == strategy { o.local } else { nil } }
        return .unresolved(.unknownObjective, "strategy '\(strategy)' has no objective \(parsed.local)",
                           suggestion: Suggestion.nearest(to: parsed.local, in: known).map { "objective:\($0)" })
    }

    private func oap(_ rest: String, _ scope: Scope) -> Resolution {
        var text = rest
        var cycle = scope.cycle
        let parts = rest.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 2, EmpactDecoder.isCycle(parts[0]) {
            cycle = parts[0]
            text = parts[1]
        }
        guard let reference = OAPReference(text) else {
            return .unresolved(.malformedID, "'\(rest)' is not an OAP reference such as criminal-finances/2.2", suggestion: nil)
        }
        if cycle == nil {
            let cycles = index.candidates { if case .empact(let c) = $0 { c } else { nil } }
            guard cycles.count == 1 else {
                return .unresolved(.ambiguousReference, "OAP '\(rest)' is ambiguous here: qualify it with its cycle (oap:CYCLE/\(rest))", suggestion: nil)
            }
            cycle = cycles[0]
        }
        let id = TargetID.oap(cycle: cycle!, reference)
        if index[id] != nil { return .target(id) }
        let known = index.candidates { if case .oap(let c, let r) = $0, c == cycle { r.description } else { nil } }
        if index[.empact(cycle!)] == nil {
            return .unresolved(.unknownCycle, "no EMPACT cycle '\(cycle!)' in the content", suggestion: nil)
        }
        return .unresolved(.unknownOAP, "EMPACT \(cycle!) has no \(reference.action == nil ? "OAP" : "operational action") '\(reference)'",
                           suggestion: Suggestion.nearest(to: reference.description, in: known).map { "oap:\($0)" })
    }
}

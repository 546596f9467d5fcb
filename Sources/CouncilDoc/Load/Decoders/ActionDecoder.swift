import Yams

/// Decodes `kind: action`.
enum ActionDecoder {
    static func decode(_ f: YAMLFields, _ context: DecodeContext, log: inout DiagnosticLog) -> Action? {
        let metadata = MetadataDecoder.decode(f, defaultLanguage: context.language)
        let status = f.choice("status", required: true, default: Optional<Action.Status>.none)
        let idText = f.located("id", required: status != .dropped)
        var id: Located<ActionID>?
        if let idText {
            if let parsed = ActionID(idText.value) {
                id = Located(parsed, at: idText.location)
                // `13.3.md` holding action 13.4: one of the two is a slip (a copied file).
                if let named = ActionID(context.stem), named != parsed {
                    f.report(.fileNameMismatch, "the file is named for action \(named), but its id is \(parsed)", at: idText.location,
                             notes: [Diagnostic.Note("rename the file \(parsed).md, or correct the id")])
                }
            } else {
                f.report(.malformedID, "action id '\(idText.value)' must be <plan>.<number> such as \"13.4\"", at: idText.location)
            }
        }
        let title = f.string("title", required: true)
        // A leader field with a value (an unknown code is reported on its own); an empty
        // `leader:` is no leader.
        let leaderWritten: Bool = {
            guard let node = f.node("leader") else { return false }
            if case .scalar(let scalar) = node { return !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty && node.tag != Tag(.null) }
            return true
        }()
        let leader = participants(f, "leader", context.registers).first
        if f.has("leader"), case .sequence? = f.node("leader") {
            f.report(.wrongType, "field 'leader' names one member state or body; put others in 'co-leaders'",
                     at: f.location(ofField: "leader"))
        }
        let coLeaders = participants(f, "co-leaders", context.registers)
        let members = participants(f, "participants", context.registers)
        let objectives = objectiveList(f, "objectives")
        var empact: [Action.EmpactLink] = []
        if let node = f.node("empact") {
            let items: [Yams.Node]
            if case .sequence(let s) = node { items = Array(s) } else { items = [node] }
            for item in items {
                let e = f.nested(item, of: "empact", what: "field 'empact'")
                let oap = e.parsed("oap", required: true, expected: "an OAP reference such as criminal-finances/2.2",
                                   OAPReference.init)
                let via = e.bool("via") ?? false
                e.finish()
                f.absorb(e)
                if let oap { empact.append(.init(oap: oap, via: via)) }
            }
        }
        let continues = f.parsed("continues", expected: "an action id such as \"12.4\"", ActionID.init)
        let contact = f.string("contact")
        let strategic = objectiveList(f, "strategic-objectives")
        let indicator = f.located("performance-indicator").map {
            context.markdown($0.value, at: $0.location, log: &log)
        }
        let outcomes = f.strings("possible-outcomes")
        let others = f.strings("other-parties")
        f.finish()
        log.merge(f.log)
        let source = context.source(metadata, log: &log)
        guard let title, let status else { return nil }
        var action = Action(id: id, key: context.stem, title: title, status: status, leader: leader,
                      leaderWritten: leaderWritten, coLeaders: coLeaders,
                      participants: members, objectives: objectives, empact: empact, continues: continues,
                      contact: contact, strategicObjectives: strategic, performanceIndicator: indicator,
                      possibleOutcomes: outcomes, otherParties: others, source: source)
        // The shell of a withheld action, in the public sources: its number, and DELETED.
        if f.has(ShellSource.field) {
            action.withheld = true
            action.source.body = MarkdownDocument(blocks: [.deleted])
        }
        return action
    }

    /// Member-state codes and bodies, each checked against the registers.
    static func participants(_ f: YAMLFields, _ key: String, _ registers: Registers) -> [Located<Participant>] {
        return f.locatedStrings(key).compactMap { code in
            if let participant = registers.participant(code.value) { return Located(participant, at: code.location) }
            let items = code.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let hint = code.value.uppercased() == "GR" ? [Diagnostic.Note("Council documents write EL for Greece")]
                : items.count > 1 ? [Diagnostic.Note("several codes are a list: \(key): [\(items.joined(separator: ", "))]")]
                : Suggestion.note(for: code.value, in: registers.participantCodes)
            f.report(.unknownMemberState, "'\(code.value)' is neither a member-state code nor a known body", at: code.location,
                     notes: hint)
            return nil
        }
    }

    static func objectiveList(_ f: YAMLFields, _ key: String) -> [Located<ObjectiveID>] {
        f.locatedStrings(key).compactMap { text in
            guard let id = ObjectiveID(text.value) else {
                f.report(.malformedID, "'\(text.value)' is not an objective id such as \"1\" or \"2.iv\"", at: text.location)
                return nil
            }
            return Located(id, at: text.location)
        }
    }
}

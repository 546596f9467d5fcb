/// Decodes `kind: strategy`.
enum StrategyDecoder {
    static func decode(_ f: YAMLFields, _ context: DecodeContext, log: inout DiagnosticLog) -> Strategy? {
        let metadata = MetadataDecoder.decode(f, defaultLanguage: context.language)
        let id = f.located("id", required: true)
        if let id, !Identifier.isSlug(id.value) {
            f.report(.malformedID, "strategy id '\(id.value)' must be lower-case letters, digits and dashes", at: id.location)
        }
        let title = f.string("title", required: true)
        let shortTitle = f.string("short-title")
        var objectives: [Strategy.Objective] = []
        let items = f.sequence("objectives", required: true)
        if items.isEmpty && f.has("objectives") {
            f.report(.missingField, "a strategy needs at least one objective", at: f.location(ofField: "objectives"))
        }
        for item in items {
            let o = f.nested(item, of: "objectives", what: "an objective")
            let oid = o.located("id", required: true)
            if let oid, ObjectiveID(oid.value)?.sub != nil || ObjectiveID(oid.value) == nil {
                o.report(.malformedID, "objective id '\(oid.value)' must be a number such as \"1\"", at: oid.location)
            }
            let text = o.string("text", required: true) ?? ""
            var subs: [Strategy.SubObjective] = []
            for subItem in o.sequence("sub") {
                let s = o.nested(subItem, of: "sub", what: "a sub-objective")
                let sid = s.located("id", required: true)
                if let sid, !(sid.value.lowercased().allSatisfy { "ivxlc".contains($0) }) || sid.value.isEmpty {
                    s.report(.malformedID, "sub-objective id '\(sid.value)' must be a roman numeral such as \"iv\"",
                             at: sid.location)
                }
                let stext = s.string("text", required: true) ?? ""
                s.finish()
                o.absorb(s)
                if let sid { subs.append(.init(id: Located(sid.value.lowercased(), at: sid.location), text: stext)) }
            }
            o.finish()
            f.absorb(o)
            if let oid { objectives.append(.init(id: oid, text: text, sub: subs)) }
        }
        f.finish()
        log.merge(f.log)
        let source = context.source(metadata, log: &log)
        guard let id, let title else { return nil }
        // Where the list goes is a question for a file that otherwise loads.
        if !log.hasErrors { GeneratedPlacement.checkObjectives(in: source, log: &log) }
        return Strategy(id: id, title: title, shortTitle: shortTitle, objectives: objectives, source: source)
    }
}

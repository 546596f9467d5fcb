/// Decodes `kind: empact` (a YAML file).
enum EmpactDecoder {
    static func decode(_ f: YAMLFields, _ context: DecodeContext, log: inout DiagnosticLog) -> EmpactCycle? {
        let cycle = f.located("cycle", required: true)
        if let cycle, !isCycle(cycle.value) {
            f.report(.malformedID, "cycle '\(cycle.value)' must be two years such as 2026-2027", at: cycle.location)
        }
        let title = f.string("title") ?? cycle.map { "EMPACT \($0.value)" } ?? "EMPACT"
        var oaps: [EmpactCycle.OAP] = []
        for item in f.sequence("oaps", required: true) {
            let o = f.nested(item, of: "oaps", what: "an OAP")
            let id = o.located("id", required: true)
            if let id, !Identifier.isSlug(id.value) {
                o.report(.malformedID, "OAP id '\(id.value)' must be lower-case letters, digits and dashes", at: id.location)
            }
            let oapTitle = o.string("title", required: true) ?? ""
            var actions: [EmpactCycle.OperationalAction] = []
            for actionItem in o.sequence("actions") {
                let a = o.nested(actionItem, of: "actions", what: "an operational action")
                let aid = a.located("id", required: true)
                if let aid, OAPReference("x/\(aid.value)") == nil {
                    a.report(.malformedID, "operational action id '\(aid.value)' must be a number such as \"2.2\"",
                             at: aid.location)
                }
                let aTitle = a.string("title", required: true) ?? ""
                a.finish()
                o.absorb(a)
                if let aid { actions.append(.init(id: aid, title: aTitle)) }
            }
            o.finish()
            f.absorb(o)
            if let id { oaps.append(.init(id: id, title: oapTitle, actions: actions)) }
        }
        f.finish()
        log.merge(f.log)
        guard let cycle else { return nil }
        return EmpactCycle(cycle: cycle, title: title, oaps: oaps, path: context.path)
    }

    static func isCycle(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { $0.count == 4 && Int($0) != nil }
    }
}

/// Collects every target of a corpus into a `LinkIndex`, reporting duplicate ids with a
/// note at the first declaration.
enum IndexBuilder {
    static func build(_ corpus: Corpus, registers: Registers, log: inout DiagnosticLog) -> LinkIndex {
        var index = LinkIndex()
        func add(_ target: Target, what: String) {
            if let first = index.add(target) {
                log.add(.duplicateID, "duplicate \(what) '\(target.id.description.split(separator: ":", maxSplits: 1).last ?? "")'",
                        at: target.location, notes: [Diagnostic.Note("first declared here", at: first.location)])
            }
        }
        func number(_ metadata: CouncilMetadata, _ id: TargetID) {
            guard let number = metadata.number else { return }
            if let first = index.addNumber(number.value, for: id), first != id {
                log.add(.duplicateID, "document number \(number.value.base) is used by two documents", at: number.location,
                        notes: [Diagnostic.Note("also used by \(first)", at: index[first]?.location)])
            }
        }

        for strategy in corpus.strategies {
            let id = strategy.id.value
            let page = DocumentScopes.page(strategy: id)
            add(Target(id: .strategy(id), page: page, label: strategy.shortTitle ?? strategy.title, title: strategy.title,
                       location: strategy.id.location), what: "strategy")
            number(strategy.source.metadata, .strategy(id))
            for objective in strategy.objectives {
                let oid = ObjectiveID(strategy: id, objective: objective.id.value, sub: nil)
                add(Target(id: .objective(oid), page: page, fragment: DocumentScopes.fragment(objective: oid),
                           label: "objective \(oid.local)", title: objective.text, location: objective.id.location),
                    what: "objective")
                for sub in objective.sub {
                    let sid = ObjectiveID(strategy: id, objective: objective.id.value, sub: sub.id.value)
                    add(Target(id: .objective(sid), page: page, fragment: DocumentScopes.fragment(objective: sid),
                               label: "objective \(sid.local)", title: sub.text, location: sub.id.location),
                        what: "objective")
                }
            }
        }
        for cycle in corpus.empactCycles {
            let c = cycle.cycle.value
            let page = DocumentScopes.page(cycle: c)
            add(Target(id: .empact(c), page: page, label: cycle.title, title: cycle.title, location: cycle.cycle.location),
                what: "EMPACT cycle")
            for oap in cycle.oaps {
                guard let ref = OAPReference(oap.id.value) else { continue }
                add(Target(id: .oap(cycle: c, ref), page: page, fragment: DocumentScopes.fragment(oap: ref),
                           label: oap.title, title: "EMPACT \(c): \(oap.title)", location: oap.id.location), what: "OAP")
                for action in oap.actions {
                    guard let aref = OAPReference("\(oap.id.value)/\(action.id.value)") else { continue }
                    add(Target(id: .oap(cycle: c, aref), page: page, fragment: DocumentScopes.fragment(oap: aref),
                               label: "\(oap.title), OA \(action.id.value)", title: action.title,
                               location: action.id.location), what: "operational action")
                }
            }
        }
        for plan in corpus.plans {
            let pid = plan.id.value
            add(Target(id: .plan(pid), page: DocumentScopes.page(plan: pid), label: plan.title, title: plan.title,
                       location: plan.id.location), what: "plan")
            number(plan.source.metadata, .plan(pid))
            for action in plan.actions {
                guard let aid = action.id else { continue }
                add(Target(id: .action(aid.value), page: DocumentScopes.page(action: aid.value),
                           label: "action \(aid.value) — \(action.title)", title: action.title, location: aid.location),
                    what: "action")
                number(action.source.metadata, .action(aid.value))
            }
        }
        for report in corpus.reports {
            let key = Identifier.slug(report.key)
            add(Target(id: .report(key), page: DocumentScopes.page(report: key), label: report.title, title: report.title,
                       location: .startOf(report.source.path)), what: "report")
            number(report.source.metadata, .report(key))
            if let action = report.action { index.addReport(on: action.value, .report(key)) }
        }
        for note in corpus.notes {
            let key = Identifier.slug(note.key)
            add(Target(id: .note(key), page: DocumentScopes.page(note: key), label: note.title, title: note.title,
                       location: .startOf(note.source.path)), what: "note")
            number(note.source.metadata, .note(key))
        }
        for ms in registers.memberStates.all {
            _ = index.add(Target(id: .participant(ms.code.lowercased()), page: nil, label: ms.code, title: ms.name,
                                 location: nil))
        }
        for body in registers.bodies.all {
            _ = index.add(Target(id: .participant(body.id), page: nil, label: body.name, title: body.fullName,
                                 location: nil))
        }
        return index
    }
}

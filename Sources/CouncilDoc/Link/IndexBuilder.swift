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
                let objectivePage = DocumentScopes.page(objective: oid, strategy: id)
                add(Target(id: .objective(oid), page: objectivePage,
                           label: "objective \(oid.local)", title: objective.text, location: objective.id.location),
                    what: "objective")
                for sub in objective.sub {
                    let sid = ObjectiveID(strategy: id, objective: objective.id.value, sub: sub.id.value)
                    add(Target(id: .objective(sid), page: objectivePage, fragment: DocumentScopes.fragment(objective: sid),
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
                let oapPage = DocumentScopes.page(oap: ref.oap, cycle: c)
                add(Target(id: .oap(cycle: c, ref), page: oapPage,
                           label: oap.title, title: "EMPACT \(c): \(oap.title)", location: oap.id.location), what: "OAP")
                for action in oap.actions {
                    guard let aref = OAPReference("\(oap.id.value)/\(action.id.value)") else { continue }
                    add(Target(id: .oap(cycle: c, aref), page: oapPage, fragment: DocumentScopes.fragment(oap: aref),
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
            if corpus.strategies.contains(where: { $0.id.value == plan.strategy.value }) {
                _ = index.add(Target(id: .coverage(pid), page: DocumentScopes.page(coverage: pid),
                                     label: "coverage of the strategy's objectives", title: "Coverage — \(plan.title)",
                                     location: nil))
            }
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
        // Member states and bodies get a page when the corpus names them; the others are
        // still valid targets, shown as plain text.
        let used = usedParticipants(corpus, registers: registers)
        for ms in registers.memberStates.all {
            let slug = ms.code.lowercased()
            _ = index.add(Target(id: .participant(slug), page: used.contains(slug) ? DocumentScopes.page(participant: slug) : nil,
                                 label: ms.code, title: ms.name, location: nil))
        }
        for body in registers.bodies.all {
            _ = index.add(Target(id: .participant(body.id), page: used.contains(body.id) ? DocumentScopes.page(participant: body.id) : nil,
                                 label: body.name, title: body.fullName, location: nil))
        }
        return index
    }

    /// The slugs of the member states and bodies that actions or `ms:` links name.
    static func usedParticipants(_ corpus: Corpus, registers: Registers) -> Set<String> {
        var used = Set<String>()
        var bodies: [[Block]] = corpus.strategies.map(\.source.body.blocks) + corpus.reports.map(\.source.body.blocks)
            + corpus.notes.map(\.source.body.blocks)
        for plan in corpus.plans {
            bodies.append(plan.source.body.blocks)
            bodies += plan.timeline.map(\.text.blocks)
            for annex in plan.annexes {
                if case .prose(let prose) = annex.content { bodies.append(prose.source.body.blocks) }
            }
            for action in plan.actions {
                for p in [action.leader].compactMap({ $0 }) + action.coLeaders + action.participants { used.insert(p.value.slug) }
                bodies.append(action.source.body.blocks)
            }
        }
        for blocks in bodies {
            for (destination, _) in LinkWalker.links(in: blocks, { _ in .startOf("") }) {
                if let (scheme, rest) = ReferenceResolver.split(destination), scheme == "ms",
                   let participant = registers.participant(rest) {
                    used.insert(participant.slug)
                }
            }
        }
        return used
    }
}

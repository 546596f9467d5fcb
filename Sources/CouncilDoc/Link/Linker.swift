/// The link stage: indexes every id, resolves every reference of front matter and text in
/// its scope, reports what does not resolve (with a did-you-mean), derives backlinks.
public enum Linker {
    /// Links a corpus. The public edition's corpus is linked with the index of its sources
    /// before anything was withheld (`sourcesIndex`): a reference to a withheld target
    /// resolves `withheld`, and any other that breaks is an error.
    public static func link(_ corpus: Corpus, registers: Registers) -> (LinkedCorpus, DiagnosticLog) {
        link(corpus, registers: registers, sourcesIndex: nil)
    }

    static func link(_ corpus: Corpus, registers: Registers, sourcesIndex: LinkIndex?) -> (LinkedCorpus, DiagnosticLog) {
        var log = DiagnosticLog()
        let index = IndexBuilder.build(corpus, registers: registers, log: &log)
        let resolver = ReferenceResolver(index: index, registers: registers, sourcesIndex: sourcesIndex)
        var edges: [TargetID: [Backlink]] = [:]

        func edge(_ target: TargetID, _ source: TargetID, _ role: Backlink.Role, _ location: SourceLocation) {
            edges[target, default: []].append(Backlink(source: source, role: role, location: location))
        }
        /// Resolves one written reference and records its edge; reports failure.
        func reference(_ destination: String, _ scope: Scope, _ role: Backlink.Role, _ location: SourceLocation) {
            switch resolver.resolve(destination, in: scope) {
            case .target(let target):
                if target != scope.owner { edge(target, scope.owner, role, location) }
            case .unresolved(let rule, let message, let suggestion):
                log.add(rule, message, at: location,
                        notes: suggestion.map { [Diagnostic.Note("did you mean '\($0)'?")] } ?? [])
            case .url, .external, .withheld:
                break
            }
        }
        func text(_ blocks: [Block], _ scope: Scope, _ locate: (SourcePoint) -> SourceLocation) {
            // Every link goes to the resolver: an ordinary URL resolves as one, a misspelt
            // typed scheme is reported.
            for (destination, location) in LinkWalker.links(in: blocks, locate) {
                reference(destination, scope, .linksTo, location)
            }
        }
        func body(_ source: SourceDocument, _ scope: Scope) {
            text(source.body.blocks, scope, source.location)
        }

        for strategy in corpus.strategies {
            let owner = TargetID.strategy(strategy.id.value)
            body(strategy.source, Scope(strategy: strategy.id.value, cycle: nil, owner: owner))
        }
        for plan in corpus.plans {
            let owner = TargetID.plan(plan.id.value)
            let scope = DocumentScopes.scope(plan: plan, owner: owner)
            reference("strategy:\(plan.strategy.value)", scope, .implements, plan.strategy.location)
            if let cycle = plan.empact { reference("empact:\(cycle.value)", scope, .linksTo, cycle.location) }
            body(plan.source, scope)
            for entry in plan.timeline {
                text(entry.text.blocks, scope) { _ in entry.semester.location }
            }
            for annex in plan.annexes {
                if case .prose(let prose) = annex.content { body(prose.source, scope) }
            }
            for action in plan.actions {
                guard let aid = action.id else { continue }
                if aid.value.plan != plan.id.value {
                    log.add(.actionOutsidePlan, "action \(aid.value) is numbered outside its plan \(plan.id.value) (expected \(plan.id.value).N)",
                            at: aid.location)
                }
                let owner = TargetID.action(aid.value)
                let scope = DocumentScopes.scope(plan: plan, owner: owner)
                if let leader = action.leader { edge(.participant(leader.value.slug), owner, .leads, leader.location) }
                for c in action.coLeaders { edge(.participant(c.value.slug), owner, .coLeads, c.location) }
                for p in action.participants { edge(.participant(p.value.slug), owner, .participates, p.location) }
                for objective in action.objectives + action.strategicObjectives {
                    reference("objective:\(objective.value)", scope, .implements, objective.location)
                }
                for link in action.empact {
                    reference("oap:\(link.oap.value)", scope, .implements, link.oap.location)
                }
                if let continues = action.continues {
                    reference("action:\(continues.value)", scope, .continues, continues.location)
                }
                body(action.source, scope)
                if let indicator = action.performanceIndicator {
                    text(indicator.blocks, scope) { _ in .startOf(action.source.path) }
                }
            }
        }
        for report in corpus.reports {
            let owner = TargetID.report(Identifier.slug(report.key))
            let scope = Scope(strategy: nil, cycle: nil, owner: owner)
            if let action = report.action { reference("action:\(action.value)", scope, .reportsOn, action.location) }
            body(report.source, scope)
        }
        for note in corpus.notes {
            body(note.source, Scope(strategy: nil, cycle: nil, owner: .note(Identifier.slug(note.key))))
        }

        log.merge(WorkingPartyRules.check(corpus))
        log.merge(LimiteAnnexRule.check(corpus))
        let backlinks = edges.mapValues(Backlink.sortedUnique)
        var linked = LinkedCorpus(corpus: corpus, registers: registers, index: index, backlinks: backlinks)
        linked.sourcesIndex = sourcesIndex
        return (linked, log)
    }
}

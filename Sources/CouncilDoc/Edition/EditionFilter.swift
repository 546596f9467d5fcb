/// The edition stage: a pure transform of the linked corpus into what one edition shows.
/// The LIMITE edition is the corpus itself; the PUBLIC edition leaves out LIMITE documents
/// without a public release, replaces LIMITE parts by "DELETED", and unlinks references to
/// what it leaves out. Renderers never see what this stage removed.
public enum EditionFilter {
    /// The corpus of an edition.
    public static func apply(_ linked: LinkedCorpus, edition: Edition) -> Corpus {
        guard edition == .public else { return linked.corpus }
        let full = linked.corpus
        var corpus = Corpus(config: full.config)
        corpus.empactCycles = full.empactCycles
        corpus.strategies = full.strategies.filter { isReleased($0.source.metadata) }
        corpus.reports = full.reports.filter { isReleased($0.source.metadata) }
        corpus.notes = full.notes.filter { isReleased($0.source.metadata) }
        corpus.plans = full.plans.filter { isReleased($0.source.metadata) }

        // What the public edition still has, to unlink the rest.
        var scratch = DiagnosticLog()
        let kept = IndexBuilder.build(corpus, registers: linked.registers, log: &scratch)
        let resolver = ReferenceResolver(index: linked.index, registers: linked.registers)

        func redaction(_ scope: Scope) -> Redaction {
            Redaction { destination in
                guard case .target(let target) = resolver.resolve(destination, in: scope),
                      kept[target] == nil else { return nil }
                return plainLabel(target, linked.index)
            }
        }
        func source(_ s: SourceDocument, _ scope: Scope) -> SourceDocument {
            var copy = s
            copy.body = MarkdownDocument(blocks: redaction(scope).blocks(s.body.blocks))
            return copy
        }

        corpus.strategies = corpus.strategies.map { strategy in
            var s = strategy
            s.source = source(s.source, Scope(strategy: s.id.value, cycle: nil, owner: .strategy(s.id.value)))
            return s
        }
        corpus.reports = corpus.reports.map { report in
            var r = report
            let scope = Scope(strategy: nil, cycle: nil, owner: .report(Identifier.slug(r.key)))
            r.source = source(r.source, scope)
            r.recommendations = r.recommendations.map { rec in
                var copy = rec
                copy.text = MarkdownDocument(blocks: redaction(scope).blocks(rec.text.blocks))
                return copy
            }
            return r
        }
        corpus.notes = corpus.notes.map { note in
            var n = note
            n.source = source(n.source, Scope(strategy: nil, cycle: nil, owner: .note(Identifier.slug(n.key))))
            return n
        }
        corpus.plans = corpus.plans.map { plan in
            var p = plan
            let scope = DocumentScopes.scope(plan: plan, owner: .plan(plan.id.value))
            p.source = source(p.source, scope)
            p.timeline = p.timeline.map { entry in
                var e = entry
                e.text = MarkdownDocument(blocks: redaction(scope).blocks(entry.text.blocks))
                return e
            }
            p.annexes = p.annexes.map { annex in
                var a = annex
                if annex.classification == .limite {
                    a.content = .prose(ProseAnnex(title: nil, classification: .limite, source: SourceDocument(
                        path: plan.source.path, metadata: CouncilMetadata(), body: MarkdownDocument(blocks: [.deleted]),
                        bodyLine: 1)))
                } else if case .prose(var prose) = annex.content {
                    prose.source = source(prose.source, scope)
                    a.content = .prose(prose)
                }
                return a
            }
            p.actions = p.actions.map { action($0, plan: plan, redaction: redaction) }
            return p
        }
        return corpus
    }

    /// A LIMITE document is public only from its `public-release`.
    static func isReleased(_ metadata: CouncilMetadata) -> Bool {
        metadata.classification == .public || metadata.publicRelease != nil
    }

    /// An action as the public edition shows it: a LIMITE action keeps its number and
    /// shows "DELETED"; every action loses its contact.
    private static func action(_ action: Action, plan: Plan, redaction: (Scope) -> Redaction) -> Action {
        var a = action
        a.contact = nil
        let owner: TargetID = action.id.map { .action($0.value) } ?? .plan(plan.id.value)
        let scope = DocumentScopes.scope(plan: plan, owner: owner)
        guard action.source.metadata.classification == .limite else {
            a.source.body = MarkdownDocument(blocks: redaction(scope).blocks(action.source.body.blocks))
            if let indicator = action.performanceIndicator {
                a.performanceIndicator = MarkdownDocument(blocks: redaction(scope).blocks(indicator.blocks))
            }
            return a
        }
        a.title = "DELETED"
        a.leader = nil
        a.leaderWritten = false
        a.coLeaders = []
        a.participants = []
        a.objectives = []
        a.empact = []
        a.continues = nil
        a.strategicObjectives = []
        a.performanceIndicator = nil
        a.possibleOutcomes = []
        a.otherParties = []
        a.source.body = MarkdownDocument(blocks: [.deleted])
        a.source.metadata = CouncilMetadata()
        a.source.metadata.classification = .limite
        return a
    }

    /// What a link to a withheld target reads: its number or id, never its title.
    static func plainLabel(_ target: TargetID, _ index: LinkIndex) -> String {
        switch target {
        case .objective(let id): "objective \(id.local)"
        case .action(let id): "action \(id)"
        case .plan(let id): "plan \(id)"
        case .oap(_, let ref): "OAP \(ref)"
        case .participant(let slug): index[target]?.label ?? slug.uppercased()
        case .coverage(let plan): "coverage of plan \(plan)"
        case .strategy, .empact, .report, .note:
            index.documentsByNumber.first { $0.value == target }?.key ?? "(DELETED)"
        }
    }
}

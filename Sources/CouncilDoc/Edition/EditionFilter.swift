/// The edition stage: a pure transform of the linked corpus into what one edition shows.
/// The LIMITE edition is the corpus itself; the PUBLIC edition leaves out LIMITE documents
/// without a public release, replaces LIMITE parts by "DELETED", unlinks references to what
/// it leaves out, and records each withheld part. Renderers never see what it removed.
public enum EditionFilter {
    /// An edition's corpus and what the public edition withholds.
    public struct Result: Sendable {
        /// The corpus the edition renders.
        public var corpus: Corpus
        /// Every part the public edition withholds, in source order (the same for both
        /// editions: the LIMITE edition publishes it as its redaction manifest).
        public var redactions: [RedactionRecord]
    }

    /// The corpus of an edition.
    public static func apply(_ linked: LinkedCorpus, edition: Edition, asOf: CouncilDate = BuildDate.endOfTime) -> Result {
        let publicResult = publicEdition(linked, asOf: asOf)
        return edition == .limite ? Result(corpus: linked.corpus, redactions: publicResult.redactions) : publicResult
    }

    private static func publicEdition(_ linked: LinkedCorpus, asOf: CouncilDate) -> Result {
        let full = linked.corpus
        var records: [RedactionRecord] = []
        var corpus = Corpus(config: full.config)
        corpus.empactCycles = full.empactCycles

        func withhold(_ source: SourceDocument, title: String, extra: [String]) -> Bool {
            guard Withholding.document(source.metadata, asOf: asOf).isWithheld else { return false }
            let metadata = source.metadata
            let fields = [metadata.subject, metadata.from, metadata.to].compactMap { $0 } + metadata.previous + metadata.codes
            records.append(RedactionRecord(marker: .document, document: source.path, title: title, section: nil,
                                           location: .startOf(source.path),
                                           text: ([title] + extra + fields + [PlainText.of(source.body.blocks)]).joined(separator: "\n")))
            return true
        }
        corpus.strategies = full.strategies.filter { s in
            !withhold(s.source, title: s.title, extra: [s.shortTitle ?? ""] + s.objectives.flatMap { [$0.text] + $0.sub.map(\.text) })
        }
        corpus.reports = full.reports.filter { r in
            !withhold(r.source, title: r.title, extra: r.recommendations.flatMap { [PlainText.of($0.text.blocks), $0.by, $0.how, $0.when] }
                        + r.questionnaire.flatMap { [$0.title] + $0.data.map(\.label) }
                        + [r.roadmap?.title, r.roadmap?.actionNumber, r.roadmap?.actionTitle, r.roadmap?.groupLeader].compactMap { $0 })
        }
        corpus.notes = full.notes.filter { !withhold($0.source, title: $0.title, extra: []) }
        corpus.plans = full.plans.filter { p in
            let withheld = withhold(p.source, title: p.title, extra: [p.timelineTitle ?? "", p.timelineCaption ?? ""] + p.timeline.map { PlainText.of($0.text.blocks) }
                                    + p.annexes.flatMap(annexText))
            if withheld {
                for action in p.actions {
                    records.append(RedactionRecord(marker: .document, document: action.source.path, title: action.title, section: nil,
                                                   location: .startOf(action.source.path), text: actionText(action)))
                }
            }
            return !withheld
        }

        // A link to what the public edition withholds resolves `withheld` when the page is
        // rendered (the public corpus is linked with its sources' index): nothing to unlink.
        func redactor(_ source: SourceDocument, title: String, _ scope: Scope) -> Redactor {
            Redactor(document: source.path, title: title, locate: source.location)
        }
        /// Redacts a text that belongs to `source` (its body or a Markdown field).
        func text(_ blocks: [Block], of source: SourceDocument, title: String, _ scope: Scope) -> MarkdownDocument {
            let r = redactor(source, title: title, scope)
            let result = r.document(blocks)
            records += r.records
            return MarkdownDocument(blocks: result)
        }
        func body(_ s: SourceDocument, title: String, _ scope: Scope) -> SourceDocument {
            var copy = s
            copy.body = text(s.body.blocks, of: s, title: title, scope)
            return copy
        }

        corpus.strategies = corpus.strategies.map { strategy in
            var s = strategy
            s.source = body(s.source, title: s.title, Scope(strategy: s.id.value, cycle: nil, owner: .strategy(s.id.value)))
            return s
        }
        corpus.reports = corpus.reports.map { report in
            var r = report
            let scope = Scope(strategy: nil, cycle: nil, owner: .report(Identifier.slug(r.key)))
            r.source = body(r.source, title: r.title, scope)
            r.recommendations = r.recommendations.map { rec in
                var copy = rec
                copy.text = text(rec.text.blocks, of: report.source, title: report.title, scope)
                return copy
            }
            return r
        }
        corpus.notes = corpus.notes.map { note in
            var n = note
            n.source = body(n.source, title: n.title, Scope(strategy: nil, cycle: nil, owner: .note(Identifier.slug(n.key))))
            return n
        }
        corpus.plans = corpus.plans.map { plan in
            var p = plan
            let scope = DocumentScopes.scope(plan: plan, owner: .plan(plan.id.value))
            p.source = body(p.source, title: plan.title, scope)
            p.timeline = p.timeline.map { entry in
                var e = entry
                e.text = text(entry.text.blocks, of: plan.source, title: plan.title, scope)
                return e
            }
            p.annexes = p.annexes.map { annex in
                var a = annex
                if annex.classification == .limite {
                    records.append(RedactionRecord(marker: .annex, document: plan.source.path, title: plan.title,
                                                   section: "ANNEX \(annex.id) \(annex.title)", location: annex.location,
                                                   text: annexText(annex).joined(separator: "\n")))
                    a.content = .prose(ProseAnnex(title: nil, classification: .limite, source: SourceDocument(
                        path: plan.source.path, metadata: CouncilMetadata(), body: MarkdownDocument(blocks: [.deleted]),
                        bodyLine: 1)))
                } else if case .prose(var prose) = annex.content {
                    prose.source = body(prose.source, title: plan.title, scope)
                    a.content = .prose(prose)
                }
                return a
            }
            p.actions = p.actions.compactMap { action -> Action? in
                let owner: TargetID = action.id.map { .action($0.value) } ?? .plan(plan.id.value)
                let scope = DocumentScopes.scope(plan: plan, owner: owner)
                let withholding = Withholding.action(action)
                if withholding.isWithheld {
                    records.append(RedactionRecord(marker: .action, document: action.source.path, title: action.title, section: nil,
                                                   location: action.id?.location ?? .startOf(action.source.path),
                                                   text: actionText(action)))
                    // A LIMITE proposal without a number is absent: that it exists is LIMITE too.
                    return withholding == .shell ? shell(action) : nil
                }
                var a = action
                // The text of a proposal dropped for want of a leader is the drafting
                // group's: its title stays (the plan's text lists it), its body does not.
                if action.id == nil, !action.source.body.blocks.isEmpty {
                    records.append(RedactionRecord(marker: .droppedProposal, document: action.source.path, title: action.title,
                                                   section: nil, location: .startOf(action.source.path),
                                                   text: PlainText.of(action.source.body.blocks)))
                    a.source.body = .empty
                }
                if let contact = action.contact {
                    records.append(RedactionRecord(marker: .contact, document: action.source.path, title: action.title, section: nil,
                                                   location: .startOf(action.source.path), text: contact))
                    a.contact = nil
                }
                a.source = body(a.source, title: action.title, scope)
                if let indicator = action.performanceIndicator {
                    a.performanceIndicator = text(indicator.blocks, of: action.source, title: action.title, scope)
                }
                return a
            }
            return p
        }
        return Result(corpus: corpus, redactions: records)
    }

    /// A LIMITE action as the public edition shows it: its number, and "DELETED". The public
    /// sources hold its shell already (`ShellSource`), decoded as one; any other is built
    /// anew from its number, never by clearing fields one by one (a field added tomorrow
    /// would be kept).
    private static func shell(_ action: Action) -> Action {
        if action.withheld { return action }
        var source = SourceDocument(path: action.source.path, metadata: CouncilMetadata(), body: MarkdownDocument(blocks: [.deleted]),
                                    bodyLine: 1)
        source.metadata.classification = .limite
        var shell = Action(id: action.id, key: action.key, title: ShellSource.placeholder, status: .proposed, leader: nil,
                           coLeaders: [], participants: [], objectives: [], empact: [], continues: nil, contact: nil,
                           strategicObjectives: [], performanceIndicator: nil, possibleOutcomes: [], otherParties: [],
                           source: source)
        shell.withheld = true
        return shell
    }

    /// Every text of an action, for the manifest.
    private static func actionText(_ a: Action) -> String {
        ([a.title, a.contact ?? ""] + a.possibleOutcomes + a.otherParties
            + [a.performanceIndicator.map { PlainText.of($0.blocks) } ?? "", PlainText.of(a.source.body.blocks)])
            .joined(separator: "\n")
    }

    private static func annexText(_ annex: Plan.Annex) -> [String] {
        if case .prose(let prose) = annex.content { return [annex.title, PlainText.of(prose.source.body.blocks)] }
        return [annex.title]
    }
}

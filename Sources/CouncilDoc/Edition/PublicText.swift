/// Everything an edition's corpus says in the clear: the text the leak scan may find in
/// the public edition without it being a leak.
enum PublicText {
    /// The texts of a corpus, its configuration and councildoc's own wording.
    static func of(_ corpus: Corpus, templates: [String]) -> [String] {
        var texts = [corpus.config.title, corpus.config.workingParty] + templates + GeneratedWording.phrases
        func document(_ s: SourceDocument) {
            let m = s.metadata
            texts += [m.subject, m.from, m.to, m.type, m.place].compactMap { $0 } + m.codes + m.previous
            texts.append(PlainText.of(s.body.blocks))
        }
        for s in corpus.strategies {
            texts += [s.title, s.shortTitle ?? ""] + s.objectives.flatMap { [$0.text] + $0.sub.map(\.text) }
            document(s.source)
        }
        for c in corpus.empactCycles {
            texts += [c.title] + c.oaps.flatMap { [$0.title] + $0.actions.map(\.title) }
        }
        for p in corpus.plans {
            texts += [p.title, p.period ?? "", p.timelineTitle ?? ""] + p.timeline.map { PlainText.of($0.text.blocks) }
            document(p.source)
            for annex in p.annexes {
                texts.append(annex.title)
                if case .prose(let prose) = annex.content { texts += [prose.title ?? ""]; document(prose.source) }
            }
            for a in p.actions {
                texts += [a.title] + a.possibleOutcomes + a.otherParties
                texts.append(a.performanceIndicator.map { PlainText.of($0.blocks) } ?? "")
                document(a.source)
            }
        }
        for r in corpus.reports {
            texts += [r.title] + r.recommendations.flatMap { [PlainText.of($0.text.blocks), $0.by, $0.how, $0.when] }
            texts += r.questionnaire.flatMap { [$0.title] + $0.data.map(\.label) }
            document(r.source)
        }
        for n in corpus.notes {
            texts.append(n.title)
            document(n.source)
        }
        return texts
    }
}

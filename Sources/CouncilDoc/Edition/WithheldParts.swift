/// What the public edition withholds, part by part, read from the whole corpus: the records
/// the LIMITE edition lists in its redaction manifest. It builds no edition: the public
/// edition is loaded from its own sources (`PublicSources`: LIMITE bytes cut, withheld
/// objects replaced by shells), and reads DELETED where they were (`PublicText`). Whether a
/// document or an action is withheld is the one decider's answer (`Withholding`).
public enum WithheldParts {
    /// Every part the public edition withholds as of `asOf`, in source order.
    public static func records(_ linked: LinkedCorpus, asOf: CouncilDate = BuildDate.endOfTime) -> [RedactionRecord] {
        let full = linked.corpus
        var records: [RedactionRecord] = []

        func withhold(_ source: SourceDocument, title: String, extra: [String]) -> Bool {
            guard Withholding.document(source.metadata, asOf: asOf).isWithheld else { return false }
            let metadata = source.metadata
            let fields = [metadata.subject, metadata.from, metadata.to].compactMap { $0 } + metadata.previous + metadata.codes
            records.append(RedactionRecord(marker: .document, document: source.path, title: title, section: nil,
                                           location: .startOf(source.path),
                                           text: ([title] + extra + fields + [PlainText.of(source.body.blocks)]).joined(separator: "\n")))
            return true
        }
        /// The LIMITE blocks and spans of a text that belongs to `source`.
        func text(_ blocks: [Block], of source: SourceDocument, title: String) {
            let redactor = Redactor(document: source.path, title: title, locate: source.location)
            _ = redactor.document(blocks)
            records += redactor.records
        }

        for s in full.strategies where !withhold(s.source, title: s.title, extra: [s.shortTitle ?? ""] + s.objectives.flatMap { [$0.text] + $0.sub.map(\.text) }) {
            text(s.source.body.blocks, of: s.source, title: s.title)
        }
        for r in full.reports where !withhold(r.source, title: r.title, extra: r.recommendations.flatMap { [PlainText.of($0.text.blocks), $0.by, $0.how, $0.when] }
                                                + r.questionnaire.flatMap { [$0.title] + $0.data.map(\.label) }
                                                + [r.roadmap?.title, r.roadmap?.actionNumber, r.roadmap?.actionTitle, r.roadmap?.groupLeader].compactMap { $0 }) {
            text(r.source.body.blocks, of: r.source, title: r.title)
            for rec in r.recommendations { text(rec.text.blocks, of: r.source, title: r.title) }
        }
        for n in full.notes where !withhold(n.source, title: n.title, extra: []) {
            text(n.source.body.blocks, of: n.source, title: n.title)
        }
        for p in full.plans {
            let extra = [p.timelineTitle ?? "", p.timelineCaption ?? ""] + p.timeline.map { PlainText.of($0.text.blocks) } + p.annexes.flatMap(annexText)
            guard !withhold(p.source, title: p.title, extra: extra) else {
                for action in p.actions {
                    records.append(RedactionRecord(marker: .document, document: action.source.path, title: action.title, section: nil,
                                                   location: .startOf(action.source.path), text: actionText(action)))
                }
                continue
            }
            text(p.source.body.blocks, of: p.source, title: p.title)
            for entry in p.timeline { text(entry.text.blocks, of: p.source, title: p.title) }
            for annex in p.annexes {
                if Withholding.annex(annex.classification).isWithheld {
                    records.append(RedactionRecord(marker: .annex, document: p.source.path, title: p.title,
                                                   section: "ANNEX \(annex.id) \(annex.title)", location: annex.location,
                                                   text: annexText(annex).joined(separator: "\n")))
                } else if case .prose(let prose) = annex.content {
                    text(prose.source.body.blocks, of: prose.source, title: p.title)
                }
            }
            for action in p.actions {
                if Withholding.action(action).isWithheld {
                    records.append(RedactionRecord(marker: .action, document: action.source.path, title: action.title, section: nil,
                                                   location: action.id?.location ?? .startOf(action.source.path),
                                                   text: actionText(action)))
                    continue
                }
                // The text of a proposal dropped for want of a leader is the drafting group's.
                if action.id == nil, !action.source.body.blocks.isEmpty {
                    records.append(RedactionRecord(marker: .droppedProposal, document: action.source.path, title: action.title,
                                                   section: nil, location: .startOf(action.source.path),
                                                   text: PlainText.of(action.source.body.blocks)))
                }
                if let contact = action.contact {
                    records.append(RedactionRecord(marker: .contact, document: action.source.path, title: action.title, section: nil,
                                                   location: .startOf(action.source.path), text: contact))
                }
                text(action.source.body.blocks, of: action.source, title: action.title)
                if let indicator = action.performanceIndicator { text(indicator.blocks, of: action.source, title: action.title) }
            }
        }
        return records
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

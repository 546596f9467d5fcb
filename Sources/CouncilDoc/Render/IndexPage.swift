/// The index of an edition: every document grouped by kind, with number, date and title.
struct IndexPage {
    let linked: LinkedCorpus
    /// The LIMITE edition lists its redaction manifest.
    let hasManifest: Bool

    struct Entry {
        let number: String
        let date: String
        let title: String
        let page: PagePath
    }

    /// The groups in display order, from the corpus so the index lists exactly what the
    /// edition has.
    var groups: [(heading: String, entries: [Entry])] {
        let corpus = linked.corpus
        func entry(_ m: CouncilMetadata?, _ title: String, _ page: PagePath) -> Entry {
            Entry(number: m?.number?.value.description ?? "", date: m?.date?.description ?? "", title: title, page: page)
        }
        var groups: [(String, [Entry])] = []
        groups.append(("Strategies", corpus.strategies.map {
            entry($0.source.metadata, $0.title, DocumentScopes.page(strategy: $0.id.value))
        }))
        groups.append(("Action plans", corpus.plans.map {
            entry($0.source.metadata, $0.title, DocumentScopes.page(plan: $0.id.value))
        }))
        groups.append(("Actions", corpus.plans.flatMap { plan in
            plan.actions.compactMap { action in
                action.id.map { entry(action.source.metadata, "\($0.value): \(action.title)", DocumentScopes.page(action: $0.value)) }
            }
        }))
        groups.append(("Final reports", corpus.reports.map {
            entry($0.source.metadata, $0.title, DocumentScopes.page(report: $0.key))
        }))
        groups.append(("Notes", corpus.notes.map {
            entry($0.source.metadata, $0.title, DocumentScopes.page(note: $0.key))
        }))
        groups.append(("EMPACT", corpus.empactCycles.map {
            entry(nil, $0.title, DocumentScopes.page(cycle: $0.cycle.value))
        }))
        var crossReferences = corpus.plans.compactMap { plan -> Entry? in
            guard linked.index[.coverage(plan.id.value)] != nil else { return nil }
            return entry(nil, "Coverage of the strategy's objectives — \(plan.title)", DocumentScopes.page(coverage: plan.id.value))
        }
        if linked.index.targets.values.contains(where: { if case .participant = $0.id { $0.page != nil } else { false } }) {
            crossReferences.append(entry(nil, "Member states and bodies", DocumentScopes.participantsIndex))
        }
        groups.append(("Cross-references", crossReferences))
        if hasManifest {
            groups.append(("Public edition", [entry(nil, "Redaction manifest: what the public edition withholds", RedactionManifest.page)]))
        }
        return groups.filter { !$0.1.isEmpty }
    }

    /// The view model of the index template.
    func view(edition: Edition, label: String) -> [String: Any] {
        let here = PagePath(["index"])
        return [
            "lang": linked.corpus.config.language, "siteTitle": linked.corpus.config.title,
            "workingParty": linked.corpus.config.workingParty, "edition": edition.rawValue, "editionLabel": label,
            "cssHref": "assets/council.css",
            "groups": groups.map { group -> [String: Any] in
                ["heading": group.heading, "entries": group.entries.map { e -> [String: Any] in
                    ["number": e.number, "date": e.date, "title": e.title,
                     "href": here.href(to: e.page, format: .html), "markdownHref": here.href(to: e.page, format: .markdown)]
                }]
            },
        ]
    }

    /// The index as Markdown.
    func markdown(label: String) -> String {
        let here = PagePath(["index"])
        var lines = ["# " + MarkdownWriter.render([Inline.text(linked.corpus.config.title)]), "",
                     MarkdownWriter.render([Inline.text(linked.corpus.config.workingParty)]), "", label, ""]
        for group in groups {
            lines += ["## \(group.heading)", "", "| Number | Date | Title |", "| --- | --- | --- |"]
            for e in group.entries {
                let title = MarkdownWriter.render([Inline.link(MarkdownLink(destination: here.href(to: e.page, format: .markdown),
                                                                            children: [.text(e.title)]))])
                lines.append("| \(e.number) | \(e.date) | \(title) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

/// Builds the `PageContent` of every document of an edition: one function per kind.
struct PageComposer {
    let linked: LinkedCorpus
    let edition: Edition

    /// Every page of the edition, in a fixed order.
    func pages() -> [PageContent] {
        let corpus = linked.corpus
        var pages: [PageContent] = []
        pages += corpus.strategies.map(strategy)
        pages += corpus.empactCycles.map(empact)
        // A plan's pages depend on the linked corpus only: composed on every core, in order.
        pages += corpus.plans.parallelMap { plan in
            [self.plan(plan)] + plan.actions.compactMap { action($0, plan: plan) }
        }.flatMap { $0 }
        pages += corpus.reports.parallelMap(report)
        pages += corpus.notes.parallelMap(note)
        pages += LinkPages(linked: linked).pages()
        return pages
    }

    /// The backlinks section of a document's own page.
    private func backlinks(_ target: TargetID) -> [Block] {
        BacklinkSection.blocks(for: target, in: linked)
    }

    private func language(_ m: CouncilMetadata) -> String { m.language }

    func strategy(_ s: Strategy) -> PageContent {
        let id = s.id.value
        var blocks = s.source.body.blocks
        // The list in a block of its own class: its items carry their numbers ("1)", "i)"),
        // so it shows no bullet.
        let list = GeneratedGroup.objectives.block([objectivesList(s)])
        if let at = blocks.firstIndex(where: { if case .fencedDiv(let d) = $0 { d.name == "objectives" } else { false } }) {
            blocks[at] = list
        } else {
            blocks += [Generated.heading(2, "Objectives"), list]
        }
        return PageContent(page: DocumentScopes.page(strategy: id), title: s.title, heading: nil,
                           cover: Cover.of(s.source.metadata, edition: edition),
                           scope: Scope(strategy: id, cycle: nil, owner: .strategy(id)), blocks: blocks, annexes: [],
                           footerNumber: s.source.metadata.number?.value.description, language: language(s.source.metadata))
            .marking(s.source.metadata, edition).printed(s.source.metadata, edition, webOnly: backlinks(.strategy(id)))
    }

    /// The objectives and sub-objectives, each with its anchor, punctuated as the Council
    /// writes such a list: an objective with sub-objectives ends with a colon, a
    /// sub-objective with a semicolon, the last of them with a full stop.
    func objectivesList(_ s: Strategy) -> Block {
        let ending = Generated.ending
        return .list(MarkdownList(ordered: false, tight: false, items: s.objectives.enumerated().map { number, objective in
            let isLast = number == s.objectives.count - 1
            let oid = ObjectiveID(strategy: s.id.value, objective: objective.id.value, sub: nil)
            var blocks: [Block] = [Generated.paragraph([.anchor(DocumentScopes.fragment(objective: oid)),
                                                        .strong([Generated.reference("objective:\(oid)", text: "\(objective.id.value))")]),
                                                        .text(" "), .emphasis([.text(ending(objective.text, objective.sub.isEmpty ? (isLast ? "." : ";") : ":"))])])]
            if !objective.sub.isEmpty {
                blocks.append(.list(MarkdownList(ordered: false, tight: true, items: objective.sub.enumerated().map { index, sub in
                    let sid = ObjectiveID(strategy: s.id.value, objective: objective.id.value, sub: sub.id.value)
                    return ListItem(blocks: [Generated.paragraph([.anchor(DocumentScopes.fragment(objective: sid)),
                                                                  Generated.reference("objective:\(sid)", text: "\(sub.id.value))"),
                                                                  .text(" " + ending(sub.text, index == objective.sub.count - 1 ? "." : ";"))])])
                })))
            }
            return ListItem(blocks: blocks)
        }))
    }

    func empact(_ cycle: EmpactCycle) -> PageContent {
        let c = cycle.cycle.value
        var blocks: [Block] = []
        for oap in cycle.oaps {
            let ref = OAPReference(oap.id.value)
            blocks.append(.heading(level: 2, (ref.map { [Inline.anchor(DocumentScopes.fragment(oap: $0))] } ?? [])
                                    + [Generated.reference("oap:\(c)/\(oap.id.value)", text: oap.title)], at: .unknown))
            if !oap.actions.isEmpty {
                blocks.append(Generated.bullets(oap.actions.map { action in
                    [Generated.reference("oap:\(c)/\(oap.id.value)/\(action.id.value)", text: "OA \(action.id.value)"),
                     .text(" \(action.title)")]
                }))
            }
        }
        blocks += backlinks(.empact(c))
        return PageContent(page: DocumentScopes.page(cycle: c), title: cycle.title, heading: cycle.title, cover: nil,
                           scope: Scope(strategy: nil, cycle: c, owner: .empact(c)), blocks: blocks, annexes: [],
                           footerNumber: nil, language: linked.corpus.config.language)
    }

    func plan(_ plan: Plan) -> PageContent {
        let content = PlanContent(plan: plan, presidencies: linked.registers.presidencies, reports: linked.corpus.reports,
                                  strategy: linked.corpus.strategies.first { $0.id.value == plan.strategy.value })
        let blocks = plan.source.body.blocks
        let body = content.expand(blocks)
        var webOnly: [Block] = []
        if Coverage.of(plan, in: linked.corpus) != nil {
            webOnly.append(Generated.paragraph([.text("See the "), Generated.reference("coverage:\(plan.id.value)"), .text(".")]))
        }
        webOnly += backlinks(.plan(plan.id.value))
        return PageContent(page: DocumentScopes.page(plan: plan.id.value), title: plan.title,
                           heading: hasHeading(blocks) ? nil : plan.title,
                           cover: Cover.of(plan.source.metadata, edition: edition),
                           scope: DocumentScopes.scope(plan: plan, owner: .plan(plan.id.value)),
                           blocks: body, annexes: content.annexes(),
                           footerNumber: plan.source.metadata.number?.value.description,
                           language: language(plan.source.metadata))
            .marking(plan.source.metadata, edition).printed(plan.source.metadata, edition, webOnly: webOnly, breakAfterCover: true)
    }

    func action(_ action: Action, plan: Plan) -> PageContent? {
        guard let id = action.id?.value else { return dropped(action, plan: plan) }
        let title = "\(id): \(action.title)"
        return PageContent(page: DocumentScopes.page(action: id), title: title, heading: title,
                           cover: Cover.of(action.source.metadata, edition: edition),
                           scope: DocumentScopes.scope(plan: plan, owner: .action(id)),
                           blocks: ActionContent.fields(action, plan: plan) + action.source.body.blocks + backlinks(.action(id)),
                           annexes: [],
                           footerNumber: action.source.metadata.number?.value.description ?? plan.source.metadata.number?.value.description,
                           language: language(action.source.metadata)).marking(action.source.metadata, edition)
    }

    /// The text of a dropped proposal, in the LIMITE edition (the public edition withholds
    /// it); nil when it has none.
    func dropped(_ action: Action, plan: Plan) -> PageContent? {
        guard edition == .limite, !action.source.body.blocks.isEmpty else { return nil }
        let title = "Dropped proposal: \(action.title)"
        var page = PageContent(page: DocumentScopes.page(dropped: action.key, plan: plan.id.value), title: title, heading: title,
                               cover: nil, scope: DocumentScopes.scope(plan: plan, owner: .plan(plan.id.value)),
                               blocks: action.source.body.blocks, annexes: [],
                               footerNumber: plan.source.metadata.number?.value.description,
                               language: language(action.source.metadata))
        page.limiteMark = true
        return page
    }

    func report(_ report: Report) -> PageContent {
        let key = Identifier.slug(report.key)
        var blocks = report.source.body.blocks
        if !report.recommendations.isEmpty {
            blocks.append(Generated.heading(2, report.roadmap?.title ?? "Roadmap for progressing recommendations"))
            if let roadmap = report.roadmap {
                // The roadmap's header block, as the seed prints it above the table.
                let lines = [("Action Number", roadmap.actionNumber), ("Action Title", roadmap.actionTitle),
                             ("Group Leader", roadmap.groupLeader)].compactMap { label, value in
                    value.map { [Inline.strong([.text(label + ":")]), .text(" " + $0)] }
                }
                if !lines.isEmpty {
                    blocks.append(.paragraph(lines.enumerated().flatMap { $0.offset == 0 ? $0.element : [.lineBreak] + $0.element },
                                             at: .unknown))
                }
            }
            blocks.append(.table(MarkdownTable(
                alignments: [.none, .none, .none, .none, .none],
                header: ["No.", "Recommendation", "By whom?", "How?", "By when?"].map { [.text($0)] },
                rows: report.recommendations.map { r in
                    [[.text(r.id)], Flatten.inlines(r.text.blocks), [.text(r.by)], [.text(r.how)], [.text(r.when)]]
                })))
        }
        if let outcomes = report.outcomes {
            blocks.append(Generated.heading(2, "Outcomes"))
            var bars: [Chart.Bar] = []
            if let arrests = outcomes.arrests { bars.append(Chart.Bar(label: "Arrests", value: Double(arrests))) }
            if let cases = outcomes.cases { bars.append(Chart.Bar(label: "Cases initiated", value: Double(cases))) }
            bars += outcomes.seizures.map { Chart.Bar(label: "Seizures: \($0.what) (\($0.unit))", value: $0.amount) }
            if !bars.isEmpty { blocks.append(.chart(Chart(title: "Quantitative outcomes", unit: "Number", bars: bars))) }
            if !outcomes.others.isEmpty { blocks.append(Generated.bullets(outcomes.others.map { [.text($0)] })) }
            if !outcomes.examples.isEmpty {
                blocks.append(Generated.paragraph([.strong([.text("Qualitative outcomes")])]))
                blocks.append(Generated.bullets(outcomes.examples.map { [.text($0)] }))
            }
        }
        // Each chart where the text places it (`::: chart ID`, after the sentence that
        // announces it); one the text does not place (a warning at load) at the end.
        func figure(_ chart: Report.Chart) -> Block {
            .chart(Chart(title: chart.title, unit: chart.unit == .percent ? "%" : "Number",
                         bars: chart.data.map { Chart.Bar(label: $0.label, value: $0.value) }))
        }
        var placed = Set<String>()
        func place(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                guard case .fencedDiv(var div) = block else { return block }
                if let id = GeneratedPlacement.chartID(ofFence: div.name),
                   let chart = report.questionnaire.first(where: { $0.id?.value == id }) {
                    placed.insert(id)
                    return figure(chart)
                }
                div.blocks = place(div.blocks)
                return .fencedDiv(div)
            }
        }
        blocks = place(blocks)
        for chart in report.questionnaire where !(chart.id.map { placed.contains($0.value) } ?? false) {
            blocks.append(figure(chart))
        }
        return PageContent(page: DocumentScopes.page(report: key), title: report.title,
                           heading: hasHeading(blocks) ? nil : report.title,
                           cover: Cover.of(report.source.metadata, edition: edition),
                           scope: Scope(strategy: nil, cycle: nil, owner: .report(key)), blocks: blocks, annexes: [],
                           footerNumber: report.source.metadata.number?.value.description,
                           language: language(report.source.metadata))
            .marking(report.source.metadata, edition).printed(report.source.metadata, edition, webOnly: backlinks(.report(key)))
    }

    func note(_ note: Note) -> PageContent {
        let key = Identifier.slug(note.key)
        return PageContent(page: DocumentScopes.page(note: key), title: note.title,
                           heading: nil, cover: Cover.of(note.source.metadata, edition: edition),
                           scope: Scope(strategy: nil, cycle: nil, owner: .note(key)),
                           blocks: note.source.body.blocks,
                           annexes: [], footerNumber: note.source.metadata.number?.value.description,
                           language: language(note.source.metadata))
            .marking(note.source.metadata, edition).printed(note.source.metadata, edition, webOnly: backlinks(.note(key)))
    }

    /// Whether the body starts with a first-level heading of its own.
    private func hasHeading(_ blocks: [Block]) -> Bool {
        blocks.contains { if case .heading(1, _, _) = $0 { true } else { false } }
    }

}

/// The pages the link stage makes possible: one per objective, per OAP, per member state
/// and body, the index of participants, and each plan's coverage matrix.
struct LinkPages {
    let linked: LinkedCorpus

    private var language: String { linked.corpus.config.language }

    /// Every such page, in a fixed order.
    func pages() -> [PageContent] {
        var pages: [PageContent] = []
        for strategy in linked.corpus.strategies {
            pages += strategy.objectives.map { objective(strategy, $0) }
        }
        for cycle in linked.corpus.empactCycles {
            pages += cycle.oaps.compactMap { oap(cycle, $0) }
        }
        pages += participants()
        pages += linked.corpus.plans.parallelMap(coverage).compactMap { $0 }
        return pages
    }

    /// An objective with its sub-objectives, and what implements each.
    func objective(_ strategy: Strategy, _ objective: Strategy.Objective) -> PageContent {
        let oid = ObjectiveID(strategy: strategy.id.value, objective: objective.id.value, sub: nil)
        var blocks: [Block] = [
            Generated.paragraph([.text("Objective \(oid.local) of "), Generated.reference("strategy:\(strategy.id.value)"), .text(":")]),
            .blockQuote([Generated.paragraph([.emphasis([.text(objective.text)])])]),
        ]
        blocks += BacklinkSection.blocks(for: .objective(oid), in: linked)
        for sub in objective.sub {
            let sid = ObjectiveID(strategy: strategy.id.value, objective: objective.id.value, sub: sub.id.value)
            blocks.append(.heading(level: 2, [.anchor(DocumentScopes.fragment(objective: sid)), .text("Sub-objective \(sid.local)")],
                                   at: .unknown))
            blocks.append(Generated.paragraph(sub.text))
            let implementers = BacklinkSection.blocks(for: .objective(sid), in: linked, level: 3)
            blocks += implementers.isEmpty ? [Generated.paragraph([.emphasis([.text("No action implements it.")])])] : implementers
        }
        return PageContent(page: DocumentScopes.page(objective: oid, strategy: strategy.id.value),
                           title: "Objective \(oid.local) — \(strategy.shortTitle ?? strategy.title)",
                           heading: "Objective \(oid.local)", cover: nil,
                           scope: Scope(strategy: strategy.id.value, cycle: nil, owner: .objective(oid)),
                           blocks: blocks, annexes: [], footerNumber: nil, language: language)
    }

    /// An OAP with its operational actions, and the actions that link to each.
    func oap(_ cycle: EmpactCycle, _ oap: EmpactCycle.OAP) -> PageContent? {
        guard let ref = OAPReference(oap.id.value) else { return nil }
        let c = cycle.cycle.value
        var blocks: [Block] = [Generated.paragraph([.text("Operational action plan of "), Generated.reference("empact:\(c)"), .text(".")])]
        blocks += BacklinkSection.blocks(for: .oap(cycle: c, ref), in: linked)
        for action in oap.actions {
            guard let aref = OAPReference("\(oap.id.value)/\(action.id.value)") else { continue }
            blocks.append(.heading(level: 2, [.anchor(DocumentScopes.fragment(oap: aref)),
                                              .text("Operational action \(action.id.value)")], at: .unknown))
            blocks.append(Generated.paragraph(action.title))
            blocks += BacklinkSection.blocks(for: .oap(cycle: c, aref), in: linked, level: 3)
        }
        return PageContent(page: DocumentScopes.page(oap: ref.oap, cycle: c), title: "\(oap.title) — EMPACT \(c)",
                           heading: oap.title, cover: nil, scope: Scope(strategy: nil, cycle: c, owner: .oap(cycle: c, ref)),
                           blocks: blocks, annexes: [], footerNumber: nil, language: language)
    }

    /// A page per member state and body, and their index.
    func participants() -> [PageContent] {
        let registers = linked.registers
        let everyone: [Participant] = registers.memberStates.all.map { .memberState($0) } + registers.bodies.all.map { .body($0) }
        var pages: [PageContent] = []
        var rows: [[[Inline]]] = []
        var bars: [Chart.Bar] = []
        for participant in everyone where linked.index[.participant(participant.slug)]?.page != nil {
            let target = TargetID.participant(participant.slug)
            let backlinks = linked.backlinks[target] ?? []
            func count(_ role: Backlink.Role) -> String { String(Set(backlinks.filter { $0.role == role }.map(\.source)).count) }
            rows.append([[Generated.reference("ms:\(participant.slug)", text: participant.description)], [.text(participant.name)],
                         [.text(count(.leads))], [.text(count(.coLeads))], [.text(count(.participates))]])
            let roles: Set<Backlink.Role> = [.leads, .coLeads, .participates]
            let actions = Set(backlinks.filter { roles.contains($0.role) }.map(\.source)).count
            if actions > 0 { bars.append(Chart.Bar(label: participant.description, value: Double(actions))) }
            var blocks: [Block] = [Generated.paragraph(participant.name)]
            if case .memberState(let ms) = participant, let until = ms.memberUntil {
                blocks.append(Generated.paragraph("A member state until \(until.long)."))
            }
            blocks += BacklinkSection.blocks(for: target, in: linked)
            pages.append(PageContent(page: DocumentScopes.page(participant: participant.slug),
                                     title: "\(participant.description) — \(participant.name)", heading: participant.description,
                                     cover: nil, scope: Scope(strategy: nil, cycle: nil, owner: target), blocks: blocks,
                                     annexes: [], footerNumber: nil, language: language))
        }
        let table = Block.table(MarkdownTable(alignments: [.none, .none, .right, .right, .right],
                                              header: ["Code", "Name", "Leads", "Co-leads", "Participates"].map { [.text($0)] },
                                              rows: rows))
        pages.append(PageContent(page: DocumentScopes.participantsIndex, title: "Member states and bodies",
                                 heading: "Member states and bodies", cover: nil,
                                 scope: Scope(strategy: nil, cycle: nil, owner: .participant("index")),
                                 blocks: [Generated.paragraph("The member states and bodies these documents name, and the number of actions each leads, co-leads and takes part in, across plans."), table]
                                    + (bars.isEmpty ? [] : [.chart(Chart(title: "Actions each takes part in (as leader, co-leader or participant)",
                                                                         unit: "Actions", bars: bars))]),
                                 annexes: [], footerNumber: nil, language: language))
        return pages
    }

    /// The coverage matrix of a plan: objectives × actions, gaps marked.
    func coverage(_ plan: Plan) -> PageContent? {
        guard let coverage = Coverage.of(plan, in: linked.corpus) else { return nil }
        let header: [[Inline]] = [[.text("Objective")]] + coverage.columns.map { [Generated.reference("action:\($0)", text: "\($0)")] }
        let rows: [[[Inline]]] = coverage.rows.map { row in
            let name = Generated.reference("objective:\(row.objective)", text: row.isTopLevel ? row.objective.local : "— \(row.objective.local)")
            let first: [Inline] = row.isTopLevel ? [.strong([name])] : [name]
            let cells: [[Inline]] = coverage.columns.map { row.actions.contains($0) ? [.text("●")] : [] }
            return [row.actions.isEmpty ? first + [.text(" (gap)")] : first] + cells
        }
        var blocks: [Block] = [
            Generated.paragraph([.text("Which objectives of "), Generated.reference("strategy:\(plan.strategy.value)"),
                                 .text(" the \(plan.state == .draft ? "agreed and proposed" : "agreed") actions of "),
                                 Generated.reference("plan:\(plan.id.value)"), .text(" implement.")]),
            .table(MarkdownTable(alignments: [.none] + coverage.columns.map { _ in .center }, header: header, rows: rows)),
        ]
        let gaps = coverage.gaps
        blocks.append(Generated.heading(2, "Gaps"))
        blocks.append(gaps.isEmpty ? Generated.paragraph("Every objective is implemented by at least one action.")
                      : Generated.bullets(gaps.map { [Generated.reference("objective:\($0.objective)")] }))
        blocks.append(Generated.heading(2, "Participation"))
        blocks += PlanContent(plan: plan, presidencies: linked.registers.presidencies).participationMatrix()
        return PageContent(page: DocumentScopes.page(coverage: plan.id.value), title: "Coverage — \(plan.title)",
                           heading: "Coverage of the strategy's objectives", cover: nil,
                           scope: DocumentScopes.scope(plan: plan, owner: .plan(plan.id.value)),
                           blocks: blocks, annexes: [], footerNumber: nil, language: language)
    }
}

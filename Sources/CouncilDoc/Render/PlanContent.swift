/// The generated parts of a plan: its lists of actions, its timeline, its annexes.
struct PlanContent {
    let plan: Plan
    let presidencies: PresidencyRegister
    /// The reports of the corpus, for the outcomes annex.
    var reports: [Report] = []
    /// The plan's strategy, whose objectives' texts an older plan's action sheets quote.
    var strategy: Strategy?

    /// Actions that are part of the plan (not dropped).
    var numbered: [Action] { plan.actions.filter { $0.status != .dropped } }
    /// Dropped proposals; a final plan does not show them.
    var dropped: [Action] { plan.actions.filter { $0.status == .dropped } }

    /// Replaces the `actions`, `dropped-actions` and `timeline` fenced divs by what they
    /// stand for, also inside a `limite` div (whose content is then LIMITE).
    func expand(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            guard case .fencedDiv(var div) = block else { return block }
            switch div.name {
            case "limite":
                div.blocks = expand(div.blocks)
                return .fencedDiv(div)
            case "timeline":
                return plan.timeline.isEmpty ? Generated.paragraph("No timeline.") : .table(timelineTable())
            case "actions":
                return numbered.isEmpty ? Generated.paragraph("No actions yet.")
                    : Generated.bullets(numbered.map(ActionContent.listItem))
            case "dropped-actions":
                // The plan's text names the proposals dropped for want of a leader; Annex I
                // is where a draft strikes them through.
                let items = dropped.map { [Inline.text($0.title)] }
                return items.isEmpty ? Generated.paragraph("None.") : Generated.bullets(items)
            default:
                return block
            }
        }
    }

    /// The annexes of the plan, generated ones built from the model.
    func annexes() -> [PageContent.Annex] {
        plan.annexes.enumerated().map { index, annex in
            let label = annex.id.isEmpty ? "ANNEX" : "ANNEX \(annex.id)"
            let blocks: [Block]
            switch annex.content {
            case .prose(let prose): blocks = prose.source.body.blocks
            case .generated(.actionsOverview): blocks = actionsOverview()
            case .generated(.mandateTemplate): blocks = mandateTemplate()
            case .generated(.actionsTable): blocks = actionsTable()
            case .generated(.participationMatrix): blocks = participationMatrix()
            case .generated(.outcomes): blocks = outcomes()
            }
            let wide: Bool
            switch annex.content {
            case .generated(.actionsOverview), .generated(.actionsTable), .generated(.participationMatrix):
                wide = blocks != [.deleted]
            default:
                wide = false
            }
            return PageContent.Annex(label: label, title: annex.title, blocks: blocks,
                                     anchor: annex.id.isEmpty ? "annex-\(index + 1)" : "annex-\(Identifier.slug(annex.id))",
                                     wide: wide)
        }
    }

    /// Annex I: actions × leader, co-leaders, participants; dropped proposals struck
    /// through in a draft.
    func actionsOverview() -> [Block] {
        func names(_ list: [Located<Participant>]) -> [Inline] {
            Generated.joined(list.map { Generated.participant($0.value) })
        }
        var rows: [[[Inline]]] = numbered.map { action in
            [action.id.map { [Generated.reference("action:\($0.value)", text: "\($0.value)")] } ?? [],
             [.text(action.title)],
             action.leader.map { Generated.participant($0.value) } ?? [],
             names(action.coLeaders), names(action.participants)]
        }
        if plan.state == .draft {
            rows += dropped.map { action in
                [[], [.strikethrough([.text(action.title)])], [], [], []]
            }
        }
        return [.table(MarkdownTable(alignments: Array(repeating: .none, count: 5),
                                     header: [[.text("No.")], [.text("Action")], [.text("Leader")],
                                              [.text("Co-leaders")], [.text("Participants")]],
                                     rows: rows))]
    }

    /// Member state or body × action: L leads, C co-leads, P participates.
    func participationMatrix() -> [Block] {
        let actions = numbered.filter { $0.id != nil }
        var roles: [Participant: [ActionID: String]] = [:]
        for action in actions {
            guard let id = action.id?.value else { continue }
            for p in action.participants { roles[p.value, default: [:]][id] = "P" }
            for c in action.coLeaders { roles[c.value, default: [:]][id] = "C" }
            if let l = action.leader { roles[l.value, default: [:]][id] = "L" }
        }
        guard !roles.isEmpty else { return [Generated.paragraph("No action has participants yet.")] }
        let ids = actions.compactMap { $0.id?.value }
        let rows: [[[Inline]]] = roles.keys.sorted().map { participant in
            [Generated.participant(participant)] + ids.map { id in roles[participant]?[id].map { [Inline.text($0)] } ?? [] }
        }
        return [Generated.paragraph("L: leader; C: co-leader; P: participant."),
                .table(MarkdownTable(alignments: [.none] + ids.map { _ in .center },
                                     header: [[.text("")]] + ids.map { [Generated.reference("action:\($0)", text: "\($0)")] },
                                     rows: rows))]
    }

    /// Annex IV: the quantitative outcomes the final reports of the plan's actions give
    /// (arrests, cases initiated, seizures by unit), as a table and a chart.
    func outcomes() -> [Block] {
        let ids = Set(numbered.compactMap { $0.id?.value })
        let reported = reports.filter { $0.action.map { ids.contains($0.value) } ?? false && $0.outcomes != nil }
            .sorted { $0.action!.value < $1.action!.value }
        guard !reported.isEmpty else { return [Generated.paragraph("No final report gives outcomes yet.")] }
        let units = Array(Set(reported.flatMap { $0.outcomes!.seizures.map { "\($0.what) (\($0.unit))" } })).sorted()
        let rows: [[[Inline]]] = reported.map { report in
            let o = report.outcomes!
            let seized = Dictionary(o.seizures.map { ("\($0.what) (\($0.unit))", $0.amount) }, uniquingKeysWith: +)
            return [[Generated.reference("action:\(report.action!.value)", text: "\(report.action!.value)")],
                    [.text(o.arrests.map(String.init) ?? "")], [.text(o.cases.map(String.init) ?? "")]]
                + units.map { [.text(seized[$0].map(ChartSVG.number) ?? "")] }
        }
        let arrests = reported.compactMap { r in r.outcomes!.arrests.map { Chart.Bar(label: "\(r.action!.value)", value: Double($0)) } }
        var blocks: [Block] = [.table(MarkdownTable(
            alignments: [.none, .right, .right] + units.map { _ in .right },
            header: [[.text("Action")], [.text("Arrests")], [.text("Cases initiated")]] + units.map { [.text("Seizures: \($0)")] },
            rows: rows))]
        if !arrests.isEmpty { blocks.append(.chart(Chart(title: "Arrests per action", unit: "Arrests", bars: arrests))) }
        return blocks
    }

    /// Annex II: the mandate template, from the fields an action carries.
    func mandateTemplate() -> [Block] {
        let rows: [(String, String)] = [
            ("Reference", "\(plan.id.value).xx"),
            ("Objective", "Desired result of the action"),
            ("Rationale", "How this action will contribute to the work of customs authorities"),
            ("Activities + planning", "Description of the steps to be taken to achieve the objective and the timeline for them"),
            ("Other policy areas/groups", "Relevance to other policy areas/groups"),
            ("Leader", "Member State which has taken on a leadership role + contact information"),
            ("Participants", "Participating Member States and other stakeholders (e.g. Europol, Commission, Frontex)"),
            ("Link with EMPACT OAP", "Mention which EMPACT OAP(s) + if possible which action(s) to facilitate coordination and alignment"),
            ("Implementation via EMPACT", "yes / no + specify if possible"),
            ("Link with the Strategy", "Specify which objective(s)/sub-objective(s) will be implemented"),
        ]
        return [Generated.paragraph([.strong([.text("\(plan.id.value).xx: Title")])]),
                .table(MarkdownTable(alignments: [.none, .none], header: [[.text("Field")], [.text("Content")]],
                                     rows: rows.map { [[.strong([.text($0.0)])], [.emphasis([.text($0.1)])]] }))]
    }

    /// An older plan's actions, as its annex prints them: one sheet per action (in print,
    /// a page each), a one-row table (No., proposed action, the strategic objectives with
    /// their texts, performance indicator, possible outcomes, other concerned parties) and
    /// the box "Terms of reference" with the action's text.
    func actionsTable() -> [Block] {
        plan.actions.map { action in
            let row: [[Inline]] = [
                action.id.map { [Generated.reference("action:\($0.value)", text: "\($0.value)")] } ?? [],
                [.text(action.title)],
                strategicObjectives(action),
                action.performanceIndicator.map { Flatten.inlines($0.blocks) } ?? [],
                Flatten.inlines([.list(MarkdownList(ordered: true, tight: true, items: action.possibleOutcomes.map {
                    ListItem(blocks: [Generated.paragraph($0)])
                }))]),
                Generated.joined(action.otherParties.map { [.text($0)] }, separator: "; "),
            ]
            var sheet: [Block] = [.table(MarkdownTable(alignments: Array(repeating: .none, count: 6),
                                                       header: ["No.", "Proposed action", "Strategic objectives", "Performance indicator",
                                                                "Possible outcome(s)", "Other concerned parties"].map { [.text($0)] },
                                                       rows: [row]))]
            // The action's text is its terms of reference; a heading of its own that says so
            // is the box's title.
            var text = action.source.body.blocks
            if case .heading(_, let content, _)? = text.first, PlainText.of([.paragraph(content, at: .unknown)]).lowercased() == "terms of reference" {
                text.removeFirst()
            }
            if !text.isEmpty {
                sheet.append(GeneratedGroup.termsOfReference.block([Generated.paragraph([.strong([.text("Terms of reference")])])] + text))
            }
            return GeneratedGroup.actionSheet.block(sheet)
        }
    }

    /// The strategic objectives of an action with their texts: "(1) To consider …;", the
    /// last ending with a full stop; an objective the strategy does not define, by its number.
    func strategicObjectives(_ action: Action) -> [Inline] {
        let count = action.strategicObjectives.count
        let parts = action.strategicObjectives.enumerated().map { index, id -> [Inline] in
            let objective = strategy?.objectives.first { $0.id.value == id.value.objective }
            let text: String
            if let objective, id.value.sub == nil {
                text = "(\(id.value.objective)) " + Generated.ending(objective.text, index == count - 1 ? "." : ";")
            } else {
                text = "objective \(id.value.local)"
            }
            return [Generated.reference("objective:\(id.value)", text: text)]
        }
        return parts.enumerated().flatMap { index, part in index == 0 ? part : [.lineBreak] + part }
    }

    /// The timeline as a table: semester with its Presidency, and what happens.
    func timelineTable() -> MarkdownTable {
        // The title, and under it the caption ("Indicative timeline") when the plan has one.
        let heading: [Inline] = [.text(plan.timelineTitle ?? "Timeline")]
            + (plan.timelineCaption.map { [.lineBreak, .strong([.text($0)])] } ?? [])
        return MarkdownTable(alignments: [.none, .none], header: [[.text("Semester")], heading],
                      rows: plan.timeline.map { entry in
                          let semester = entry.semester.value
                          let presidency = presidencies.presidency(semester).map { " (\($0))" } ?? ""
                          return [[.strong([.text(semester.display + presidency)])], Flatten.inlines(entry.text.blocks)]
                      })
    }
}

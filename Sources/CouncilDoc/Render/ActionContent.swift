/// The generated parts of an action's page: its mandate fields (as Annex II lists them) or
/// an older plan's columns.
enum ActionContent {
    /// The fields table of an action.
    static func fields(_ action: Action, plan: Plan) -> [Block] {
        var rows: [[[Inline]]] = []
        func row(_ label: String, _ value: [Inline]) {
            guard !value.isEmpty else { return }
            rows.append([[.strong([.text(label)])], value])
        }
        if let id = action.id { row("Reference", [.text("\(id.value)")]) }
        if !action.withheld { row("Status", [.text(action.status.rawValue)]) }
        row("Leader", action.leader.map { Generated.participant($0.value) } ?? [])
        row("Co-leaders", Generated.joined(action.coLeaders.map { Generated.participant($0.value) }))
        row("Participants", Generated.joined(action.participants.map { Generated.participant($0.value) }))
        row("Link with EMPACT OAP", Generated.joined(action.empact.map { [Generated.reference("oap:\($0.oap.value)")] }, separator: "; "))
        if !action.empact.isEmpty {
            row("Implementation via EMPACT", [.text(action.empact.contains { $0.via } ? "yes" : "no")])
        }
        row("Link with the Strategy", Generated.joined(action.objectives.map {
            [Generated.reference("objective:\($0.value)")]
        }))
        row("Continues", action.continues.map { [Generated.reference("action:\($0.value)")] } ?? [])
        row("Contact", action.contact.map { [.text($0)] } ?? [])
        var blocks: [Block] = []
        if !rows.isEmpty {
            blocks.append(.table(MarkdownTable(alignments: [.none, .none], header: [[.text("Field")], [.text("Value")]],
                                               rows: rows)))
        }
        // An older plan's columns (seed 002).
        if !action.strategicObjectives.isEmpty {
            blocks.append(Generated.heading(2, "Strategic objectives"))
            blocks.append(Generated.bullets(action.strategicObjectives.map { id in
                [Generated.reference("objective:\(id.value)")]
            }))
        }
        if let indicator = action.performanceIndicator {
            blocks.append(Generated.heading(2, "Performance indicator"))
            blocks.append(contentsOf: indicator.blocks)
        }
        if !action.possibleOutcomes.isEmpty {
            blocks.append(Generated.heading(2, "Possible outcome(s)"))
            blocks.append(.list(MarkdownList(ordered: true, tight: true, items: action.possibleOutcomes.map {
                ListItem(blocks: [Generated.paragraph($0)])
            })))
        }
        if !action.otherParties.isEmpty {
            blocks.append(Generated.heading(2, "Other concerned parties"))
            blocks.append(Generated.bullets(action.otherParties.map { [.text($0)] }))
        }
        return blocks
    }

    /// A line of the plan's list of actions: "13.4: Title — leader FR".
    static func listItem(_ action: Action) -> [Inline] {
        var inlines: [Inline] = []
        if let id = action.id {
            inlines.append(Generated.reference("action:\(id.value)", text: "\(id.value)"))
            inlines.append(.text(": \(action.title)"))
        } else {
            inlines.append(.text(action.title))
        }
        if let leader = action.leader {
            inlines.append(.text(" — leader "))
            inlines += Generated.participant(leader.value)
        }
        return inlines
    }
}

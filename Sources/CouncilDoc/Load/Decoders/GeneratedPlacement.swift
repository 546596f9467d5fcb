/// Where the text places its generated blocks: a report's charts (`::: chart ID`), a
/// strategy's objectives (`::: objectives`). A block the text does not place is still
/// rendered, at the end, with a warning that says where to place it; a placement that names
/// no chart is an error.
enum GeneratedPlacement {
    /// The id a fence name places, when it places a chart.
    static func chartID(ofFence name: String) -> String? {
        name.hasPrefix("chart ") ? String(name.dropFirst("chart ".count)) : nil
    }

    /// The fenced divs of a text, nested ones (inside a LIMITE block) included.
    static func fences(_ blocks: [Block]) -> [FencedDiv] {
        blocks.flatMap { block -> [FencedDiv] in
            if case .fencedDiv(let div) = block { return [div] + fences(div.blocks) }
            return []
        }
    }

    /// The ids of the charts placed inside a LIMITE block only (not also outside one): the
    /// public edition withholds them with the block, data and all.
    static func chartsPlacedInLimiteOnly(_ blocks: [Block]) -> Set<String> {
        var inside: Set<String> = []
        var outside: Set<String> = []
        func walk(_ blocks: [Block], limite: Bool) {
            for case .fencedDiv(let div) in blocks {
                if let id = chartID(ofFence: div.name) {
                    if limite { inside.insert(id) } else { outside.insert(id) }
                }
                walk(div.blocks, limite: limite || div.name == LimiteLexer.className)
            }
        }
        walk(blocks, limite: false)
        return inside.subtracting(outside)
    }

    static func checkCharts(_ charts: [Report.Chart], in source: SourceDocument, log: inout DiagnosticLog) {
        let placed = fences(source.body.blocks).compactMap { div in chartID(ofFence: div.name).map { ($0, div.at) } }
        let ids = Set(charts.compactMap { $0.id?.value })
        for (id, at) in placed where !ids.contains(id) {
            log.add(.unknownChart,
                    "'::: chart \(id)' places no chart: the report's questionnaire has no chart with id '\(id)'",
                    at: SourceLocation(file: source.path, line: source.bodyLine + at.line - 1, column: at.column),
                    notes: Suggestion.note(for: id, in: ids))
        }
        let placedIDs = Set(placed.map(\.0))
        for (number, chart) in charts.enumerated() where chart.id.map({ !placedIDs.contains($0.value) }) ?? true {
            let fix = chart.id.map { "add a line '::: chart \($0.value)' and a line ':::' after the sentence that announces it" }
                ?? "give it an id (id: chart-\(number + 1)) and add a line '::: chart chart-\(number + 1)' and a line ':::' after the sentence that announces it"
            log.add(.unplacedGeneratedBlock,
                    "the chart '\(chart.title)' has no place in the text, so it is printed at the end: \(fix)",
                    at: chart.id?.location ?? .startOf(source.path))
        }
    }

    static func checkObjectives(in source: SourceDocument, log: inout DiagnosticLog) {
        // The objectives are public with their strategy (each has its own page, and plans
        // cite them): a LIMITE part cannot withhold their list.
        for case .fencedDiv(let div) in source.body.blocks where div.name == LimiteLexer.className {
            for placed in fences(div.blocks) where placed.name == "objectives" {
                log.add(.generatedBlockInLimite,
                        "the strategy's objectives are placed inside a LIMITE part, which cannot withhold them: they are public with the strategy (each objective has its own page); put '::: objectives' and its ':::' outside the '::: limite' block",
                        at: SourceLocation(file: source.path, line: source.bodyLine + placed.at.line - 1, column: placed.at.column))
            }
        }
        guard !fences(source.body.blocks).contains(where: { $0.name == "objectives" }) else { return }
        log.add(.unplacedGeneratedBlock,
                "the strategy's objectives have no place in the text, so they are printed at the end: add a line '::: objectives' and a line ':::' where the list belongs",
                at: .startOf(source.path))
    }
}

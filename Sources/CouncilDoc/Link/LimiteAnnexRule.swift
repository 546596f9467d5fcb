/// A generated annex marked LIMITE withholds the facts it is generated from: Annex I (the
/// actions' leaders, co-leaders and participants), the participation matrix, an older
/// plan's table of actions. The public edition would still show those facts on each
/// action's page, on the participants' pages and in the coverage matrix, so a public action
/// with such facts beside a LIMITE annex is an error that names both places
/// (`limite-annex-of-public-facts`): mark the action `classification: limite`, or the annex
/// public. The same holds for the outcomes annex, whose figures the reports on the plan's
/// actions print. What is public at some date counts (the one decider, as of the end of
/// time): a release date only defers it.
enum LimiteAnnexRule {
    /// The generated annexes whose facts are the actions' participants.
    static let participantAnnexes: Set<Plan.GeneratedAnnex> = [.actionsOverview, .participationMatrix, .actionsTable]

    static func check(_ corpus: Corpus) -> DiagnosticLog {
        var log = DiagnosticLog()
        for plan in corpus.plans {
            // A plan left out of the public edition takes its actions with it.
            if Withholding.document(plan.source.metadata, asOf: BuildDate.endOfTime).isWithheld { continue }
            for annex in plan.annexes where annex.classification == .limite {
                if case .generated(.outcomes) = annex.content {
                    let actions = Set(plan.actions.compactMap { $0.id?.value })
                    for report in corpus.reports where report.outcomes != nil {
                        guard let action = report.action, actions.contains(action.value),
                              !Withholding.document(report.source.metadata, asOf: BuildDate.endOfTime).isWithheld else { continue }
                        log.add(.limiteAnnexOfPublicFacts,
                                "ANNEX \(annex.id) is LIMITE, but the outcomes it totals for action \(action.value) are public in the report on it",
                                at: annex.location,
                                notes: [Diagnostic.Note("the report is public here: mark it 'classification: limite', or make the annex public",
                                                        at: action.location)])
                    }
                    continue
                }
                guard case .generated(let kind) = annex.content, participantAnnexes.contains(kind) else { continue }
                for action in plan.actions where action.status != .dropped && !Withholding.action(action).isWithheld {
                    guard action.leader != nil || !action.coLeaders.isEmpty || !action.participants.isEmpty else { continue }
                    let label = action.id.map { "action \($0.value)" } ?? "proposal '\(action.title)'"
                    log.add(.limiteAnnexOfPublicFacts,
                            "ANNEX \(annex.id) is LIMITE, but the leader, co-leaders and participants it lists for \(label) are public on the action's page, the participants' pages and the coverage matrix",
                            at: annex.location,
                            notes: [Diagnostic.Note("\(label) is public here: mark it 'classification: limite', or make the annex public",
                                                    at: action.id?.location ?? .startOf(action.source.path))])
                }
            }
        }
        return log
    }
}

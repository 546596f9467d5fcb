/// The working party's own rules, checked after linking: no leader, no action; a leader is
/// not also a co-leader or participant; a former member state only in documents of its
/// membership; every objective of the strategy covered by the plan.
enum WorkingPartyRules {
    static func check(_ corpus: Corpus) -> DiagnosticLog {
        var log = DiagnosticLog()
        for plan in corpus.plans {
            for action in plan.actions {
                let label = action.id.map { "action \($0.value)" } ?? "proposal '\(action.title)'"
                let where_ = action.id?.location ?? .startOf(action.source.path)
                if plan.state == .final && action.status == .proposed {
                    log.add(.proposedInFinalPlan, "\(label) is still proposed in a final plan", at: where_,
                            notes: [Diagnostic.Note("set 'status: agreed' once the working party has agreed it, or 'status: dropped'")])
                }
                if action.status == .agreed && action.leader == nil && !action.leaderWritten {
                    log.add(.noLeader, "agreed \(label) has no leader: no leader, no action", at: where_,
                            notes: [Diagnostic.Note("give it a 'leader', or set 'status: dropped'")])
                }
                if let leader = action.leader {
                    for other in action.coLeaders where other.value == leader.value {
                        log.add(.leaderRepeated, "\(leader.value) leads \(label) and is also listed as co-leader", at: other.location,
                                notes: [Diagnostic.Note("leader given here", at: leader.location)])
                    }
                    for other in action.participants where other.value == leader.value {
                        log.add(.leaderRepeated, "\(leader.value) leads \(label) and is also listed as participant", at: other.location,
                                notes: [Diagnostic.Note("leader given here", at: leader.location)])
                    }
                }
                if let date = action.source.metadata.date ?? plan.source.metadata.date {
                    let everyone = [action.leader].compactMap { $0 } + action.coLeaders + action.participants
                    for p in everyone {
                        guard case .memberState(let ms) = p.value, let until = ms.memberUntil, date > until else { continue }
                        log.add(.formerMemberState,
                                "\(ms.code) (\(ms.name)) was a member state until \(until.long); this document is dated \(date.long)",
                                at: p.location)
                    }
                }
            }
            guard let coverage = Coverage.of(plan, in: corpus) else { continue }
            let counted = plan.state == .draft ? "agreed or proposed" : "agreed"
            for gap in coverage.gaps {
                log.add(.uncoveredObjective,
                        "objective \(gap.objective.local) of strategy \(plan.strategy.value) is implemented by no \(counted) action of plan \(plan.id.value)",
                        at: plan.strategy.location)
            }
        }
        return log
    }
}

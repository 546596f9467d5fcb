/// What a reference to a target the public edition withholds reads (`Resolution.withheld`):
/// its number or id, never its title.
extension LinkIndex {
    func withheldLabel(_ target: TargetID) -> String {
        switch target {
        case .objective(let id): "objective \(id.local)"
        case .action(let id): "action \(id)"
        case .plan(let id): "plan \(id)"
        case .oap(_, let ref): "OAP \(ref)"
        case .participant(let slug): self[target]?.label ?? slug.uppercased()
        case .coverage(let plan): "coverage of plan \(plan)"
        case .strategy, .empact, .report, .note:
            documentsByNumber.filter { $0.value == target }.map(\.key).sorted().first ?? "(DELETED)"
        }
    }
}

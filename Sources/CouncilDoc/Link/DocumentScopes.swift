/// The owner, scope and page of every document of a corpus: one place that knows where
/// each kind lives in the output tree.
public enum DocumentScopes {
    /// The page of a strategy.
    public static func page(strategy id: String) -> PagePath { PagePath(["strategies", id]) }
    /// The page of an EMPACT cycle.
    public static func page(cycle: String) -> PagePath { PagePath(["empact", cycle]) }
    /// The page of a plan.
    public static func page(plan id: String) -> PagePath { PagePath(["plans", id, "index"]) }
    /// The page of a numbered action.
    public static func page(action id: ActionID) -> PagePath { PagePath(["plans", id.plan, "\(id)"]) }
    /// The page of a dropped proposal (no number): in the LIMITE edition only.
    public static func page(dropped key: String, plan: String) -> PagePath {
        PagePath(["plans", plan, "dropped", Identifier.slug(key)])
    }
    /// The page of a report.
    public static func page(report key: String) -> PagePath { PagePath(["reports", Identifier.slug(key)]) }
    /// The page of a note.
    public static func page(note key: String) -> PagePath { PagePath(["notes", Identifier.slug(key)]) }
    /// The page of a top-level objective (its sub-objectives are sections of it).
    public static func page(objective id: ObjectiveID, strategy: String) -> PagePath {
        PagePath(["objectives", strategy, id.objective])
    }
    /// The page of an OAP (its operational actions are sections of it).
    public static func page(oap: String, cycle: String) -> PagePath { PagePath(["empact", cycle, oap]) }
    /// The page of a member state or body.
    public static func page(participant slug: String) -> PagePath { PagePath(["participants", slug]) }
    /// The index of member states and bodies.
    public static let participantsIndex = PagePath(["participants", "index"])
    /// The coverage matrix of a plan.
    public static func page(coverage plan: String) -> PagePath { PagePath(["plans", plan, "coverage"]) }

    /// The scope of a plan's texts (plan, actions, annexes).
    public static func scope(plan: Plan, owner: TargetID) -> Scope {
        Scope(strategy: plan.strategy.value, cycle: plan.empact?.value, owner: owner)
    }

    /// The fragment of an objective on its strategy's page and of a sub-objective on its
    /// objective's page.
    public static func fragment(objective id: ObjectiveID) -> String {
        "objective-" + id.local.replacingAll(".", with: "-")
    }

    /// The fragment of an OAP on its cycle's page, or of an operational action on its OAP's.
    public static func fragment(oap reference: OAPReference) -> String {
        guard let action = reference.action else { return "oap-\(reference.oap)" }
        return "oa-" + action.replacingAll(".", with: "-")
    }
}

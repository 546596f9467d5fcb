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
    /// The page of a report.
    public static func page(report key: String) -> PagePath { PagePath(["reports", Identifier.slug(key)]) }
    /// The page of a note.
    public static func page(note key: String) -> PagePath { PagePath(["notes", Identifier.slug(key)]) }

    /// The scope of a plan's texts (plan, actions, annexes).
    public static func scope(plan: Plan, owner: TargetID) -> Scope {
        Scope(strategy: plan.strategy.value, cycle: plan.empact?.value, owner: owner)
    }

    /// The fragment of an objective on its strategy's page.
    public static func fragment(objective id: ObjectiveID) -> String {
        "objective-" + id.local.replacingOccurrences(of: ".", with: "-")
    }

    /// The fragment of an OAP or operational action on its cycle's page.
    public static func fragment(oap reference: OAPReference) -> String {
        guard let action = reference.action else { return "oap-\(reference.oap)" }
        return "oa-\(reference.oap)-" + action.replacingOccurrences(of: ".", with: "-")
    }
}

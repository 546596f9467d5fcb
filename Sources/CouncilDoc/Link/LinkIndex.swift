/// Every target of a corpus by id, with lookups for resolving short references.
public struct LinkIndex: Sendable {
    /// The targets.
    public private(set) var targets: [TargetID: Target] = [:]
    /// Documents by the base of their Council number (`11809/25`).
    public private(set) var documentsByNumber: [String: TargetID] = [:]
    /// Reports by the action they report on.
    public private(set) var reportsByAction: [ActionID: TargetID] = [:]

    /// Adds a target; returns the existing one when the id is taken.
    mutating func add(_ target: Target) -> Target? {
        if let existing = targets[target.id] { return existing }
        targets[target.id] = target
        return nil
    }

    /// Records a document number.
    mutating func addNumber(_ number: DocumentNumber, for id: TargetID) -> TargetID? {
        if let existing = documentsByNumber[number.base] { return existing }
        documentsByNumber[number.base] = id
        return nil
    }

    /// Records the report on an action.
    mutating func addReport(on action: ActionID, _ id: TargetID) {
        if reportsByAction[action] == nil { reportsByAction[action] = id }
    }

    /// The target with an id.
    public subscript(_ id: TargetID) -> Target? { targets[id] }

    /// The ids of targets of one kind, for did-you-mean.
    func candidates(_ filter: (TargetID) -> String?) -> [String] {
        targets.keys.compactMap(filter).sorted()
    }
}

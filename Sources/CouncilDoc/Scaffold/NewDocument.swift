import Foundation

/// `councildoc new KIND [ID]`: a new source in the right place, from the kind's template,
/// numbered from what the project holds when no number is given; never over a file.
public enum NewDocument {
    /// What `new` makes.
    public enum Kind: String, CaseIterable, Sendable {
        case action, plan, report, note
    }

    /// Why the document cannot be made.
    public struct Refusal: Error, CustomStringConvertible {
        /// What is wrong, and what to do.
        public let description: String
    }

    /// A source written: its path relative to the project, and what the drafter should know
    /// of it (such as a LIMITE title left out).
    public struct Created: Sendable {
        /// The path, relative to the project.
        public let path: String
        /// Sentences for the drafter, printed after the path.
        public let notes: [String]
    }

    /// Writes the new source into `project`; its path relative to the project.
    public static func create(_ kind: Kind, _ argument: String?, in project: URL, year: Int = BuildDate.currentYear,
                              asOf: CouncilDate? = nil) throws -> String {
        try make(kind, argument, in: project, year: year, asOf: asOf).path
    }

    /// Writes the new source into `project`; its path and the notes for the drafter. `asOf`
    /// (today when nil, as a build reckons it) decides whether a plan is released yet.
    public static func make(_ kind: Kind, _ argument: String?, in project: URL, year: Int = BuildDate.currentYear,
                            asOf: CouncilDate? = nil) throws -> Created {
        let loaded = Loader.load(DiskSourceTree(root: project))
        guard let corpus = loaded.corpus else {
            throw Refusal(description: "the project cannot be read (run `councildoc check` to see why); fix it first")
        }
        let today = asOf ?? (try? BuildDate.resolve(option: nil)) ?? BuildDate.day(of: Date())
        let (path, text, notes) = try planned(kind, argument, corpus: corpus, year: year, asOf: today)
        let url = project.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) {
            throw Refusal(description: "\(path) exists: councildoc never overwrites a source (give another \(kind == .note ? "name" : "number"))")
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if let failure = FileOutput.write(Data(text.utf8), to: url.path) { throw Refusal(description: failure.description) }
        return Created(path: path, notes: notes)
    }

    /// The path and text of the new source, from the corpus it joins, and the notes for the drafter.
    static func planned(_ kind: Kind, _ argument: String?, corpus: Corpus, year: Int,
                        asOf: CouncilDate) throws -> (String, String, [String]) {
        switch kind {
        case .action: let (path, text) = try action(argument, corpus: corpus); return (path, text, [])
        case .plan: let (path, text) = try plan(argument, corpus: corpus, year: year); return (path, text, [])
        case .report: return try report(argument, corpus: corpus, year: year, asOf: asOf)
        case .note: let (path, text) = try note(argument, year: year); return (path, text, [])
        }
    }

    /// The plan with the highest number.
    static func latestPlan(_ corpus: Corpus) -> Plan? {
        corpus.plans.max { (Int($0.id.value) ?? -1) < (Int($1.id.value) ?? -1) }
    }

    private static func action(_ argument: String?, corpus: Corpus) throws -> (String, String) {
        let id: ActionID
        if let argument {
            guard let parsed = ActionID(argument) else {
                throw Refusal(description: "'\(argument)' is not an action id such as 13.4 (plan number, dot, action number)")
            }
            id = parsed
        } else {
            guard let plan = latestPlan(corpus) else {
                throw Refusal(description: "the project has no plan: make one first with `councildoc new plan`")
            }
            let taken = plan.actions.compactMap { $0.id?.value.number }
            id = ActionID("\(plan.id.value).\((taken.max() ?? 0) + 1)")!
        }
        guard let plan = corpus.plans.first(where: { $0.id.value == id.plan }) else {
            throw Refusal(description: "there is no plan \(id.plan) for action \(id): make it first with `councildoc new plan \(id.plan)`")
        }
        if let existing = plan.actions.first(where: { $0.id?.value == id }) {
            throw Refusal(description: "action \(id) exists (\(existing.source.path)): give another number, or leave it out for the next free one")
        }
        let strategy = corpus.strategies.first { $0.id.value == plan.strategy.value }
        let objective = strategy?.objectives.first.map { "[\"\($0.id.value)\"]" } ?? "[]"
        let folder = (plan.source.path as NSString).deletingLastPathComponent
        return ("\(folder)/actions/\(id).md", MandateTemplate.action(id, objectives: objective))
    }

    private static func plan(_ argument: String?, corpus: Corpus, year: Int) throws -> (String, String) {
        let id: String
        if let argument {
            guard !argument.isEmpty, argument.allSatisfy({ $0.isASCII && $0.isNumber }), argument.first != "0" else {
                throw Refusal(description: "'\(argument)' is not a plan number such as 14")
            }
            id = argument
        } else {
            id = "\((latestPlan(corpus).flatMap { Int($0.id.value) } ?? 0) + 1)"
        }
        if let existing = corpus.plans.first(where: { $0.id.value == id }) {
            throw Refusal(description: "plan \(id) exists (\(existing.source.path)): give another number, or leave it out for the next one")
        }
        let latest = latestPlan(corpus)
        guard let strategy = latest?.strategy.value ?? (corpus.strategies.count == 1 ? corpus.strategies[0].id.value : nil) else {
            throw Refusal(description: corpus.strategies.isEmpty
                ? "the project has no strategy: a plan implements a strategy's objectives; add content/strategies/<id>.md (see docs/FORMAT.md)"
                : "the project has several strategies and no plan to follow: write the plan's `strategy:` yourself")
        }
        let cycle = latest?.empact?.value
        return ("content/plans/\(id)/plan.md", DocumentTemplates.plan(id: id, strategy: strategy, cycle: cycle, year: year))
    }

    private static func report(_ argument: String?, corpus: Corpus, year: Int, asOf: CouncilDate) throws -> (String, String, [String]) {
        guard let argument else {
            throw Refusal(description: "give the action the report is on, such as `councildoc new report 13.4`")
        }
        guard let id = ActionID(argument) else {
            throw Refusal(description: "'\(argument)' is not an action id such as 13.4")
        }
        guard let plan = corpus.plans.first(where: { $0.actions.contains { $0.id?.value == id } }),
              let action = plan.actions.first(where: { $0.id?.value == id }) else {
            throw Refusal(description: "there is no action \(id) to report on")
        }
        if let existing = corpus.reports.first(where: { $0.action?.value == id }) {
            throw Refusal(description: "action \(id) has a report already (\(existing.source.path))")
        }
        let path = "content/reports/\(id)-final-report.md"
        // A report may become public (it is released on its own date): the title of an action
        // the public edition withholds is LIMITE text, and is not copied into it.
        if let reason = withheldTitle(action, of: plan, asOf: asOf) {
            let why = "action \(id) \(reason): its title is not copied into the report, which may become public"
            return (path, DocumentTemplates.report(on: id, title: nil, why: why, year: year),
                    ["\(why); give the report a title that may be published"])
        }
        return (path, DocumentTemplates.report(on: id, title: action.title, year: year), [])
    }

    /// Why the public edition withholds an action's title as of `asOf` ("is LIMITE", or its
    /// plan is LIMITE and not released by then); nil when the title is public.
    static func withheldTitle(_ action: Action, of plan: Plan, asOf: CouncilDate) -> String? {
        if Withholding.action(action).isWithheld { return "is LIMITE" }
        if Withholding.document(plan.source.metadata, asOf: asOf).isWithheld {
            return "is LIMITE with its plan \(plan.id.value), which is not released"
        }
        return nil
    }

    private static func note(_ argument: String?, year: Int) throws -> (String, String) {
        guard let argument else {
            throw Refusal(description: "give the note a name for its file, such as `councildoc new note presidency-priorities`")
        }
        guard !argument.isEmpty, argument.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }),
              argument.first != "-" else {
            throw Refusal(description: "'\(argument)' is not a file name of lower-case letters, digits and dashes, such as presidency-priorities")
        }
        return ("content/notes/\(argument).md", DocumentTemplates.note(year: year))
    }
}

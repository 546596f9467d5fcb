/// Decodes `kind: plan`. Prose annexes are named here and read by the loader.
enum PlanDecoder {
    /// A prose annex the plan declares: which annex, which file, where declared.
    struct PendingAnnex {
        let index: Int
        let file: String
        let location: SourceLocation
    }

    static func decode(_ f: YAMLFields, _ context: DecodeContext, log: inout DiagnosticLog) -> (Plan, [PendingAnnex])? {
        let metadata = MetadataDecoder.decode(f, defaultLanguage: context.language)
        let id = f.located("id", required: true)
        if let id, !(id.value.allSatisfy { $0.isASCII && $0.isNumber }) || id.value.isEmpty {
            f.report(.malformedID, "plan id '\(id.value)' must be a number such as \"13\"", at: id.location)
        }
        let title = f.string("title", required: true)
        let period = f.string("period")
        let strategy = f.located("strategy", required: true)
        let empact = f.located("empact")
        let state = f.choice("state", default: Plan.State.final) ?? .final
        let timelineTitle = f.string("timeline-title")
        let timelineCaption = f.string("timeline-caption")
        var timeline: [Plan.TimelineEntry] = []
        var seen: [Semester: SourceLocation] = [:]
        for item in f.sequence("timeline") {
            let t = f.nested(item, of: "timeline", what: "a timeline entry")
            let semester = t.parsed("semester", required: true, expected: "a semester such as 2026-S1", Semester.init)
            let text = t.located("text", required: true)
            t.finish()
            f.absorb(t)
            guard let semester, let text else { continue }
            if let first = seen[semester.value] {
                f.report(.duplicateID, "semester \(semester.value) appears twice in the timeline", at: semester.location,
                         notes: [Diagnostic.Note("first listed here", at: first)])
            }
            seen[semester.value] = semester.location
            timeline.append(.init(semester: semester, text: context.markdown(text.value, at: text.location, log: &log)))
        }
        var annexes: [Plan.Annex] = []
        var pending: [PendingAnnex] = []
        for item in f.sequence("annexes") {
            let a = f.nested(item, of: "annexes", what: "an annex")
            let annexID = a.string("id") ?? ""
            if let first = annexes.first(where: { $0.id == annexID }) {
                a.report(.duplicateID, annexID.isEmpty ? "two annexes without a number" : "two annexes numbered \(annexID)",
                         at: a.location, notes: [Diagnostic.Note("first declared here", at: first.location)])
            }
            let annexTitle = a.string("title", required: true) ?? ""
            let classification = a.choice("classification", default: Classification.public) ?? .public
            let generated = a.choice("generated", default: Optional<Plan.GeneratedAnnex>.none)
            let sourceFile = a.located("source")
            let location = a.location
            if generated != nil && sourceFile != nil {
                a.report(.invalidValue, "an annex is either 'generated' or has a 'source' file, not both", at: location)
            }
            if let generated {
                annexes.append(.init(id: annexID, title: annexTitle, content: .generated(generated),
                                     classification: classification, location: location))
            } else if let sourceFile {
                pending.append(PendingAnnex(index: annexes.count, file: sourceFile.value, location: sourceFile.location))
                let placeholder = ProseAnnex(title: nil, classification: classification,
                                             source: SourceDocument(path: "", metadata: CouncilMetadata(), body: .empty, bodyLine: 1))
                annexes.append(.init(id: annexID, title: annexTitle, content: .prose(placeholder),
                                     classification: classification, location: location))
            } else if !a.has("generated") {
                a.report(.missingField, "an annex needs 'generated' (\(Plan.GeneratedAnnex.allCases.map(\.rawValue).joined(separator: ", "))) or 'source' (a file in annexes/)",
                         at: location)
            }
            a.finish()
            f.absorb(a)
        }
        f.finish()
        log.merge(f.log)
        let source = context.source(metadata, log: &log)
        guard let id, let title, let strategy else { return nil }
        var plan = Plan(id: id, title: title, period: period, strategy: strategy, empact: empact, state: state,
                        timelineTitle: timelineTitle, timeline: timeline, annexes: annexes, actions: [], source: source)
        plan.timelineCaption = timelineCaption
        return (plan, pending)
    }
}

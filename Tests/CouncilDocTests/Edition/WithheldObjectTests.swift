import Foundation
import Testing
@testable import CouncilDoc

/// What the public edition withholds whole, decided once (`Withholding`), and the red team's
/// findings on it: a generated block placed inside a LIMITE part, a LIMITE proposal without
/// a number, a field added to the schema.
@Suite struct WithheldObjectTests {
    static func publicText(_ files: [String: String]) throws -> String {
        try PublicEditionTests.render(files)[.public, default: [:]].sorted { $0.key < $1.key }.map(\.value).joined(separator: "\n")
    }

    static func limiteText(_ files: [String: String]) throws -> String {
        try PublicEditionTests.render(files)[.limite, default: [:]].sorted { $0.key < $1.key }.map(\.value).joined(separator: "\n")
    }

    // MARK: The decider

    @Test func theDeciderReadsClassificationReleaseAndNumber() {
        let asOf = CouncilDate("2026-03-01")!
        #expect(Withholding.document(classification: .public, publicRelease: nil, asOf: asOf) == .shown)
        #expect(Withholding.document(classification: .limite, publicRelease: nil, asOf: asOf) == .shell)
        #expect(Withholding.document(classification: .limite, publicRelease: CouncilDate("2026-03-01"), asOf: asOf) == .shown)
        #expect(Withholding.document(classification: .limite, publicRelease: CouncilDate("2026-03-02"), asOf: asOf) == .shell)
        #expect(Withholding.action(classification: .limite, numbered: true) == .shell)
        #expect(Withholding.action(classification: .limite, numbered: false) == .absent)
        #expect(Withholding.action(classification: .public, numbered: false) == .shown)
    }

    @Test func theDeciderReadsRawFrontMatterAsTheDecodersDo() throws {
        func decide(_ yaml: String) throws -> Withholding {
            var log = DiagnosticLog()
            guard case .parsed(let root?) = YAMLLoader.compose(yaml, path: "x.md", firstLine: 1, log: &log) else {
                throw CocoaError(.fileReadCorruptFile)
            }
            return Withholding.source(root, asOf: CouncilDate("2026-03-01")!)
        }
        #expect(try decide("kind: note\nclassification: limite\npublic-release: 2026-02-01") == .shown)
        #expect(try decide("kind: note\nclassification: limite\npublic-release: 2026-04-01") == .shell)
        #expect(try decide("kind: note\nclassification: limite\npublic-release: soon") == .shell)
        #expect(try decide("kind: action\nid: \"13.4\"\nclassification: limite\npublic-release: 2020-01-01") == .shell)
        #expect(try decide("kind: action\nstatus: dropped\nclassification: limite") == .absent)
        #expect(try decide("kind: action\nstatus: dropped") == .shown)
    }

    // MARK: A LIMITE proposal without a number

    static func proposal(classification: String) -> String {
        "---\nkind: action\nstatus: dropped\nclassification: \(classification)\ntitle: SECRETPROPOSALTITLE\n---\n\nSECRETPROPOSALBODY\n"
    }

    @Test(arguments: ["draft", "final"]) func aLimiteProposalWithoutANumberIsAbsentNotDeleted(state: String) throws {
        let base = Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(state: state, extra: "public-release: 2026-01-01")
            .replacingOccurrences(of: "public-release: 2026-02-16\n", with: "")])
        var files = base
        files["content/plans/13/actions/withdrawn.md"] = Self.proposal(classification: "limite")
        let with = try Self.publicText(files)
        let without = try Self.publicText(base)
        #expect(!with.contains("SECRETPROPOSAL"))
        // Not even as a DELETED row: the public edition is the one without it.
        #expect(with == without)
        #expect(try Self.limiteText(files).contains("SECRETPROPOSALTITLE"))
    }

    @Test func aPublicProposalWithoutANumberKeepsItsTitleOnly() throws {
        var files = Sources.minimal()
        files["content/plans/13/plan.md"] = Sources.plan(extra: "").replacingOccurrences(of: "classification: limite\npublic-release: 2026-02-16\n", with: "")
        files["content/plans/13/actions/withdrawn.md"] = Self.proposal(classification: "public")
        let text = try Self.publicText(files)
        #expect(!text.contains("SECRETPROPOSALBODY"))
    }

    @Test func thePublicSourcesDoNotHoldTheProposalAtAll() throws {
        var files = Sources.minimal()
        files["content/plans/13/actions/withdrawn.md"] = Self.proposal(classification: "limite")
        let sources = PublicSources.redacting(InMemorySourceTree(files)).sources
        #expect(try !sources.files().contains("content/plans/13/actions/withdrawn.md"))
        #expect(throws: (any Error).self) { try sources.read("content/plans/13/actions/withdrawn.md") }
    }

    @Test func theSwapRemovesLimiteProposalsAndAddsOneToEachPlan() throws {
        var files = Sources.minimal()
        files["content/plans/13/actions/withdrawn.md"] = Self.proposal(classification: "limite")
        let swapped = CanarySources.swap(InMemorySourceTree(files), writer: CanaryWriter(), asOf: BuildDate.endOfTime)
        let paths = try swapped.files()
        #expect(!paths.contains("content/plans/13/actions/withdrawn.md"))
        let added = "content/plans/13/actions/\(CanarySources.addedProposal)"
        #expect(paths.contains(added))
        #expect(String(decoding: try swapped.read(added), as: UTF8.self).contains("classification: limite"))
    }

    // MARK: A generated block inside a LIMITE part

    static func report(placement: String) -> String {
        """
        ---
        kind: report
        title: Final report
        questionnaire:
          - id: q1
            title: SECRETCHARTTITLE
            data:
              - {label: SECRETLABEL, value: 4321}
          - id: q2
            title: Public chart
            data:
              - {label: Public label, value: 12}
        ---

        The results.

        \(placement)

        ::: chart q2
        :::

        """
    }

    @Test func aChartPlacedInsideALimitePartIsWithheldWithIt() throws {
        let files = Sources.minimal(extra: ["content/reports/r.md": Self.report(placement: "::: limite\nThe figures:\n\n::: chart q1\n:::\n\n:::")])
        let text = try Self.publicText(files)
        for secret in ["SECRETCHARTTITLE", "SECRETLABEL", "4321", "4,321", "4 321"] {
            #expect(!text.contains(secret), "\(secret)")
        }
        #expect(text.contains("Public label"))
        #expect(try Self.limiteText(files).contains("SECRETCHARTTITLE"))
        // No warning that it is unplaced: it is placed, inside the LIMITE part.
        #expect(Diagnose.ids(files).isEmpty)
    }

    @Test func theSwapVariesTheDataOfAChartPlacedInsideALimitePart() throws {
        let files = Sources.minimal(extra: ["content/reports/r.md": Self.report(placement: "::: limite\n::: chart q1\n:::\n:::")])
        let swapped = CanarySources.swap(InMemorySourceTree(files), writer: CanaryWriter(), asOf: BuildDate.endOfTime)
        let text = String(decoding: try swapped.read("content/reports/r.md"), as: UTF8.self)
        #expect(!text.contains("SECRETCHARTTITLE") && !text.contains("SECRETLABEL") && !text.contains("4321"))
        #expect(text.contains("Public label"))
    }

    @Test func aChartPlacedBothInsideAndOutsideIsPublic() throws {
        let files = Sources.minimal(extra: ["content/reports/r.md": Self.report(placement: "::: limite\n::: chart q1\n:::\n:::\n\n::: chart q1\n:::")])
        #expect(try Self.publicText(files).contains("SECRETCHARTTITLE"))
    }

    @Test func theObjectivesPlacedInsideALimitePartAreRefused() {
        let strategy = Sources.strategy.replacingOccurrences(of: "::: objectives\n:::", with: "::: limite\n::: objectives\n:::\n:::")
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/strategies/s-2023.md": strategy]))
        #expect(lines.contains { $0.contains("[generated-block-in-limite]") && $0.hasPrefix("content/strategies/s-2023.md:") }, "\(lines)")
    }

    // MARK: A field added to the schema

    @Test func aFieldAddedToTheSchemaIsReadSwappedAndWithheld() throws {
        let schemas = Schemas.standard.adding(FieldSpec("budget", .text), to: .action)
        let limite = Sources.action("13.2", extra: "classification: limite\nbudget: SECRETBUDGET")
        var files = Sources.minimal(extra: ["content/plans/13/actions/13.2.md": limite])
        // The decoders read their fields from the schema: without it, the field is unknown.
        #expect(Diagnose.ids(files).contains(.unknownField))
        let loaded = Loader.load(InMemorySourceTree(files), reusing: nil, schemas: schemas)
        #expect(!loaded.log.all.contains { $0.id == .unknownField })
        // The swap varies it, as every field the schema does not declare public.
        let swapped = CanarySources.swap(InMemorySourceTree(files), writer: CanaryWriter(), asOf: BuildDate.endOfTime, schemas: schemas)
        let text = String(decoding: try swapped.read("content/plans/13/actions/13.2.md"), as: UTF8.self)
        #expect(!text.contains("SECRETBUDGET") && text.contains("budget: \(CanaryWriter.mark)"))
        // Always LIMITE: gone from a public action's public sources, swapped in the proof's.
        let always = Schemas.standard.adding(FieldSpec("budget", .text, .alwaysLimite), to: .action)
        files["content/plans/13/actions/13.2.md"] = Sources.action("13.2", extra: "budget: SECRETBUDGET")
        let cut = PublicSources.redacting(InMemorySourceTree(files), schemas: always).sources
        #expect(!String(decoding: try cut.read("content/plans/13/actions/13.2.md"), as: UTF8.self).contains("SECRETBUDGET"))
        let swappedPublic = CanarySources.swap(InMemorySourceTree(files), writer: CanaryWriter(), asOf: BuildDate.endOfTime, schemas: always)
        #expect(!String(decoding: try swappedPublic.read("content/plans/13/actions/13.2.md"), as: UTF8.self).contains("SECRETBUDGET"))
    }

    @Test func theWholePipelineReadsTheSchemaItIsGiven() throws {
        let schemas = Schemas.standard.adding(FieldSpec("budget", .text), to: .action)
        let files = Sources.minimal(extra: [
            "content/plans/13/actions/13.2.md": Sources.action("13.2", extra: "classification: limite\nbudget: SECRETBUDGET"),
        ])
        let standard = Pipeline.render(InMemorySourceTree(files), templates: try TemplateSet.builtIn())
        #expect(standard.log.all.contains { $0.id == .unknownField })
        let rendered = Pipeline.render(InMemorySourceTree(files), templates: try TemplateSet.builtIn(), schemas: schemas)
        #expect(!rendered.log.hasErrors, "\(rendered.log.sorted.map(DiagnosticFormatter.format))")
        #expect(rendered.editions.count == 2)
    }

    /// A renderer that publishes a field added to the schema, read from each run's sources
    /// (the model does not carry it yet): the proof varies the field of a withheld action,
    /// so the planted leak fails the build; of a public action it is public, and builds.
    @Test func aPlantedLeakOfAFieldAddedToTheSchemaFailsTheBuild() throws {
        let schemas = Schemas.standard.adding(FieldSpec("budget", .text), to: .action)
        func leak(_ files: inout [OutputFile], _ tree: SourceTree) {
            let text = (try? tree.read("content/plans/13/actions/13.2.md")).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let budget = text.split(separator: "\n").first { $0.hasPrefix("budget:") } ?? ""
            files.append(OutputFile(path: "budget.html", text: String(budget)))
        }
        let limite = Sources.minimal(extra: ["content/plans/13/actions/13.2.md": Sources.action("13.2", extra: "classification: limite\nbudget: SECRETBUDGET")])
        let planted = Pipeline.render(InMemorySourceTree(limite), templates: try TemplateSet.builtIn(), schemas: schemas,
                                      tamperFromSources: leak)
        #expect(planted.editions.isEmpty)
        #expect(planted.log.all.contains { $0.id == .redactionProofFailed && $0.location?.file == "content/plans/13/actions/13.2.md" },
                "\(planted.log.sorted.map(DiagnosticFormatter.format))")
        let publicAction = Sources.minimal(extra: ["content/plans/13/actions/13.2.md": Sources.action("13.2", extra: "budget: PUBLICBUDGET")])
        let fine = Pipeline.render(InMemorySourceTree(publicAction), templates: try TemplateSet.builtIn(), schemas: schemas,
                                   tamperFromSources: leak)
        #expect(!fine.log.hasErrors, "\(fine.log.sorted.map(DiagnosticFormatter.format))")
    }

    @Test func everyFieldOfAWithheldActionIsVariedButItsIdentity() throws {
        let limite = Sources.action("13.2", leader: "NL", extra: """
        classification: limite
        co-leaders: [BE]
        possible-outcomes: [SECRETOUTCOME]
        performance-indicator: SECRETINDICATOR
        empact: [{oap: firearms/1.1}]
        continues: "12.1"
        """)
        let files = Sources.minimal(extra: ["content/plans/13/actions/13.2.md": limite])
        let swapped = CanarySources.swap(InMemorySourceTree(files), writer: CanaryWriter(), asOf: BuildDate.endOfTime)
        let text = String(decoding: try swapped.read("content/plans/13/actions/13.2.md"), as: UTF8.self)
        for original in ["SECRETOUTCOME", "SECRETINDICATOR", "firearms", "12.1", "NL", "BE", "Action 13.2", "contact-13.2", "1.i"] {
            #expect(!text.contains(original), "\(original) in\n\(text)")
        }
        #expect(text.contains("id: '13.2'") || text.contains("id: \"13.2\"") || text.contains("id: 13.2"))
        #expect(text.contains("classification: limite"))
    }
}

/// Withheld is a state of a reference: the public edition resolves a reference to what it
/// withholds as `withheld`, with what may show of the target, and keeps its link log.
@Suite struct WithheldReferenceTests {
    static func publicCorpus(_ files: [String: String]) throws -> LinkedCorpus {
        let sources = PublicSources.redacting(InMemorySourceTree(files)).sources
        let corpus = Pipeline.publicCorpus(sources, asOf: CouncilDate("2026-03-01")!)
        #expect(!corpus.log.hasErrors, "\(corpus.log.sorted.map(DiagnosticFormatter.format))")
        return try #require(corpus.linked)
    }

    @Test func aReferenceToAWithheldTargetResolvesWithheld() throws {
        let strategy = Sources.strategy.replacingOccurrences(of: "date: 2023-04-27", with: "date: 2023-04-27\nclassification: limite")
        var files = Sources.minimal(extra: ["content/strategies/s-2023.md": strategy])
        files["content/plans/13/plan.md"] = Sources.plan().replacingOccurrences(of: "public-release: 2026-02-16", with: "public-release: 2026-02-01")
        let linked = try Self.publicCorpus(files)
        let scope = Scope(strategy: "s-2023", cycle: nil, owner: .plan("13"))
        #expect(linked.resolve("objective:1.i", in: scope) == .withheld("objective 1.i"))
        #expect(linked.resolve("strategy:s-2023", in: scope) == .withheld("8617/23"))
        // What the edition has resolves as ever; what no edition has stays an error.
        #expect(linked.resolve("action:13.1", in: scope) == .target(.action(ActionID("13.1")!)))
        guard case .unresolved = linked.resolve("action:13.9", in: scope) else {
            Issue.record("action 13.9 should not resolve")
            return
        }
    }

    @Test func theLimiteEditionResolvesNothingWithheld() throws {
        let (linked, _) = Linker.link(try #require(Loader.load(InMemorySourceTree(Sources.minimal())).corpus), registers: .builtIn)
        guard case .unresolved = linked.resolve("action:13.9", in: Scope(strategy: nil, cycle: nil, owner: .plan("13"))) else {
            Issue.record("action 13.9 should not resolve")
            return
        }
    }
}

/// A LIMITE outcomes annex withholds figures that public reports print: refused, naming both.
@Suite struct LimiteOutcomesAnnexTests {
    static func files(report classification: String) -> [String: String] {
        Sources.minimal(extra: [
            "content/plans/13/plan.md": Sources.plan(extra: "annexes:\n  - {id: III, title: Outcomes, generated: outcomes, classification: limite}"),
            "content/reports/r.md": "---\nkind: report\ntitle: R\naction: \"13.1\"\nclassification: \(classification)\noutcomes:\n  arrests: 3\n---\n\nText.\n",
        ])
    }

    @Test func aPublicReportsOutcomesBesideALimiteOutcomesAnnexAreRefused() {
        let lines = Diagnose.lines(Self.files(report: "public"))
        #expect(lines.first { $0.contains("[limite-annex-of-public-facts]") }?.hasPrefix("content/plans/13/plan.md:") == true, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/reports/r.md:4:") && $0.contains("note: the report is public here") }, "\(lines)")
    }

    @Test func aLimiteReportIsNoContradiction() {
        #expect(!Diagnose.ids(Self.files(report: "limite")).contains(.limiteAnnexOfPublicFacts))
    }
}

/// Whole objects cut at the source: the public sources hold a shell made from the schema's
/// identity fields in place of a withheld action, document or annex, and nothing of its text.
@Suite struct ShellSourceTests {
    static func publicSource(_ files: [String: String], _ path: String, schemas: Schemas = .standard) throws -> String? {
        let sources = PublicSources.redacting(InMemorySourceTree(files), asOf: CouncilDate("2026-03-01")!, schemas: schemas).sources
        guard try sources.files().contains(path) else { return nil }
        return String(decoding: try sources.read(path), as: UTF8.self)
    }

    @Test func aLimiteActionIsItsNumberOnly() throws {
        let action = Sources.action("13.2", extra: "classification: limite\npossible-outcomes: [SECRETOUTCOME]", body: "SECRETBODY")
        let files = Sources.minimal(extra: ["content/plans/13/actions/13.2.md": action])
        let shell = try #require(try Self.publicSource(files, "content/plans/13/actions/13.2.md"))
        #expect(shell == "---\nkind: action\nwithheld: action\nid: \"13.2\"\ntitle: DELETED\nstatus: proposed\nclassification: limite\n---\n")
    }

    @Test func anUnreleasedDocumentIsItsNumberAndId() throws {
        let note = "---\nkind: note\nsubject: SECRETSUBJECT\nnumber: 9999/25\nclassification: limite\npublic-release: 2026-04-01\n---\n\nSECRETBODY\n"
        let files = Sources.minimal(extra: ["content/notes/n.md": note])
        #expect(try Self.publicSource(files, "content/notes/n.md") == "---\nkind: note\nwithheld: document\nnumber: 9999/25\ntitle: DELETED\nclassification: limite\n---\n")
        // Released by the build's date, it is itself.
        let released = note.replacingOccurrences(of: "2026-04-01", with: "2026-02-01")
        #expect(try Self.publicSource(Sources.minimal(extra: ["content/notes/n.md": released]), "content/notes/n.md")?.contains("SECRETBODY") == true)
    }

    @Test func theFilesOfAWithheldPlanAreShellsOrAbsent() throws {
        var files = Sources.minimal()
        files["content/plans/13/plan.md"] = Sources.plan(extra: "annexes:\n  - {id: I, title: Guide, source: guide.md}", body: "SECRETPLAN")
            .replacingOccurrences(of: "public-release: 2026-02-16", with: "public-release: 2026-06-01")
        files["content/plans/13/annexes/guide.md"] = "SECRETANNEX\n"
        let plan = try #require(try Self.publicSource(files, "content/plans/13/plan.md"))
        #expect(plan.contains("withheld: document") && !plan.contains("SECRET") && !plan.contains("annexes"))
        let action = try #require(try Self.publicSource(files, "content/plans/13/actions/13.1.md"))
        #expect(action.contains("withheld: action") && !action.contains("Action 13.1"))
        #expect(try Self.publicSource(files, "content/plans/13/annexes/guide.md") == nil)
    }

    @Test func aLimiteProseAnnexIsAShell() throws {
        var files = Sources.minimal()
        files["content/plans/13/plan.md"] = Sources.plan(extra: "annexes:\n  - {id: I, title: Guide, source: guide.md, classification: limite}")
        files["content/plans/13/annexes/guide.md"] = "---\ntitle: SECRETTITLE\n---\n\nSECRETANNEX\n"
        #expect(try Self.publicSource(files, "content/plans/13/annexes/guide.md") == "---\nwithheld: annex\nclassification: limite\n---\n")
        // Without front matter of its own, too.
        files["content/plans/13/annexes/guide.md"] = "SECRETANNEX\n"
        #expect(try Self.publicSource(files, "content/plans/13/annexes/guide.md") == "---\nwithheld: annex\nclassification: limite\n---\n")
    }

    @Test func aFieldAddedToTheSchemaIsLeftOutOfTheShellUnlessItNamesTheObject() throws {
        let action = Sources.action("13.2", extra: "classification: limite\nbudget: SECRETBUDGET")
        let files = Sources.minimal(extra: ["content/plans/13/actions/13.2.md": action])
        let content = Schemas.standard.adding(FieldSpec("budget", .text), to: .action)
        #expect(try Self.publicSource(files, "content/plans/13/actions/13.2.md", schemas: content)?.contains("SECRETBUDGET") == false)
        let identity = Schemas.standard.adding(FieldSpec("budget", .text, .identity), to: .action)
        #expect(try Self.publicSource(files, "content/plans/13/actions/13.2.md", schemas: identity)?.contains("budget: SECRETBUDGET") == true)
    }

    @Test func aPublicProposalWithoutANumberHasNoBodyInThePublicSources() throws {
        let proposal = "---\nkind: action\nstatus: dropped\ntitle: Withdrawn idea\n---\n\nSECRETDRAFTINGTEXT\n"
        let files = Sources.minimal(extra: ["content/plans/13/actions/withdrawn.md": proposal])
        #expect(try Self.publicSource(files, "content/plans/13/actions/withdrawn.md") == "---\nkind: action\nstatus: dropped\ntitle: Withdrawn idea\n---\n")
    }

    @Test func theMarkOfAShellIsRefusedInTheSources() {
        let note = "---\nkind: note\nsubject: S\nwithheld: document\n---\n\nText.\n"
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/notes/n.md": note]))
        #expect(lines.first?.hasPrefix("content/notes/n.md:4:") == true && lines.first?.contains("'withheld' is written by councildoc") == true, "\(lines)")
    }

    @Test func theShellOfAWithheldActionIsWhatThePublicEditionShows() throws {
        let action = Sources.action("13.2", extra: "classification: limite", body: "SECRETBODY")
        let files = Sources.minimal(extra: ["content/plans/13/actions/13.2.md": action])
        let text = try WithheldObjectTests.publicText(files)
        #expect(text.contains("13.2") && text.contains("DELETED") && !text.contains("SECRETBODY") && !text.contains("Action 13.2"))
    }
}

/// A footnote cited only from inside a LIMITE part is left out of the public edition (its
/// text could only be reached from there), and the others are numbered without a gap: the
/// parser does it, on sources that hold no LIMITE byte.
@Suite struct LimiteOnlyFootnoteTests {
    @Test func aFootnoteCitedOnlyFromALimitePartIsLeftOut() throws {
        let note = "---\nkind: note\nsubject: S\n---\n\nText [see[^a]]{.limite} and more.[^b]\n\n[^a]: FOOTONLYLIMITE words.\n\n[^b]: Public footnote.\n"
        let files = Sources.minimal(extra: ["content/notes/n.md": note])
        let rendered = try PublicEditionTests.render(files)
        let page = try #require(rendered[.public]?["notes/n.html"])
        #expect(!page.contains("FOOTONLYLIMITE") && page.contains("Public footnote."))
        #expect(rendered[.limite]?["notes/n.html"]?.contains("FOOTONLYLIMITE") == true)
        // The public footnote is numbered 1, not 2.
        #expect(page.contains("data-footnote-ref>1</a>") && !page.contains("data-footnote-ref>2</a>"))
    }
}

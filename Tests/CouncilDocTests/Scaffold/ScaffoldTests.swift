import Foundation
import Testing
@testable import CouncilDoc

/// `init` writes a project that builds with no diagnostic at all and whose LIMITE parts stay
/// out of the public edition; `new` numbers, places and refuses as a drafter expects.
@Suite struct ScaffoldTests {
    /// A new project from `init`, in a fresh folder.
    static func initialised() throws -> TempProject {
        let project = try TempProject([:])
        try ProjectInit.create(in: project.root, year: 2026)
        return project
    }

    static func build(_ project: TempProject) -> Pipeline.BuildOutcome {
        Pipeline.build(project: project.root, output: project.root.appendingPathComponent("output"), templates: nil,
                       asOf: CouncilDate(year: 2026, month: 12, day: 1)!)
    }

    static func edition(_ project: TempProject, _ name: String) throws -> [String: String] {
        try project.texts(under: "output/\(name)")
    }

    @Test func initWritesAProjectThatBuildsWithNoDiagnostic() throws {
        let project = try Self.initialised()
        let outcome = Self.build(project)
        #expect(outcome.log.all.isEmpty, "\(outcome.log.all.map { "\($0)" })")
        let limite = try Self.edition(project, "limite")
        let publicEdition = try Self.edition(project, "public")
        // Every kind is there: the strategy, the cycle, the plan with Annexes I-II, two actions, the note.
        for page in ["strategies/customs-strategy.html", "empact/2026-2027.html", "plans/1/index.html",
                     "plans/1/1.1.html", "plans/1/1.2.html", "notes/presidency-priorities.html"] {
            #expect(limite[page] != nil, "no \(page)")
        }
        let plan = try #require(limite["plans/1/index.md"])
        #expect(plan.contains("Overview of actions") && plan.contains("Mandate template"))
        // The LIMITE parts it shows are in the LIMITE edition only.
        let secrets = ["presidency@example.invalid", "A LIMITE block: withheld", "the names of the experts", "leader@example.invalid"]
        for secret in secrets {
            #expect(limite.values.contains { $0.contains(secret) }, "'\(secret)' is not in the LIMITE edition")
            #expect(!publicEdition.values.contains { $0.contains(secret) }, "'\(secret)' reached the public edition")
        }
        // The draft plan has no public-release date: the public edition leaves it out.
        #expect(publicEdition["plans/1/index.html"] == nil)
    }

    /// Once the drafter gives the plan a release date (the commented line, uncommented), the
    /// public edition shows it from that date on, its LIMITE parts replaced by DELETED.
    @Test func theStarterPlanIsPublishedOnlyOnceTheDrafterGivesItADate() throws {
        let project = try Self.initialised()
        let path = "content/plans/1/plan.md"
        let plan = try project.read(path)
        let commented = "# public-release: YYYY-MM-DD"
        #expect(plan.contains(commented))
        try project.write(path, plan.replacingOccurrences(of: commented, with: "public-release: 2026-06-30"))
        let outcome = Self.build(project)
        #expect(outcome.log.all.isEmpty, "\(outcome.log.all.map { "\($0)" })")
        let limite = try Self.edition(project, "limite")
        let publicEdition = try Self.edition(project, "public")
        #expect(publicEdition["plans/1/index.html"]?.contains("DELETED") == true)
        for secret in ["presidency@example.invalid", "A LIMITE block: withheld", "the names of the experts", "leader@example.invalid"] {
            #expect(limite.values.contains { $0.contains(secret) }, "'\(secret)' is not in the LIMITE edition")
            #expect(!publicEdition.values.contains { $0.contains(secret) }, "'\(secret)' reached the public edition")
        }
    }

    @Test func initCommentsEveryFile() throws {
        for (path, text) in StarterProject.files(year: 2026) {
            #expect(text.contains("# "), "\(path) says nothing of its fields")
        }
    }

    @Test func initRefusesAFolderThatHoldsAnything() throws {
        let project = try TempProject(["notes.txt": "mine"])
        #expect(throws: ProjectInit.Refusal.self) { try ProjectInit.create(in: project.root, year: 2026) }
        #expect(project.files(under: ".") == ["notes.txt"])
        #expect(try project.read("notes.txt") == "mine")
    }

    @Test func initCreatesAMissingFolder() throws {
        let project = try TempProject([:])
        let written = try ProjectInit.create(in: project.root.appendingPathComponent("a/b"), year: 2026)
        #expect(written.contains("councildoc.yml"))
        #expect(project.exists("a/b/content/plans/1/actions/1.2.md"))
    }

    @Test func newActionTakesTheNextFreeNumberOfTheLatestPlan() throws {
        let project = try Self.initialised()
        #expect(try NewDocument.create(.action, nil, in: project.root, year: 2026) == "content/plans/1/actions/1.3.md")
        #expect(try NewDocument.create(.action, "1.7", in: project.root, year: 2026) == "content/plans/1/actions/1.7.md")
        #expect(try NewDocument.create(.action, nil, in: project.root, year: 2026) == "content/plans/1/actions/1.8.md")
        let text = try project.read("content/plans/1/actions/1.7.md")
        #expect(text.contains("id: \"1.7\""))
        #expect(text.contains("objectives: [\"1\"]"))
        // The mandate's sections, as Annex II lists them.
        for section in ["## Objective", "## Rationale", "## Activities and planning", "## Other policy areas/groups"] {
            #expect(text.contains(section))
        }
        let outcome = Self.build(project)
        #expect(!outcome.log.hasErrors, "\(outcome.log.all.map { "\($0)" })")
        #expect(try project.read("output/limite/plans/1/1.7.md").contains("Title of the action"))
    }

    @Test(arguments: [("1.1", "exists"), ("2.1", "no plan 2"), ("13", "not an action id"), ("1.0", "not an action id")])
    func newActionRefuses(id: String, reason: String) throws {
        let project = try Self.initialised()
        let before = try project.read("content/plans/1/actions/1.1.md")
        do {
            _ = try NewDocument.create(.action, id, in: project.root, year: 2026)
            Issue.record("new action \(id) was not refused")
        } catch let refusal as NewDocument.Refusal {
            #expect(refusal.description.contains(reason), "\(refusal.description)")
        }
        #expect(try project.read("content/plans/1/actions/1.1.md") == before)
        #expect(project.files(under: "content/plans").count == 3)
    }

    @Test func newPlanFollowsTheLatestPlan() throws {
        let project = try Self.initialised()
        #expect(try NewDocument.create(.plan, nil, in: project.root, year: 2026) == "content/plans/2/plan.md")
        let text = try project.read("content/plans/2/plan.md")
        #expect(text.contains("title: 2nd Action Plan"))
        #expect(text.contains("strategy: customs-strategy"))
        #expect(text.contains("empact: 2026-2027"))
        #expect(try NewDocument.create(.action, nil, in: project.root, year: 2026) == "content/plans/2/actions/2.1.md")
        let outcome = Self.build(project)
        #expect(!outcome.log.hasErrors, "\(outcome.log.all.map { "\($0)" })")
        #expect(throws: NewDocument.Refusal.self) { try NewDocument.create(.plan, "2", in: project.root, year: 2026) }
        #expect(throws: NewDocument.Refusal.self) { try NewDocument.create(.plan, "02", in: project.root, year: 2026) }
    }

    @Test func newReportIsOnAnExistingActionAndOnlyOnce() throws {
        let project = try Self.initialised()
        #expect(try NewDocument.create(.report, "1.1", in: project.root, year: 2026) == "content/reports/1.1-final-report.md")
        #expect(try project.read("content/reports/1.1-final-report.md").contains("action: \"1.1\""))
        #expect(!Self.build(project).log.hasErrors)
        #expect(throws: NewDocument.Refusal.self) { try NewDocument.create(.report, "1.1", in: project.root, year: 2026) }
        #expect(throws: NewDocument.Refusal.self) { try NewDocument.create(.report, "1.9", in: project.root, year: 2026) }
        #expect(throws: NewDocument.Refusal.self) { try NewDocument.create(.report, nil, in: project.root, year: 2026) }
    }

    @Test func newNoteNeverOverwrites() throws {
        let project = try Self.initialised()
        #expect(try NewDocument.create(.note, "customs-and-europol", in: project.root, year: 2026) == "content/notes/customs-and-europol.md")
        #expect(!Self.build(project).log.hasErrors)
        let mine = try project.read("content/notes/presidency-priorities.md")
        #expect(throws: NewDocument.Refusal.self) { try NewDocument.create(.note, "presidency-priorities", in: project.root, year: 2026) }
        #expect(try project.read("content/notes/presidency-priorities.md") == mine)
        for bad in ["Upper", "a_b", "-x", "../x", ""] {
            #expect(throws: NewDocument.Refusal.self, "\(bad)") { try NewDocument.create(.note, bad, in: project.root, year: 2026) }
        }
    }

    @Test func ordinals() {
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(Ordinal.english)
                == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"])
    }
}

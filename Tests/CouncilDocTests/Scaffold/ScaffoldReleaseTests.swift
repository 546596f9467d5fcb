import Foundation
import Testing
@testable import CouncilDoc

/// Nothing `init` or `new` writes becomes public by the mere passing of time: the starter's
/// LIMITE draft plan (and a new plan, report or note) has no active `public-release` date, so
/// a build as of any later day, 30 June of the year included, still leaves it out of the
/// public edition.
@Suite struct ScaffoldReleaseTests {
    /// Texts of the starter's draft plan and of its actions, none of which is public.
    static let planTexts = [
        "1st Action Plan of the Law Enforcement Working Party",
        "Draft 1st action plan of the Law Enforcement Working Party",
        "Delegations will find attached the draft 1st Action Plan",
        "Preparation and implementation of the 1st Action Plan",
        "Agreement of the action plan and of the action mandates",
        "The plan implements the",
        "Detection of tobacco smuggling at the external borders",
        "How this action will contribute to the work of customs authorities",
    ]

    /// Every file of an edition, as text.
    static func edition(_ root: URL, _ name: String) throws -> [String: String] {
        let folder = root.appendingPathComponent("output/\(name)")
        var files: [String: String] = [:]
        guard let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let relative = String(url.resolvingSymlinksInPath().path.dropFirst(folder.resolvingSymlinksInPath().path.count + 1))
            files[relative] = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        }
        return files
    }

    static func expectNoPlanText(in publicEdition: [String: String], asOf: String) {
        #expect(!publicEdition.isEmpty, "no public edition as of \(asOf)")
        #expect(publicEdition.keys.allSatisfy { !$0.hasPrefix("plans/1/") }, "as of \(asOf): \(publicEdition.keys.filter { $0.hasPrefix("plans/") }.sorted())")
        for text in planTexts {
            let pages = publicEdition.filter { $0.value.contains(text) }.keys.sorted()
            #expect(pages.isEmpty, "as of \(asOf), '\(text)' is in the public edition: \(pages)")
        }
    }

    /// The starter, built as of 1 July of its year, the end of the year, and long after:
    /// the draft plan and its actions are in the LIMITE edition only.
    @Test(arguments: ["2026-06-30", "2026-07-01", "2026-12-31", "2031-01-01", "9999-12-31"])
    func theStarterPlanStaysOutOfThePublicEditionAsOfAnyDate(asOf: String) throws {
        let project = try TempProject([:])
        try ProjectInit.create(in: project.root, year: 2026)
        let outcome = Pipeline.build(project: project.root, output: project.root.appendingPathComponent("output"),
                                     templates: nil, asOf: try #require(CouncilDate(asOf)))
        #expect(outcome.log.all.isEmpty, "\(outcome.log.all.map { "\($0)" })")
        let limite = try Self.edition(project.root, "limite")
        for text in Self.planTexts {
            #expect(limite.values.contains { $0.contains(text) }, "'\(text)' is not in the LIMITE edition")
        }
        let publicEdition = try Self.edition(project.root, "public")
        Self.expectNoPlanText(in: publicEdition, asOf: asOf)
        // The public parts of the starter are still published.
        #expect(publicEdition["notes/presidency-priorities.html"]?.contains("(DELETED)") == true)
        #expect(publicEdition["strategies/customs-strategy.html"] != nil)
    }

    /// With the executable, as a drafter runs it: `init` in a year (SOURCE_DATE_EPOCH, the
    /// reproducible-builds date, stands for the clock), `build --as-of` 1 July of that year.
    @Test func initThenBuildAfterThirtiethOfJunePublishesNoPartOfTheDraftPlan() throws {
        let dir = try TempProject([:])
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1772323200"   // 2026-03-01T00:00:00Z
        let created = try CLI.run(["init", "lewp"], in: dir.root, environment: environment)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("the public edition leaves it out until you give it one"), "\(created.stdout)")
        let project = dir.root.appendingPathComponent("lewp")
        let plan = try dir.read("lewp/content/plans/1/plan.md")
        #expect(plan.contains("date: 2026-01-15"), "the project is not dated 2026")
        let build = try CLI.run(["build", "--as-of", "2026-07-01"], in: project, environment: environment)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(dir.exists("lewp/output/limite/plans/1/index.html"))
        Self.expectNoPlanText(in: try Self.edition(project, "public"), asOf: "2026-07-01")
    }

    /// No file of the starter and no template of `new` has an active `public-release` line:
    /// only a commented example, which says how to publish later.
    @Test func noStarterFileOrTemplateHasAReleaseDate() throws {
        var texts = StarterProject.files(year: 2026).map { ($0.path, $0.text) }
        texts.append(("new plan", DocumentTemplates.plan(id: "2", strategy: "s", cycle: nil, year: 2026)))
        texts.append(("new report", DocumentTemplates.report(on: ActionID("1.1")!, title: "T", year: 2026)))
        texts.append(("new report, LIMITE action", DocumentTemplates.report(on: ActionID("1.1")!, title: nil, why: "W", year: 2026)))
        texts.append(("new note", DocumentTemplates.note(year: 2026)))
        texts.append(("new action", MandateTemplate.action(ActionID("1.3")!)))
        for (name, text) in texts {
            let active = text.split(separator: "\n").filter {
                $0.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("public-release")
            }
            #expect(active.isEmpty, "\(name): \(active)")
        }
        let plan = try #require(StarterProject.files(year: 2026).first { $0.path == "content/plans/1/plan.md" }?.text)
        #expect(plan.contains("# public-release: YYYY-MM-DD   # the public edition shows it from this date on"))
    }

    /// A plan, a report and a note from `new`, built as of the end of time: none is public.
    @Test func newSourcesStayOutOfThePublicEditionAsOfAnyDate() throws {
        let project = try TempProject([:])
        try ProjectInit.create(in: project.root, year: 2026)
        #expect(try NewDocument.create(.plan, nil, in: project.root, year: 2026) == "content/plans/2/plan.md")
        #expect(try NewDocument.create(.action, nil, in: project.root, year: 2026) == "content/plans/2/actions/2.1.md")
        #expect(try NewDocument.create(.report, "1.2", in: project.root, year: 2026) == "content/reports/1.2-final-report.md")
        #expect(try NewDocument.create(.note, "later", in: project.root, year: 2026) == "content/notes/later.md")
        let outcome = Pipeline.build(project: project.root, output: project.root.appendingPathComponent("output"),
                                     templates: nil, asOf: BuildDate.endOfTime)
        #expect(!outcome.log.hasErrors, "\(outcome.log.all.map { "\($0)" })")
        let limite = try Self.edition(project.root, "limite")
        let publicEdition = try Self.edition(project.root, "public")
        for text in ["2nd Action Plan", "Draft final report of Action 1.2", "Subject of the note"] {
            #expect(limite.values.contains { $0.contains(text) }, "'\(text)' is not in the LIMITE edition")
            #expect(!publicEdition.values.contains { $0.contains(text) }, "'\(text)' reached the public edition")
        }
    }
}

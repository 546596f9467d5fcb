import Foundation
import Testing
@testable import CouncilDoc

/// `new report ID` titles the report after its action, unless that title is LIMITE (the action
/// is, or its plan is LIMITE and not released): a report may be published on its own date, so
/// it gets a placeholder title and a comment saying why, and the LIMITE title is nowhere in it.
@Suite struct ScaffoldReportTitleTests {
    static let plan = "content/plans/1/plan.md"
    static let secretTitle = "Covert watch on the Zeebrugge container terminal"
    static let secretWords = ["Covert", "Zeebrugge", "container terminal"]
    static let december = CouncilDate(year: 2026, month: 12, day: 1)!

    /// The starter, its plan released on 30 June 2026 and action 1.2 made LIMITE with a
    /// title of its own.
    static func project(releasePlan: Bool = true, limiteAction: Bool = true) throws -> TempProject {
        let project = try TempProject([:])
        try ProjectInit.create(in: project.root, year: 2026)
        if releasePlan {
            let text = try project.read(plan)
            try #require(text.contains("# public-release: YYYY-MM-DD"))
            try project.write(plan, text.replacingOccurrences(of: "# public-release: YYYY-MM-DD", with: "public-release: 2026-06-30"))
        }
        if limiteAction {
            let path = "content/plans/1/actions/1.2.md"
            let text = try project.read(path)
            try #require(text.contains("kind: action\n") && text.contains("title: Illicit cash movements\n"))
            try project.write(path, text
                .replacingOccurrences(of: "kind: action\n", with: "kind: action\nclassification: limite\n")
                .replacingOccurrences(of: "title: Illicit cash movements\n", with: "title: \(secretTitle)\n"))
        }
        return project
    }

    static func build(_ project: TempProject, asOf: CouncilDate = december) -> Pipeline.BuildOutcome {
        Pipeline.build(project: project.root, output: project.root.appendingPathComponent("output"), templates: nil, asOf: asOf)
    }

    static func edition(_ project: TempProject, _ name: String) throws -> [String: String] {
        try project.texts(under: "output/\(name)")
    }

    /// A public action (its plan released, the action not LIMITE): its title is copied, as before.
    @Test func thePublicTitleOfAnActionIsCopied() throws {
        let project = try Self.project()
        let created = try NewDocument.make(.report, "1.1", in: project.root, year: 2026, asOf: Self.december)
        #expect(created.path == "content/reports/1.1-final-report.md")
        #expect(created.notes.isEmpty, "\(created.notes)")
        let text = try project.read(created.path)
        #expect(text.contains("title: Draft final report of Action 1.1 (Detection of tobacco smuggling at the external borders)\n"))
        #expect(!text.contains("not copied"))
        #expect(!Self.build(project).log.hasErrors)
    }

    /// A LIMITE action in a released plan: a placeholder title, a comment and a note saying
    /// why; no word of the LIMITE title in the file, nor in the public edition once the report
    /// is made public.
    @Test func theTitleOfALimiteActionIsNotCopied() throws {
        let project = try Self.project()
        #expect(Self.build(project).log.all.isEmpty)
        // The title is LIMITE: in the LIMITE edition only.
        #expect(try Self.edition(project, "limite").values.contains { $0.contains(Self.secretTitle) })
        #expect(try !Self.edition(project, "public").values.contains { $0.contains(Self.secretTitle) })

        let created = try NewDocument.make(.report, "1.2", in: project.root, year: 2026, asOf: Self.december)
        let text = try project.read(created.path)
        for word in Self.secretWords {
            #expect(!text.lowercased().contains(word.lowercased()), "'\(word)' of the LIMITE title is in the report:\n\(text)")
        }
        #expect(text.contains("title: Draft final report of Action 1.2 (Title of the action)\n"))
        #expect(text.contains("# action 1.2 is LIMITE: its title is not copied into the report, which may become public.\n"), "\(text)")
        #expect(created.notes.count == 1 && created.notes[0].contains("action 1.2 is LIMITE: its title is not copied"), "\(created.notes)")

        // The report made public as it is: the public edition shows it, without the title.
        try project.write(created.path, text.replacingOccurrences(of: "classification: limite", with: "classification: public"))
        let outcome = Self.build(project)
        #expect(!outcome.log.hasErrors, "\(outcome.log.all.map { "\($0)" })")
        let publicEdition = try Self.edition(project, "public")
        #expect(publicEdition.keys.contains { $0.hasPrefix("reports/") }, "the report is not public: \(publicEdition.keys.sorted())")
        for word in Self.secretWords {
            let pages = publicEdition.filter { $0.value.contains(word) }.keys.sorted()
            #expect(pages.isEmpty, "'\(word)' reached the public edition: \(pages)")
        }
    }

    /// An action of a LIMITE plan not released as of the day `new` runs: its title is withheld
    /// with the plan, and not copied; once the plan is released, it is.
    @Test func theTitleOfAnActionOfAnUnreleasedPlanIsNotCopied() throws {
        let starter = try Self.project(releasePlan: false, limiteAction: false)
        let created = try NewDocument.make(.report, "1.1", in: starter.root, year: 2026, asOf: Self.december)
        let text = try starter.read(created.path)
        #expect(!text.contains("Detection of tobacco smuggling") && !text.contains("tobacco"), "\(text)")
        #expect(text.contains("title: Draft final report of Action 1.1 (Title of the action)\n"))
        #expect(text.contains("# action 1.1 is LIMITE with its plan 1, which is not released: its title is not copied"), "\(text)")
        #expect(created.notes.first?.contains("its title is not copied into the report") == true)
        #expect(!Self.build(starter).log.hasErrors)

        // Released on 30 June: withheld before, copied from that day on.
        let before = try Self.project(limiteAction: false)
        let early = try NewDocument.make(.report, "1.1", in: before.root, year: 2026, asOf: CouncilDate(year: 2026, month: 6, day: 29)!)
        #expect(try !before.read(early.path).contains("tobacco"))
        let after = try Self.project(limiteAction: false)
        let released = try NewDocument.make(.report, "1.1", in: after.root, year: 2026, asOf: CouncilDate(year: 2026, month: 6, day: 30)!)
        #expect(try after.read(released.path).contains("(Detection of tobacco smuggling at the external borders)"))
        #expect(released.notes.isEmpty)
    }

    /// With the executable: the note is printed, the title is not written.
    @Test func newReportSaysWhyTheTitleIsNotCopied() throws {
        let project = try Self.project()
        let run = try CLI.run(["new", "report", "1.2"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("created content/reports/1.2-final-report.md"))
        #expect(run.stdout.contains("note: action 1.2 is LIMITE: its title is not copied into the report, which may become public"), "\(run.stdout)")
        let text = try project.read("content/reports/1.2-final-report.md")
        #expect(!text.contains("Zeebrugge") && !text.contains("Covert"))
    }
}

import Foundation
import Testing
@testable import CouncilDoc

/// The public edition leaves out, deletes and unlinks every LIMITE part; the limite edition
/// keeps everything.
@Suite struct PublicEditionTests {
    /// Renders both editions of a project in memory; every file's text by edition.
    static func render(_ files: [String: String]) throws -> [Edition: [String: String]] {
        let rendered = Pipeline.render(InMemorySourceTree(files), templates: try TemplateSet.builtIn())
        #expect(!rendered.log.hasErrors, "\(rendered.log.sorted.map(DiagnosticFormatter.format))")
        var out: [Edition: [String: String]] = [:]
        for (edition, outputs) in rendered.editions {
            out[edition] = Dictionary(uniqueKeysWithValues: outputs.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        }
        return out
    }

    static let canaries = [
        "CANARY-BLOCK", "CANARY-SPAN", "CANARY-CONTACT", "CANARY-ACTION-TITLE", "CANARY-ACTION-BODY",
        "CANARY-NOTE-TITLE", "CANARY-NOTE-BODY", "CANARY-ANNEX", "CANARY-LIST", "CANARY-CELL", "CANARY-HEADING",
        "CANARY-FOOTNOTE",
    ]

    static func project() -> [String: String] {
        let plan = Sources.plan(
            extra: "annexes:\n  - {id: I, title: Overview, generated: mandate-template, classification: limite}\n  - {id: II, title: Guide, source: guide.md}",
            body: """
            Public intro with a [CANARY-SPAN]{.limite} inside and a footnote.[^1]

            ::: limite
            CANARY-BLOCK paragraph.
            :::

            - item [CANARY-LIST]{.limite}

            | a |
            | - |
            | [CANARY-CELL]{.limite} |

            ## Heading [CANARY-HEADING]{.limite}

            See [](action:13.2) and [the note](note:secret).

            [^1]: Footnote [CANARY-FOOTNOTE]{.limite}.
            """)
        let limiteAction = """
        ---
        kind: action
        id: "13.2"
        title: CANARY-ACTION-TITLE
        status: agreed
        leader: NL
        classification: limite
        ---

        CANARY-ACTION-BODY

        """
        let secretNote = "---\nkind: note\ntitle: CANARY-NOTE-TITLE\nnumber: 9999/25\nclassification: limite\n---\n\nCANARY-NOTE-BODY\n"
        return Sources.minimal(extra: [
            "content/plans/13/plan.md": plan,
            "content/plans/13/actions/13.1.md": Sources.action("13.1").replacingOccurrences(of: "contact-13.1", with: "CANARY-CONTACT"),
            "content/plans/13/actions/13.2.md": limiteAction,
            "content/plans/13/annexes/guide.md": "---\ntitle: Guide\nclassification: limite\n---\n\nCANARY-ANNEX text.\n",
            "content/notes/secret.md": secretNote,
        ])
    }

    @Test func noCanaryReachesAnyPublicFileAndEveryOneIsInTheLimiteEdition() throws {
        let editions = try Self.render(Self.project())
        let publicFiles = try #require(editions[.public])
        let limiteFiles = try #require(editions[.limite])
        for canary in Self.canaries {
            let leaks = publicFiles.filter { $0.key.contains(canary) || $0.value.contains(canary) }.map(\.key)
            #expect(leaks.isEmpty, "\(canary) leaks into \(leaks)")
            #expect(limiteFiles.values.contains { $0.contains(canary) }, "\(canary) missing from the limite edition")
        }
    }

    @Test func anUnreleasedDocumentIsAbsentAndLinksToItArePlainText() throws {
        let editions = try Self.render(Self.project())
        let publicFiles = try #require(editions[.public])
        #expect(publicFiles["notes/secret.html"] == nil)
        #expect(publicFiles["notes/secret.md"] == nil)
        #expect(editions[.limite]?["notes/secret.html"] != nil)
        let plan = try #require(publicFiles["plans/13/index.md"])
        #expect(plan.contains("the note"))
        #expect(!plan.contains("notes/secret"))
        #expect(!(publicFiles["index.html"] ?? "").contains("9999/25"))
    }

    @Test func deletionsReadAsTheSeedShowsThem() throws {
        let editions = try Self.render(Self.project())
        let plan = try #require(editions[.public]?["plans/13/index.html"])
        #expect(plan.contains("<span class=\"deleted\">(DELETED)</span>"))
        #expect(plan.contains("<p class=\"deleted\">DELETED</p>"))
        #expect(plan.contains("DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (16.02.2026)"))
        // The public version keeps LIMITE beside the partial-access stamp, as seed 000 does.
        #expect(plan.contains("<p class=\"marking\">LIMITE</p>"))
        let limitePlan = try #require(editions[.limite]?["plans/13/index.html"])
        #expect(limitePlan.contains("<p class=\"marking\">LIMITE</p>"))
        #expect(!limitePlan.contains("PARTIALLY ACCESSIBLE"))
        let action = try #require(editions[.public]?["plans/13/13.2.md"])
        #expect(action.hasPrefix("# 13.2: DELETED"))
    }

    @Test func codeThatShowsTheMarkerStaysPublic() throws {
        let body = "```\n::: limite\nThis is how to mark a block.\n:::\n```\n\nText outside markers stays: CANARY-PUBLIC."
        let editions = try Self.render(Self.minimal(body: body))
        let plan = try #require(editions[.public]?["plans/13/index.md"])
        #expect(plan.contains("::: limite\nThis is how to mark a block.\n:::"))
        #expect(plan.contains("CANARY-PUBLIC"))
    }

    static func minimal(body: String) -> [String: String] {
        Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(body: body)])
    }
}

/// A draft plan strikes its dropped proposals through in Annex I; a final plan leaves them out.
@Suite struct DraftAndFinalTests {
    static func project(state: String) -> [String: String] {
        Sources.minimal(extra: [
            "content/plans/13/plan.md": Sources.plan(state: state, extra: "annexes:\n  - {id: I, title: Overview, generated: actions-overview}"),
            "content/plans/13/actions/dropped-fuel.md": "---\nkind: action\ntitle: Combating fuel tax evasion\nstatus: dropped\n---\n",
        ])
    }

    @Test func aDraftStrikesDroppedProposalsThrough() throws {
        for edition in Edition.allCases {
            let page = try #require(try PublicEditionTests.render(Self.project(state: "draft"))[edition]?["plans/13/index.html"])
            #expect(page.contains("<td><del>Combating fuel tax evasion</del></td>"))
        }
    }

    @Test func aFinalPlanLeavesThemOut() throws {
        for edition in Edition.allCases {
            let page = try #require(try PublicEditionTests.render(Self.project(state: "final"))[edition]?["plans/13/index.html"])
            #expect(!page.contains("Combating fuel tax evasion"))
        }
    }
}

import Foundation
import Testing
@testable import CouncilDoc

/// One fixture per way LIMITE content once reached the public edition: each now builds with
/// the token absent from every public byte (and present in the LIMITE edition), or is
/// refused with a positioned error that names both places.
@Suite struct LeakMechanismTests {
    static let token = "TOKENQ7"

    /// Renders a project whose plan body is `body` (plus `extra` files) as of `asOf`.
    static func render(body: String, extra: [String: String] = [:], asOf: CouncilDate = BuildDate.endOfTime) throws -> Pipeline.Rendered {
        var files = Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(body: body)])
        for (k, v) in extra { files[k] = v }
        return Pipeline.render(InMemorySourceTree(files), templates: try TemplateSet.builtIn(), asOf: asOf)
    }

    /// Every byte of an edition, file names included.
    static func bytes(_ rendered: Pipeline.Rendered, _ edition: Edition) -> String {
        rendered.editions.first { $0.0 == edition }?.1.map { $0.path + "\n" + String(decoding: $0.contents, as: UTF8.self) }
            .joined(separator: "\n") ?? ""
    }

    /// The build succeeds, the token is in the LIMITE edition and nowhere in the public one.
    static func expectWithheld(_ rendered: Pipeline.Rendered, _ token: String = token,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(!rendered.log.hasErrors, "\(rendered.log.sorted.map(DiagnosticFormatter.format))", sourceLocation: sourceLocation)
        #expect(bytes(rendered, .limite).contains(token), "lost from the LIMITE edition", sourceLocation: sourceLocation)
        #expect(!bytes(rendered, .public).contains(token), "leaked into the public edition", sourceLocation: sourceLocation)
    }

    @Test func aFootnoteDefinedInALimiteBlockAndCitedPubliclyIsRefused() throws {
        let rendered = try Self.render(body: "Public text.[^n]\n\n::: limite\nSecret.\n\n[^n]: \(Self.token) footnote.\n:::\n")
        #expect(rendered.editions.isEmpty)
        let lines = rendered.log.sorted.map(DiagnosticFormatter.format)
        #expect(lines.contains { $0.hasPrefix("content/plans/13/plan.md:14:13: error: public text cites '[^n]', which is defined only inside a LIMITE part") }, "\(lines)")
        #expect(rendered.log.all.first { $0.id == .limiteDefinitionCitedPublicly }?.notes.first?.location?.line == 19)
    }

    @Test func aLinkDefinitionInALimiteBlockCitedPubliclyIsRefused() throws {
        let rendered = try Self.render(body: "See [the file][ref].\n\n::: limite\n[ref]: https://\(Self.token).example/ \"\(Self.token)\"\n:::\n")
        #expect(rendered.editions.isEmpty)
        #expect(rendered.log.all.contains { $0.id == .limiteDefinitionCitedPublicly })
    }

    @Test func aFootnoteCitedOnlyInsideALimiteBlockStaysInside() throws {
        Self.expectWithheld(try Self.render(body: "Public.\n\n::: limite\nSecret.[^n]\n\n[^n]: \(Self.token) footnote.\n:::\n"))
    }

    @Test func aLimiteSpanInAFootnoteDefinition() throws {
        Self.expectWithheld(try Self.render(body: "Public.[^n]\n\n[^n]: Note [\(Self.token)]{.limite}.\n"))
    }

    @Test func aLinkWhoseWholeTextIsLimiteLosesItsDestinationAndTitle() throws {
        let rendered = try Self.render(body: "See [[\(Self.token) name]{.limite}](https://\(Self.token).example/x \"\(Self.token) title\") now.\n")
        Self.expectWithheld(rendered)
        #expect(Self.bytes(rendered, .public).contains("See (DELETED) now."))
    }

    @Test func anImageWhoseAltTextIsLimiteLosesItsSource() throws {
        Self.expectWithheld(try Self.render(body: "A ![[\(Self.token)]{.limite}](\(Self.token).png) here.\n"))
    }

    @Test func aLinkReferenceWhoseTextIsLimite() throws {
        Self.expectWithheld(try Self.render(body: "See [[\(Self.token)]{.limite}][r].\n\n[r]: https://public.example/\n"))
    }

    @Test(arguments: [
        "# Heading [TOKENQ7]{.limite}\n",
        "| a | b |\n| - | - |\n| [TOKENQ7]{.limite} | x |\n",
        "- one\n- two [TOKENQ7]{.limite}\n",
        "> quoted [TOKENQ7]{.limite}\n",
        "*emphasis [TOKENQ7]{.limite}*\n",
        "A [span across\nlines TOKENQ7]{.limite} here.\n",
        "A [nested [TOKENQ7]{.limite} span]{.limite}.\n",
        "A [span with `code` TOKENQ7]{.limite}.\n",
        "- item\n\n  ::: limite\n  TOKENQ7 in a list\n  :::\n",
        "> ::: limite\n> TOKENQ7 in a quote\n> :::\n",
        "::: limite\n<div title=\"TOKENQ7\">raw</div>\n\n:::\n",
        "::: limite\n## TOKENQ7 heading\n:::\n",
    ])
    func aLimitePartInEveryPlace(body: String) throws {
        Self.expectWithheld(try Self.render(body: "Public text.\n\n" + body))
    }

    @Test func aWholeLimiteActionShowsItsNumberAndNothingElse() throws {
        let action = Sources.action("13.2", leader: "NL", extra: "classification: limite\nco-leaders: [PL]\n",
                                    body: "## Objective\n\n\(Self.token) plan.")
            .replacingOccurrences(of: "title: Action 13.2", with: "title: \(Self.token) title")
        let rendered = try Self.render(body: "Intro.\n\n::: actions\n:::\n", extra: ["content/plans/13/actions/13.2.md": action])
        Self.expectWithheld(rendered)
        let page = rendered.editions.first { $0.0 == .public }!.1.first { $0.path == "plans/13/13.2.html" }
        let text = page.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
        #expect(text.contains("DELETED"))
        #expect(!text.contains("agreed") && !text.contains("Status"), "the status of a LIMITE action is LIMITE")
        let publicFiles = rendered.editions.first { $0.0 == .public }!.1.map(\.path)
        #expect(!publicFiles.contains("participants/nl.html") && !publicFiles.contains("participants/pl.html"))
    }

    @Test func aDocumentIsPublishedOnlyFromItsReleaseDate() throws {
        let note = "---\nkind: note\nsubject: \(Self.token) subject\nnumber: 9999/26\ndate: 2026-01-10\nclassification: limite\npublic-release: 2026-12-01\n---\n\n\(Self.token) body.\n"
        let before = try Self.render(body: "Intro.", extra: ["content/notes/n.md": note], asOf: CouncilDate("2026-11-30")!)
        Self.expectWithheld(before)
        let after = try Self.render(body: "Intro.", extra: ["content/notes/n.md": note], asOf: CouncilDate("2026-12-01")!)
        #expect(Self.bytes(after, .public).contains("\(Self.token) subject"))
    }

    @Test func theAsOfDateComesFromTheOptionTheEnvironmentOrTheClock() throws {
        #expect(try BuildDate.resolve(option: "2026-02-16", environment: ["SOURCE_DATE_EPOCH": "0"]) == CouncilDate("2026-02-16"))
        #expect(try BuildDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": "1771200000"]) == CouncilDate("2026-02-16"))
        #expect(try BuildDate.resolve(option: nil, environment: [:], now: Date(timeIntervalSince1970: 0)) == CouncilDate("1970-01-01"))
        #expect(throws: BuildDate.Invalid.self) { try BuildDate.resolve(option: "16.02.2026") }
        #expect(throws: BuildDate.Invalid.self) { try BuildDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": "soon"]) }
    }

    @Test func aSpanTheScanCannotDelimitIsRefused() throws {
        // A span marker inside a link title: the parser sees no span, the scan does.
        let rendered = try Self.render(body: "See [x](https://a.example \"[\(Self.token)]{.limite}\").\n")
        #expect(rendered.editions.isEmpty)
        #expect(rendered.log.all.contains { $0.id == .undelimitedLimite || $0.id == .unbalancedSpan }, "\(rendered.log.all)")
    }

    @Test func aLimiteAnnexIBesidePublicActionsIsRefusedNamingBoth() throws {
        var files = Sources.minimal()
        files["content/plans/13/plan.md"] = Sources.plan(
            extra: "annexes:\n  - {id: I, title: Overview, generated: actions-overview, classification: limite}", body: "Intro.")
        let rendered = Pipeline.render(InMemorySourceTree(files), templates: try TemplateSet.builtIn())
        #expect(rendered.editions.isEmpty)
        let lines = rendered.log.sorted.map(DiagnosticFormatter.format)
        #expect(lines == [
            "content/plans/13/plan.md:12:5: error: ANNEX I is LIMITE, but the leader, co-leaders and participants it lists for action 13.1 are public on the action's page, the participants' pages and the coverage matrix [limite-annex-of-public-facts]\ncontent/plans/13/actions/13.1.md:3:5: note: action 13.1 is public here: mark it 'classification: limite', or make the annex public",
        ], "\(lines)")
        // With the action LIMITE too, the plan builds and Annex I withholds its facts.
        files["content/plans/13/actions/13.1.md"] = Sources.action("13.1", leader: "NL", extra: "classification: limite\n")
        let fixed = Pipeline.render(InMemorySourceTree(files), templates: try TemplateSet.builtIn())
        Self.expectWithheld(fixed, "participants/nl")
    }

    @Test func aGeneratedBlockInsideALimiteBlockIsExpandedAsLimite() throws {
        let rendered = try Self.render(body: "Intro.\n\n::: limite\n## Actions\n\n::: actions\n:::\n:::\n")
        func plan(_ edition: Edition) -> String {
            rendered.editions.first { $0.0 == edition }?.1.first { $0.path == "plans/13/index.md" }
                .map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
        }
        #expect(plan(.limite).contains("[13.1](13.1.md): Action 13.1 — leader"), "\(plan(.limite))")
        #expect(!plan(.limite).contains("::: actions"))
        #expect(!plan(.public).contains("— leader") && plan(.public).contains("DELETED"))
    }

    @Test func checkReportsWhatRedactionCannotCutAndBuildWritesNothing() throws {
        let project = try TempProject(Sources.minimal(extra: [
            "content/plans/13/plan.md": Sources.plan(body: "Public text.[^n]\n\n::: limite\n[^n]: \(Self.token).\n:::\n"),
        ]))
        let check = try CLI.run(["check"], in: project.root)
        #expect(check.status == 1)
        #expect(check.stdout.contains("content/plans/13/plan.md:14:13: error: public text cites '[^n]'"), "\(check.stdout)")
        let build = try CLI.run(["build"], in: project.root)
        #expect(build.status == 1)
        #expect(!project.exists("output/public"))
    }

    @Test func aLimiteSpanInAFootnoteNothingCitesIsNoFalseAlarm() throws {
        // cmark drops a footnote definition nothing cites; the scan must drop its span too.
        let rendered = try Self.render(body: "Text.[^a]\n\n[^a]: Cited.\n\n[^b]: Never cited [\(Self.token)]{.limite}.\n")
        #expect(!rendered.log.hasErrors, "\(rendered.log.sorted.map(DiagnosticFormatter.format))")
        #expect(!Self.bytes(rendered, .public).contains(Self.token))
    }

    @Test func aForgedFenceSentinelCannotEndALimiteBlock() throws {
        // The parser stands a comment in for each fence line; text that writes such a
        // comment itself must not close (or open) a LIMITE block.
        let body = "::: limite\nA secret.\n\n<!--councildoc-fence:1-->\n\n\(Self.token) still secret.\n\n<!--councildoc-fence:0-->\n\nMore.\n:::\n"
        let rendered = try Self.render(body: body)
        Self.expectWithheld(rendered)
        // One LIMITE block, as written: the comments are text inside it, not fences.
        let page = rendered.editions.first { $0.0 == .limite }?.1.first { $0.path == "plans/13/index.html" }
        let html = page.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
        #expect(html.components(separatedBy: "<div class=\"limite\">").count == 2, "\(html)")
    }

    @Test func aDroppedProposalsTextIsShownInTheLimiteEditionOnly() throws {
        let dropped = "---\nkind: action\ntitle: Fuel fraud\nstatus: dropped\n---\n\nWhy it was proposed: \(Self.token).\n"
        let rendered = try Self.render(body: "Intro.\n\n::: dropped-actions\n:::\n",
                                       extra: ["content/plans/13/actions/dropped-fuel.md": dropped])
        Self.expectWithheld(rendered)
        let limite = rendered.editions.first { $0.0 == .limite }!.1
        #expect(limite.contains { $0.path == "plans/13/dropped/dropped-fuel.html" })
        // Its title stays public, as the plan's text lists it.
        #expect(Self.bytes(rendered, .public).contains("Fuel fraud"))
        // The proof covers it: a renderer that published it would fail the build.
        var files = Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(body: "Intro."),
                                            "content/plans/13/actions/dropped-fuel.md": dropped])
        files["councildoc.yml"] = Sources.config
        let planted = Pipeline.render(InMemorySourceTree(files), templates: try TemplateSet.builtIn()) { outputs, linked in
            let body = linked.corpus.plans[0].actions.first { $0.id == nil }.map { PlainText.of($0.source.body.blocks) } ?? ""
            outputs.append(OutputFile(path: "d.html", text: body))
        }
        #expect(planted.log.all.contains { $0.id == .redactionProofFailed }, "\(planted.log.all)")
    }
}

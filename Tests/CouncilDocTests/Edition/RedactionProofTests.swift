import Foundation
import Testing
@testable import CouncilDoc

/// The proof of every build: a renderer that lets LIMITE content into the public edition,
/// in any way, fails the build, names the public file and the LIMITE part, and writes
/// nothing; ordinary text never fails it.
@Suite struct RedactionProofTests {
    static let files = Sources.minimal(extra: [
        "content/plans/13/plan.md": Sources.plan(body: "Public intro.\n\n::: limite\nThe operation starts in Rotterdam on the night of 4 May.\n:::\n\nAlso [a name]{.limite} here.\n"),
    ])

    /// Builds `files` with a leak planted in the public renderers.
    static func planted(_ files: [String: String] = files,
                        _ leak: @escaping (inout [OutputFile], LinkedCorpus) -> Void) throws -> Pipeline.Rendered {
        Pipeline.render(InMemorySourceTree(files), templates: try TemplateSet.builtIn(), tamper: leak)
    }

    /// The plan's LIMITE block, as a renderer that read the whole corpus would see it.
    static func limiteBlockText(_ linked: LinkedCorpus) -> String {
        for case .fencedDiv(let div) in linked.corpus.plans[0].source.body.blocks where div.name == "limite" {
            return PlainText.of(div.blocks)
        }
        return ""
    }

    @Test func theCleanBuildProvesAndWrites() throws {
        let clean = Pipeline.render(InMemorySourceTree(Self.files), templates: try TemplateSet.builtIn())
        #expect(!clean.log.hasErrors, "\(clean.log.all)")
        #expect(clean.editions.count == 2)
    }

    @Test func aPageThatCopiesALimiteBlockFailsTheBuild() throws {
        let rendered = try Self.planted { files, linked in
            files.append(OutputFile(path: "plans/13/debug.html", text: "<p>\(Self.limiteBlockText(linked))</p>"))
        }
        #expect(rendered.editions.isEmpty)
        let lines = rendered.log.sorted.map(DiagnosticFormatter.format)
        #expect(lines.count == 1)
        // Named: the LIMITE block's place, the public file, what changed.
        #expect(lines.first?.hasPrefix("content/plans/13/plan.md:16:1: error: the public edition depends on LIMITE content: 'plans/13/debug.html' changes when LIMITE parts change") == true, "\(lines)")
        #expect(lines.first?.hasSuffix("[redaction-proof-failed]") == true)
    }

    @Test func aLeakInAFileNameFailsTheBuild() throws {
        let rendered = try Self.planted { files, linked in
            let word = Self.limiteBlockText(linked).split(separator: " ").prefix(3).joined(separator: "-")
            files.append(OutputFile(path: "\(word).html", text: "x"))
        }
        #expect(rendered.editions.isEmpty)
        #expect(rendered.log.all.filter { $0.id == .redactionProofFailed }.count == 2)
    }

    @Test func aLeakOfALengthOrACountFailsTheBuild() throws {
        // No LIMITE word, only how long the LIMITE part is.
        let rendered = try Self.planted { files, linked in
            files.append(OutputFile(path: "stats.html", text: "\(Self.limiteBlockText(linked).utf8.count) bytes withheld"))
        }
        #expect(rendered.log.all.contains { $0.id == .redactionProofFailed })
    }

    @Test func aLeakOfAContactOrALimiteActionFailsTheBuild() throws {
        let files = Sources.minimal(extra: [
            "content/plans/13/plan.md": Sources.plan(body: "Intro.\n"),
            "content/plans/13/actions/13.1.md": Sources.action("13.1"),
            "content/plans/13/actions/13.2.md": Sources.action("13.2", extra: "classification: limite\n"),
        ])
        let contact = try Self.planted(files) { files, linked in
            files.append(OutputFile(path: "c.html", text: linked.corpus.plans[0].actions[0].contact ?? ""))
        }
        #expect(contact.log.all.contains { $0.id == .redactionProofFailed && $0.location?.file == "content/plans/13/actions/13.1.md" },
                "\(contact.log.all)")
        let leader = try Self.planted(files) { files, linked in
            files.append(OutputFile(path: "l.html", text: linked.corpus.plans[0].actions[1].leader?.value.description ?? ""))
        }
        #expect(leader.log.all.contains { $0.id == .redactionProofFailed })
    }

    @Test func aLeakOfALimiteSpanInAMarkdownFieldFailsTheBuild() throws {
        let files = Sources.minimal(extra: [
            "content/plans/13/plan.md": Sources.plan(extra: "timeline:\n  - {semester: 2026-S1, text: \"Start [in Rotterdam]{.limite}\"}",
                                                     body: "Intro.\n\n::: timeline\n:::\n"),
        ])
        let clean = Pipeline.render(InMemorySourceTree(files), templates: try TemplateSet.builtIn())
        #expect(!clean.log.hasErrors, "\(clean.log.all)")
        let rendered = try Self.planted(files) { files, linked in
            files.append(OutputFile(path: "t.html", text: PlainText.of(linked.corpus.plans[0].timeline[0].text.blocks)))
        }
        #expect(rendered.log.all.contains { $0.id == .redactionProofFailed && $0.location?.file == "content/plans/13/plan.md" },
                "\(rendered.log.all)")
    }

    @Test func publicTextSharedWithLimitePartsIsNoAlarm() throws {
        // The same sentences in public text and in LIMITE parts: the old word scan's false alarm.
        let sentence = "The leading Member State will report to the working party on the results of the action"
        let files = Sources.minimal(extra: [
            "content/plans/13/plan.md": Sources.plan(body: "\(sentence).\n\n::: limite\n\(sentence).\n:::\n\nIt [\(sentence)]{.limite} ends. \(sentence).\n"),
        ])
        let rendered = Pipeline.render(InMemorySourceTree(files), templates: try TemplateSet.builtIn())
        #expect(!rendered.log.hasErrors, "\(rendered.log.all)")
        #expect(rendered.editions.count == 2)
    }

    /// A leak planted in the output of each renderer: a fact only a LIMITE part shows,
    /// written into the page that renderer makes.
    static let renderers: [(file: String, fact: @Sendable (LinkedCorpus) -> String)] = [
        // The HTML and Markdown pages of the plan: the LIMITE block's text.
        ("plans/13/index.html", { limiteBlockText($0) }),
        ("plans/13/index.md", { limiteBlockText($0) }),
        // Annex I (in the plan page): a LIMITE action's leader.
        ("plans/13/index.html", { $0.corpus.plans[0].actions.last?.leader?.value.description ?? "" }),
        // The participants' index: who takes part in the LIMITE action.
        ("participants/index.md", { $0.corpus.plans[0].actions.last?.participants.map(\.value.description).joined() ?? "" }),
        // The coverage matrix: the objectives of every action.
        ("plans/13/coverage.html", { $0.corpus.plans[0].actions.flatMap(\.objectives).map(\.value.description).joined() }),
        // Backlinks on an objective page: the titles of the actions that cite it.
        ("objectives/s-2023/1.html", { $0.corpus.plans[0].actions.map(\.title).joined() }),
        // A chart (an SVG bar per action): the length of the LIMITE span.
        ("plans/13/index.html", { "<rect width=\"\(limiteSpanText($0).count)\"/>" }),
        // The printed document (the source of the PDF and the DOCX): the LIMITE block's
        // text, and a LIMITE action's leader in its footer.
        ("plans/13/index.print.html", { limiteBlockText($0) }),
        ("plans/13/index.print.html", { "@page { @bottom-center { content: \"\($0.corpus.plans[0].actions.last?.leader?.value.description ?? "")\" } }" }),
    ]

    static func limiteSpanText(_ linked: LinkedCorpus) -> String {
        var text = ""
        InlineWalk.each(in: linked.corpus.plans[0].source.body.blocks) { inline in
            if case .limiteSpan(let content, _) = inline { text += PlainText.of([.paragraph(content, at: .unknown)]) }
        }
        return text
    }

    @Test(arguments: 0..<renderers.count)
    func aLeakPlantedInEachRendererIsCaught(index: Int) throws {
        var files = Self.files
        files["content/plans/13/actions/13.2.md"] = Sources.action("13.2", leader: "NL", extra: "classification: limite\n")
        let (file, fact) = Self.renderers[index]
        let rendered = try Self.planted(files) { outputs, linked in
            guard let at = outputs.firstIndex(where: { $0.path == file }) else { return }
            outputs[at].contents.append(Data(fact(linked).utf8))
        }
        #expect(rendered.editions.isEmpty, "\(file)")
        #expect(rendered.log.all.contains { $0.id == .redactionProofFailed && $0.message.contains(file) }, "\(rendered.log.all)")
    }
}

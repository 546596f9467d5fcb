import Foundation
import Testing
@testable import CouncilDoc

/// The last line of defence: a leak planted past the edition stage is caught by the scan,
/// and nothing is written.
@Suite struct LeakScanTests {
    static let files = Sources.minimal(extra: [
        "content/plans/13/plan.md": Sources.plan(body: "Public intro.\n\n::: limite\nThe operation starts in Rotterdam on the night of 4 May.\n:::\n"),
    ])

    @Test func aLeakPlantedAfterTheTransformIsCaughtAndNothingIsRendered() throws {
        let templates = try TemplateSet.builtIn()
        let clean = Pipeline.render(InMemorySourceTree(Self.files), templates: templates)
        #expect(!clean.log.hasErrors)
        #expect(clean.editions.count == 2)
        let planted = Pipeline.render(InMemorySourceTree(Self.files), templates: templates) { files in
            // A renderer bug that copies LIMITE text into a public page, with markup inside.
            files.append(OutputFile(path: "plans/13/debug.html", text: "<p>The operation <em>starts</em> in Rotterdam on the night</p>"))
        }
        #expect(planted.editions.isEmpty)
        let lines = planted.log.sorted.map(DiagnosticFormatter.format)
        #expect(lines == [
            "content/plans/13/plan.md:16:1: error: LIMITE text (::: limite block) reached the public edition in plans/13/debug.html: 'the operation starts in rotterdam'; nothing was written [leak-detected]",
        ])
    }

    @Test func aLeakInAFileNameOrAnAttributeIsCaught() throws {
        let templates = try TemplateSet.builtIn()
        let inName = Pipeline.render(InMemorySourceTree(Self.files), templates: templates) { files in
            files.append(OutputFile(path: "the-operation-starts-in-rotterdam.html", text: "x"))
        }
        #expect(inName.log.all.contains { $0.id == .leakDetected })
        let inAttribute = Pipeline.render(InMemorySourceTree(Self.files), templates: templates) { files in
            files.append(OutputFile(path: "x.html", text: "<a title=\"in Rotterdam on the night of 4 May\">x</a>"))
        }
        #expect(inAttribute.log.all.contains { $0.id == .leakDetected })
    }

    @Test func wordsThatAreAlsoPublicAreNotALeak() {
        let record = RedactionRecord(marker: .block, document: "d", title: "t", section: nil, location: .startOf("d"),
                                     text: "Council of the European Union meeting in Rotterdam")
        let scanner = LeakScanner(records: [record], publicText: ["Council of the European Union"])
        #expect(scanner.scan([("a.html", "<p>Council of the European Union</p>")]).isEmpty)
        #expect(scanner.scan([("a.html", "<p>European Union meeting in Rotterdam</p>")]).count == 1)
    }

    @Test func entitiesAndEscapesDoNotHideALeak() {
        let record = RedactionRecord(marker: .span, document: "d", title: "t", section: nil, location: .startOf("d"),
                                     text: "Smith & Jones's *yard* at pier 7")
        let scanner = LeakScanner(records: [record], publicText: [])
        #expect(scanner.scan([("a.html", "Smith &amp; Jones&#x27;s <em>yard</em> at pier")]).count == 1)
        #expect(scanner.scan([("a.md", "Smith \\& Jones's \\*yard\\* at pier 7")]).count == 1)
    }
}

@Suite struct WordHashTests {
    @Test(arguments: ["Smith &amp; Jones&#x27;s <em>yard</em> at PIER 7", "AT&T is here", "a&b; c", "plain words only", "É accented words",
                      "entity at end &amp", "&#32;lead", ""])
    func theFastPathHashesAsTheWordsDo(text: String) {
        #expect(LeakScanner.wordHashes(text) == LeakScanner.hashes(LeakScanner.words(text)))
    }
}

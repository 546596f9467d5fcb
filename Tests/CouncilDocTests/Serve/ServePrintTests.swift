import Foundation
import Testing
@testable import CouncilDoc

/// `serve --pdf`: the pages are published first, then every document's PDF; after a save,
/// the page again at once, then the PDF of the edited document only, linked from the
/// side-by-side page.
@Suite(.serialized) struct ServePrintTests {
    @Test func theEditedDocumentsPDFIsPrintedAfterItsPagesAndAlone() throws {
        let dir = try TempProject([:])
        try ProjectInit.create(in: dir.root, year: 2026)
        let server = try ServeProcess(project: dir.root, arguments: ["--pdf"])
        defer { server.stop() }
        let events = try EventListener(port: server.port)
        defer { events.stop() }

        // The first build's pages, then its PDFs.
        let printed = try #require(events.build(atLeast: 2))
        let all = try #require(printed["converted"] as? Int, "\(printed)")
        #expect(all >= 4)
        #expect(server.wait(timeout: 10) { $0.firstMatch(of: #/\[1\] built in \d+ ms\n\[2\] printed \d+ PDF files/#) } != nil, "\(server.output)")
        // The plan is LIMITE and not yet released: its PDF in the LIMITE edition only, and linked there only.
        #expect(dir.exists("output/limite/plans/1/index.pdf") && !dir.exists("output/public/plans/1/index.print.html"))
        let side = try server.get("/_councildoc/compare/plans/1/index.html").body
        #expect(side.contains("href=\"/limite/plans/1/index.pdf\"") && !side.contains("href=\"/public/plans/1/index.pdf\""), "\(side)")
        let both = try server.get("/_councildoc/compare/notes/presidency-priorities.html").body
        #expect(both.contains("href=\"/limite/notes/presidency-priorities.pdf\"") && both.contains("href=\"/public/notes/presidency-priorities.pdf\""), "\(both)")
        #expect(!(try server.get("/_councildoc/compare/plans/1/1.1.html").body.contains(".pdf")), "an action page is no document")
        let pdf = try server.get("/limite/plans/1/index.pdf")
        #expect(pdf.status == 200 && pdf.body.hasPrefix("%PDF"))

        // A save of the note: its page at once (no PDF converted in that build), then its PDFs only.
        let note = "content/notes/presidency-priorities.md"
        let before = try Data(contentsOf: dir.root.appendingPathComponent("output/limite/notes/presidency-priorities.pdf"))
        let planPDF = try Data(contentsOf: dir.root.appendingPathComponent("output/limite/plans/1/index.pdf"))
        try dir.write(note, try dir.read(note) + "\nA sentence added while the server runs.\n")
        let page = try #require(events.build(atLeast: 3))
        #expect(page["ok"] as? Bool == true && page["converted"] == nil, "\(page)")
        let reprinted = try #require(events.build(atLeast: 4))
        #expect(reprinted["converted"] as? Int == 2, "the note's PDF in each edition, nothing else: \(reprinted)")
        #expect(server.wait(timeout: 10) { $0.firstMatch(of: #/\[3\] built in \d+ ms\n\[4\] printed 2 PDF files/#) } != nil, "\(server.output)")
        let after = try Data(contentsOf: dir.root.appendingPathComponent("output/limite/notes/presidency-priorities.pdf"))
        #expect(after != before)
        #expect(try Data(contentsOf: dir.root.appendingPathComponent("output/limite/plans/1/index.pdf")) == planPDF)
    }

    @Test func withoutWeasyPrintServePDFSaysWhatToInstallAndServesNothing() throws {
        let dir = try TempProject([:])
        try ProjectInit.create(in: dir.root, year: 2026)
        let empty = dir.root.appendingPathComponent("empty-bin")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let run = try CLI.run(["serve", "--pdf", "--port", "0"], in: dir.root, environment: ["PATH": empty.path, "HOME": dir.root.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--pdf needs WeasyPrint") && run.stderr.contains("install WeasyPrint"), "\(run.stderr)")
        #expect(!dir.exists("output"))
    }
}

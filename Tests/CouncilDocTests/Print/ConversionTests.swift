import Foundation
import Testing
@testable import CouncilDoc

/// `build --pdf --docx` with the built executable, WeasyPrint and pandoc (installed by
/// `make test`): every document of both editions as PDF and DOCX, deterministic, the
/// public ones free of LIMITE content and unchanged when it changes, the PDF's metadata and
/// outline free of authors, paths and LIMITE headings, the footer's marking on every page.
@Suite(.serialized) struct ConversionTests {
    /// Runs a program and returns its standard output.
    static func tool(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(arguments) failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of each page of a PDF.
    static func pages(_ pdf: URL) throws -> [String] {
        try tool(["pdftotext", "-layout", pdf.path, "-"]).split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// A DOCX as pandoc reads it back (`native`, Word styles kept).
    static func docx(_ file: URL) throws -> String {
        try tool(["pandoc", "--from", "docx+styles", "--to", "native", file.path])
    }

    static func build(_ project: TempProject, output: String = "output", environment: [String: String]? = nil) throws -> CLI.Run {
        try CLI.run(["build", "--pdf", "--docx", "--output", output, "--as-of", "2026-03-01"], in: project.root, environment: environment)
    }

    @Test func everyDocumentOfBothEditionsIsWrittenAsPDFAndDOCX() throws {
        let project = try TempProject(PublicEditionTests.project())
        let run = try Self.build(project)
        #expect(run.status == 0, "\(run.stderr)")
        for edition in ["limite", "public"] {
            for document in ["plans/13/index", "strategies/s-2023"] {
                #expect(project.exists("output/\(edition)/\(document).pdf"), "\(edition)/\(document).pdf")
                #expect(project.exists("output/\(edition)/\(document).docx"), "\(edition)/\(document).docx")
            }
            #expect(!project.exists("output/\(edition)/plans/13/13.1.pdf"), "an action page is not a document")
        }
        #expect(project.exists("output/limite/notes/secret.pdf"))
        #expect(!project.exists("output/public/notes/secret.pdf"))
    }

    @Test func noLimiteContentInAnyPublicPDFOrDOCXAndAllOfItInTheLimiteOnes() throws {
        let project = try TempProject(PublicEditionTests.project())
        #expect(try Self.build(project).status == 0)
        let publicTexts = try ["plans/13/index", "strategies/s-2023"].flatMap { document -> [String] in
            let base = project.root.appendingPathComponent("output/public/\(document)")
            return [try Self.pages(base.appendingPathExtension("pdf")).joined(), try Self.docx(base.appendingPathExtension("docx"))]
        }
        for canary in PublicEditionTests.canaries {
            #expect(!publicTexts.contains { $0.contains(canary) }, "\(canary) in a public PDF or DOCX")
        }
        let limitePDF = try Self.pages(project.root.appendingPathComponent("output/limite/plans/13/index.pdf")).joined()
        let limiteDOCX = try Self.docx(project.root.appendingPathComponent("output/limite/plans/13/index.docx"))
        for canary in ["CANARY-BLOCK", "CANARY-SPAN", "CANARY-FOOTNOTE", "CANARY-ANNEX", "CANARY-CELL", "CANARY-HEADING"] {
            #expect(limitePDF.contains(canary), "\(canary) missing from the LIMITE PDF")
            #expect(limiteDOCX.contains(canary), "\(canary) missing from the LIMITE DOCX")
        }
    }

    @Test func thePublicPDFAndDOCXDoNotChangeWhenLimiteContentChanges() throws {
        let project = try TempProject(PublicEditionTests.project())
        #expect(try Self.build(project, output: "first").status == 0)
        var files = PublicEditionTests.project()
        for (path, text) in files {
            files[path] = text.replacingOccurrences(of: "CANARY-", with: "Other words, longer, in their place ")
        }
        for (path, text) in files { try project.write(path, text) }
        #expect(try Self.build(project, output: "second").status == 0)
        for document in ["plans/13/index", "strategies/s-2023"] {
            for ext in ["pdf", "docx", "print.html"] {
                let first = try Data(contentsOf: project.root.appendingPathComponent("first/public/\(document).\(ext)"))
                let second = try Data(contentsOf: project.root.appendingPathComponent("second/public/\(document).\(ext)"))
                #expect(first == second, "public \(document).\(ext) changed with LIMITE content")
            }
        }
        let first = try Data(contentsOf: project.root.appendingPathComponent("first/limite/plans/13/index.pdf"))
        let second = try Data(contentsOf: project.root.appendingPathComponent("second/limite/plans/13/index.pdf"))
        #expect(first != second, "the LIMITE PDF shows LIMITE content")
    }

    @Test func twoBuildsWriteTheSameBytes() throws {
        let project = try TempProject(PublicEditionTests.project())
        #expect(try Self.build(project, output: "a").status == 0)
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try Self.build(project, output: "b").status == 0)
        let a = project.files(under: "a/limite") + project.files(under: "a/public").map { "p/" + $0 }
        #expect(a.contains { $0.hasSuffix(".pdf") } && a.contains { $0.hasSuffix(".docx") })
        for edition in ["limite", "public"] {
            for file in project.files(under: "a/\(edition)") where file.hasSuffix(".pdf") || file.hasSuffix(".docx") {
                let x = try Data(contentsOf: project.root.appendingPathComponent("a/\(edition)/\(file)"))
                let y = try Data(contentsOf: project.root.appendingPathComponent("b/\(edition)/\(file)"))
                #expect(x == y, "\(edition)/\(file) differs between two builds")
            }
        }
    }

    @Test func thePDFNamesNoAuthorNoPathAndItsOutlineHoldsPublicHeadingsOnly() throws {
        let project = try TempProject(PublicEditionTests.project())
        #expect(try Self.build(project).status == 0)
        let pdf = project.root.appendingPathComponent("output/public/plans/13/index.pdf")
        let info = try Self.tool(["pdfinfo", pdf.path])
        #expect(!info.contains("Author:"))
        #expect(!info.contains("Creator:"))
        #expect(info.contains("Title:           Plan 13"))
        #expect(info.contains("CreationDate:    Mon Sep  1 00:00:00 2025 UTC"))
        let bytes = try Data(contentsOf: pdf)
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(!raw.contains(project.root.path) && !raw.contains("/tmp") && !raw.contains("councildoc-convert"), "a path in the PDF")
        // Outline entries (WeasyPrint writes them as uncompressed /Title strings).
        let titles = raw.components(separatedBy: "/Title (").dropFirst().map { $0.prefix { $0 != ")" } }
        #expect(titles.contains { $0.contains("Heading") }, "no outline: \(titles)")
        #expect(!titles.contains { $0.contains("CANARY") }, "a LIMITE heading in the public outline: \(titles)")
        let limite = String(decoding: try Data(contentsOf: project.root.appendingPathComponent("output/limite/plans/13/index.pdf")), as: UTF8.self)
        #expect(limite.contains("CANARY-HEADING"), "the LIMITE outline lacks the LIMITE heading")
    }

    @Test func everyPageCarriesTheFooterAndItsMarking() throws {
        var files = PrintPageWriterTests.project()
        // Enough text for several pages.
        files["content/plans/13/plan.md"] = Sources.plan(extra: "initials: MM/sl\ndg: JAI.1",
            body: (1...60).map { "Paragraph \($0) of the plan, long enough to fill a line of the printed page and more.[^\($0)]\n\n[^\($0)]: Note \($0)." }
                .joined(separator: "\n\n"))
        let project = try TempProject(files)
        #expect(try Self.build(project).status == 0)
        for (edition, marking) in [("limite", "LIMITE"), ("public", "PUBLIC")] {
            let pages = try Self.pages(project.root.appendingPathComponent("output/\(edition)/plans/13/index.pdf"))
            #expect(pages.count > 2, "\(edition): \(pages.count) pages")
            for (index, page) in pages.enumerated() {
                let footer = page.split(separator: "\n").suffix(2).map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
                #expect(footer == ["11809/1/25 REV 1 MM/sl \(index + 1)", "JAI.1 \(marking) EN"], "\(edition) page \(index + 1): \(footer)")
                // Each note is on the page of its call.
                for n in 1...60 where page.contains("Paragraph \(n) of the plan") {
                    #expect(page.contains("Note \(n)."), "\(edition) page \(index + 1): note \(n) is not at the foot of the page of its call")
                }
            }
        }
    }

    @Test func theDOCXHasWordFootnotesLimiteStylesAndNoMarkupLeftAsText() throws {
        let project = try TempProject(PublicEditionTests.project())
        #expect(try Self.build(project).status == 0)
        let limite = try Self.docx(project.root.appendingPathComponent("output/limite/plans/13/index.docx"))
        #expect(limite.contains("Note"), "no Word footnote")
        #expect(limite.contains("(\"custom-style\",\"LIMITE part\")") || limite.contains("( \"custom-style\" , \"LIMITE part\" )"), "no LIMITE part style")
        #expect(limite.contains("LIMITE block"), "no LIMITE block style")
        for text in [limite, try Self.docx(project.root.appendingPathComponent("output/public/plans/13/index.docx"))] {
            #expect(!text.contains("{.limite}") && !text.contains("::: limite") && !text.contains("\\8617"), "markup left as text")
        }
    }

    @Test func aMissingConverterIsAClearErrorAndNothingIsWritten() throws {
        let project = try TempProject(PublicEditionTests.project())
        let empty = project.root.appendingPathComponent("no-programs")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let run = try Self.build(project, environment: ["PATH": empty.path, "HOME": project.root.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: --pdf needs weasyprint, which is not on PATH: install WeasyPrint: apt-get install weasyprint (or pip install weasyprint); nothing was written [converter-missing]"), "\(run.stderr)")
        #expect(run.stderr.contains("error: --docx needs pandoc"))
        #expect(!project.exists("output/limite"))
    }
}

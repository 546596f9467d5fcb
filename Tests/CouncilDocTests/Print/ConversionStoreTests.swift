import Crypto
import Foundation
import Testing
@testable import CouncilDoc

/// The store of converted files (`output/.councildoc/converted/`): a document is converted
/// again only when its printed source, the converter or councildoc changed; what is taken
/// from the store is what a conversion would write (a clean build's bytes), and a damaged
/// stored file is converted again, never taken.
@Suite struct ConversionStoreTests {
    static func key(_ n: Int) -> String { String(repeating: String(n % 10), count: 64) }

    @Test func aStoredFileIsTakenBackByItsKey() throws {
        let output = try TempProject([:]).root
        let store = ConversionStore(output: output)
        store.put(Data("%PDF one".utf8), for: Self.key(1), format: .pdf)
        #expect(ConversionStore(output: output).bytes(for: Self.key(1)) == Data("%PDF one".utf8))
        #expect(ConversionStore(output: output).bytes(for: Self.key(2)) == nil)
    }

    @Test func aDamagedOrTruncatedStoredFileIsNotTaken() throws {
        let output = try TempProject([:]).root
        ConversionStore(output: output).put(Data("%PDF a whole file".utf8), for: Self.key(1), format: .pdf)
        let folder = ConversionStore(output: output).folder
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".pdf") })
        for damaged in [Data("%PDF a whole".utf8), Data("%PDF a whole filE".utf8), Data()] {
            try damaged.write(to: folder.appendingPathComponent(name))
            #expect(ConversionStore(output: output).bytes(for: Self.key(1)) == nil, "\(damaged.count) bytes taken")
        }
    }

    @Test func theKeyChangesWithTheSourceTheConverterTheFormatAndCouncildoc() {
        let source = OutputFile(path: "a.print.html", text: "<p>x</p>")
        let base = ConversionStore.key(format: .pdf, converter: "weasyprint 1", source: source, tool: "c 1")
        #expect(base == ConversionStore.key(format: .pdf, converter: "weasyprint 1", source: source, tool: "c 1"))
        #expect(base != ConversionStore.key(format: .pdf, converter: "weasyprint 1", source: OutputFile(path: "a.print.html", text: "<p>y</p>"), tool: "c 1"))
        #expect(base != ConversionStore.key(format: .pdf, converter: "weasyprint 2", source: source, tool: "c 1"))
        #expect(base != ConversionStore.key(format: .docx, converter: "weasyprint 1", source: source, tool: "c 1"))
        #expect(base != ConversionStore.key(format: .pdf, converter: "weasyprint 1", source: source, tool: "c 2"))
        // The path is no input: the same source printed at another path converts the same.
        #expect(base == ConversionStore.key(format: .pdf, converter: "weasyprint 1", source: OutputFile(path: "b.print.html", text: "<p>x</p>"), tool: "c 1"))
    }

    @Test func pruningKeepsWhatTheBuildUsedAndTheOtherFormats() throws {
        let output = try TempProject([:]).root
        let store = ConversionStore(output: output)
        store.put(Data("1".utf8), for: Self.key(1), format: .pdf)
        store.put(Data("2".utf8), for: Self.key(2), format: .pdf)
        store.put(Data("3".utf8), for: Self.key(3), format: .docx)
        try Data("half".utf8).write(to: store.folder.appendingPathComponent(".x.tmp"))
        store.prune(keeping: [Self.key(1)], of: [.pdf])
        let after = ConversionStore(output: output)
        #expect(after.bytes(for: Self.key(1)) != nil)
        #expect(after.bytes(for: Self.key(2)) == nil)
        #expect(after.bytes(for: Self.key(3)) != nil, "a build without --docx keeps the stored DOCX files")
        #expect(!FileManager.default.fileExists(atPath: store.folder.appendingPathComponent(".x.tmp").path))
    }

    @Test func namesThatAreNotStoredFilesAreIgnored() {
        #expect(ConversionStore.parse("\(Self.key(1))-\(Self.key(2)).pdf") != nil)
        for name in ["\(Self.key(1)).pdf", "\(Self.key(1))-\(Self.key(2)).html", "version-\(Self.key(1)).txt",
                     "\(Self.key(1))-\(Self.key(2))-\(Self.key(3)).pdf", "x-y.pdf"] {
            #expect(ConversionStore.parse(name) == nil, "\(name)")
        }
    }
}

/// The store through the built executable, with WeasyPrint and pandoc behind wrappers that
/// count their conversions.
@Suite(.serialized) struct ConversionStoreBuildTests {
    /// A folder with `weasyprint` and `pandoc` wrappers that note each conversion (not
    /// `--version`) in `conversions.log`, then run the real programs.
    struct Wrappers {
        let folder: URL
        var log: URL { folder.appendingPathComponent("conversions.log") }

        init(in project: TempProject) throws {
            folder = project.root.appendingPathComponent("bin")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in ["weasyprint", "pandoc"] {
                let real = try #require(ExternalProgram.find(name)).executable.path
                let script = folder.appendingPathComponent(name)
                try Data("""
                    #!/bin/sh
                    [ "$1" = "--version" ] || echo "\(name) $*" >> "\(folder.path)/conversions.log"
                    exec "\(real)" "$@"

                    """.utf8).write(to: script)
                chmod(script.path, 0o755)
            }
        }

        var environment: [String: String] {
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = folder.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            return environment
        }

        /// The conversions since the last call.
        func conversions() throws -> [String] {
            defer { try? FileManager.default.removeItem(at: log) }
            guard let text = try? String(contentsOf: log, encoding: .utf8) else { return [] }
            return text.split(separator: "\n").map(String.init)
        }
    }

    /// The converted files of both editions under `output`, path → bytes.
    static func converted(_ project: TempProject, _ output: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for edition in ["limite", "public"] {
            for file in project.files(under: "\(output)/\(edition)") where file.hasSuffix(".pdf") || file.hasSuffix(".docx") {
                files["\(edition)/\(file)"] = try Data(contentsOf: project.root.appendingPathComponent("\(output)/\(edition)/\(file)"))
            }
        }
        return files
    }

    @Test func aRebuildConvertsOnlyTheEditedDocumentAndWritesWhatACleanBuildWrites() throws {
        let project = try TempProject(PublicEditionTests.project())
        let wrappers = try Wrappers(in: project)
        var run = try ConversionTests.build(project, environment: wrappers.environment)
        #expect(run.status == 0, "\(run.stderr)")
        let all = try wrappers.conversions()
        let documents = try Self.converted(project, "output").count
        #expect(all.count == documents && documents >= 8, "\(all)")

        // Nothing changed but the note's text: its LIMITE PDF and DOCX only.
        let note = try project.read("content/notes/secret.md")
        try project.write("content/notes/secret.md", note.replacingOccurrences(of: "CANARY-NOTE-BODY", with: "CANARY-NOTE-BODY, edited"))
        run = try ConversionTests.build(project, environment: wrappers.environment)
        #expect(run.status == 0, "\(run.stderr)")
        let again = try wrappers.conversions()
        #expect(again.count == 2 && again.allSatisfy { $0.contains("document.") }, "\(again)")

        // What the rebuild wrote is what a clean build into a new folder writes.
        run = try ConversionTests.build(project, output: "clean", environment: wrappers.environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try wrappers.conversions().count == documents, "a new output folder has no store")
        let incremental = try Self.converted(project, "output"), clean = try Self.converted(project, "clean")
        #expect(incremental.keys.sorted() == clean.keys.sorted())
        for (path, bytes) in clean { #expect(incremental[path] == bytes, "\(path) differs from a clean build's") }
        #expect(try Self.converted(project, "output")["limite/notes/secret.pdf"] != nil)
    }

    @Test func anotherConverterOrADamagedStoredFileIsConvertedAgain() throws {
        let project = try TempProject(PublicEditionTests.project())
        let wrappers = try Wrappers(in: project)
        #expect(try ConversionTests.build(project, environment: wrappers.environment).status == 0)
        let documents = try wrappers.conversions().count
        let clean = try Self.converted(project, "output")

        // A damaged stored PDF: converted again, and the output is the same.
        let store = project.root.appendingPathComponent("output/.councildoc/converted")
        let stored = try FileManager.default.contentsOfDirectory(atPath: store.path).filter { $0.hasSuffix(".pdf") }.sorted()
        try Data("%PDF-1.7 truncated".utf8).write(to: store.appendingPathComponent(stored[0]))
        try project.write("content/notes/other.md", "---\nkind: note\ntitle: Other\nnumber: 9998/25\n---\n\nText.\n")
        #expect(try ConversionTests.build(project, environment: wrappers.environment).status == 0)
        let redone = try wrappers.conversions()
        // The damaged one, and the new note's PDF and DOCX in both editions.
        #expect(redone.count == 5, "\(redone)")
        let after = try Self.converted(project, "output")
        for (path, bytes) in clean { #expect(after[path] == bytes, "\(path) changed") }

        // An upgraded converter (its program file replaced): every PDF converted again, no DOCX.
        let weasyprint = wrappers.folder.appendingPathComponent("weasyprint")
        let script = try Data(contentsOf: weasyprint)
        try FileManager.default.removeItem(at: weasyprint)
        try (script + Data("# upgraded\n".utf8)).write(to: weasyprint)
        chmod(weasyprint.path, 0o755)
        try project.write("content/notes/other.md", "---\nkind: note\ntitle: Other\nnumber: 9998/25\n---\n\nText, again.\n")
        #expect(try ConversionTests.build(project, environment: wrappers.environment).status == 0)
        let upgraded = try wrappers.conversions()
        #expect(upgraded.count == (documents + 4) / 2 + 2, "\(upgraded)")
        #expect(upgraded.filter { $0.hasPrefix("pandoc") }.count == 2, "only the edited note's DOCX files")
    }
}

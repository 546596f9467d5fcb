import Foundation
import Testing
@testable import CouncilDoc

/// The write stage swaps a complete generation in, refuses unsafe paths, is deterministic.
@Suite struct SiteWriterTests {
    func files(_ text: String) -> [(Edition, [OutputFile])] {
        [(.limite, [OutputFile(path: "index.html", text: "L \(text)"), OutputFile(path: "a/b.md", text: text)]),
         (.public, [OutputFile(path: "index.html", text: "P \(text)")])]
    }

    @Test func writesBothEditionsBehindOneLink() throws {
        let dir = try TempProject([:])
        let writer = SiteWriter(output: dir.root.appendingPathComponent("output"))
        let first = try writer.write(files("one"))
        #expect(try dir.read("output/limite/index.html") == "L one")
        #expect(try dir.read("output/limite/a/b.md") == "one")
        #expect(try dir.read("output/public/index.html") == "P one")
        let second = try writer.write(files("two"))
        #expect(first != second)
        #expect(try dir.read("output/public/index.html") == "P two")
        // The old generation is gone; only the live one remains.
        let generations = try FileManager.default.contentsOfDirectory(atPath: dir.root.appendingPathComponent("output/.generations").path)
        #expect(generations == [second])
    }

    @Test func theSameFilesGiveTheSameGeneration() throws {
        let a = try TempProject([:]), b = try TempProject([:])
        let ga = try SiteWriter(output: a.root.appendingPathComponent("out")).write(files("x"))
        let gb = try SiteWriter(output: b.root.appendingPathComponent("out")).write(files("x"))
        #expect(ga == gb)
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "a//b", "a\0b", "", "a\\b"])
    func refusesPathsThatLeaveTheEdition(path: String) throws {
        let dir = try TempProject([:])
        let output = dir.root.appendingPathComponent("output")
        #expect(throws: SiteWriter.Failure.self) {
            try SiteWriter(output: output).write([(.limite, [OutputFile(path: path, text: "x")])])
        }
        #expect(!dir.exists("escape.html"))
        #expect(!dir.exists("output/limite"))
    }

    @Test func aUsersOwnFolderIsNotReplaced() throws {
        let dir = try TempProject(["output/public/mine.txt": "keep"])
        #expect(throws: SiteWriter.Failure.self) {
            try SiteWriter(output: dir.root.appendingPathComponent("output")).write(files("x"))
        }
        #expect(try dir.read("output/public/mine.txt") == "keep")
    }

    @Test func leftoversOfAnInterruptedBuildAreCleaned() throws {
        let dir = try TempProject(["output/.generations/.staging-1-2/limite/x.html": "half", "output/.current-99": ""])
        try SiteWriter(output: dir.root.appendingPathComponent("output")).write(files("x"))
        #expect(!dir.exists("output/.generations/.staging-1-2"))
        #expect(!dir.exists("output/.current-99"))
    }
}

import Foundation
import Testing
@testable import CouncilDoc

/// The write stage exchanges each edition whole, leaves real folders that copy as they are,
/// refuses unsafe paths and a user's folders, and is deterministic.
@Suite struct SiteWriterTests {
    func files(_ text: String) -> [(Edition, [OutputFile])] {
        [(.limite, [OutputFile(path: "index.html", text: "L \(text)"), OutputFile(path: "a/b.md", text: text)]),
         (.public, [OutputFile(path: "index.html", text: "P \(text)")])]
    }

    /// The type of the item at a path, without following a link.
    func type(_ dir: TempProject, _ path: String) -> mode_t? {
        var status = stat()
        guard lstat(dir.root.appendingPathComponent(path).path, &status) == 0 else { return nil }
        return status.st_mode & S_IFMT
    }

    @Test func writesBothEditionsAsRealFolders() throws {
        let dir = try TempProject([:])
        let writer = SiteWriter(output: dir.root.appendingPathComponent("output"))
        let first = try writer.write(files("one"))
        #expect(try dir.read("output/limite/index.html") == "L one")
        #expect(try dir.read("output/limite/a/b.md") == "one")
        #expect(try dir.read("output/public/index.html") == "P one")
        #expect(type(dir, "output/limite") == S_IFDIR && type(dir, "output/public") == S_IFDIR)
        let second = try writer.write(files("two"))
        #expect(first != second)
        #expect(try dir.read("output/public/index.html") == "P two")
        #expect(try dir.read("output/limite/a/b.md") == "two")
        // The old editions are gone: nothing but the editions and the bookkeeping folder.
        let entries = try FileManager.default.contentsOfDirectory(atPath: dir.root.appendingPathComponent("output").path).sorted()
        #expect(entries == [".councildoc", "limite", "public"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.root.appendingPathComponent("output/.councildoc").path).isEmpty)
        #expect(writer.isComplete())
    }

    /// `cp -r`, `tar` and `zip` take the edition whole: no symbolic link anywhere in it.
    @Test func anEditionCopiesAsItIs() throws {
        let dir = try TempProject([:])
        try SiteWriter(output: dir.root.appendingPathComponent("output")).write(files("x"))
        try SiteWriter(output: dir.root.appendingPathComponent("output")).write(files("y"))
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = ["-r", dir.root.appendingPathComponent("output/limite").path, dir.root.appendingPathComponent("copy").path]
        try copy.run()
        copy.waitUntilExit()
        #expect(copy.terminationStatus == 0)
        #expect(try dir.read("copy/a/b.md") == "y")
        #expect(try dir.read("copy/index.html") == "L y")
        let walk = FileManager.default.enumerator(atPath: dir.root.appendingPathComponent("output").path)
        while let path = walk?.nextObject() as? String {
            #expect(type(dir, "output/" + path) != S_IFLNK, "a link in the output: \(path)")
        }
    }

    /// The layout before real folders (links into `current`, generations) is replaced.
    @Test func theEarlierLayoutOfLinksIsReplaced() throws {
        let dir = try TempProject(["output/.generations/gen-1/limite/old.html": "old", "output/.generations/gen-1/public/old.html": "old"])
        let output = dir.root.appendingPathComponent("output")
        try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("current").path, withDestinationPath: ".generations/gen-1")
        for edition in ["limite", "public"] {
            try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent(edition).path, withDestinationPath: "current/\(edition)")
        }
        try SiteWriter(output: output).write(files("x"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(entries == [".councildoc", "limite", "public"])
        #expect(type(dir, "output/public") == S_IFDIR)
        #expect(try dir.read("output/public/index.html") == "P x")
    }

    @Test func theSameFilesGiveTheSameDigest() throws {
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

    @Test(arguments: ["output/public/mine.txt", "output/limite/mine.txt"])
    func aUsersOwnFolderIsNotReplaced(path: String) throws {
        let dir = try TempProject([path: "keep"])
        #expect(throws: SiteWriter.Failure.self) {
            try SiteWriter(output: dir.root.appendingPathComponent("output")).write(files("x"))
        }
        #expect(try dir.read(path) == "keep")
        #expect(!dir.exists("output/.councildoc"))
    }

    @Test func aUsersFileWhereAnEditionGoesIsNotReplaced() throws {
        let dir = try TempProject(["output/.councildoc/build-record.json": "{}", "output/public": "a file"])
        #expect(throws: SiteWriter.Failure.self) {
            try SiteWriter(output: dir.root.appendingPathComponent("output")).write(files("x"))
        }
        #expect(try dir.read("output/public") == "a file")
    }

    /// Two writers at once (`serve` rebuilding while a `build` runs) take turns: each edition
    /// ends as one writer's whole, and neither removes the other's staging folder.
    @Test func writersAtOnceTakeTurns() throws {
        let dir = try TempProject([:])
        let output = dir.root.appendingPathComponent("output")
        let versions = (0..<4).map { i in
            [(Edition.limite, (0..<200).map { OutputFile(path: "p/\($0).html", text: "L\(i) \($0)") }),
             (Edition.public, (0..<200).map { OutputFile(path: "p/\($0).html", text: "P\(i) \($0)") })]
        }
        let failures = versions.parallelMap { version -> String? in
            do { try SiteWriter(output: output).write(version); return nil } catch { return "\(error)" }
        }
        #expect(failures.compactMap { $0 }.isEmpty, "\(failures)")
        let limite = try (0..<200).map { try dir.read("output/limite/p/\($0).html") }
        #expect(versions.indices.contains { i in limite == (0..<200).map { "L\(i) \($0)" } }, "the LIMITE edition is a mix")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(".councildoc").path).isEmpty)
    }

    @Test func leftoversOfAnInterruptedBuildAreCleaned() throws {
        let dir = try TempProject(["output/.councildoc/staging-1-2/limite/x.html": "half",
                                   "output/.councildoc/record-99.tmp": ""])
        try SiteWriter(output: dir.root.appendingPathComponent("output")).write(files("x"))
        #expect(!dir.exists("output/.councildoc/staging-1-2"))
        #expect(!dir.exists("output/.councildoc/record-99.tmp"))
        #expect(try dir.read("output/limite/index.html") == "L x")
    }
}

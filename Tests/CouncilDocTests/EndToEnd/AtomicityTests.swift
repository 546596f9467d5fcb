import Foundation
import Testing
import CouncilDoc

/// A build killed at any moment leaves each edition as the old tree or the new one, never a
/// mix of the two; the next build completes the switch and cleans what the killed one left.
@Suite(.serialized) struct AtomicityTests {
    /// The files of both editions with their bytes.
    static func snapshot(_ project: TempProject) throws -> [String: String] {
        try snapshot(project, editions: ["limite", "public"])
    }

    /// The files of the given editions with their bytes.
    static func snapshot(_ project: TempProject, editions: [String]) throws -> [String: String] {
        var out: [String: String] = [:]
        for edition in editions {
            for file in project.files(under: "output/\(edition)") {
                out["\(edition)/\(file)"] = try project.read("output/\(edition)/\(file)")
            }
        }
        return out
    }

    /// What the output folder holds beside the editions once a build is done: the record only.
    static func bookkeeping(_ project: TempProject) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("output/.councildoc").path).sorted()
    }

    static func version(_ tag: String) -> [(String, String)] {
        (1...40).map { i in ("content/notes/n\(i).md", "---\nkind: note\nsubject: Note \(i)\n---\n\n\(tag) text \(i).\n") }
    }

    /// Runs `councildoc build` killed at a named step of the write stage; its exit status.
    static func buildKilled(at step: String, in project: TempProject) throws -> Int32 {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["build"]
        process.currentDirectoryURL = project.root
        process.environment = ProcessInfo.processInfo.environment.merging(["COUNCILDOC_TEST_FAULT": step]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? process.terminationStatus : -1
    }

    /// A build killed at each step leaves the old tree or the new one, and every later build,
    /// to either version, gives a complete tree. The step that deletes an old generation is
    /// the one that once left a partial folder under a generation's name, which a later
    /// build of the same content reused as complete.
    @Test(arguments: ["staging-half-written", "staged", "one-edition-swapped", "swapped", "removing-old-generation"])
    func aBuildKilledAtAStepLeavesAWholeTree(step: String) throws {
        let project = try TempProject(Sources.minimal())
        var trees: [String: [String: String]] = [:]
        for tag in ["VERSION-A", "VERSION-B"] {
            for (path, text) in Self.version(tag) { try project.write(path, text) }
            #expect(try CLI.run(["build"], in: project.root).status == 0)
            trees[tag] = try Self.snapshot(project)
        }
        for (path, text) in Self.version("VERSION-A") { try project.write(path, text) }
        #expect(try Self.buildKilled(at: step, in: project) == SIGKILL, "the build was not killed at \(step)")
        if step == "one-edition-swapped" {
            // The LIMITE edition is the new one, the public the old one, each whole; there
            // is no record, so the next build (even of the same sources) writes both again.
            #expect(try Self.snapshot(project, editions: ["limite"]) == trees["VERSION-A"]!.filter { $0.key.hasPrefix("limite/") })
            #expect(try Self.snapshot(project, editions: ["public"]) == trees["VERSION-B"]!.filter { $0.key.hasPrefix("public/") })
            #expect(!project.exists("output/.councildoc/build-record.json"))
            let again = try CLI.run(["build"], in: project.root)
            #expect(again.status == 0 && !again.stdout.contains("up to date"))
            #expect(try Self.snapshot(project) == trees["VERSION-A"])
        } else {
            let afterKill = try Self.snapshot(project)
            let expectNew = ["swapped", "removing-old-generation"].contains(step)
            #expect(afterKill == trees[expectNew ? "VERSION-A" : "VERSION-B"], "killed at \(step): not the expected whole tree")
        }
        for tag in ["VERSION-B", "VERSION-A", "VERSION-B"] {
            for (path, text) in Self.version(tag) { try project.write(path, text) }
            #expect(try CLI.run(["build"], in: project.root).status == 0)
            #expect(try Self.snapshot(project) == trees[tag], "after a build killed at \(step), a build of \(tag) is not whole")
        }
        #expect(try Self.bookkeeping(project) == ["build-record.json"], "leftovers")
    }

    @Test func killingABuildNeverLeavesAMix() throws {
        let project = try TempProject(Sources.minimal())
        // The complete tree of each version, and how long a build takes.
        var trees: [String: [String: String]] = [:]
        var buildTime = 0.0
        for tag in ["VERSION-B", "VERSION-A"] {
            for (path, text) in Self.version(tag) { try project.write(path, text) }
            let started = Date()
            #expect(try CLI.run(["build"], in: project.root).status == 0)
            buildTime = max(buildTime, Date().timeIntervalSince(started))
            trees[tag] = try Self.snapshot(project)
        }
        #expect(trees["VERSION-A"] != trees["VERSION-B"])

        var random = SeededRandom(seed: 7)
        var current = "VERSION-A"
        var sawOld = 0, sawNew = 0
        for _ in 0..<16 {
            let next = current == "VERSION-A" ? "VERSION-B" : "VERSION-A"
            for (path, text) in Self.version(next) { try project.write(path, text) }
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["build"]
            process.currentDirectoryURL = project.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...UInt32(buildTime * 1_200_000), using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Each edition is one build's whole; the two may be of different builds when the
            // kill fell between their exchanges (the next build completes the switch).
            for edition in ["limite", "public"] {
                let now = try Self.snapshot(project, editions: [edition])
                let old = trees[current]!.filter { $0.key.hasPrefix(edition + "/") }
                let new = trees[next]!.filter { $0.key.hasPrefix(edition + "/") }
                #expect(now == old || now == new, "the \(edition) edition is a mix of two builds")
                if edition == "public" { if now == old { sawOld += 1 } else if now == new { sawNew += 1 } }
            }
            // Finish the switch before the next round.
            #expect(try CLI.run(["build"], in: project.root).status == 0)
            #expect(try Self.snapshot(project) == trees[next])
            current = next
        }
        #expect(try Self.bookkeeping(project) == ["build-record.json"], "leftovers")
        let entries = try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("output").path).sorted()
        #expect(entries == [".councildoc", "limite", "public"])
        print("atomicity: of 16 killed builds, \(sawOld) left the old tree and \(sawNew) the new one")
    }
}

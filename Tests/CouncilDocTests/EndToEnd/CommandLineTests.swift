import Foundation
import Testing
import CouncilDoc

/// The built executable on real sources: exit status, diagnostics, files.
@Suite(.serialized) struct CommandLineTests {
    @Test func buildsTheSampleContentIntoBothEditions() throws {
        let out = try TempProject([:])
        let run = try CLI.run(["build", "--output", out.root.appendingPathComponent("output").path], in: Fixtures.repositoryRoot)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "no problems\n")
        let limite = out.files(under: "output/limite"), publicFiles = out.files(under: "output/public")
        // Every sample document as HTML and Markdown in the limite edition.
        for page in ["index", "plans/13/index", "plans/13/13.1", "plans/13/13.3", "plans/5/index", "plans/5/5.10",
                     "strategies/customs-2023", "strategies/customs-third-pillar-2009", "notes/15116-22-customs-europol",
                     "reports/17387-13-learning-points", "empact/2026-2027"] {
            #expect(limite.contains(page + ".html"), "\(page).html")
            #expect(limite.contains(page + ".md"), "\(page).md")
        }
        // LIMITE documents without a public release are not in the public edition.
        #expect(!publicFiles.contains("strategies/customs-2023.html"))
        #expect(!publicFiles.contains("notes/15116-22-customs-europol.html"))
        #expect(publicFiles.contains("plans/13/index.html"))
        #expect(publicFiles.contains("reports/17387-13-learning-points.md"))
    }

    @Test func aSecondBuildIsUpToDateAndTimingsNameEveryStage() throws {
        let project = try TempProject(Sources.minimal())
        let first = try CLI.run(["build", "--timings"], in: project.root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("built "))
        for stage in ["read", "fingerprint", "load", "link", "redact sources", "swap LIMITE content (proof)", "redact swapped sources (proof)",
                      "limite edition | public corpus", "public edition | swapped corpus", "redaction proof", "write", "total"] {
            #expect(first.stderr.contains("\n\(stage) ") || first.stderr.hasPrefix("\(stage) "), "\(stage)")
        }
        for part in ["redaction manifest", "render limite", "render public", "public: load", "public: link", "proof: load", "proof: render", "proof: compare"] {
            #expect(first.stderr.contains("\n  \(part) "), "\(part)")
        }
        let second = try CLI.run(["build"], in: project.root)
        #expect(second.status == 0)
        #expect(second.stdout.hasPrefix("up to date: "))
        let forced = try CLI.run(["build", "--no-cache"], in: project.root)
        #expect(forced.stdout.hasPrefix("built "))
    }

    @Test func twoBuildsGiveIdenticalBytes() throws {
        let a = try TempProject([:]), b = try TempProject([:])
        for dir in [a, b] {
            let run = try CLI.run(["build", "--project", Fixtures.repositoryRoot.path, "--output", dir.root.appendingPathComponent("o").path],
                                  in: dir.root)
            #expect(run.status == 0)
        }
        let files = a.files(under: "o/limite") + a.files(under: "o/public").map { "P/" + $0 }
        #expect(files == b.files(under: "o/limite") + b.files(under: "o/public").map { "P/" + $0 })
        for edition in ["limite", "public"] {
            for file in a.files(under: "o/\(edition)") {
                #expect(try a.read("o/\(edition)/\(file)") == b.read("o/\(edition)/\(file)"), "\(edition)/\(file)")
            }
        }
    }

    @Test func checkReportsEveryProblemAndExitsOne() throws {
        let project = try TempProject(Sources.minimal(extra: [
            "content/notes/a.md": "---\nkind: noet\n---\n",
            "content/notes/b.md": "---\nkind: note\nsubject: x\n---\n\nSee [](action:13.9).\n",
        ]))
        let run = try CLI.run(["check"], in: project.root)
        #expect(run.status == 1)
        #expect(run.stderr == "")
        #expect(run.stdout == """
        content/notes/a.md:2:7: error: unknown kind 'noet'; the kinds are strategy, empact, plan, action, report, note [unknown-kind]
        content/notes/a.md:2:7: note: did you mean 'note'?
        content/notes/b.md:6:5: error: no action '13.9' in the content [unknown-action]
        content/notes/b.md:6:5: note: did you mean 'action:13.1'?
        2 errors

        """)
    }

    @Test func aFailedBuildLeavesTheLastGoodOutputUntouched() throws {
        let project = try TempProject(Sources.minimal())
        #expect(try CLI.run(["build"], in: project.root).status == 0)
        let before = try project.read("output/limite/plans/13/13.1.html")
        let listing = project.files(under: "output/limite")
        try project.write("content/plans/13/actions/13.1.md", "---\nkind: action\n---\n")
        let failed = try CLI.run(["build"], in: project.root)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("missing required field 'title' [missing-field]"))
        #expect(try project.read("output/limite/plans/13/13.1.html") == before)
        #expect(project.files(under: "output/limite") == listing)
        let entries = try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("output").path).sorted()
        #expect(entries == [".councildoc", "limite", "public"])
    }

    @Test func nothingIsWrittenOutsideTheOutputFolder() throws {
        let project = try TempProject(Sources.minimal())
        let before = project.files(under: ".")
        #expect(try CLI.run(["build"], in: project.root).status == 0)
        let added = Set(project.files(under: ".")).subtracting(before)
        #expect(added.allSatisfy { $0.hasPrefix("output/") }, "\(added.filter { !$0.hasPrefix("output/") })")
    }

    @Test func usageErrorsExitTwo() throws {
        let dir = try TempProject([:])
        let noProject = try CLI.run(["build"], in: dir.root)
        #expect(noProject.status == 2)
        #expect(noProject.stderr.contains("no councildoc.yml in '.'"))
        let badOption = try CLI.run(["build", "--frobnicate"], in: dir.root)
        #expect(badOption.status == 2)
        let badCommand = try CLI.run(["publish"], in: dir.root)
        #expect(badCommand.status == 2)
        let help = try CLI.run(["--help"], in: dir.root)
        #expect(help.status == 0)
        #expect(help.stdout.contains("build"))
    }

    /// A knock-on error (a reference to an action whose file failed to load) comes after its
    /// cause and says so; YAML's own words for a colon in a value and a tab become a fix.
    @Test func knockOnErrorsComeAfterTheirCauseAndYAMLMistakesGetAFix() throws {
        let project = try TempProject(Sources.minimal(extra: [
            "content/notes/a.md": "---\nkind: note\nsubject: x\n---\n\nSee [](action:13.2).\n",
            "content/plans/13/actions/13.2.md": "---\nkind: action\nid: \"13.2\"\ntitle: Cash: controls\nstatus: agreed\n---\n",
            "content/notes/b.md": "---\nkind: note\nsubject: y\ncodes:\n\t- ENFOCUSTOM 1\n---\n",
        ]))
        let run = try CLI.run(["check"], in: project.root)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let cause = try #require(lines.firstIndex { $0.hasPrefix("content/plans/13/actions/13.2.md:4:12: error: this value holds ': '") }, "\(run.stdout)")
        #expect(lines[cause + 1] == "content/plans/13/actions/13.2.md:4:12: note: put the value in quotes: title: \"Cash: controls\"")
        let knockOn = try #require(lines.firstIndex { $0.contains("no action '13.2' in the content") })
        #expect(knockOn > cause)
        #expect(lines[knockOn...].contains { $0.contains("this may follow from the errors above in content/plans/13/actions/13.2.md") })
        #expect(lines.contains { $0.hasPrefix("content/notes/b.md:5:1: error: a tab indents this line") }, "\(run.stdout)")
        #expect(lines.contains { $0.contains("note: replace the tab with spaces") })
    }

    /// Slips a newcomer makes, each with its fix: a list written without brackets, a copied
    /// action file whose id was changed but not its name.
    @Test func aListWithoutBracketsAndACopiedFileAreNamed() throws {
        let project = try TempProject(Sources.minimal(extra: [
            "content/plans/13/actions/13.2.md": Sources.action("13.3").replacingOccurrences(of: "participants: [DE, Europol]", with: "participants: DE, Europol"),
        ]))
        let run = try CLI.run(["check"], in: project.root)
        #expect(run.stdout.contains("note: several codes are a list: participants: [DE, Europol]"), "\(run.stdout)")
        #expect(run.stdout.contains("content/plans/13/actions/13.2.md:3:5: warning: the file is named for action 13.2, but its id is 13.3 [file-name-mismatch]"), "\(run.stdout)")
        #expect(run.stdout.contains("note: rename the file 13.3.md, or correct the id"))
    }

    @Test func completionScriptsArePrinted() throws {
        let dir = try TempProject([:])
        for shell in ["bash", "zsh", "fish"] {
            let run = try CLI.run(["--generate-completion-script", shell], in: dir.root)
            #expect(run.status == 0)
            #expect(run.stdout.contains("serve") && run.stdout.contains("init"), "\(shell)")
        }
    }

    @Test func versionPrintsTheVersionNumber() throws {
        let dir = try TempProject([:])
        let version = try CLI.run(["--version"], in: dir.root)
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == CouncilDocVersion.number)
        #expect(CouncilDocVersion.number.split(separator: ".").count == 3)
    }

    @Test func theBuiltInTemplatesServeAProjectWithoutATemplatesFolder() throws {
        let project = try TempProject(Sources.minimal())
        #expect(!project.exists("templates"))
        #expect(try CLI.run(["build"], in: project.root).status == 0)
        #expect(try project.read("output/limite/assets/council.css").contains("@page"))
        try project.write("templates/page.mustache", "CUSTOM {{title}}\n")
        #expect(try CLI.run(["build"], in: project.root).status == 0)
        #expect(try project.read("output/limite/plans/13/13.1.html") == "CUSTOM 13.1: Action 13.1\n")
    }
}

/// `check --format json` and `--warnings-as-errors`.
@Suite(.serialized) struct CheckFormatTests {
    @Test func jsonDiagnosticsOnStandardOutput() throws {
        let project = try TempProject(Sources.minimal(extra: [
            "content/plans/13/actions/13.1.md": Sources.action("13.1", extra: "co-leaders: [FR]"),
        ]))
        let run = try CLI.run(["check", "--format", "json"], in: project.root)
        #expect(run.status == 0)
        #expect(run.stdout == """
        {
          "diagnostics" : [
            {
              "column" : 14,
              "file" : "content/plans/13/actions/13.1.md",
              "id" : "leader-repeated",
              "line" : 10,
              "message" : "FR leads action 13.1 and is also listed as co-leader",
              "notes" : [
                {
                  "column" : 9,
                  "file" : "content/plans/13/actions/13.1.md",
                  "line" : 6,
                  "message" : "leader given here"
                }
              ],
              "severity" : "warning"
            }
          ],
          "errors" : 0,
          "warnings" : 1
        }

        """)
        let strict = try CLI.run(["check", "--warnings-as-errors"], in: project.root)
        #expect(strict.status == 1)
        #expect(strict.stdout.hasSuffix("1 error\n"))
        let build = try CLI.run(["build", "--warnings-as-errors"], in: project.root)
        #expect(build.status == 1)
        #expect(!project.exists("output"))
    }
}

/// `councildoc templates` and template warnings during a build.
@Suite(.serialized) struct TemplatesCommandTests {
    @Test func listsAndPrintsTheBuiltInTemplates() throws {
        let dir = try TempProject([:])
        let list = try CLI.run(["templates"], in: dir.root)
        #expect(list.status == 0)
        #expect(list.stdout == "council.css\ncover.mustache\nindex.mustache\npage.mustache\nprint.css\n")
        let page = try CLI.run(["templates", "--print", "page"], in: dir.root)
        #expect(page.status == 0)
        #expect(page.stdout == (try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("templates/page.mustache"), encoding: .utf8)))
        let missing = try CLI.run(["templates", "--print", "pgae"], in: dir.root)
        #expect(missing.status == 2)
    }

    @Test func aTemplateWithAnUnknownKeyWarnsButBuilds() throws {
        let project = try TempProject(Sources.minimal(extra: ["templates/cover.mustache": "<header>{{placeAndDat}}</header>\n"]))
        let run = try CLI.run(["build"], in: project.root)
        #expect(run.status == 0)
        #expect(run.stderr.hasPrefix("templates/cover.mustache:1:9: warning: template key 'placeAndDat' is not in the view model"))
    }
}

/// A small run of the benchmark, so that it cannot rot (timings are not asserted).
@Suite(.serialized) struct BenchmarkSmokeTests {
    @Test func theBenchmarkRunsOnATinyCorpusAndPrintsItsTables() throws {
        let bench = CLI.executable.deletingLastPathComponent().appendingPathComponent("councildoc-bench")
        // An earlier invocation's folder, removed once this one is done.
        let work = try TempProject(["run-1-1/40/project/councildoc.yml": "title: old"])
        let process = Process()
        process.executableURL = bench
        process.arguments = ["--sizes", "40", "--runs", "1", "--edits", "1", "--serve-edits", "1", "--work", work.root.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let tables = text.components(separatedBy: "\n\n")
        #expect(tables.count == 3, "the main table, the edits' caption, the edits' table; one size: no per-file comparison line")
        let main = tables[0].split(separator: "\n")
        #expect(main.first?.hasPrefix("| files | MB | councildoc build") == true)
        #expect(main.first?.contains("| no-op rebuild p50 / p95 (s, % of build) |") == true)
        #expect(main.count == 3, "one size: one row")
        // The first column counts the Markdown sources (the EMPACT file is YAML).
        let files = main.last.flatMap { Int($0.split(separator: "|").first?.trimmingCharacters(in: .whitespaces) ?? "") }
        #expect((30...40).contains(files ?? 0), "\(main)")
        // One row per kind of edit, each measured with the command line and under serve.
        let edits = tables.last?.split(separator: "\n") ?? []
        #expect(edits.first?.hasPrefix("| files | edit | CLI rebuild p50 (s, % of build) |") == true)
        #expect(edits.dropFirst(2).map { $0.split(separator: "|")[1].trimmingCharacters(in: .whitespaces) }
            == ["action body", "strategy objective", "LIMITE marker", "note body"], "\(edits)")
        #expect(edits.dropFirst(2).allSatisfy { !$0.contains("n/a") }, "\(edits)")
        let folders = try FileManager.default.contentsOfDirectory(atPath: work.root.path)
        #expect(folders.count == 1 && folders.first?.hasPrefix("run-") == true, "\(folders)")
        #expect(work.files(under: "\(folders.first ?? "")/40/output-0/limite").count > 40)
        // The edited sources are restored.
        let sources = work.root.appendingPathComponent("\(folders.first ?? "")/40/project/content")
        let edited = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }
            .filter { (try? String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8))?.contains("bench") == true }
        #expect(edited == [])
    }
}

/// An output folder that would put a build where it does not belong is refused before
/// anything is rendered or written.
@Suite struct OutputFolderTests {
    @Test(arguments: [
        ("afile", "is a file"),
        (".", "is the project folder itself"),
        ("content/out", "inside the project's content/ folder"),
        ("templates", "inside the project's templates/ folder"),
        ("output/public", "inside the output of another build"),
        ("output/limite/deeper", "inside the output of another build"),
    ])
    func aMisplacedOutputFolderIsRefused(output: String, message: String) throws {
        let project = try TempProject(Sources.minimal(extra: ["afile": "x"]))
        #expect(try CLI.run(["build"], in: project.root).status == 0)
        let before = Set(project.files(under: "."))
        let run = try CLI.run(["build", "--output", output], in: project.root)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains(message) && run.stderr.contains("[output-folder-refused]"), "\(run.stderr)")
        #expect(Set(project.files(under: ".")) == before)
    }

    /// From an empty folder to both editions: init, new, check, build, with the executable.
    @Test func initNewCheckBuildFromAnEmptyFolder() throws {
        let dir = try TempProject([:])
        let created = try CLI.run(["init", "lewp"], in: dir.root)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("content/plans/1/plan.md"))
        let project = dir.root.appendingPathComponent("lewp")
        let action = try CLI.run(["new", "action"], in: project)
        #expect(action.status == 0 && action.stdout.contains("created content/plans/1/actions/1.3.md"), "\(action.stderr)")
        let check = try CLI.run(["check"], in: project)
        #expect(check.status == 0)
        #expect(check.stdout.contains("no problems"), "\(check.stdout)")
        let build = try CLI.run(["build"], in: project)
        #expect(build.status == 0)
        #expect(build.stderr.contains("no problems"), "\(build.stderr)")
        #expect(dir.exists("lewp/output/limite/plans/1/1.3.html"))
        // The starter's plan is a LIMITE draft without a public-release date: not public.
        #expect(!dir.exists("lewp/output/public/plans/1/1.3.html"))
        // Refusals: a usage error (2), one line, no usage text, nothing overwritten.
        let again = try CLI.run(["init", "lewp"], in: dir.root)
        #expect(again.status == 2)
        #expect(again.stderr.hasPrefix("error: ") && again.stderr.contains("is not empty") && !again.stderr.contains("Usage"))
        let taken = try CLI.run(["new", "action", "1.3"], in: project)
        #expect(taken.status == 2 && taken.stderr.contains("action 1.3 exists"))
        let unknown = try CLI.run(["new", "memo"], in: project)
        #expect(unknown.status == 2)
    }
}

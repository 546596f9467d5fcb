import Foundation
import Testing
@testable import CouncilDoc

/// The build cache: an unchanged project is not rebuilt, and any change to what the output
/// depends on is (never stale output, never a LIMITE change that misses the public edition).
@Suite struct BuildCacheTests {
    func build(_ project: TempProject, warningsAsErrors: Bool = false, useCache: Bool = true,
               templates: URL? = nil) -> Pipeline.BuildOutcome {
        Pipeline.build(project: project.root, output: project.root.appendingPathComponent("output"),
                       templates: templates, warningsAsErrors: warningsAsErrors, useCache: useCache)
    }

    /// Every file of both editions, path → text.
    func output(_ project: TempProject) throws -> [String: String] {
        var files: [String: String] = [:]
        for edition in ["limite", "public"] {
            for file in project.files(under: "output/\(edition)") {
                files["\(edition)/\(file)"] = try project.read("output/\(edition)/\(file)")
            }
        }
        return files
    }

    @Test func anUnchangedProjectIsUpToDateAndReportsTheSameWarnings() throws {
        let project = try TempProject(Sources.minimal(extra: [
            "content/plans/13/actions/13.2.md": Sources.action("13.2", extra: "co-leaders: [FR]"),
        ]))
        let first = build(project)
        #expect(!first.upToDate)
        #expect(!first.log.all.isEmpty, "the fixture should warn")
        #expect(!first.log.hasErrors)
        let before = try output(project)
        let second = build(project)
        #expect(second.upToDate)
        #expect(second.log.sorted == first.log.sorted)
        #expect(try output(project) == before)
        // Rendering anyway gives the same files.
        let forced = build(project, useCache: false)
        #expect(!forced.upToDate)
        #expect(try output(project) == before)
    }

    @Test(arguments: [
        ("content/plans/13/actions/13.1.md", "To act.", "To act at once."),
        ("content/strategies/s-2023.md", "to improve cooperation", "to improve joint cooperation"),
        ("councildoc.yml", "Test documents", "Test documents of the group"),
    ])
    func anyEditIsBuilt(file: String, old: String, new: String) throws {
        let project = try TempProject(Sources.minimal())
        #expect(!build(project).upToDate)
        try project.write(file, try project.read(file).replacingOccurrences(of: old, with: new))
        let outcome = build(project)
        #expect(!outcome.upToDate)
        #expect(!outcome.log.hasErrors)
        #expect(try output(project).values.contains { $0.contains(new) })
        #expect(build(project).upToDate)
    }

    @Test func textMarkedLimiteAfterACachedBuildLeavesThePublicEdition() throws {
        let body = "## Objective\n\nTo act on the Rotterdam container terminal watchlist."
        let project = try TempProject(Sources.minimal(extra: ["content/plans/13/actions/13.1.md": Sources.action("13.1", body: body)]))
        #expect(!build(project).upToDate)
        #expect(try output(project)["public/plans/13/13.1.html"]?.contains("Rotterdam container terminal watchlist") == true)

        // The same words, now LIMITE: the next build must withhold them.
        try project.write("content/plans/13/actions/13.1.md", Sources.action("13.1", body:
            "## Objective\n\nTo act on the [Rotterdam container terminal watchlist]{.limite}."))
        let outcome = build(project)
        #expect(!outcome.upToDate)
        let files = try output(project)
        #expect(files["limite/plans/13/13.1.html"]?.contains("Rotterdam container terminal watchlist") == true)
        #expect(!files.filter { $0.key.hasPrefix("public/") }.values.contains { $0.contains("Rotterdam") })

        // And back to public: the text returns.
        try project.write("content/plans/13/actions/13.1.md", Sources.action("13.1", body: body))
        #expect(!build(project).upToDate)
        #expect(try output(project)["public/plans/13/13.1.html"]?.contains("Rotterdam container terminal watchlist") == true)
    }

    @Test func aTemplateEditIsBuilt() throws {
        let project = try TempProject(Sources.minimal())
        let templates = project.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        for name in TemplateSet.templateNames {
            try project.write("templates/\(name).mustache", DefaultTemplates.files["\(name).mustache"] ?? "")
        }
        try project.write("templates/\(TemplateSet.stylesheetName)", "body { color: black; }")
        #expect(!build(project).upToDate)
        #expect(build(project).upToDate)
        try project.write("templates/\(TemplateSet.stylesheetName)", "body { color: navy; }")
        #expect(!build(project).upToDate)
        #expect(try project.read("output/public/assets/council.css") == "body { color: navy; }")
    }

    @Test func anAddedOrRemovedFileIsBuilt() throws {
        let project = try TempProject(Sources.minimal())
        #expect(!build(project).upToDate)
        try project.write("content/plans/13/actions/13.2.md", Sources.action("13.2"))
        #expect(!build(project).upToDate)
        #expect(project.exists("output/limite/plans/13/13.2.html"))
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/plans/13/actions/13.2.md"))
        #expect(!build(project).upToDate)
        #expect(!project.exists("output/limite/plans/13/13.2.html"))
    }

    @Test func warningsAsErrorsFailsOnAnUpToDateOutputAndLeavesIt() throws {
        let project = try TempProject(Sources.minimal(extra: [
            "content/plans/13/actions/13.2.md": Sources.action("13.2", extra: "co-leaders: [FR]"),
        ]))
        #expect(!build(project).log.hasErrors)
        let before = try output(project)
        let strict = build(project, warningsAsErrors: true)
        #expect(strict.upToDate)
        #expect(strict.log.hasErrors)
        #expect(try output(project) == before)
    }

    @Test func aRemovedEditionIsBuiltAgain() throws {
        let project = try TempProject(Sources.minimal())
        #expect(!build(project).upToDate)
        let before = try output(project)
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("output/public"))
        #expect(!build(project).upToDate)
        #expect(try output(project) == before)
        #expect(build(project).upToDate)
    }

    @Test func theFingerprintCoversTheProgramAndEveryByte() throws {
        let project = try TempProject(Sources.minimal())
        var log = DiagnosticLog()
        let templates = try #require(TemplateSet.load(directory: nil, log: &log))
        let snapshot = SourceSnapshot(reading: DiskSourceTree(root: project.root))
        let base = InputFingerprint.of(snapshot, templates: templates, tool: "councildoc 1")
        #expect(base.count == 64)
        #expect(InputFingerprint.of(snapshot, templates: templates, tool: "councildoc 1") == base)
        #expect(InputFingerprint.of(snapshot, templates: templates, tool: "councildoc 2") != base)
        // A byte moved from one file's end to the next file's start changes it too.
        let a = SourceSnapshot(reading: InMemorySourceTree(["a": "xy", "b": "z"]))
        let b = SourceSnapshot(reading: InMemorySourceTree(["a": "x", "b": "yz"]))
        #expect(InputFingerprint.of(a, templates: templates, tool: "t") != InputFingerprint.of(b, templates: templates, tool: "t"))
    }

}

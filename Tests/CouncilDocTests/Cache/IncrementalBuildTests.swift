import Foundation
import Testing
@testable import CouncilDoc

/// A rebuild on the output of an earlier build writes exactly what a clean build of the
/// edited project writes: for an edited action, a strategy objective that many pages cite,
/// a LIMITE marker added, and a template. (The rebuild takes decoded documents, rendered
/// pages and the files of the live generation from what it can prove unchanged; a rebuild
/// that took one thing too many would differ here.)
@Suite struct IncrementalBuildTests {
    /// The repository's sample project, copied into a fresh folder.
    static func sampleProject() throws -> TempProject {
        let project = try TempProject([:])
        for item in ["councildoc.yml", "content", "templates"] {
            try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent(item),
                                             to: project.root.appendingPathComponent(item))
        }
        return project
    }

    /// Every file of both editions under `output`, path → bytes.
    static func tree(_ project: TempProject, _ output: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for edition in ["limite", "public"] {
            for file in project.files(under: "\(output)/\(edition)") {
                files["\(edition)/\(file)"] = try Data(contentsOf: project.root.appendingPathComponent("\(output)/\(edition)/\(file)"))
            }
        }
        return files
    }

    static func build(_ project: TempProject, into output: String) -> Pipeline.BuildOutcome {
        Pipeline.build(project: project.root, output: project.root.appendingPathComponent(output), templates: nil)
    }

    /// One edit: a file, the text replaced and its replacement.
    struct Edit: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let old: String
        let new: String
        var testDescription: String { name }
    }

    static let edits: [Edit] = [
        Edit(name: "an action", file: "content/plans/5/actions/5.1.md",
             old: "The project group will discuss", new: "The project group will first discuss"),
        Edit(name: "a strategy objective cited by many pages", file: "content/strategies/customs-2023.md",
             old: "text: to strengthen the capacity of customs authorities",
             new: "text: to strengthen further the capacity of customs authorities"),
        Edit(name: "a LIMITE marker added", file: "content/plans/5/actions/5.1.md",
             old: "Usually EU customs respond to the increased threats by organising JCOs",
             new: "[Usually EU customs respond to the increased threats by organising JCOs]{.limite}"),
        Edit(name: "a template", file: "templates/page.mustache",
             old: "</main>", new: "</main>\n<!-- edited -->"),
    ]

    @Test(arguments: edits)
    func aRebuildAfterAnEditEqualsACleanBuild(edit: Edit) throws {
        let project = try Self.sampleProject()
        let first = Self.build(project, into: "output")
        #expect(!first.log.hasErrors, "\(first.log.all.first { $0.severity == .error }.map { "\($0)" } ?? "")")
        let before = try Self.tree(project, "output")
        #expect(before.count > 100)

        let text = try project.read(edit.file)
        #expect(text.contains(edit.old), "the fixture changed: '\(edit.old)' is not in \(edit.file)")
        try project.write(edit.file, text.replacingOccurrences(of: edit.old, with: edit.new))

        let rebuild = Self.build(project, into: "output")
        #expect(!rebuild.upToDate)
        #expect(!rebuild.log.hasErrors)
        let clean = Self.build(project, into: "clean-output")
        #expect(!clean.log.hasErrors)
        let incremental = try Self.tree(project, "output")
        let reference = try Self.tree(project, "clean-output")
        #expect(incremental != before, "the edit changed no output: the test would prove nothing")
        #expect(incremental.keys.sorted() == reference.keys.sorted())
        let differing = reference.keys.filter { incremental[$0] != reference[$0] }.sorted()
        #expect(differing.isEmpty, "\(differing.count) files differ from a clean build, e.g. \(differing.prefix(3))")
    }

    /// The rebuild links the files that did not change to those of the previous output
    /// (same inode), and writes those that did.
    @Test func unchangedFilesAreLinkedNotWritten() throws {
        let project = try Self.sampleProject()
        _ = Self.build(project, into: "output")
        func inode(_ path: String) throws -> UInt64 {
            let attributes = try FileManager.default.attributesOfItem(
                atPath: project.root.appendingPathComponent("output/\(path)").resolvingSymlinksInPath().path)
            return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
        }
        let untouched = "limite/plans/13/13.1.html", edited = "limite/plans/5/5.1.html"
        let (untouchedBefore, editedBefore) = (try inode(untouched), try inode(edited))
        let file = "content/plans/5/actions/5.1.md"
        try project.write(file, try project.read(file).replacingOccurrences(of: "The project group will discuss",
                                                                            with: "The project group will first discuss"))
        #expect(!Self.build(project, into: "output").log.hasErrors)
        #expect(try inode(untouched) == untouchedBefore)
        #expect(try inode(edited) != editedBefore)
        #expect(try project.read("output/\(edited)").contains("will first discuss"))
    }
}

import Foundation
import Testing
@testable import CouncilDoc

/// Golden cases in `Tests/Cases/NN-behaviour/`: `input/` is a project; `expected/limite/`
/// and `expected/public/` hold the files the build must write, byte for byte;
/// `diagnostics.txt` the diagnostics. A case whose `selection` file exists compares only
/// the expected files it has (the sample content is too large to keep whole).
///
/// `COUNCILDOC_RECORD=1 swift test` rewrites the expected files from the current output
/// and fails, so that a new baseline is reviewed (`git diff`) before it is accepted.
@Suite struct GoldenCaseTests {
    static let casesDirectory = Fixtures.repositoryRoot.appendingPathComponent("Tests/Cases")
    static let recording = ProcessInfo.processInfo.environment["COUNCILDOC_RECORD"] == "1"

    static func cases() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: casesDirectory.path))?.filter { !$0.hasPrefix(".") }.sorted() ?? []
    }

    @Test func thereAreGoldenCases() {
        #expect(Self.cases().count >= 3)
    }

    @Test(arguments: cases())
    func caseMatchesItsExpectedOutput(name: String) throws {
        let folder = Self.casesDirectory.appendingPathComponent(name)
        let input = folder.appendingPathComponent("input")
        let inputRoot = FileManager.default.fileExists(atPath: input.path) ? input : Fixtures.repositoryRoot
        let templates = try TemplateSet.builtIn()
        let rendered = Pipeline.render(DiskSourceTree(root: inputRoot), templates: templates)
        let diagnostics = DiagnosticFormatter.format(rendered.log)
        var mismatches: [String] = []
        let selection = FileManager.default.fileExists(atPath: folder.appendingPathComponent("selection").path)

        func compare(_ relative: String, _ actual: Data) throws {
            let url = folder.appendingPathComponent(relative)
            let expected = try? Data(contentsOf: url)
            guard expected != actual else { return }
            if Self.recording {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url)
            }
            mismatches.append(relative)
        }

        try compare("diagnostics.txt", Data(diagnostics.utf8))
        for (edition, files) in rendered.editions {
            let expectedDir = folder.appendingPathComponent("expected/\(edition.rawValue)")
            let expectedFiles = Set(Self.files(under: expectedDir))
            for file in files {
                if selection && !expectedFiles.contains(file.path) { continue }
                try compare("expected/\(edition.rawValue)/\(file.path)", file.contents)
            }
            if !selection {
                let extra = expectedFiles.subtracting(files.map(\.path))
                for path in extra.sorted() {
                    mismatches.append("expected/\(edition.rawValue)/\(path) (no longer written)")
                    if Self.recording { try FileManager.default.removeItem(at: expectedDir.appendingPathComponent(path)) }
                }
            }
        }
        if Self.recording && !mismatches.isEmpty {
            Issue.record("recorded a new baseline for \(name): \(mismatches.joined(separator: ", ")) — review with git diff, then run again")
        } else {
            #expect(mismatches.isEmpty, "\(name) differs from its golden files: \(mismatches.joined(separator: ", ")) (COUNCILDOC_RECORD=1 to re-record)")
        }
    }

    static func files(under root: URL) -> [String] {
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var out: [String] = []
        for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            out.append(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
        }
        return out.sorted()
    }
}

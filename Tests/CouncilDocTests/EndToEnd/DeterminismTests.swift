import Foundation
import Testing
@testable import CouncilDoc

/// The same sources give the same bytes, whatever order the files are found in.
@Suite struct DeterminismTests {
    /// A tree that lists its files in a shuffled order.
    struct ShuffledTree: SourceTree {
        let base: DiskSourceTree
        let seed: UInt64

        func files() throws -> [String] {
            var random = SeededRandom(seed: seed)
            return try base.files().shuffled(using: &random)
        }

        func read(_ path: String) throws -> Data { try base.read(path) }
    }

    @Test func shuffledFileOrderGivesTheSameBytes() throws {
        let templates = try TemplateSet.builtIn()
        let base = DiskSourceTree(root: Fixtures.repositoryRoot)
        func bytes(_ tree: SourceTree) -> [String: Data] {
            let rendered = Pipeline.render(tree, templates: templates)
            var out: [String: Data] = [:]
            for (edition, files) in rendered.editions {
                for file in files { out["\(edition.rawValue)/\(file.path)"] = file.contents }
            }
            return out
        }
        let reference = bytes(base)
        #expect(reference.count > 100)
        for seed in 1...3 as ClosedRange<UInt64> {
            let shuffled = bytes(ShuffledTree(base: base, seed: seed))
            #expect(shuffled.keys.sorted() == reference.keys.sorted())
            #expect(shuffled.filter { reference[$0.key] != $0.value }.isEmpty, "seed \(seed) differs")
        }
    }
}

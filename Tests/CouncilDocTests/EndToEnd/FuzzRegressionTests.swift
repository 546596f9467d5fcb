import Foundation
import Testing
@testable import CouncilDoc

/// Every input the fuzzer found a problem with (Fixtures/fuzz-regressions/) runs through
/// load → link → public transform → render without a crash.
@Suite struct FuzzRegressionTests {
    static func inputs() -> [String] {
        let folder = Fixtures.directory.appendingPathComponent("fuzz-regressions")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: inputs())
    func replays(name: String) throws {
        let data = try Data(contentsOf: Fixtures.directory.appendingPathComponent("fuzz-regressions/\(name)"))
        FuzzInput.run(data)
        _ = Pipeline.render(FuzzInput.tree(data), templates: try TemplateSet.builtIn())
    }
}

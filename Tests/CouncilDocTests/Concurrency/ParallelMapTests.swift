import Foundation
import Testing
@testable import CouncilDoc

/// `parallelMap` keeps the order of its input and visits every element once.
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 2, 7, 1000])
    func keepsOrder(count: Int) {
        let input = Array(0..<count)
        #expect(input.parallelMap { $0 * 3 + 1 } == input.map { $0 * 3 + 1 })
    }

    @Test func visitsEachElementOnce() {
        let seen = StageTimings()
        _ = Array(0..<500).parallelMap { seen.add("visits", 1); return $0 }
        #expect(seen.stages.first?.seconds == 500)
    }

    @Test func timingsSumByStageInFirstUseOrder() {
        let timings = StageTimings()
        timings.add("load", 1)
        timings.add("link", 0.5)
        timings.add("load", 2)
        #expect(timings.stages.map(\.name) == ["load", "link"])
        #expect(timings.stages.map(\.seconds) == [3, 0.5])
        #expect(timings.report == "load     3000.0 ms\nlink      500.0 ms\ntotal    3500.0 ms")
    }
}

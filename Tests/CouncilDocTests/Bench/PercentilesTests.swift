import Testing
@testable import councildoc_bench

/// The benchmark's p50 and p95: nearest rank, every value one that was measured.
@Suite struct PercentilesTests {
    @Test func noSamplesHaveNoPercentiles() {
        #expect(Percentiles([]) == nil)
    }

    @Test func oneSampleIsBothPercentiles() {
        let result = Percentiles([0.4])
        #expect(result?.p50 == 0.4 && result?.p95 == 0.4 && result?.count == 1)
    }

    @Test func twentySamplesTakeTheTenthAndTheNineteenth() {
        // In any order: 1 … 20.
        let samples = (1...20).map(Double.init).reversed()
        let result = Percentiles(Array(samples))
        #expect(result?.p50 == 10 && result?.p95 == 19 && result?.count == 20)
    }

    @Test(arguments: [
        (count: 2, p50: 1.0, p95: 2.0),
        (count: 3, p50: 2.0, p95: 3.0),
        (count: 5, p50: 3.0, p95: 5.0),
        (count: 10, p50: 5.0, p95: 10.0),
        (count: 100, p50: 50.0, p95: 95.0),
    ])
    func nearestRank(count: Int, p50: Double, p95: Double) {
        let result = Percentiles((1...count).map(Double.init))
        #expect(result?.p50 == p50 && result?.p95 == p95)
    }
}

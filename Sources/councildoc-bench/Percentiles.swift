/// The median (p50) and 95th percentile (p95) of timed samples, by the nearest-rank
/// method: the smallest sample that at least p % of the samples do not exceed. Nothing is
/// interpolated, so every value printed was measured (with 20 samples, p95 is the 19th).
struct Percentiles: Equatable {
    let p50: Double
    let p95: Double
    /// How many samples.
    let count: Int

    /// Nil when there are no samples.
    init?(_ samples: [Double]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        p50 = Self.nearestRank(50, of: sorted)
        p95 = Self.nearestRank(95, of: sorted)
        count = sorted.count
    }

    /// The sample of rank ⌈percent × count / 100⌉ (at least the first) of `sorted`.
    static func nearestRank(_ percent: Int, of sorted: [Double]) -> Double {
        let rank = (percent * sorted.count + 99) / 100
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

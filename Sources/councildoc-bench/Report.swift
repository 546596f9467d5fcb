import Foundation

/// What was measured on one corpus.
struct SizeResult {
    let files: Int
    let megabytes: Double
    /// Full builds of both editions, each into a new output folder.
    let build: Measure.Summary
    /// Command-line rebuilds with nothing changed.
    let noOp: Percentiles?
    /// Command-line rebuilds after each kind of edit.
    let cli: [EditKind: Percentiles]
    /// Edit-to-page times under `councildoc serve` (a kind is missing when it was not measured).
    let serve: [EditKind: Percentiles]
    let floor: Double
    let cmark: Double?
    let hugo: Measure.Summary?
}

/// The results as Markdown tables.
enum Report {
    static func mainTable(_ results: [SizeResult]) -> [String] {
        var lines = [
            "| files | MB | councildoc build (median / min / max s) | peak MB | no-op rebuild p50 / p95 (s, % of build) | floor 2 proc (s) | × floor | cmark-gfm (s) | Hugo (median s) | Hugo peak MB | Hugo ÷ councildoc | peak ÷ Hugo peak | per-file ms |",
            "| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
        ]
        for row in results {
            let build = row.build
            let noOp = row.noOp.map { "\(f3($0.p50)) / \(f3($0.p95)) (\(percent($0.p50, of: build.median)) / \(percent($0.p95, of: build.median)))" } ?? "n/a"
            let councildoc: [String] = [
                "\(row.files)", f(row.megabytes), "\(f(build.median)) / \(f(build.min)) / \(f(build.max))", "\(Int(build.peakMB))",
                noOp, f(row.floor), f(build.median / row.floor), row.cmark.map(f) ?? "n/a",
            ]
            let hugo: [String] = row.hugo.map { hugo in
                [f(hugo.median), "\(Int(hugo.peakMB))", f(hugo.median / build.median), f(build.peakMB / hugo.peakMB)]
            } ?? Array(repeating: "n/a", count: 4)
            let perFile = f(build.median / Double(row.files) * 1000)
            lines.append("| " + (councildoc + hugo + [perFile]).joined(separator: " | ") + " |")
        }
        return lines
    }

    /// One row per size and kind of edit: the command line's rebuild and serve's edit-to-page
    /// time, p50 and p95, in seconds and as a percentage of the full build.
    static func editTable(_ results: [SizeResult], edits: Int, serveEdits: Int) -> [String] {
        var lines = [
            "Edits: \(edits) of each kind rebuilt with `councildoc build`; \(serveEdits) of each kind under `councildoc serve`, from the file's write to the first response of its LIMITE page that shows it (polled every \(Int(ServeProbe.interval * 1000)) ms). p50 and p95 by nearest rank; % of the full build's median.",
            "",
            "| files | edit | CLI rebuild p50 (s, % of build) | CLI rebuild p95 (s, % of build) | serve edit-to-page p50 (s, % of build) | serve edit-to-page p95 (s, % of build) |",
            "| --: | :-- | --: | --: | --: | --: |",
        ]
        for row in results {
            for kind in EditKind.allCases {
                let cli = cells(row.cli[kind], build: row.build.median, wanted: edits)
                let serve = cells(row.serve[kind], build: row.build.median, wanted: serveEdits)
                lines.append("| \(row.files) | \(kind.label) | \(cli.p50) | \(cli.p95) | \(serve.p50) | \(serve.p95) |")
            }
        }
        return lines
    }

    /// The time per file of each size against the smallest size's (nil for one size).
    static func perFileLine(_ results: [SizeResult]) -> String? {
        guard let first = results.first, results.count > 1 else { return nil }
        let base = first.build.median / Double(first.files)
        let ratios = results.dropFirst().map { "\($0.files) files: \(f($0.build.median / Double($0.files) / base))" }
        return "per-file time against \(first.files) files: " + ratios.joined(separator: ", ")
    }

    /// "0.31 (12.0 %)", with the number of samples when fewer than wanted; "n/a" without any.
    private static func cells(_ times: Percentiles?, build: Double, wanted: Int) -> (p50: String, p95: String) {
        guard let times else { return ("n/a", "n/a") }
        let count = times.count < wanted ? ", n=\(times.count)" : ""
        return ("\(f3(times.p50)) (\(percent(times.p50, of: build))\(count))", "\(f3(times.p95)) (\(percent(times.p95, of: build))\(count))")
    }

    static func f(_ x: Double) -> String { String(format: "%.2f", x) }

    /// Rebuilds and edits: milliseconds matter.
    static func f3(_ x: Double) -> String { String(format: "%.3f", x) }

    private static func percent(_ x: Double, of whole: Double) -> String { String(format: "%.1f %%", x / whole * 100) }
}

import Foundation

/// What councildoc's builds are compared with, on the same Markdown bodies: the floor
/// (libcmark-gfm parsing and rendering HTML and Markdown, in two processes of this tool),
/// the `cmark-gfm` command and Hugo.
struct Baselines {
    /// This executable (its `floor` subcommand is one process of the floor).
    let bench: URL
    let bodies: [URL]
    /// A folder for the baselines' files.
    let root: URL
    let runs: Int

    /// The median time of the floor.
    func floor() throws -> Double {
        let list = root.appendingPathComponent("bodies.txt")
        try bodies.map(\.path).joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
        var times: [Double] = []
        for _ in 0..<runs {
            let start = Date()
            let group = DispatchGroup()
            for part in 0..<2 {
                DispatchQueue.global().async(group: group) { [bench] in
                    _ = Measure.run(bench.path, ["floor", list.path, "\(part)", "2"])
                }
            }
            group.wait()
            times.append(Date().timeIntervalSince(start))
        }
        return times.sorted()[times.count / 2]
    }

    /// The time of the `cmark-gfm` command on all bodies concatenated.
    func cmark() throws -> Double {
        let all = root.appendingPathComponent("all.md")
        _ = FileManager.default.createFile(atPath: all.path, contents: nil)
        let handle = try FileHandle(forWritingTo: all)
        for body in bodies { handle.write(try Data(contentsOf: body)); handle.write(Data("\n\n".utf8)) }
        try handle.close()
        return Measure.run("sh", ["-c", "cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e footnotes \(all.path) > /dev/null"]).seconds
    }

    /// Hugo building the same bodies as a site, into a new folder each run.
    func hugo(projectContent: URL) throws -> Measure.Summary {
        let site = root.appendingPathComponent("hugo")
        try HugoSite.write(bodies: bodies, projectContent: projectContent, to: site)
        let results = (0..<runs).map { run in
            Measure.run("hugo", ["--quiet", "--source", site.path, "--destination", site.appendingPathComponent("public-\(run)").path])
        }
        return Measure.summary(results)
    }
}

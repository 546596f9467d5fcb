import Foundation

/// Rebuilds with the command line on the output of an earlier full build: nothing changed,
/// then each kind of edit, every edit different from the one before.
struct RebuildTimes {
    let councildoc: String
    let project: URL
    let output: String

    /// The times of `count` rebuilds with nothing changed.
    func noOp(count: Int) -> [Double] {
        (0..<count).map { _ in build("a no-op rebuild") }
    }

    /// The times of `count` rebuilds, each after one more edit of the target's kind; the
    /// file is then restored, and built once more untimed so that the next kind starts
    /// from an output of the original sources.
    func edits(_ target: EditTarget, count: Int) throws -> [Double] {
        var times: [Double] = []
        for index in 0..<count {
            try target.write(index: index, marker: "clibench\(target.kind.rawValue)\(index)")
            times.append(build("a rebuild after an edit (\(target.kind.label), \(target.file.lastPathComponent))"))
        }
        try target.restore()
        _ = build("the rebuild after restoring \(target.file.lastPathComponent)")
        return times
    }

    private func build(_ what: String) -> Double {
        let result = Measure.run(councildoc, ["build", "--project", project.path, "--output", output])
        guard result.status == 0 else { fatalError("councildoc failed \(what) on \(project.path)") }
        return result.seconds
    }
}

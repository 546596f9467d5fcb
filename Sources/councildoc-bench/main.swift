import CouncilDoc
import Foundation

/// `make bench`: generates synthetic corpora of three sizes and times, on each, full builds
/// of both editions (several runs: median, min, max, peak memory), no-op rebuilds, four
/// kinds of edit rebuilt with the command line and under `councildoc serve` (p50 and p95),
/// and, on the same files, the floor (libcmark-gfm parsing and rendering HTML and Markdown
/// in two processes, and the `cmark-gfm` command) and Hugo; prints two Markdown tables.
///
/// Usage: councildoc-bench [--sizes 150,1000,10000] [--runs 3] [--edits 20] [--serve-edits 10] [--work DIR]
///        councildoc-bench floor LIST PART PARTS   (internal: one process of the floor)
let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "floor" {
    // Parse and render HTML and Markdown of every `PART`-th file of the list.
    let list = try String(contentsOfFile: arguments[1], encoding: .utf8).split(separator: "\n")
    let part = Int(arguments[2])!, parts = Int(arguments[3])!
    var bytes = 0
    for (index, path) in list.enumerated() where index % parts == part {
        let text = try String(contentsOfFile: String(path), encoding: .utf8)
        let (html, markdown) = MarkdownParser.referenceRender(text)
        bytes += html.utf8.count + markdown.utf8.count
    }
    print(bytes)
    exit(0)
}

let usage = """
    usage: councildoc-bench [--sizes 150,1000,10000] [--runs 3] [--edits 20] [--serve-edits 10] [--work DIR]
    Times full builds, no-op rebuilds and edits of four kinds (an action's body, a strategy
    objective, a LIMITE marker, a note's body; --edits of each, rebuilt with the command
    line, and --serve-edits of each under councildoc serve, edit to page; 0: skip) of
    synthetic corpora against the libcmark-gfm floor, the cmark-gfm command and Hugo, and
    prints two Markdown tables.
    """
let known: Set<String> = ["--sizes", "--runs", "--edits", "--serve-edits", "--work"]
if arguments.contains("--help") || arguments.contains("-h") {
    print(usage)
    exit(0)
}
// Options come in pairs: a name this tool knows, then its value.
for (index, argument) in arguments.enumerated() where index % 2 == 0 {
    guard known.contains(argument), index + 1 < arguments.count else {
        FileHandle.standardError.write(Data("councildoc-bench: unexpected argument '\(argument)'\n\(usage)\n".utf8))
        exit(2)
    }
}

func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

func count(_ name: String, default value: Int) -> Int {
    guard let text = option(name) else { return value }
    guard let number = Int(text), number >= 0 else {
        FileHandle.standardError.write(Data("councildoc-bench: \(name) \(text) is not a count\n".utf8))
        exit(2)
    }
    return number
}
let sizes = (option("--sizes") ?? "150,1000,10000").split(separator: ",").compactMap { Int($0) }
let runs = max(1, count("--runs", default: 3))
let edits = count("--edits", default: 20)
let serveEdits = count("--serve-edits", default: 10)
// Each invocation works in a folder of its own, and removes the folders of earlier ones only
// when it is done: on a file system without a journal (ext4 here), creating files is several
// times slower for minutes after many files were deleted (the allocator skips their inodes),
// so deleting an output right before a timed build would time the file system's
// bookkeeping, for councildoc (41,000 files at 10k) and for Hugo alike. Every timed full
// build, of either program, writes into a folder never used before.
let workBase = URL(fileURLWithPath: option("--work") ?? NSTemporaryDirectory() + "councildoc-bench")
let work = workBase.appendingPathComponent("run-\(ProcessInfo.processInfo.processIdentifier)-\(Int(Date().timeIntervalSince1970))")
let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
let councildoc = me.deletingLastPathComponent().appendingPathComponent("councildoc").path
let haveCmark = Measure.run("cmark-gfm", ["--version"]).status == 0
let haveHugo = Measure.run("hugo", ["version"]).status == 0

/// Full builds of both editions, each into a new output folder; returns their summary and
/// the last output folder.
func fullBuilds(project: URL, root: URL) -> (Measure.Summary, String) {
    var builds: [Measure.Result] = []
    var output = ""
    for run in 0..<runs {
        output = root.appendingPathComponent("output-\(run)").path
        let result = Measure.run(councildoc, ["build", "--project", project.path, "--output", output])
        guard result.status == 0 else { fatalError("councildoc build failed on \(project.path)") }
        builds.append(result)
    }
    return (Measure.summary(builds), output)
}

/// Edit-to-page times of each kind under `councildoc serve` on `output` (the last full
/// build's, so that its first build has nothing to do); empty when it cannot be measured.
func serveTimes(_ targets: [EditTarget], project: URL, output: String, root: URL, build: Double) throws -> [EditKind: Percentiles] {
    guard serveEdits > 0 else { return [:] }
    let timeout = max(30, 10 * build)
    guard let probe = ServeProbe.start(councildoc: councildoc, project: project, output: output,
                                       log: root.appendingPathComponent("serve.log"), timeout: timeout) else { return [:] }
    defer { probe.stop() }
    var times: [EditKind: Percentiles] = [:]
    for target in targets {
        times[target.kind] = Percentiles(try probe.samples(target, count: serveEdits))
    }
    return times
}

func measure(size: Int) throws -> SizeResult {
    let root = work.appendingPathComponent("\(size)")
    let project = root.appendingPathComponent("project")
    let bodies = try SyntheticCorpus(files: size).write(to: project)
    let megabytes = Double(bodies.reduce(0) { $0 + ((try? Data(contentsOf: $1).count) ?? 0) }) / 1_000_000
    let (build, output) = fullBuilds(project: project, root: root)

    // Rebuilds on the last full build's output: nothing changed, then each kind of edit.
    let rebuilds = RebuildTimes(councildoc: councildoc, project: project, output: output)
    let noOp = Percentiles(rebuilds.noOp(count: runs))
    let targets = try EditTarget.all(project: project, bodies: bodies)
    var cli: [EditKind: Percentiles] = [:]
    for target in targets { cli[target.kind] = Percentiles(try rebuilds.edits(target, count: edits)) }
    let serve = try serveTimes(targets, project: project, output: output, root: root, build: build.median)

    let baselines = Baselines(bench: me, bodies: bodies, root: root, runs: runs)
    let floor = try baselines.floor()
    let cmark = try haveCmark ? baselines.cmark() : nil
    let hugo = try haveHugo ? baselines.hugo(projectContent: project.appendingPathComponent("content")) : nil
    return SizeResult(files: bodies.count, megabytes: megabytes, build: build, noOp: noOp, cli: cli, serve: serve,
                      floor: floor, cmark: cmark, hugo: hugo)
}

var results: [SizeResult] = []
for size in sizes { results.append(try measure(size: size)) }

print(Report.mainTable(results).joined(separator: "\n"))
print("")
print(Report.editTable(results, edits: edits, serveEdits: serveEdits).joined(separator: "\n"))
// The folders of earlier invocations go now that nothing is timed.
for old in (try? FileManager.default.contentsOfDirectory(at: workBase, includingPropertiesForKeys: nil)) ?? [] where old.lastPathComponent != work.lastPathComponent {
    try? FileManager.default.removeItem(at: old)
}
// Linear cost: the time per file of each size against the smallest size's.
if let line = Report.perFileLine(results) { print("\n" + line) }

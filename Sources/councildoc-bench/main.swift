import CouncilDoc
import Foundation

/// `make bench`: generates synthetic corpora of three sizes, times full builds of both
/// editions (several runs: median, min, max, peak memory) and, on the same files, the floor
/// (libcmark-gfm parsing and rendering HTML and Markdown in two processes, and the
/// `cmark-gfm` command) and Hugo; prints one table with the ratios.
///
/// Usage: councildoc-bench [--sizes 150,1000,10000] [--runs 3] [--work DIR]
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
    usage: councildoc-bench [--sizes 150,1000,10000] [--runs 3] [--work DIR]
    Times full, no-op and one-edit builds of synthetic corpora against the libcmark-gfm
    floor, the cmark-gfm command and Hugo, and prints one table.
    """
let known: Set<String> = ["--sizes", "--runs", "--work"]
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
let sizes = (option("--sizes") ?? "150,1000,10000").split(separator: ",").compactMap { Int($0) }
let runs = Int(option("--runs") ?? "3") ?? 3
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

struct Row {
    let size: Int
    let files: Int
    let megabytes: Double
    let build: (median: Double, min: Double, max: Double, peakMB: Double)
    let noOp: Double
    let oneEdit: Double
    let floor: Double
    let cmark: Double?
    let hugo: (median: Double, min: Double, max: Double, peakMB: Double)?
}
var rows: [Row] = []

for size in sizes {
    let root = work.appendingPathComponent("\(size)")
    let project = root.appendingPathComponent("project")
    let bodies = try SyntheticCorpus(files: size).write(to: project)
    let megabytes = Double(bodies.reduce(0) { $0 + ((try? Data(contentsOf: $1).count) ?? 0) }) / 1_000_000
    // councildoc: a full build of both editions, into a new output folder each time.
    var builds: [Measure.Result] = []
    var output = ""
    for run in 0..<runs {
        output = root.appendingPathComponent("output-\(run)").path
        let r = Measure.run(councildoc, ["build", "--project", project.path, "--output", output])
        guard r.status == 0 else { fatalError("councildoc build failed on the \(size)-file corpus") }
        builds.append(r)
    }

    // Rebuilds on the last full build's output: nothing changed, then one action file edited.
    var noOps: [Double] = [], edits: [Double] = []
    for _ in 0..<runs {
        let r = Measure.run(councildoc, ["build", "--project", project.path, "--output", output])
        guard r.status == 0 else { fatalError("councildoc no-op rebuild failed on the \(size)-file corpus") }
        noOps.append(r.seconds)
    }
    guard let action = bodies.first(where: { $0.path.contains("/actions/") }) else { fatalError("no action file") }
    let original = try Data(contentsOf: action)
    for run in 0..<runs {
        try (original + Data("\nEdited for the benchmark, edit \(run).\n".utf8)).write(to: action)
        let r = Measure.run(councildoc, ["build", "--project", project.path, "--output", output])
        guard r.status == 0 else { fatalError("councildoc rebuild after one edit failed on the \(size)-file corpus") }
        edits.append(r.seconds)
    }
    try original.write(to: action)

    // The floor: libcmark-gfm parses and renders HTML and Markdown of the same files, in two processes.
    let list = root.appendingPathComponent("bodies.txt")
    try bodies.map(\.path).joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
    var floors: [Double] = []
    for _ in 0..<runs {
        let start = Date()
        let group = DispatchGroup()
        for part in 0..<2 {
            DispatchQueue.global().async(group: group) {
                _ = Measure.run(me.path, ["floor", list.path, "\(part)", "2"])
            }
        }
        group.wait()
        floors.append(Date().timeIntervalSince(start))
    }

    // The cmark-gfm command on all bodies concatenated.
    var cmark: Double?
    if haveCmark {
        let all = root.appendingPathComponent("all.md")
        FileManager.default.createFile(atPath: all.path, contents: nil)
        let handle = try FileHandle(forWritingTo: all)
        for body in bodies { handle.write(try Data(contentsOf: body)); handle.write(Data("\n\n".utf8)) }
        try handle.close()
        cmark = Measure.run("sh", ["-c", "cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e footnotes \(all.path) > /dev/null"]).seconds
    }

    // Hugo building the same Markdown files as a site.
    var hugo: (median: Double, min: Double, max: Double, peakMB: Double)?
    if haveHugo {
        let site = root.appendingPathComponent("hugo")
        try HugoSite.write(bodies: bodies, projectContent: project.appendingPathComponent("content"), to: site)
        var results: [Measure.Result] = []
        for run in 0..<runs {
            results.append(Measure.run("hugo", ["--quiet", "--source", site.path, "--destination", site.appendingPathComponent("public-\(run)").path]))
        }
        hugo = Measure.summary(results)
    }
    rows.append(Row(size: size, files: bodies.count, megabytes: megabytes, build: Measure.summary(builds),
                    noOp: noOps.sorted()[noOps.count / 2], oneEdit: edits.sorted()[edits.count / 2], floor: floors.sorted()[floors.count / 2], cmark: cmark, hugo: hugo))
}

func f(_ x: Double) -> String { String(format: "%.2f", x) }
print("| files | MB | councildoc build (median / min / max s) | peak MB | no-op rebuild (s, % of build) | one edit (s, % of build) | floor 2 proc (s) | × floor | cmark-gfm (s) | Hugo (median s) | Hugo peak MB | Hugo ÷ councildoc | peak ÷ Hugo peak | per-file ms |")
print("| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |")
for row in rows {
    let hugoTime = row.hugo.map { f($0.median) } ?? "n/a"
    let hugoPeak = row.hugo.map { String(Int($0.peakMB)) } ?? "n/a"
    let hugoRatio = row.hugo.map { f($0.median / row.build.median) } ?? "n/a"
    let noOp = "\(f(row.noOp)) (\(String(format: "%.1f", row.noOp / row.build.median * 100)) %)"
    let edit = "\(f(row.oneEdit)) (\(String(format: "%.1f", row.oneEdit / row.build.median * 100)) %)"
    let peakRatio = row.hugo.map { f(row.build.peakMB / $0.peakMB) } ?? "n/a"
    print("| \(row.files) | \(f(row.megabytes)) | \(f(row.build.median)) / \(f(row.build.min)) / \(f(row.build.max)) | \(Int(row.build.peakMB)) | \(noOp) | \(edit) | \(f(row.floor)) | \(f(row.build.median / row.floor)) | \(row.cmark.map(f) ?? "n/a") | \(hugoTime) | \(hugoPeak) | \(hugoRatio) | \(peakRatio) | \(f(row.build.median / Double(row.files) * 1000)) |")
}
// The folders of earlier invocations go now that nothing is timed.
for old in (try? FileManager.default.contentsOfDirectory(at: workBase, includingPropertiesForKeys: nil)) ?? [] where old.lastPathComponent != work.lastPathComponent {
    try? FileManager.default.removeItem(at: old)
}

// Linear cost: the time per file of each size against the smallest size's.
if let first = rows.first, rows.count > 1 {
    let base = first.build.median / Double(first.files)
    let ratios = rows.dropFirst().map { "\($0.files) files: \(f($0.build.median / Double($0.files) / base))" }
    print("\nper-file time against \(first.files) files: " + ratios.joined(separator: ", "))
}

import CouncilDoc
import Foundation

/// Builds the project, then again each time a watched source is saved, on a thread of its
/// own, and publishes each build's status. The build is the command line's: the same cache
/// (a save that changes nothing renders nothing), the same atomic write, so a failed build
/// leaves the last good output served.
public final class RebuildLoop: @unchecked Sendable {
    let project: URL
    let output: URL
    let templates: URL?
    let asOf: CouncilDate
    let broadcast: BuildBroadcast
    let watcher: SourceWatcher
    /// Told of each build, for the terminal.
    let report: @Sendable (BuildStatus) -> Void

    public init(project: URL, output: URL, templates: URL?, asOf: CouncilDate, broadcast: BuildBroadcast,
                report: @escaping @Sendable (BuildStatus) -> Void) {
        self.project = project
        self.output = output
        self.templates = templates
        self.asOf = asOf
        self.broadcast = broadcast
        self.report = report
        let templateFolder = templates ?? project.appendingPathComponent("templates")
        watcher = SourceWatcher(folders: [project.appendingPathComponent("content"), templateFolder],
                                files: [project.appendingPathComponent("councildoc.yml")])
    }

    /// Builds once (returns when done), then starts watching on a thread of its own.
    public func start() {
        let first = watcher.stamps()
        buildAndPublish(generation: 1)
        let thread = Thread { [self] in
            var seen = first
            var generation = 1
            while true {
                seen = watcher.waitForChange(from: seen)
                generation += 1
                buildAndPublish(generation: generation)
            }
        }
        thread.name = "councildoc rebuild"
        thread.start()
    }

    /// One build, published.
    func buildAndPublish(generation: Int) {
        let started = DispatchTime.now()
        let outcome = Pipeline.build(project: project, output: output, templates: templates, asOf: asOf)
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
        let status = BuildStatus(generation: generation, outcome: outcome, milliseconds: milliseconds)
        broadcast.publish(status)
        report(status)
    }
}

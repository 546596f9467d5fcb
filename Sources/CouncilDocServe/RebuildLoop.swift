import CouncilDoc
import Foundation

/// Builds the project, then again each time a watched source is saved, on a thread of its
/// own, and publishes each build's status. The build is the command line's: the same cache
/// (a save that changes nothing renders nothing), the same atomic write, so a failed build
/// leaves the last good output served. With print previews (`serve --pdf`), each build
/// writes the pages at once, with the PDF files the store of converted files holds, and
/// then, before the next build, converts the documents whose printed source changed and
/// publishes again.
public final class RebuildLoop: @unchecked Sendable {
    let project: URL
    let output: URL
    let templates: URL?
    let asOf: CouncilDate
    /// The formats converted after each build (`serve --pdf`).
    let printed: Set<ConvertedFormat>
    let broadcast: BuildBroadcast
    let watcher: SourceWatcher
    /// Whether each build's stage timings are told (`serve --timings`), in its status.
    let timed: Bool
    /// The pages of the last proven build, which the next build takes where unchanged.
    let session = BuildSession()
    /// Told of each build, for the terminal.
    let report: @Sendable (BuildStatus) -> Void

    public init(project: URL, output: URL, templates: URL?, asOf: CouncilDate, printed: Set<ConvertedFormat> = [],
                timed: Bool = false, broadcast: BuildBroadcast, report: @escaping @Sendable (BuildStatus) -> Void) {
        self.timed = timed
        self.printed = printed
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
        generation = buildAndPublish(generation: 1)
        let thread = Thread { [self] in
            var seen = first
            var generation = self.generation
            while true {
                seen = watcher.waitForChange(from: seen)
                generation += 1
                generation = buildAndPublish(generation: generation)
            }
        }
        thread.name = "councildoc rebuild"
        thread.start()
    }

    /// The generation of the first build's last publication (read by the watching thread).
    private var generation = 1

    /// One build, published; then its deferred conversions, published as the next
    /// generation. Returns the last generation published.
    func buildAndPublish(generation: Int) -> Int {
        let started = DispatchTime.now()
        let timings = StageTimings()
        let outcome = Pipeline.build(project: project, output: output, templates: templates, asOf: asOf, deferredFormats: printed,
                                     session: session, timings: timings)
        var status = BuildStatus(generation: generation, outcome: outcome, milliseconds: Self.milliseconds(since: started))
        if timed { status.timings = timings.report }
        broadcast.publish(status)
        report(status)
        guard let pending = outcome.pending else { return generation }
        let converting = DispatchTime.now()
        var finished = outcome
        finished.log.merge(pending.finish())
        finished.pending = nil
        var next = BuildStatus(generation: generation + 1, outcome: finished, milliseconds: Self.milliseconds(since: converting))
        next.converted = pending.count
        broadcast.publish(next)
        report(next)
        return generation + 1
    }

    static func milliseconds(since start: DispatchTime) -> Int {
        Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
    }
}

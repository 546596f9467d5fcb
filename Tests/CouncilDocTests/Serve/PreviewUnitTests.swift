import Foundation
import Testing
@testable import CouncilDoc
@testable import CouncilDocServe

/// The preview's parts: paths it takes from requests, what it adds to pages, the broadcast.
@Suite struct PreviewUnitTests {
    @Test(arguments: ["../etc/passwd", "a/../../b", "./x", "a\\b", "plans/../.."])
    func aPathThatLeavesTheEditionIsRefused(path: String) {
        #expect(PreviewPath.relative(path) == nil)
    }

    @Test func ordinaryPathsAreKept() {
        #expect(PreviewPath.relative("plans/13/13.1.html") == "plans/13/13.1.html")
        #expect(PreviewPath.relative("//plans//13/") == "plans/13")
        #expect(PreviewPath.relative("") == "")
    }

    @Test func anEncodedPathCannotCloseAStringOrATag() {
        let encoded = PreviewPath.encoded("a'b\"c<d>e f/13.1.html")
        #expect(!encoded.contains("'") && !encoded.contains("\"") && !encoded.contains("<") && !encoded.contains(" "))
        #expect(encoded.hasSuffix("/13.1.html"))
    }

    @Test func theScriptGoesBeforeTheClosingBodyTag() {
        let page = LiveReload.inject("<script></script>", into: "<html><body><p>x</p></body></html>")
        #expect(page == "<html><body><p>x</p><script></script></body></html>")
        #expect(LiveReload.inject("S", into: "<p>no body</p>") == "<p>no body</p>S")
        let script = LiveReload.script(generation: 7, edition: "limite", path: "plans/13/index.html")
        #expect(script.contains("var generation = 7;"))
        #expect(script.contains("/public/plans/13/index.html") && script.contains("/_councildoc/compare/plans/13/index.html"))
    }

    @Test func onlyLoopbackAddressesAreLocal() {
        #expect(PreviewServer.isLoopback("127.0.0.1") && PreviewServer.isLoopback("localhost") && PreviewServer.isLoopback("::1"))
        #expect(!PreviewServer.isLoopback("0.0.0.0") && !PreviewServer.isLoopback("192.168.1.2") && !PreviewServer.isLoopback("::"))
    }

    @Test func aListenerGetsTheLatestBuildThenEachNextOne() async {
        let broadcast = BuildBroadcast()
        let first = BuildStatus(generation: 1, outcome: Pipeline.BuildOutcome(log: DiagnosticLog(), upToDate: false), milliseconds: 5)
        broadcast.publish(first)
        var log = DiagnosticLog()
        log.add(.missingField, "missing required field 'title'", at: SourceLocation(file: "content/notes/a.md", line: 2, column: 1))
        let failed = BuildStatus(generation: 2, outcome: Pipeline.BuildOutcome(log: log, upToDate: false), milliseconds: 5)
        #expect(!failed.ok && failed.errors == 1)
        #expect(failed.diagnostics.contains("content/notes/a.md:2:1: error: missing required field 'title'"))
        var seen: [BuildStatus] = []
        do {
            let stream = broadcast.subscribe()
            #expect(broadcast.listenerCount == 1)
            for await status in stream {
                seen.append(status)
                if seen.count == 1 { broadcast.publish(failed) } else { break }
            }
        }
        #expect(seen.map(\.generation) == [1, 2])
        // A listener that has not read yet is given the newest status only (a browser needs
        // no build it was too slow to show).
        let late = broadcast.subscribe()
        broadcast.publish(first)
        var iterator = late.makeAsyncIterator()
        #expect(await iterator.next()?.generation == 1)
        #expect(failed.json.contains("\"ok\":false"))
    }

    @Test func theWatcherSeesAnEditARenameAndANewFile() throws {
        let project = try TempProject(["content/a.md": "one", "councildoc.yml": "x"])
        let watcher = SourceWatcher(folders: [project.root.appendingPathComponent("content")],
                                    files: [project.root.appendingPathComponent("councildoc.yml")])
        let start = watcher.stamps()
        #expect(watcher.stamps() == start)
        try project.write("content/b/c.md", "new")
        let added = watcher.stamps()
        #expect(added != start)
        try project.write("councildoc.yml", "y")
        #expect(watcher.stamps() != added)
    }
}

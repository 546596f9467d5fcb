import Foundation
import Testing
@testable import CouncilDoc

/// `councildoc serve` as a drafter uses it: both editions on a loopback port, the page
/// rebuilt and announced after a save, a failed build's diagnostics over the last good page,
/// the fix, and the side-by-side page.
@Suite(.serialized) struct ServeTests {
    @Test func servesRebuildsOnSaveAndShowsAFailedBuild() throws {
        let dir = try TempProject([:])
        try ProjectInit.create(in: dir.root, year: 2026)
        let server = try ServeProcess(project: dir.root)
        defer { server.stop() }

        // Only this computer can connect: the listening socket is bound to 127.0.0.1.
        let table = try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)
        let local = String(format: "0100007F:%04X", server.port)
        #expect(table.split(separator: "\n").contains { $0.split(separator: " ").dropFirst().first.map(String.init) == local },
                "no socket listens on \(local)")

        let page = try server.get("/limite/plans/1/1.1.html")
        #expect(page.status == 200)
        #expect(page.body.contains("Detection of tobacco smuggling"))
        #expect(page.body.contains("councildoc-live-reload"))
        // The script is the preview's: the files of the output are as a build writes them.
        #expect(try !dir.read("output/limite/plans/1/1.1.html").contains("councildoc-live-reload"))
        #expect(try server.get("/public/notes/presidency-priorities.html").body.contains("(DELETED)"))
        #expect(try server.get("/limite/../councildoc.yml").status == 404)
        #expect(try server.get("/limite/%2e%2e/councildoc.yml").status == 404)
        #expect(try server.get("/").body.contains("/_councildoc/compare/index.html"))
        // A folder is served at its URL with the final slash, where its page's links work.
        #expect(try server.get("/limite/plans/1").status == 301)
        #expect(try server.get("/limite/plans/1/").body.contains("1st Action Plan"))
        #expect(try server.get("/public/").body.contains("PUBLIC edition"))
        let side = try server.get("/_councildoc/compare/plans/1/1.1.html")
        #expect(side.body.contains("src=\"/limite/plans/1/1.1.html\"") && side.body.contains("src=\"/public/plans/1/1.1.html\""))

        let events = try EventListener(port: server.port)
        defer { events.stop() }
        #expect(events.build(atLeast: 1)?["ok"] as? Bool == true)

        // A save: the page is rebuilt and the browsers are told.
        let action = "content/plans/1/actions/1.1.md"
        let original = try dir.read(action)
        let saved = Date()
        try dir.write(action, original.replacingOccurrences(of: "Detection of tobacco smuggling", with: "Detection of cigarette smuggling"))
        let rebuilt = try #require(events.build(atLeast: 2))
        let latency = Date().timeIntervalSince(saved)
        #expect(rebuilt["ok"] as? Bool == true)
        #expect(try server.get("/limite/plans/1/1.1.html").body.contains("Detection of cigarette smuggling"))
        print("serve: save to build announced in \(Int(latency * 1000)) ms (build \(rebuilt["milliseconds"] ?? "?") ms)")

        // A broken source: the failure and its positioned diagnostics; the last good page stays.
        try dir.write(action, original.replacingOccurrences(of: "title: Detection", with: "titel: Detection"))
        let failed = try #require(events.build(atLeast: 3))
        #expect(failed["ok"] as? Bool == false)
        let diagnostics = failed["diagnostics"] as? String ?? ""
        #expect(diagnostics.contains("content/plans/1/actions/1.1.md:"), "\(diagnostics)")
        #expect(diagnostics.contains("error:"))
        #expect(try server.get("/limite/plans/1/1.1.html").body.contains("Detection of cigarette smuggling"))
        #expect(try server.get("/_councildoc/status").body.contains("\"ok\":false"))

        // The fix: a good build again.
        try dir.write(action, original)
        let fixed = try #require(events.build(atLeast: 4))
        #expect(fixed["ok"] as? Bool == true)
        #expect(try server.get("/limite/plans/1/1.1.html").body.contains("Detection of tobacco smuggling"))

        // Ctrl-C ends the server, an open page's event stream included.
        let interrupted = Date()
        server.stop()
        // (It was killed after 30 s if it had not exited: a server that waits for the open
        // stream ends by a signal, not by exiting.)
        #expect(server.process.terminationReason == .exit, "the server took \(Date().timeIntervalSince(interrupted)) s and was killed")
    }

    /// Another address is warned about before anything is served (here one this computer
    /// does not have, so that nothing is served at all: the server cannot bind and exits).
    @Test func aHostOtherThanLoopbackIsWarnedAbout() throws {
        let dir = try TempProject([:])
        try ProjectInit.create(in: dir.root, year: 2026)
        let run = try CLI.run(["serve", "--port", "0", "--host", "192.0.2.1"], in: dir.root)
        #expect(run.stderr.contains("warning: --host 192.0.2.1 serves the LIMITE edition to every computer"))
        #expect(run.status != 0)
        #expect(!run.stdout.contains("serving"))
        let loopback = try ServeProcess(project: dir.root, arguments: ["--host", "127.0.0.1"])
        loopback.stop()
        #expect(!loopback.output.contains("warning: --host"))
    }
}

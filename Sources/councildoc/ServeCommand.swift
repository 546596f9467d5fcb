import ArgumentParser
import CouncilDoc
import CouncilDocServe
import Foundation

/// `councildoc serve`: builds, serves both editions on this computer, rebuilds on save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve both editions on 127.0.0.1 with live reload, and rebuild when a source is saved.",
        discussion: "Watches content/, templates/ and councildoc.yml. Open the printed address: every page reloads after a build, shows the diagnostics over the last good page when a build fails, and links to its LIMITE and PUBLIC versions side by side.")

    @OptionGroup var options: ProjectOptions

    @Option(name: .long, help: "The port (0: any free port).")
    var port: Int = 8080

    @Option(name: .long, help: "The address to listen on. Anything but 127.0.0.1 or localhost serves the LIMITE edition to the network (with a token, printed with the address).")
    var host: String = "127.0.0.1"

    @Option(name: .customLong("allowed-host"), help: ArgumentHelp("Another name browsers reach the server by (the Host header; repeatable). Requests naming any other host are refused.", valueName: "name"))
    var allowedHosts: [String] = []

    @Flag(name: .long, help: "Require the printed token for the LIMITE edition on a loopback address too (always required on another address).")
    var token = false

    @Option(name: .long, help: "The output folder (default: output/ in the project).")
    var output: String?

    @Option(name: .long, help: "A templates folder (default: templates/ in the project, else the built-in templates).")
    var templates: String?

    @Option(name: .long, help: "Publish as of this date (YYYY-MM-DD), as for build.")
    var asOf: String?

    @Flag(name: .long, help: "Also print each document to PDF (through WeasyPrint): after each save, the pages are shown first, then the documents whose printed text changed are converted, and their PDFs shown (linked from the side-by-side page).")
    var pdf = false

    @Flag(name: .long, help: "Print the time each stage of each build took.")
    var timings = false

    func validate() throws {
        if pdf, let missing = ConvertedFormat.pdf.missingConverter {
            throw ValidationError("--pdf needs WeasyPrint: \(missing)")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not a port number (0 to 65535)") }
        for name in allowedHosts {
            guard !name.isEmpty, !name.contains(where: { $0 == "/" || $0 == "@" || $0.isWhitespace }) else {
                throw ValidationError("--allowed-host \(name) is not a host name (give the name alone, as in --allowed-host preview.example)")
            }
            guard name.filter({ $0 == ":" }).count != 1 else {
                throw ValidationError("--allowed-host \(name): give the name without the port (the served port is added)")
            }
        }
    }

    func run() async throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
            ?? options.projectURL.appendingPathComponent("output")
        let templatesURL = templates.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
        let date: CouncilDate
        do { date = try BuildDate.resolve(option: asOf) } catch { throw ValidationError("\(error)") }
        if !PreviewServer.isLoopback(host) {
            Console.error("warning: --host \(host) serves the LIMITE edition to every computer that can reach this one")
        }

        let broadcast = BuildBroadcast()
        let loop = RebuildLoop(project: options.projectURL, output: outputURL, templates: templatesURL, asOf: date,
                               printed: pdf ? [.pdf] : [], timed: timings, broadcast: broadcast) { status in
            let summary = !status.ok ? "build failed (the last good output is served)"
                : status.converted.map { "printed \($0) PDF file\($0 == 1 ? "" : "s") in \(status.milliseconds) ms" }
                ?? "built in \(status.milliseconds) ms"
            Console.error("[\(status.generation)] \(summary)\(status.diagnostics.isEmpty ? "" : "\n" + status.diagnostics)")
            if let timings = status.timings { Console.error(timings) }
        }
        loop.start()
        let host = self.host
        // Off this computer, the LIMITE edition and the status routes need a token.
        let secret = token || !PreviewServer.isLoopback(host) ? RequestGuard.newToken() : nil
        do {
            try await PreviewServer(output: outputURL, broadcast: broadcast, printing: pdf)
                .run(host: host, port: port, allowedHosts: allowedHosts, token: secret) { port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    let query = secret.map { "?token=\($0)" } ?? ""
                    Console.out("serving http://\(shown):\(port)/\(query) (LIMITE and PUBLIC editions; Ctrl-C to stop)")
                }
        } catch where PreviewServer.isAddressInUse(error) {
            Console.error("error: port \(port) on \(host) is already in use (another councildoc serve?): stop that server, or choose another port with --port N (--port 0 takes any free port)")
            throw ExitCode.failure
        }
    }
}

/// Lines for the terminal, written at once (a pipe would otherwise hold them back).
enum Console {
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

import Foundation

/// `councildoc serve` run by a test on a free loopback port, and what it printed.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var printed = ""
    private(set) var port = 0

    /// Starts the server for `project` and waits until it listens.
    init(project: URL, arguments: [String] = []) throws {
        process.executableURL = CLI.executable
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = project
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.printed += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
        let listening = try #/serving http://127\.0\.0\.1:(\d+)//#
        guard let match = wait(timeout: 300, for: { $0.firstMatch(of: listening) }) else {
            stop()
            throw Failure(description: "the server did not start: \(output)")
        }
        port = Int(match.1)!
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Everything printed so far.
    var output: String { lock.withLock { printed } }

    /// Polls `found` on what was printed until it gives a value or `timeout` seconds pass.
    func wait<T>(timeout: TimeInterval, for found: (String) -> T?) -> T? {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if let value = found(output) { return value }
            usleep(10_000)
        }
        return found(output)
    }

    /// A GET with curl: status and body.
    func get(_ path: String) throws -> (status: Int, body: String) {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-s", "-o", "-", "-w", "\n%{http_code}", "http://127.0.0.1:\(port)\(path)"]
        let out = Pipe()
        curl.standardOutput = out
        try curl.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let split = text.range(of: "\n", options: .backwards)!
        return (Int(text[split.upperBound...]) ?? 0, String(text[..<split.lowerBound]))
    }

    /// Interrupts the server as Ctrl-C would, and waits for it to exit.
    func stop() {
        if process.isRunning {
            process.interrupt()
            let end = Date().addingTimeInterval(30)
            while process.isRunning && Date() < end { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
    }

    deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
}

/// The server-sent events of `/_councildoc/events`, read by `curl -N` as they come.
final class EventListener: @unchecked Sendable {
    private let curl = Process()
    private let lock = NSLock()
    private var received = ""

    init(port: Int) throws {
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-sN", "http://127.0.0.1:\(port)/_councildoc/events"]
        let out = Pipe()
        curl.standardOutput = out
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.received += String(decoding: data, as: UTF8.self) }
        }
        try curl.run()
    }

    /// The statuses received so far (the `data:` lines of `build` events), as JSON objects.
    var builds: [[String: Any]] {
        lock.withLock { received }.split(separator: "\n").compactMap { line -> [String: Any]? in
            guard line.hasPrefix("data: ") else { return nil }
            return try? JSONSerialization.jsonObject(with: Data(line.dropFirst(6).utf8)) as? [String: Any]
        }
    }

    /// Waits for a build of at least `generation`; its status.
    func build(atLeast generation: Int, timeout: TimeInterval = 300) -> [String: Any]? {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if let found = builds.first(where: { ($0["generation"] as? Int ?? 0) >= generation }) { return found }
            usleep(5_000)
        }
        return nil
    }

    /// Ends the listener. (SIGKILL: a child of the test runner may inherit a signal mask
    /// that blocks SIGTERM.)
    func stop() {
        if curl.isRunning { kill(curl.processIdentifier, SIGKILL) }
        curl.waitUntilExit()
    }

    deinit { if curl.isRunning { kill(curl.processIdentifier, SIGKILL) } }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `councildoc serve` timed from a saved source to the page that shows it: the server runs
/// on a free loopback port, and after each edit (a marker word of its own) the edited
/// document's page in the LIMITE edition is fetched every 10 ms until it contains the
/// marker. One sample is the time from the end of the file's write to that response.
final class ServeProbe {
    private let process: Process
    let port: Int
    /// How long one edit may take to show before its kind is given up.
    let timeout: TimeInterval

    /// How often the page and the build status are fetched.
    static let interval: TimeInterval = 0.010

    private init(process: Process, port: Int, timeout: TimeInterval) {
        self.process = process
        self.port = port
        self.timeout = timeout
    }

    /// Starts the server and waits until its first build is done and it listens (it prints
    /// its address then); nil, with the reason on standard error, when it does not.
    static func start(councildoc: String, project: URL, output: String, log: URL, timeout: TimeInterval) -> ServeProbe? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: councildoc)
        process.arguments = ["serve", "--project", project.path, "--output", output, "--port", "0"]
        let out = Pipe()
        process.standardOutput = out
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try? FileHandle(forWritingTo: log)
        do { try process.run() } catch {
            note("cannot start councildoc serve: \(error)")
            return nil
        }
        guard let port = readPort(from: out.fileHandleForReading.fileDescriptor, timeout: timeout) else {
            note("councildoc serve printed no address within \(Int(timeout)) s (see \(log.path))")
            stop(process)
            return nil
        }
        let probe = ServeProbe(process: process, port: port, timeout: timeout)
        guard probe.generation() != nil else {
            note("councildoc serve does not answer on port \(port) (see \(log.path))")
            probe.stop()
            return nil
        }
        return probe
    }

    /// The edit-to-page times of `count` edits of the target's kind (fewer when one does not
    /// show within the timeout); the file is then restored and its build awaited.
    func samples(_ target: EditTarget, count: Int) throws -> [Double] {
        var times: [Double] = []
        for index in 0..<count {
            guard let seconds = try sample(target, index: index) else {
                Self.note("serve: edit \(index) of \(target.kind.label) did not show on /limite/\(target.page) within \(Int(timeout)) s")
                break
            }
            times.append(seconds)
        }
        let before = generation() ?? 0
        try target.restore()
        _ = waitForBuild(after: before)
        return times
    }

    /// One edit: the time from its write to the first response of the page that shows it,
    /// then the wait for the end of its build (the PUBLIC edition is written after the
    /// LIMITE one), so that the next edit starts on an idle server.
    private func sample(_ target: EditTarget, index: Int) throws -> Double? {
        guard let before = generation() else { return nil }
        let marker = "servebench\(target.kind.rawValue)\(index)"
        try target.write(index: index, marker: marker)
        let written = DispatchTime.now()
        guard waitUntil({ LoopbackHTTP.get(port: port, path: "/limite/" + target.page)?.text.contains(marker) == true }) else { return nil }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - written.uptimeNanoseconds) / 1e9
        return waitForBuild(after: before) ? seconds : nil
    }

    /// The generation of the latest build the server published (0 before the first); nil
    /// when it does not answer.
    func generation() -> Int? {
        struct Status: Decodable { let generation: Int }
        guard let response = LoopbackHTTP.get(port: port, path: "/_councildoc/status"), response.status == 200,
              let body = response.text.range(of: "\r\n\r\n").map({ response.text[$0.upperBound...] }) else { return nil }
        return (try? JSONDecoder().decode(Status.self, from: Data(body.utf8)))?.generation ?? 0
    }

    private func waitForBuild(after generation: Int) -> Bool {
        waitUntil { (self.generation() ?? 0) > generation }
    }

    /// Whether `condition` held within the timeout, asked every `interval`.
    private func waitUntil(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: Self.interval)
        }
        return false
    }

    func stop() {
        Self.stop(process)
    }

    /// SIGTERM, then SIGKILL if the server has not exited within 5 s.
    private static func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// The port in the line the server prints when it listens (`serving http://127.0.0.1:PORT/`).
    private static func readPort(from fd: Int32, timeout: TimeInterval) -> Int? {
        let prefix = "serving http://127.0.0.1:"
        var text = ""
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) >= 0 else { return nil }
            guard ready.revents != 0 else { continue }
            let count = read(fd, &buffer, buffer.count)
            guard count > 0 else { return nil }  // the server exited
            text += String(decoding: buffer[..<count], as: UTF8.self)
            if let start = text.range(of: prefix)?.upperBound {
                let digits = text[start...].prefix(while: \.isNumber)
                if digits.endIndex < text.endIndex, let port = Int(digits) { return port }
            }
        }
        return nil
    }

    private static func note(_ line: String) {
        FileHandle.standardError.write(Data("councildoc-bench: \(line)\n".utf8))
    }
}

import Foundation

/// A program councildoc runs (WeasyPrint, pandoc), found on `PATH`, run with files for its
/// input and output, a fixed environment, and nothing from the terminal.
struct ExternalProgram: Sendable {
    /// Why a run failed.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The program's path.
    let executable: URL

    /// The program named `name` on `PATH` (of `environment`), or nil.
    static func find(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> ExternalProgram? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return ExternalProgram(executable: candidate) }
        }
        return nil
    }

    /// Runs the program with `arguments` in `folder` and `environment` (added to a minimal
    /// one: `PATH`, `HOME` set to `folder`, `LANG`); returns its standard error when it
    /// exits with 0.
    @discardableResult
    func run(_ arguments: [String], in folder: URL, environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": folder.path,
                   "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        env.merge(environment) { _, new in new }
        process.environment = env
        let errors = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errors)
        defer { try? errorHandle.close() }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        do { try process.run() } catch {
            throw Failure(description: "cannot run \(executable.path): \(error.localizedDescription)")
        }
        process.waitUntilExit()
        let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let last = said.split(separator: "\n").suffix(5).joined(separator: " | ")
            throw Failure(description: "\(executable.lastPathComponent) failed (status \(process.terminationStatus))\(last.isEmpty ? "" : ": \(last)")")
        }
        return said
    }
}

import Crypto
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

extension ExternalProgram {
    /// What names this program's behaviour, for the conversion store: its resolved path, the
    /// size, modification time and inode of that file, and what it says of its version
    /// (`--version`). Upgrading WeasyPrint or pandoc replaces that file (apt and pip both
    /// write it again), so an upgraded converter has another identity. The version is asked
    /// once per file state and kept in `store` (WeasyPrint takes half a second to say it).
    func identity(remembering store: ConversionStore?) -> String {
        let path = executable.resolvingSymlinksInPath().path
        var info = stat()
        guard stat(path, &info) == 0 else { return "\(path) unknown \(UUID())" }
        let state = "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
        let memo = store.map { $0.folder.appendingPathComponent("version-\(ConversionStore.hex(SHA256.hash(data: Data(state.utf8)))).txt") }
        if let memo, let version = try? String(contentsOf: memo, encoding: .utf8), !version.isEmpty {
            return state + "\n" + version
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("councildoc-version-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        guard (try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)) != nil,
              let version = try? runForOutput(["--version"], in: scratch), !version.isEmpty else {
            // No version said: an identity of this run only, so nothing stored is taken.
            return state + "\nunknown version \(UUID())"
        }
        if let memo, let store {
            try? FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
            try? Data(version.utf8).write(to: memo, options: .atomic)
        }
        return state + "\n" + version
    }

    /// Runs the program and returns its standard output (a short one: a version).
    private func runForOutput(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": folder.path,
                               "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        let out = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else { return "" }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

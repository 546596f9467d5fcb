import Foundation

/// Runs the built `councildoc` executable and captures what it does.
enum CLI {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The executable built next to the test bundle.
    static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("councildoc"),
            Fixtures.repositoryRoot.appendingPathComponent(".build/debug/councildoc"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    /// Runs the executable with arguments in a folder.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        if let environment { process.environment = environment }
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus,
                   stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}

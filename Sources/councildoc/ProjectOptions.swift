import ArgumentParser
import Foundation

/// Options every subcommand shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "The project folder (with councildoc.yml and content/).")
    var project: String = "."

    /// The project folder as an absolute URL.
    var projectURL: URL {
        URL(fileURLWithPath: project, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: projectURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("project folder '\(project)' does not exist")
        }
        guard FileManager.default.fileExists(atPath: projectURL.appendingPathComponent("councildoc.yml").path) else {
            throw ValidationError("no councildoc.yml in '\(project)' (use --project DIR)")
        }
    }
}

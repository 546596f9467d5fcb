import ArgumentParser
import CouncilDoc
import Foundation

/// `councildoc init [DIR]`: a working project to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a working project (settings, a strategy, an EMPACT cycle, a draft plan with two actions, a note) in a new or empty folder.")

    @Argument(help: "The folder to create the project in (default: the current folder, which must be empty).")
    var folder: String = "."

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let url = URL(fileURLWithPath: folder, relativeTo: cwd).standardizedFileURL
        do {
            let written = try ProjectInit.create(in: url)
            print("created a project in \(url.path):")
            for path in written { print("  \(path)") }
            print("the plan is a LIMITE draft with no public-release date: the public edition leaves it out until you give it one")
            let cd = folder == "." ? "" : "cd \(folder) && "
            print("next: \(cd)councildoc check, then councildoc build (or councildoc serve to preview while you write)")
        } catch let refusal as ProjectInit.Refusal {
            throw Reporting.refuse(refusal.description)
        }
    }
}

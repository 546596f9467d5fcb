import ArgumentParser
import CouncilDoc
import Foundation

/// `councildoc check`: validate the sources, write nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the sources and print every problem; write nothing.")

    @OptionGroup var options: ProjectOptions

    func run() throws {
        let checked = Pipeline.check(DiskSourceTree(root: options.projectURL))
        throw ExitCode(Reporting.finish(checked.log))
    }
}

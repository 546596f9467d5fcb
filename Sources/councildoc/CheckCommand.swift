import ArgumentParser
import CouncilDoc
import Foundation

/// `councildoc check`: validate the sources, write nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the sources and print every problem; write nothing.")

    /// How diagnostics are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: ProjectOptions

    @Option(name: .long, help: "text (compiler style) or json; on standard output, so that `councildoc check | less` pages them.")
    var format: Format = .text

    @Flag(name: .long, help: "Treat warnings as errors (exit 1 when there is any).")
    var warningsAsErrors = false

    func run() throws {
        var log = Pipeline.check(DiskSourceTree(root: options.projectURL)).log
        if warningsAsErrors { log = log.warningsAsErrors() }
        switch format {
        case .text:
            throw ExitCode(Reporting.finish(log, to: .standardOutput))
        case .json:
            print(DiagnosticJSON.format(log), terminator: "")
            throw ExitCode(log.hasErrors ? 1 : 0)
        }
    }
}

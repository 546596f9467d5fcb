import ArgumentParser
import CouncilDoc
import Foundation

/// `councildoc check`: validate the sources, write nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the sources and print every problem; write nothing.",
        discussion: "Runs every stage a build runs (both editions and the redaction proof), so that a project check accepts builds.")

    /// How diagnostics are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: ProjectOptions

    @Option(name: .long, help: "text (compiler style) or json; on standard output, so that `councildoc check | less` pages them.")
    var format: Format = .text

    @Flag(name: .long, help: "Treat warnings as errors (exit 1 when there is any).")
    var warningsAsErrors = false

    @Option(name: .long, help: "A templates folder (default: templates/ in the project, else the built-in templates).")
    var templates: String?

    @Option(name: .long, help: "Check as of this date (YYYY-MM-DD), as a build of that date would (default: SOURCE_DATE_EPOCH, else today).")
    var asOf: String?

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let templatesURL = templates.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
        if let templatesURL, !FileManager.default.fileExists(atPath: templatesURL.path) {
            throw ValidationError("templates folder '\(templates!)' does not exist")
        }
        let date: CouncilDate
        do { date = try BuildDate.resolve(option: asOf) } catch { throw ValidationError("\(error)") }
        var log = Pipeline.verify(project: options.projectURL, templates: templatesURL, asOf: date)
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

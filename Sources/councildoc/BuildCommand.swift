import ArgumentParser
import CouncilDoc
import Foundation

/// `councildoc build`: both editions into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the LIMITE and PUBLIC editions into the output folder.")

    @OptionGroup var options: ProjectOptions

    @Option(name: .long, help: "The output folder (default: output/ in the project).")
    var output: String?

    @Option(name: .long, help: "A templates folder (default: templates/ in the project, else the built-in templates).")
    var templates: String?

    @Flag(name: .long, help: "Treat warnings as errors: no output when there is any.")
    var warningsAsErrors = false

    @Flag(name: .long, help: "Render and write even when the inputs are those of the live output.")
    var noCache = false

    @Flag(name: .long, help: "Print the time each stage took to standard error.")
    var timings = false

    @Option(name: .long, help: "Publish as of this date (YYYY-MM-DD): a LIMITE document with a later public-release stays out of the public edition (default: SOURCE_DATE_EPOCH, else today).")
    var asOf: String?

    @Flag(name: .long, help: "Also write each document as PDF, through WeasyPrint.")
    var pdf = false

    @Flag(name: .long, help: "Also write each document as DOCX (Word), through pandoc.")
    var docx = false

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
            ?? options.projectURL.appendingPathComponent("output")
        let templatesURL = templates.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
        if let templatesURL, !FileManager.default.fileExists(atPath: templatesURL.path) {
            throw ValidationError("templates folder '\(templates!)' does not exist")
        }
        let date: CouncilDate
        do { date = try BuildDate.resolve(option: asOf) } catch { throw ValidationError("\(error)") }
        let clock = StageTimings()
        // The process exits after the build: its memory goes back at once, not object by object.
        Teardown.keepUntilExit()
        let outcome = Pipeline.build(project: options.projectURL, output: outputURL, templates: templatesURL,
                                     asOf: date, warningsAsErrors: warningsAsErrors, useCache: !noCache,
                                     formats: Set([pdf ? ConvertedFormat.pdf : nil, docx ? .docx : nil].compactMap { $0 }),
                                     timings: clock)
        if timings { FileHandle.standardError.write(Data((clock.report + "\n").utf8)) }
        let status = Reporting.finish(outcome.log)
        if status == 0 {
            print(outcome.upToDate ? "up to date: \(outputURL.path)/limite and \(outputURL.path)/public"
                  : "built \(outputURL.path)/limite and \(outputURL.path)/public")
        }
        throw ExitCode(status)
    }
}

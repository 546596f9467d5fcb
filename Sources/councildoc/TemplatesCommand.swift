import ArgumentParser
import CouncilDoc
import Foundation

/// `councildoc templates`: list the built-in templates, or print one to start from.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the built-in templates, or print one (to copy into templates/ and edit).")

    @Option(name: .long, help: "The template to print: page, cover, index, council.css or print.css.")
    var print: String?

    func run() throws {
        guard let name = print else {
            Swift.print(BuiltInTemplates.names.joined(separator: "\n"))
            return
        }
        guard let text = BuiltInTemplates.text(name) else {
            throw ValidationError("no built-in template '\(name)'; the templates are \(BuiltInTemplates.names.joined(separator: ", "))")
        }
        Swift.print(text, terminator: "")
    }
}

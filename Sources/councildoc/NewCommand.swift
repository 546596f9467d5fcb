import ArgumentParser
import CouncilDoc
import Foundation

extension NewDocument.Kind: ExpressibleByArgument {}

/// `councildoc new KIND [ID]`: a source from its kind's template, in the right place.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a source from its template: `new action [13.5]`, `new plan [14]`, `new report 13.5`, `new note NAME`.",
        discussion: "Without a number, an action takes the next free number in the latest plan and a plan the next plan number. An existing file is never overwritten.")

    @OptionGroup var options: ProjectOptions

    @Argument(help: "What to create: \(NewDocument.Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: NewDocument.Kind

    @Argument(help: "The action or plan number, the action a report is on, or a note's file name.")
    var id: String?

    func run() throws {
        do {
            let created = try NewDocument.make(kind, id, in: options.projectURL)
            print("created \(created.path)")
            for note in created.notes { print("note: \(note)") }
            print("next: fill it in, then `councildoc check`")
        } catch let refusal as NewDocument.Refusal {
            throw Reporting.refuse(refusal.description)
        }
    }
}

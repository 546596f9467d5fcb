import ArgumentParser
import CouncilDoc
import Foundation

/// `councildoc`: builds Council-style documents from Markdown and YAML sources.
@main
struct CouncilDocCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "councildoc",
        abstract: "Builds EU Council-style documents (LIMITE and PUBLIC editions) from Markdown and YAML.",
        version: CouncilDocVersion.number,
        subcommands: [InitCommand.self, NewCommand.self, CheckCommand.self, BuildCommand.self, ServeCommand.self, TemplatesCommand.self])

    /// Parses the arguments and runs; usage errors exit with status 2, not ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

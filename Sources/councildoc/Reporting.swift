import ArgumentParser
import CouncilDoc
import Foundation

/// Prints diagnostics (to standard error, or for `check`, whose report they are, to standard
/// output) and turns them into an exit status.
enum Reporting {
    /// Prints every diagnostic and the summary; returns 1 when there are errors, else 0.
    static func finish(_ log: DiagnosticLog, quietWhenClean: Bool = false, to output: FileHandle = .standardError) -> Int32 {
        if !(quietWhenClean && log.all.isEmpty) {
            output.write(Data(DiagnosticFormatter.format(log).utf8))
        }
        return log.hasErrors ? 1 : 0
    }

    /// A command that cannot do what was asked: `error: …` on standard error, exit status 2
    /// (a usage error), without the usage text that says nothing about the cause.
    static func refuse(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(2)
    }
}

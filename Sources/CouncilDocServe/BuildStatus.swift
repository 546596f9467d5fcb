import CouncilDoc
import Foundation

/// What the browser learns of the latest build: its number, whether it wrote output, and
/// its diagnostics as the terminal shows them (file:line:col, message, notes with the fix).
public struct BuildStatus: Codable, Sendable, Equatable {
    /// Counts builds since the server started; a page reloads when it changes.
    public var generation: Int
    /// True when the build wrote both editions (with warnings, perhaps); false when it failed
    /// and the pages served are those of the last good build.
    public var ok: Bool
    /// The diagnostics, formatted as `councildoc check` prints them.
    public var diagnostics: String
    /// Errors and warnings.
    public var errors: Int
    public var warnings: Int
    /// How long the build took, in milliseconds.
    public var milliseconds: Int
    /// The stages' times (`serve --timings`).
    public var timings: String?
    /// For a publication of converted files (`serve --pdf`): how many were converted.
    public var converted: Int?

    /// The status of a finished build.
    public init(generation: Int, outcome: Pipeline.BuildOutcome, milliseconds: Int) {
        self.generation = generation
        ok = !outcome.log.hasErrors
        diagnostics = outcome.log.all.isEmpty ? "" : DiagnosticFormatter.format(outcome.log)
        errors = outcome.log.count(.error)
        warnings = outcome.log.count(.warning)
        self.milliseconds = milliseconds
    }

    /// As JSON, keys sorted.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

import Foundation

/// Named steps of the write stage at which a test can kill the build, so that atomicity is
/// tested at the moment that matters instead of after a random sleep. A test sets
/// `COUNCILDOC_TEST_FAULT` to a step's name; the build then kills itself with SIGKILL there,
/// as a power cut or an impatient user would.
enum FaultPoint: String {
    /// Half of the new output's files are written into the staging folder.
    case stagingHalfWritten = "staging-half-written"
    /// The staged editions are complete, not yet exchanged with the live ones.
    case staged
    /// The first edition is exchanged, the second not yet (and there is no record).
    case oneEditionSwapped = "one-edition-swapped"
    /// Both editions and the record are live; the old editions are not yet removed.
    case swapped
    /// One file of the old editions has been removed, the rest not yet.
    case removingOldGeneration = "removing-old-generation"

    /// The step named by the environment, read once.
    private static let armed: FaultPoint? = ProcessInfo.processInfo.environment["COUNCILDOC_TEST_FAULT"].flatMap(FaultPoint.init)

    /// Kills the process when this step is the armed one; `before` runs first (the part of
    /// the step that happens before the cut).
    func reach(before: () -> Void = {}) {
        guard Self.armed == self else { return }
        before()
        kill(getpid(), SIGKILL)
    }
}

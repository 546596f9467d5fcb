import Foundation

/// What one process keeps from a build for the next (`serve`): the pages of both editions
/// of the last build whose redaction proof held, for the next build to take those whose
/// content and link answers are unchanged (`RenderedPages.entry`). Builds of a session run
/// one after the other.
public final class BuildSession: @unchecked Sendable {
    /// The pages of both editions of one build.
    struct Pages {
        var limite: RenderedPages
        var `public`: RenderedPages
    }

    private let lock = NSLock()
    private var kept: Pages?

    public init() {}

    /// How many pages of both editions the last build took from the build before it.
    public var reusedPages: Int { pages.map { $0.limite.reused + $0.public.reused } ?? 0 }

    /// The last proven build's pages.
    var pages: Pages? {
        get { lock.withLock { kept } }
        set { lock.withLock { kept = newValue } }
    }
}

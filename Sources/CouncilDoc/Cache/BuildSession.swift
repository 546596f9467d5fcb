import Foundation
import Yams

/// What one process keeps from a build for the next (`serve`): the documents its sources
/// decoded to, for the next load to take those whose bytes (and settings and schemas) are
/// unchanged (`Loader.load(reusing:)`), and the pages of both editions of the last build
/// whose redaction proof held, for the next build to take those whose content and link
/// answers are unchanged (`RenderedPages.entry`). Builds of a session run one after the other.
public final class BuildSession: @unchecked Sendable {
    /// The pages of both editions of one build.
    struct Pages {
        var limite: RenderedPages
        var `public`: RenderedPages
    }

    private let lock = NSLock()
    private var kept: Pages?
    private var carried = BuildMemos.Carried()
    private var loads: [Edition: (decoded: DecodedDocuments, schemas: Schemas)] = [:]

    /// The documents the last build's load decoded, with these schemas: of its sources
    /// (`.limite`), or of its public sources (`.public`, which hold shells).
    func decoded(schemas: Schemas, edition: Edition) -> DecodedDocuments? {
        lock.withLock { loads[edition].flatMap { $0.schemas == schemas ? $0.decoded : nil } }
    }

    /// Keeps the documents a build's load of an edition's sources decoded.
    func keep(_ decoded: DecodedDocuments, schemas: Schemas, edition: Edition) {
        lock.withLock { loads[edition] = (decoded, schemas) }
    }

    public init() {}

    /// How many pages of both editions the last build took from the build before it.
    public var reusedPages: Int { pages.map { $0.limite.reused + $0.public.reused } ?? 0 }

    /// The parses the last build used (`BuildMemos.scoped(carrying:)`).
    var memos: BuildMemos.Carried {
        get { lock.withLock { carried } }
        set { lock.withLock { carried = newValue } }
    }

    /// The last proven build's pages.
    var pages: Pages? {
        get { lock.withLock { kept } }
        set { lock.withLock { kept = newValue } }
    }
}

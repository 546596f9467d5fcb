import Foundation

/// The whole pipeline, stage after stage: load → link → edition → render → write. Each
/// stage is a function of the previous one's value; the library never prints or exits.
public enum Pipeline {
    /// The result of checking sources.
    public struct Checked: Sendable {
        /// The linked corpus; nil when the project could not be read at all.
        public var linked: LinkedCorpus?
        /// Every problem found.
        public var log: DiagnosticLog
        /// The sources of the public edition (their LIMITE bytes cut out), when the
        /// sources have no error.
        var publicSources: PublicSources?
        /// The documents the load decoded, for the public edition's loads to share.
        var decoded: DecodedDocuments?
    }

    /// The files of both editions.
    public struct Rendered: Sendable {
        /// Edition by edition, each file sorted by path.
        public var editions: [(Edition, [OutputFile])]
        /// Every problem found.
        public var log: DiagnosticLog
        /// The pages of both editions as rendered, for a session's next build.
        var pages: BuildSession.Pages?
    }

    /// Loads and links a project, then cuts its LIMITE bytes out for the public edition:
    /// every diagnostic, nothing written.
    public static func check(_ tree: SourceTree, asOf: CouncilDate = BuildDate.endOfTime, timings: StageTimings = StageTimings()) -> Checked {
        check(tree, asOf: asOf, schemas: .standard, timings: timings)
    }

    /// `check` with the field schemas given (a test adds a field to them).
    /// `reusing`: the documents an earlier load of sources decoded with the same schemas (a
    /// session's last build); a document with the same bytes is taken from it.
    static func check(_ tree: SourceTree, asOf: CouncilDate, schemas: Schemas, reusing decoded: DecodedDocuments? = nil,
                      timings: StageTimings = StageTimings()) -> Checked {
        BuildMemos.scoped { checkKeepingMemos(tree, asOf: asOf, schemas: schemas, reusing: decoded, timings: timings) }
    }

    private static func checkKeepingMemos(_ tree: SourceTree, asOf: CouncilDate, schemas: Schemas, reusing decoded: DecodedDocuments?,
                                          timings: StageTimings) -> Checked {
        let loaded = timings.measure("load") { Loader.load(tree, reusing: decoded, schemas: schemas) }
        var log = loaded.log
        guard let corpus = loaded.corpus else { return Checked(linked: nil, log: log, decoded: loaded.decoded) }
        let (linked, linkLog) = timings.measure("link") { Linker.link(corpus, registers: loaded.registers) }
        // Files with errors that gave no document: a reference to what they define fails too.
        let failedFiles = Set(loaded.log.all.filter { $0.severity == .error }.compactMap { $0.location?.file })
            .subtracting(corpus.documentPaths)
        log.merge(linkLog.markingConsequences(of: failedFiles))
        guard !log.hasErrors else { return Checked(linked: linked, log: log, decoded: loaded.decoded) }
        // Cutting the LIMITE bytes out finds what cannot be cut (a span the scan cannot
        // delimit, public text citing a LIMITE-only definition): part of checking.
        let (sources, problems) = timings.measure("redact sources") { PublicSources.redacting(tree, asOf: asOf, schemas: schemas) }
        for problem in problems { log.add(problem.id, problem.message, at: problem.location, notes: problem.notes) }
        return Checked(linked: linked, log: log, publicSources: sources, decoded: loaded.decoded)
    }

    /// Checks, then renders both editions in memory: the LIMITE edition from the sources,
    /// the PUBLIC edition from the sources with their LIMITE bytes cut out
    /// (`PublicSources`), then proves the public edition independent of LIMITE content by
    /// building it again from swapped sources (`RedactionProof`); no files when there are
    /// errors. `tamper` is for tests that plant a leak in the public renderers, to prove the
    /// proof catches it: it sees the public files of each of the two runs with the whole
    /// corpus (LIMITE parts included) of that run's sources, as a renderer bug would;
    /// `tamperFromSources` sees that run's sources themselves (a renderer that read a field
    /// the model does not carry yet).
    ///
    /// With a `session` (`serve`), each edition takes from the pages of the session's last
    /// successful build those whose content and link answers are unchanged
    /// (`RenderedPages.entry`): what rendering them again would write. The proof's run takes
    /// pages from this build's public edition only, on the same condition, so a page is
    /// reused in both runs only when its recorded inputs are equal in both.
    static func render(_ tree: SourceTree, templates: TemplateSet, asOf: CouncilDate = BuildDate.endOfTime, schemas: Schemas = .standard,
                       session: BuildSession? = nil,
                       timings: StageTimings = StageTimings(), tamper: ((inout [OutputFile], LinkedCorpus) -> Void)? = nil,
                       tamperFromSources: ((inout [OutputFile], SourceTree) -> Void)? = nil) -> Rendered {
        let previous = session?.pages
        // Checked and swapped while the memos of one build are kept (these stages compose
        // and parse the same texts), which are dropped before the swapped texts are cut
        // (texts of their own, parsed once).
        let canaries = CanaryWriter()
        let checkAndSwap = { () -> (Checked, OverlaySourceTree?) in
            let earlier = session?.decoded(schemas: schemas, edition: .limite)
            let checked = check(tree, asOf: asOf, schemas: schemas, reusing: earlier, timings: timings)
            if let decoded = checked.decoded { session?.keep(decoded, schemas: schemas, edition: .limite) }
            guard checked.linked != nil, checked.publicSources != nil, !checked.log.hasErrors else { return (checked, nil) }
            return (checked, timings.measure("swap LIMITE content (proof)") { CanarySources.swap(tree, writer: canaries, asOf: asOf, schemas: schemas) })
        }
        // A session's build takes the parses its last build used, and keeps those it uses.
        let (checked, swappedTree): (Checked, OverlaySourceTree?)
        if let session {
            ((checked, swappedTree), session.memos) = BuildMemos.scoped(carrying: session.memos, checkAndSwap)
        } else {
            (checked, swappedTree) = BuildMemos.scoped(checkAndSwap)
        }
        guard let linked = checked.linked, let sources = checked.publicSources, let swappedTree, !checked.log.hasErrors else {
            return Rendered(editions: [], log: checked.log)
        }
        // In a scope of its own: each swapped text is composed by the decider and by the cut.
        let swapped = timings.measure("redact swapped sources (proof)") {
            BuildMemos.scoped { PublicSources.redacting(swappedTree, asOf: asOf, schemas: schemas, verified: false).sources }
        }
        var log = checked.log

        // At once, a stage that uses every core beside serial ones (loading is parallel,
        // linking and the public transform are not): the LIMITE edition beside the public
        // corpus, then the public edition beside the swapped corpus.
        let (limiteRendered, real) = timings.measure("limite edition | public corpus") {
            atOnce({
                let manifest = timings.measure("  redaction manifest") { WithheldParts.records(linked, asOf: asOf) }
                return timings.measure("  render limite") { () -> ([OutputFile], RenderedPages?) in
                    let (files, pages) = SiteRenderer(linked: linked, edition: .limite, templates: templates, redactions: manifest)
                        .render(reusing: previous?.limite)
                    // Kept for a session's next build only: a build holds no more than it needs.
                    return (files, session == nil ? nil : pages)
                }
            }, {
                publicCorpus(sources, asOf: asOf, schemas: schemas,
                             reusing: [checked.decoded, session?.decoded(schemas: schemas, edition: .public)].compactMap { $0 },
                             timings: timings, stage: "  public")
            })
        }
        log.merge(real.log)
        if let decoded = real.decoded { session?.keep(decoded, schemas: schemas, edition: .public) }
        guard !log.hasErrors, let publicLinked = real.linked else { return Rendered(editions: [], log: log) }
        let (renderedPublic, swappedCorpus) = timings.measure("public edition | swapped corpus") {
            atOnce({
                timings.measure("  render public") {
                    SiteRenderer(linked: publicLinked, edition: .public, templates: templates, redactions: []).render(reusing: previous?.public)
                }
            }, {
                publicCorpus(swapped, asOf: asOf, schemas: schemas, reusing: [real.decoded].compactMap { $0 }, timings: timings, stage: "  proof")
            })
        }
        let (limiteFiles, limitePages) = limiteRendered
        var (publicFiles, pages) = renderedPublic
        tamper?(&publicFiles, linked)
        tamperFromSources?(&publicFiles, tree)

        // The proof: the same public edition from sources whose LIMITE content is swapped.
        let proof = timings.measure("redaction proof") { () -> [Diagnostic] in
            guard let swappedLinked = swappedCorpus.linked else {
                let first = swappedCorpus.log.all.first { $0.severity == .error }
                return [Diagnostic(.redactionProofFailed,
                                   "the redaction proof could not build the public edition from swapped sources: \(first?.message ?? "unknown error"); nothing was written",
                                   at: first?.location)]
            }
            var (files, _) = timings.measure("  proof: render") {
                SiteRenderer(linked: swappedLinked, edition: .public, templates: templates, redactions: []).render(reusing: pages)
            }
            if let tamper, let swappedLinked = check(swappedTree, asOf: asOf, schemas: schemas).linked { tamper(&files, swappedLinked) }
            tamperFromSources?(&files, swappedTree)
            return timings.measure("  proof: compare") { RedactionProof.check(publicFiles, files, canaries: canaries) }
        }
        for problem in proof { log.add(problem) }
        Teardown.keep((checked, swappedTree, swapped, real, swappedCorpus, pages, limiteFiles, publicFiles))
        guard proof.isEmpty else { return Rendered(editions: [], log: log) }
        let kept = tamper == nil && tamperFromSources == nil ? limitePages.map { BuildSession.Pages(limite: $0, public: pages) } : nil
        return Rendered(editions: [(.limite, limiteFiles), (.public, publicFiles)], log: log, pages: kept)
    }

    /// The corpus of the public edition: its sources (LIMITE bytes cut, withheld objects as
    /// shells) loaded and linked, then linked again without the shells of withheld
    /// documents, against the first index (so that references to them resolve `withheld`);
    /// nil with the errors that stop it.
    struct PublicCorpus: Sendable {
        var linked: LinkedCorpus?
        var log: DiagnosticLog
        var decoded: DecodedDocuments?
    }

    /// Loads, links and links again the public edition's sources. Its warnings repeat those
    /// of the sources and are dropped; its errors are what the redaction broke.
    static func publicCorpus(_ sources: PublicSources, asOf: CouncilDate, schemas: Schemas = .standard, reusing decoded: [DecodedDocuments] = [],
                             timings: StageTimings = StageTimings(), stage: String = "public") -> PublicCorpus {
        let loaded = timings.measure("\(stage): load") { Loader.load(sources, reusing: decoded, schemas: schemas) }
        var log = DiagnosticLog()
        func errors(_ from: DiagnosticLog) {
            for diagnostic in from.all where diagnostic.severity == .error {
                var d = diagnostic
                d.notes.append(Diagnostic.Note("in the public edition, built from the sources without their LIMITE parts"))
                log.add(d)
            }
        }
        errors(loaded.log)
        guard let corpus = loaded.corpus, !log.hasErrors else { return PublicCorpus(linked: nil, log: log, decoded: loaded.decoded) }
        let (linked, linkLog) = timings.measure("\(stage): link") { Linker.link(corpus, registers: loaded.registers) }
        errors(linkLog)
        guard !log.hasErrors else { return PublicCorpus(linked: nil, log: log, decoded: loaded.decoded) }
        // The shells of withheld documents were linked, so that references to them resolve;
        // the edition shows them nowhere.
        let shown = linked.corpus.withoutWithheldDocuments
        let (publicLinked, relinkLog) = timings.measure("\(stage): link again") { Linker.link(shown, registers: linked.registers, sourcesIndex: linked.index) }
        // The edition unlinks every reference to what it withholds; a reference that still
        // breaks resolved in the sources but lost its target in the public edition without
        // the target being withheld: said, never rendered as plain text in silence.
        for diagnostic in relinkLog.all where diagnostic.severity == .error {
            var d = diagnostic
            d.notes.append(Diagnostic.Note("in the public edition only: the reference resolves in the sources, but its target is not in the public edition (is it inside a LIMITE part?); cite it inside the LIMITE part, or make the target public"))
            log.add(d)
        }
        return PublicCorpus(linked: log.hasErrors ? nil : publicLinked, log: log, decoded: loaded.decoded)
    }

    /// Everything a build would find in a project on disk, nothing written: the sources
    /// checked, both editions rendered, and the redaction proof run, so that a project
    /// `check` accepts builds (`councildoc check`).
    public static func verify(project: URL, templates templatesDirectory: URL?, asOf: CouncilDate = BuildDate.endOfTime) -> DiagnosticLog {
        var log = DiagnosticLog()
        let directory = templatesDirectory ?? projectTemplates(project)
        let snapshot = SourceSnapshot(reading: DiskSourceTree(root: project))
        guard let templates = TemplateSet.load(directory: directory, log: &log) else {
            // The sources are still worth checking.
            log.merge(check(snapshot, asOf: asOf).log)
            return log
        }
        log.merge(render(snapshot, templates: templates, asOf: asOf).log)
        return log
    }

    /// The project's own `templates/` folder, when it has one (else the built-in templates).
    private static func projectTemplates(_ project: URL) -> URL? {
        let folder = project.appendingPathComponent("templates")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }

    /// What a build did.
    public struct BuildOutcome: Sendable {
        /// Every problem found (replayed from the record when the output was up to date).
        public var log: DiagnosticLog
        /// True when the inputs were those of the live output, which was kept as it was.
        public var upToDate: Bool
        /// The conversions a build with `deferredFormats` left to do: the output it wrote
        /// holds the converted files the store had, and lacks the others until `finish()`.
        public var pending: PendingConversions?
    }

    /// The documents a build wrote without converting them (`deferredFormats`): `finish()`
    /// converts them and writes the output again, whole, with the record of a complete build.
    /// Only what the build proved is converted (its rendered editions, kept here).
    public struct PendingConversions: @unchecked Sendable {
        let editions: [(Edition, [OutputFile])]
        let formats: Set<ConvertedFormat>
        let inputs: String
        let log: DiagnosticLog
        let writer: SiteWriter
        let timings: StageTimings

        /// How many files are left to convert.
        public let count: Int

        /// Converts the documents left and writes the whole output again; the problems found.
        public func finish() -> DiagnosticLog {
            var log = DiagnosticLog()
            let store = ConversionStore(output: writer.output)
            let converted = Conversions.convert(editions, into: formats, store: store, timings: timings)
            for problem in converted.problems { log.add(problem) }
            guard !log.hasErrors else { return log }
            do {
                _ = try timings.measure("write") { try writer.write(converted.editions, record: BuildRecord(inputs: inputs, log: self.log)) }
            } catch {
                log.add(.writeFailed, "\(error)", at: nil)
            }
            return log
        }
    }

    /// Builds a project on disk into an output folder: both editions, swapped in whole.
    /// When the inputs (the program, the templates, every project file) have the
    /// fingerprint of the live output, nothing is rendered or written and the diagnostics
    /// of that build are reported again; `useCache: false` renders anyway.
    /// `formats` adds the PDF and DOCX of every document (`Conversions`), converting only
    /// what the output's store of converted files (`ConversionStore`) does not hold.
    /// `deferredFormats` (for `serve`) writes the output at once with the converted files
    /// of those formats that the store holds, and leaves the others to `pending`.
    public static func build(project: URL, output: URL, templates templatesDirectory: URL?,
                             asOf: CouncilDate = BuildDate.endOfTime, warningsAsErrors: Bool = false, useCache: Bool = true,
                             formats: Set<ConvertedFormat> = [], deferredFormats: Set<ConvertedFormat> = [],
                             session: BuildSession? = nil, timings: StageTimings = StageTimings()) -> BuildOutcome {
        var log = DiagnosticLog()
        if let problem = OutputFolder.problem(project: project, output: output) {
            log.add(.outputFolderRefused, problem, at: nil)
            return BuildOutcome(log: log, upToDate: false)
        }
        let directory = templatesDirectory ?? projectTemplates(project)
        guard let templates = TemplateSet.load(directory: directory, log: &log) else {
            return BuildOutcome(log: log, upToDate: false)
        }
        let deferred = deferredFormats.subtracting(formats)
        let all = formats.union(deferred)
        let snapshot = timings.measure("read") { SourceSnapshot(reading: DiskSourceTree(root: project)) }
        let inputs = timings.measure("fingerprint") { InputFingerprint.of(snapshot, templates: templates, asOf: asOf, formats: all) }
        let writer = SiteWriter(output: output)
        if useCache, let record = BuildRecord.current(in: writer.output), record.inputs == inputs, writer.isComplete() {
            log.merge(warningsAsErrors ? record.log.warningsAsErrors() : record.log)
            return BuildOutcome(log: log, upToDate: true)
        }
        let rendered = render(snapshot, templates: templates, asOf: asOf, session: session, timings: timings)
        log.merge(warningsAsErrors ? rendered.log.warningsAsErrors() : rendered.log)
        // Pages proven by this build, whether or not its output is written.
        if let pages = rendered.pages { session?.pages = pages }
        guard !log.hasErrors, !rendered.editions.isEmpty else { return BuildOutcome(log: log, upToDate: false) }
        let store = all.isEmpty ? nil : ConversionStore(output: writer.output)
        let converted = Conversions.convert(rendered.editions, into: formats, store: store, timings: timings)
        for problem in converted.problems { log.add(problem) }
        guard !log.hasErrors else { return BuildOutcome(log: log, upToDate: false) }
        // The deferred formats: what the store holds now, the rest later.
        let (editions, left) = deferred.isEmpty ? (converted.editions, 0)
            : Conversions.stored(converted.editions, into: deferred, store: store!)
        // An output that lacks converted files is recorded as such: a later build with the
        // same inputs writes it again.
        let recorded = left == 0 ? inputs : InputFingerprint.incomplete(inputs)
        do {
            let record = BuildRecord(inputs: recorded, log: rendered.log)
            _ = try timings.measure("write") { try writer.write(editions, record: record) }
        } catch {
            log.add(.writeFailed, "\(error)", at: nil)
            return BuildOutcome(log: log, upToDate: false)
        }
        let pending = left == 0 ? nil
            : PendingConversions(editions: converted.editions, formats: deferred, inputs: inputs, log: rendered.log,
                                 writer: writer, timings: timings, count: left)
        return BuildOutcome(log: log, upToDate: false, pending: pending)
    }
}

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
    }

    /// The files of both editions.
    public struct Rendered: Sendable {
        /// Edition by edition, each file sorted by path.
        public var editions: [(Edition, [OutputFile])]
        /// Every problem found.
        public var log: DiagnosticLog
    }

    /// Loads and links a project: every diagnostic, nothing written.
    public static func check(_ tree: SourceTree, timings: StageTimings = StageTimings()) -> Checked {
        let loaded = timings.measure("load") { Loader.load(tree) }
        var log = loaded.log
        guard let corpus = loaded.corpus else { return Checked(linked: nil, log: log) }
        let (linked, linkLog) = timings.measure("link") { Linker.link(corpus, registers: loaded.registers) }
        log.merge(linkLog)
        return Checked(linked: linked, log: log)
    }

    /// Checks, then renders both editions in memory and scans the public one for LIMITE
    /// text; no files when there are errors. `tamper` is for tests that plant a leak past
    /// the edition stage, to prove the scan catches it.
    public static func render(_ tree: SourceTree, templates: TemplateSet, timings: StageTimings = StageTimings(),
                              tamper: ((inout [OutputFile]) -> Void)? = nil) -> Rendered {
        let checked = check(tree, timings: timings)
        guard let linked = checked.linked, !checked.log.hasErrors else {
            return Rendered(editions: [], log: checked.log)
        }
        var log = checked.log
        let publicEdition = timings.measure("public edition") { EditionFilter.apply(linked, edition: .public) }
        let limiteFiles = timings.measure("render limite") {
            SiteRenderer(linked: linked, edition: .limite, templates: templates, redactions: publicEdition.redactions).render()
        }
        let (publicLinked, _) = timings.measure("link") { Linker.link(publicEdition.corpus, registers: linked.registers) }
        var publicFiles = timings.measure("render public") {
            SiteRenderer(linked: publicLinked, edition: .public, templates: templates, redactions: []).render()
        }
        tamper?(&publicFiles)

        // Public too: the registers' names, and the ids, pages and anchors of public targets.
        let registerNames = linked.registers.memberStates.all.map(\.name) + linked.registers.bodies.all.map(\.fullName)
        let identifiers = publicLinked.index.targets.values.flatMap { target -> [String] in
            var names = [target.id.description, target.fragment, target.page?.description ?? ""]
            if case .oap(_, let ref) = target.id { names.append(DocumentScopes.fragment(oap: ref)) }
            return names
        }
        let scanner = timings.measure("leak scan: public text") { LeakScanner(records: publicEdition.redactions,
                                  publicText: PublicText.of(publicEdition.corpus, templates: templates.sources)
                                      + registerNames + identifiers)
        }
        let leaks = timings.measure("leak scan") { scanner.scan(publicFiles) }
        for leak in leaks {
            log.add(.leakDetected,
                    "LIMITE text (\(leak.record.marker.rawValue)) reached the public edition in \(leak.file): '\(leak.words)'; nothing was written",
                    at: leak.record.location)
        }
        guard leaks.isEmpty else { return Rendered(editions: [], log: log) }
        return Rendered(editions: [(.limite, limiteFiles), (.public, publicFiles)], log: log)
    }

    /// What a build did.
    public struct BuildOutcome: Sendable {
        /// Every problem found (replayed from the record when the output was up to date).
        public var log: DiagnosticLog
        /// True when the inputs were those of the live output, which was kept as it was.
        public var upToDate: Bool
    }

    /// Builds a project on disk into an output folder: both editions, swapped in whole.
    /// When the inputs (the program, the templates, every project file) have the
    /// fingerprint of the live output, nothing is rendered or written and the diagnostics
    /// of that build are reported again; `useCache: false` renders anyway.
    public static func build(project: URL, output: URL, templates templatesDirectory: URL?,
                             warningsAsErrors: Bool = false, useCache: Bool = true,
                             timings: StageTimings = StageTimings()) -> BuildOutcome {
        var log = DiagnosticLog()
        let directory = templatesDirectory ?? {
            let folder = project.appendingPathComponent("templates")
            return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
        }()
        guard let templates = TemplateSet.load(directory: directory, log: &log) else {
            return BuildOutcome(log: log, upToDate: false)
        }
        let snapshot = timings.measure("read") { SourceSnapshot(reading: DiskSourceTree(root: project)) }
        let inputs = timings.measure("fingerprint") { InputFingerprint.of(snapshot, templates: templates) }
        let writer = SiteWriter(output: output)
        if useCache, let record = BuildRecord.current(in: writer.output), record.inputs == inputs {
            log.merge(warningsAsErrors ? record.log.warningsAsErrors() : record.log)
            do { try writer.relink() } catch { log.add(.writeFailed, "\(error)", at: nil) }
            return BuildOutcome(log: log, upToDate: true)
        }
        let rendered = render(snapshot, templates: templates, timings: timings)
        log.merge(warningsAsErrors ? rendered.log.warningsAsErrors() : rendered.log)
        guard !log.hasErrors, !rendered.editions.isEmpty else { return BuildOutcome(log: log, upToDate: false) }
        do {
            let record = try BuildRecord(inputs: inputs, log: rendered.log).encoded()
            _ = try timings.measure("write") { try writer.write(rendered.editions, record: record) }
        } catch {
            log.add(.writeFailed, "\(error)", at: nil)
        }
        return BuildOutcome(log: log, upToDate: false)
    }
}

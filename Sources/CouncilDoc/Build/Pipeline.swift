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
    public static func check(_ tree: SourceTree) -> Checked {
        let loaded = Loader.load(tree)
        var log = loaded.log
        guard let corpus = loaded.corpus else { return Checked(linked: nil, log: log) }
        let (linked, linkLog) = Linker.link(corpus, registers: loaded.registers)
        log.merge(linkLog)
        return Checked(linked: linked, log: log)
    }

    /// Checks, then renders both editions in memory; no files when there are errors.
    public static func render(_ tree: SourceTree, templates: TemplateSet) -> Rendered {
        let checked = check(tree)
        guard let linked = checked.linked, !checked.log.hasErrors else {
            return Rendered(editions: [], log: checked.log)
        }
        var editions: [(Edition, [OutputFile])] = []
        for edition in Edition.allCases {
            let corpus = EditionFilter.apply(linked, edition: edition)
            let (editionLinked, _) = edition == .limite ? (linked, DiagnosticLog())
                : Linker.link(corpus, registers: linked.registers)
            editions.append((edition, SiteRenderer(linked: editionLinked, edition: edition, templates: templates).render()))
        }
        return Rendered(editions: editions, log: checked.log)
    }

    /// Builds a project on disk into an output folder: both editions, swapped in whole.
    public static func build(project: URL, output: URL, templates templatesDirectory: URL?,
                             warningsAsErrors: Bool = false) -> DiagnosticLog {
        var log = DiagnosticLog()
        let directory = templatesDirectory ?? {
            let folder = project.appendingPathComponent("templates")
            return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
        }()
        guard let templates = TemplateSet.load(directory: directory, log: &log) else { return log }
        let rendered = render(DiskSourceTree(root: project), templates: templates)
        log.merge(warningsAsErrors ? rendered.log.warningsAsErrors() : rendered.log)
        guard !log.hasErrors, !rendered.editions.isEmpty else { return log }
        do {
            try SiteWriter(output: output).write(rendered.editions)
        } catch {
            log.add(.writeFailed, "\(error)", at: nil)
        }
        return log
    }
}

import Crypto
import Foundation

/// The write stage, the only code that writes to disk. Both editions are written into a new
/// generation folder inside the output folder, then swapped in by one atomic rename of the
/// `current` link, so `output/limite` and `output/public` always show one complete build;
/// a failed build leaves the last good output as it was.
///
/// Layout: `output/.generations/<hash>/{limite,public}/…`, `output/current` → the live
/// generation, `output/limite` → `current/limite`, `output/public` → `current/public`.
public struct SiteWriter {
    /// Why writing failed.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// The output folder.
    public let output: URL
    private let manager = FileManager.default

    /// A writer for an output folder.
    public init(output: URL) { self.output = output.standardizedFileURL }

    /// Writes the editions' files as the new live generation, with `record` (the build's
    /// `BuildRecord`) beside them; returns the generation's folder name.
    @discardableResult
    public func write(_ editions: [(Edition, [OutputFile])], record: Data? = nil) throws -> String {
        for (_, files) in editions {
            for file in files where !Self.isSafe(file.path) {
                throw Failure(description: "refusing to write '\(file.path)': not a plain relative path")
            }
        }
        // The generation is named by the SHA-256 of its content: a folder of that name holds
        // exactly these files. One digest per file, on every core, then one over the paths
        // and those digests.
        let all = editions.flatMap { edition, files in files.map { (edition, $0) } }
            .sorted { ($0.0.rawValue, $0.1.path) < ($1.0.rawValue, $1.1.path) }
        let digests = all.map(\.1).parallelMap { file in Data(file.withBytes { SHA256.hash(data: $0) }) }
        var hash = SHA256()
        for ((edition, file), digest) in zip(all, digests) {
            hash.update(data: Data("\(edition.rawValue)/\(file.path)".utf8))
            hash.update(data: Data([0]))
            hash.update(data: digest)
        }
        let generation = "gen-" + hash.finalize().prefix(16).map { String(format: "%02x", $0) }.joined()
        let generations = output.appendingPathComponent(".generations")
        try create(generations)
        try checkOwnLinks()
        let target = generations.appendingPathComponent(generation)
        if !manager.fileExists(atPath: target.path) {
            let staging = generations.appendingPathComponent(".staging-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
            try? manager.removeItem(at: staging)
            do {
                // Folders first, one thread; then the files, an edition per core. Creating a
                // file locks its folder, so two threads writing into the same folders wait
                // for each other (in the kernel, spinning); the editions share none.
                var made = Set<String>()
                var jobs: [[(path: String, file: OutputFile)]] = []
                for (edition, files) in editions {
                    let root = staging.appendingPathComponent(edition.rawValue).path
                    try create(URL(fileURLWithPath: root))
                    var editionJobs: [(path: String, file: OutputFile)] = []
                    for file in files {
                        let path = root + "/" + file.path
                        if let slash = file.path.lastIndex(of: "/") {
                            let folder = root + "/" + file.path[..<slash]
                            if made.insert(folder).inserted { try create(URL(fileURLWithPath: folder)) }
                        }
                        editionJobs.append((path, file))
                    }
                    jobs.append(editionJobs)
                }
                // A file the live generation holds with the same bytes is linked, not written.
                let previous = livePaths(editions.map(\.0))
                typealias Job = (path: String, file: OutputFile)
                let parts: [(jobs: [Job], previous: String?)] = zip(jobs, previous).map { ($0, $1) }
                func write(_ part: (ArraySlice<Job>) -> ArraySlice<Job>) -> [SiteWriter.Failure?] {
                    parts.parallelMap { edition -> SiteWriter.Failure? in
                        for job in part(edition.jobs[...]) {
                            let old = edition.previous.map { $0 + "/" + job.file.path }
                            if let failure = job.file.withBytes({ FileOutput.write($0, to: job.path, sameAs: old) }) { return failure }
                        }
                        return nil
                    }
                }
                var failures = write { $0.prefix($0.count / 2) }
                FaultPoint.stagingHalfWritten.reach()
                failures += write { $0.dropFirst($0.count / 2) }
                if let failure = failures.compactMap({ $0 }).first { throw failure }
                if let record {
                    if let failure = FileOutput.write(record, to: staging.appendingPathComponent(BuildRecord.fileName).path) { throw failure }
                }
                FaultPoint.staged.reach()
                try manager.moveItem(at: staging, to: target)
            } catch {
                try? manager.removeItem(at: staging)
                throw Failure(description: "cannot write the output: \(error.localizedDescription)")
            }
        } else if let record {
            // The same output from other inputs (an edit that changes nothing visible): the
            // record follows the inputs, replaced in one rename.
            let temporary = target.appendingPathComponent(".record-\(ProcessInfo.processInfo.processIdentifier)")
            try? manager.removeItem(at: temporary)
            if let failure = FileOutput.write(record, to: temporary.path) { throw failure }
            guard rename(temporary.path, target.appendingPathComponent(BuildRecord.fileName).path) == 0 else {
                throw Failure(description: "cannot update the build record (errno \(errno))")
            }
        }
        try swapCurrent(to: ".generations/\(generation)")
        try linkEditions()
        FaultPoint.swapped.reach()
        cleanUp(keeping: generation)
        return generation
    }

    /// The folder of each edition in the live generation, when there is one.
    private func livePaths(_ editions: [Edition]) -> [String?] {
        let current = output.appendingPathComponent("current")
        guard let destination = try? manager.destinationOfSymbolicLink(atPath: current.path),
              destination.hasPrefix(".generations/gen-"), !destination.contains("..") else {
            return editions.map { _ in nil }
        }
        return editions.map { output.path + "/" + destination + "/" + $0.rawValue }
    }

    /// For an up-to-date output: makes sure `output/limite` and `output/public` still
    /// point into the live generation.
    public func relink() throws {
        try checkOwnLinks()
        try linkEditions()
    }

    /// `output/limite` → `current/limite`, `output/public` → `current/public`.
    private func linkEditions() throws {
        for edition in Edition.allCases { try ensureLink(edition.rawValue, to: "current/\(edition.rawValue)") }
    }

    /// A path inside an edition: relative, no `..`, no empty part, no NUL or backslash.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }

    private func create(_ url: URL) throws {
        try manager.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// `output/limite` and `output/public` must be councildoc's links, not a user's folders.
    private func checkOwnLinks() throws {
        for name in Edition.allCases.map(\.rawValue) + ["current"] {
            let url = output.appendingPathComponent(name)
            guard let attributes = try? manager.attributesOfItem(atPath: url.path) else { continue }
            if attributes[.type] as? FileAttributeType != .typeSymbolicLink {
                throw Failure(description: "\(url.path) exists and is not councildoc's link: move it away first")
            }
        }
    }

    /// Points `output/current` at a generation with one atomic rename.
    private func swapCurrent(to destination: String) throws {
        let current = output.appendingPathComponent("current")
        let temporary = output.appendingPathComponent(".current-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: temporary)
        try manager.createSymbolicLink(atPath: temporary.path, withDestinationPath: destination)
        guard rename(temporary.path, current.path) == 0 else {
            try? manager.removeItem(at: temporary)
            throw Failure(description: "cannot switch \(current.path) to the new output (errno \(errno))")
        }
    }

    private func ensureLink(_ name: String, to destination: String) throws {
        let url = output.appendingPathComponent(name)
        if (try? manager.destinationOfSymbolicLink(atPath: url.path)) == destination { return }
        try? manager.removeItem(at: url)
        try manager.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    /// Removes older generations and leftovers of interrupted builds. A generation is first
    /// renamed out of the `gen-` namespace and only then deleted: a build killed half-way
    /// through a deletion leaves a `.trash-` folder (removed by the next build), never a
    /// partial folder under a generation's name that a later build would reuse as complete.
    private func cleanUp(keeping generation: String) {
        let generations = output.appendingPathComponent(".generations")
        guard let names = try? manager.contentsOfDirectory(atPath: generations.path) else { return }
        for name in names.sorted() where name != generation {
            var doomed = generations.appendingPathComponent(name)
            if !name.hasPrefix(".") {
                let trash = generations.appendingPathComponent(".trash-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
                guard rename(doomed.path, trash.path) == 0 else { continue }
                doomed = trash
            }
            FaultPoint.removingOldGeneration.reach { removeOneFile(under: doomed) }
            try? manager.removeItem(at: doomed)
        }
        if let names = try? manager.contentsOfDirectory(atPath: output.path) {
            for name in names where name.hasPrefix(".current-") {
                try? manager.removeItem(at: output.appendingPathComponent(name))
            }
        }
    }

    /// Removes the first page found in a generation: a deletion cut short.
    private func removeOneFile(under folder: URL) {
        guard let walk = manager.enumerator(at: folder.appendingPathComponent(Edition.public.rawValue),
                                            includingPropertiesForKeys: [.isRegularFileKey]) else { return }
        for case let url as URL in walk where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            try? manager.removeItem(at: url)
            return
        }
    }
}

import CFolderExchange
import Crypto
import Foundation

/// The write stage, the only code that writes to disk. Each edition is written whole into a
/// staging folder, then exchanged with the live one in one atomic step (`renameat2` with
/// `RENAME_EXCHANGE`), so `output/limite` and `output/public` are real folders, which
/// `cp -r`, `rsync -a`, `tar` and `zip` copy as they are, and each always shows one
/// complete build; a failed build leaves the last good output as it was.
///
/// Layout: `output/limite/…`, `output/public/…`, and councildoc's own bookkeeping in
/// `output/.councildoc/`: the build record, and while a build writes, its staging folder.
/// The record is removed before the first exchange and written after the last: a build
/// killed between the two exchanges (one edition new, the other old, each whole) leaves no
/// record, so the next build writes both again.
public struct SiteWriter {
    /// Why writing failed.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// The folder of councildoc's bookkeeping inside the output folder.
    static let bookkeeping = ".councildoc"

    /// The output folder.
    public let output: URL
    private let manager = FileManager.default

    /// A writer for an output folder.
    public init(output: URL) { self.output = output.standardizedFileURL }

    private var bookkeepingFolder: URL { output.appendingPathComponent(Self.bookkeeping) }
    private func live(_ edition: Edition) -> URL { output.appendingPathComponent(edition.rawValue) }

    /// Writes the editions' files as the new live output; returns the digest of their
    /// content (paths and bytes), which names what was written.
    @discardableResult
    public func write(_ editions: [(Edition, [OutputFile])]) throws -> String {
        try write(editions, record: nil)
    }

    /// Writes the editions' files as the new live output, with `record` (the build's
    /// `BuildRecord`, which the writer completes with the content's digest) beside them.
    @discardableResult
    func write(_ editions: [(Edition, [OutputFile])], record: BuildRecord?) throws -> String {
        for (_, files) in editions {
            for file in files where !Self.isSafe(file.path) {
                throw Failure(description: "refusing to write '\(file.path)': not a plain relative path")
            }
        }
        let contents = Self.digest(editions)
        try checkOwnFolders()
        try create(bookkeepingFolder)
        // One writer at a time (`serve` rebuilding while a `build` runs): the other waits.
        let lock = open(bookkeepingFolder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lock >= 0 else { throw Failure(description: "cannot open \(bookkeepingFolder.path) (errno \(errno))") }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw Failure(description: "cannot lock \(bookkeepingFolder.path) (errno \(errno))") }
        }
        removeLeftovers()
        var record = record
        record?.contents = contents
        let recordData = try record.map { try $0.encoded() }

        // The same output from other inputs (an edit that changes nothing visible): the
        // record follows the inputs, replaced in one rename.
        if let recordData, BuildRecord.current(in: output)?.contents == contents,
           editions.allSatisfy({ isFolder(live($0.0)) }) {
            try replaceRecord(with: recordData)
            return contents
        }

        let staging = bookkeepingFolder.appendingPathComponent("staging-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try stage(editions, in: staging)
        } catch {
            try? manager.removeItem(at: staging)
            throw Failure(description: "cannot write the output: \(error)")
        }
        FaultPoint.staged.reach()

        // No record while the editions are exchanged: a build killed in between builds again.
        unlink(recordURL.path)
        for (index, (edition, _)) in editions.enumerated() {
            try swapIn(staging.appendingPathComponent(edition.rawValue), as: live(edition))
            if index == 0 { FaultPoint.oneEditionSwapped.reach() }
        }
        if let recordData { try replaceRecord(with: recordData) }
        FaultPoint.swapped.reach()
        // The staging folder now holds the editions that were live.
        discard(staging)
        return contents
    }

    /// The digest of the editions' content: one SHA-256 per file, on every core, then one
    /// over the paths and those digests.
    static func digest(_ editions: [(Edition, [OutputFile])]) -> String {
        let all = editions.flatMap { edition, files in files.map { (edition, $0) } }
            .sorted { ($0.0.rawValue, $0.1.path) < ($1.0.rawValue, $1.1.path) }
        let digests = all.map(\.1).parallelMap { file in Data(file.withBytes { SHA256.hash(data: $0) }) }
        var hash = SHA256()
        for ((edition, file), digest) in zip(all, digests) {
            hash.update(data: Data("\(edition.rawValue)/\(file.path)".utf8))
            hash.update(data: Data([0]))
            hash.update(data: digest)
        }
        return hash.finalize().prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    /// Writes every edition into `staging/<edition>/`. Folders first, one thread; then the
    /// files, an edition per core. Creating a file locks its folder, so two threads writing
    /// into the same folders wait for each other (in the kernel, spinning); the editions
    /// share none. A file the live edition holds with the same bytes is linked, not written.
    private func stage(_ editions: [(Edition, [OutputFile])], in staging: URL) throws {
        typealias Job = (path: String, file: OutputFile)
        var made = Set<String>()
        var parts: [(jobs: [Job], previous: String)] = []
        for (edition, files) in editions {
            let root = staging.appendingPathComponent(edition.rawValue).path
            try create(URL(fileURLWithPath: root))
            var jobs: [Job] = []
            for file in files {
                if let slash = file.path.lastIndex(of: "/") {
                    let folder = root + "/" + file.path[..<slash]
                    if made.insert(folder).inserted { try create(URL(fileURLWithPath: folder)) }
                }
                jobs.append((root + "/" + file.path, file))
            }
            parts.append((jobs, live(edition).path))
        }
        func write(_ part: (ArraySlice<Job>) -> ArraySlice<Job>) -> [SiteWriter.Failure?] {
            parts.parallelMap { edition -> SiteWriter.Failure? in
                for job in part(edition.jobs[...]) {
                    let old = edition.previous + "/" + job.file.path
                    if let failure = job.file.withBytes({ FileOutput.write($0, to: job.path, sameAs: old) }) { return failure }
                }
                return nil
            }
        }
        var failures = write { $0.prefix($0.count / 2) }
        FaultPoint.stagingHalfWritten.reach()
        failures += write { $0.dropFirst($0.count / 2) }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Puts the staged folder `staged` at `live` in one step; the live folder, if any, moves
    /// to `staged`'s name. Where the file system cannot exchange, the live folder is renamed
    /// away first: the edition is missing for a moment, never half written.
    private func swapIn(_ staged: URL, as live: URL) throws {
        guard isFolder(live) else {
            guard rename(staged.path, live.path) == 0 else { throw renameFailure(live) }
            return
        }
        let error = councildoc_exchange(staged.path, live.path)
        if error == 0 { return }
        guard error == EINVAL || error == ENOSYS || error == EOPNOTSUPP else {
            throw Failure(description: "cannot switch \(live.path) to the new output: \(String(cString: strerror(error)))")
        }
        let old = staged.deletingLastPathComponent().appendingPathComponent("old-" + staged.lastPathComponent)
        guard rename(live.path, old.path) == 0 else { throw renameFailure(live) }
        guard rename(staged.path, live.path) == 0 else {
            let failure = renameFailure(live)
            _ = rename(old.path, live.path)
            throw failure
        }
    }

    private func renameFailure(_ live: URL) -> Failure {
        Failure(description: "cannot switch \(live.path) to the new output: \(String(cString: strerror(errno)))")
    }

    /// Where the live record is.
    private var recordURL: URL { bookkeepingFolder.appendingPathComponent(BuildRecord.fileName) }

    /// Replaces the record in one rename.
    private func replaceRecord(with data: Data) throws {
        let temporary = bookkeepingFolder.appendingPathComponent("record-\(ProcessInfo.processInfo.processIdentifier).tmp")
        unlink(temporary.path)
        if let failure = FileOutput.write(data, to: temporary.path) { throw failure }
        guard rename(temporary.path, recordURL.path) == 0 else {
            unlink(temporary.path)
            throw Failure(description: "cannot update the build record (errno \(errno))")
        }
    }

    /// Whether both editions are in place (an up-to-date build has nothing to write).
    public func isComplete() -> Bool {
        isFolder(bookkeepingFolder) && Edition.allCases.allSatisfy { isFolder(live($0)) }
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

    private func isFolder(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// `output/limite` and `output/public` must be councildoc's: folders in an output folder
    /// that has councildoc's bookkeeping, not a user's folders. The links of the layout
    /// before real folders (`limite` → `current/limite`, `current` → `.generations/…`) are
    /// replaced.
    private func checkOwnFolders() throws {
        let ours = isFolder(bookkeepingFolder)
        for edition in Edition.allCases {
            let url = live(edition)
            var status = stat()
            guard lstat(url.path, &status) == 0 else { continue }
            let type = status.st_mode & S_IFMT
            if type == S_IFLNK, let destination = try? manager.destinationOfSymbolicLink(atPath: url.path),
               destination == "current/\(edition.rawValue)" {
                continue
            }
            if type != S_IFDIR || !ours {
                throw Failure(description: "\(url.path) exists and was not written by councildoc: move it away first")
            }
        }
        // The earlier layout's links and generations go.
        for edition in Edition.allCases {
            let url = live(edition)
            if (try? manager.destinationOfSymbolicLink(atPath: url.path)) == "current/\(edition.rawValue)" { unlink(url.path) }
        }
        let current = output.appendingPathComponent("current")
        if let destination = try? manager.destinationOfSymbolicLink(atPath: current.path), destination.hasPrefix(".generations/") {
            unlink(current.path)
        }
        let generations = output.appendingPathComponent(".generations")
        if isFolder(generations) { discard(generations) }
    }

    /// Removes what interrupted builds left in the bookkeeping folder: staging folders
    /// (complete or not, never live) and temporary records. Runs under the lock, so no
    /// other writer's staging folder is in use. The record and the store of converted files
    /// (`ConversionStore`, which checks what it holds) stay.
    private func removeLeftovers() {
        guard let names = try? manager.contentsOfDirectory(atPath: bookkeepingFolder.path) else { return }
        for name in names.sorted() where name != BuildRecord.fileName && name != ConversionStore.folderName {
            discard(bookkeepingFolder.appendingPathComponent(name))
        }
    }

    /// Deletes a folder that is no longer live (a killed deletion is finished by the next
    /// build's `removeLeftovers`).
    private func discard(_ folder: URL) {
        FaultPoint.removingOldGeneration.reach { removeOneFile(under: folder) }
        try? manager.removeItem(at: folder)
    }

    /// Removes the first page found in a folder: a deletion cut short.
    private func removeOneFile(under folder: URL) {
        guard let walk = manager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return }
        for case let url as URL in walk where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            try? manager.removeItem(at: url)
            return
        }
    }
}

import Foundation

/// Notices a saved source: the size, modification time and inode of every file under the
/// watched folders and of the watched files, compared at each poll. (Polling reads no
/// content: a thousand files take a fraction of a millisecond to stat; an editor that saves
/// by renaming a new file into place changes the inode, which is seen too.)
public struct SourceWatcher: Sendable {
    /// Folders watched whole, and single files.
    public let folders: [URL]
    public let files: [URL]

    public init(folders: [URL], files: [URL]) {
        self.folders = folders
        self.files = files
    }

    /// One file's identity at a poll.
    fileprivate struct Stamp: Equatable, Sendable {
        var path: String
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    /// What a poll saw: every watched file's stamp, sorted by path.
    public struct Stamps: Equatable, Sendable {
        fileprivate var all: [Stamp]
    }

    /// The stamps of everything watched now.
    public func stamps() -> Stamps {
        var out: [Stamp] = []
        func add(_ path: String) {
            var status = stat()
            guard lstat(path, &status) == 0 else { return }
            out.append(Stamp(path: path, size: Int64(status.st_size), seconds: status.st_mtim.tv_sec,
                             nanoseconds: status.st_mtim.tv_nsec, inode: UInt64(status.st_ino)))
        }
        for file in files { add(file.path) }
        for folder in folders {
            add(folder.path)
            guard let walk = FileManager.default.enumerator(atPath: folder.path) else { continue }
            while let relative = walk.nextObject() as? String { add(folder.path + "/" + relative) }
        }
        return Stamps(all: out.sorted { $0.path < $1.path })
    }

    /// Blocks until what is watched differs from `seen` and then stays the same for
    /// `settle` (an editor's save may take several writes); polls every `interval`. Returns
    /// what it then saw: take it before building, so that a save during the build is seen
    /// by the next wait.
    public func waitForChange(from seen: Stamps, interval: TimeInterval = 0.05, settle: TimeInterval = 0.03) -> Stamps {
        while true {
            Thread.sleep(forTimeInterval: interval)
            var now = stamps()
            guard now != seen else { continue }
            while true {
                Thread.sleep(forTimeInterval: settle)
                let again = stamps()
                if again == now { return now }
                now = again
            }
        }
    }
}

import Foundation

/// Where a build may write: a folder of its own, not the project itself, not inside its
/// sources or templates, and not inside another build's output (`output/public` would
/// otherwise receive the whole LIMITE edition, and keep it).
enum OutputFolder {
    /// Why `output` cannot take a build of `project`; nil when it can.
    static func problem(project: URL, output: URL) -> String? {
        let project = project.standardizedFileURL.resolvingSymlinksInPath()
        let resolved = resolvingExistingPart(output.standardizedFileURL)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            return "the output folder '\(output.path)' is a file: give a folder (default: output/ in the project)"
        }
        if resolved.path == project.path {
            return "the output folder '\(output.path)' is the project folder itself: give a folder of its own, such as output/"
        }
        for inside in ["content", "templates"] where isInside(resolved, project.appendingPathComponent(inside)) {
            return "the output folder '\(output.path)' is inside the project's \(inside)/ folder: give a folder of its own, such as output/"
        }
        // Another build's output: an ancestor holds councildoc's bookkeeping (or, in the
        // layout before real edition folders, its generations).
        var ancestor = resolved.deletingLastPathComponent()
        while ancestor.path != "/" && !ancestor.path.isEmpty {
            if [SiteWriter.bookkeeping, ".generations"].contains(where: {
                FileManager.default.fileExists(atPath: ancestor.appendingPathComponent($0).path)
            }) {
                return "the output folder '\(output.path)' is inside the output of another build ('\(ancestor.path)'): give a folder of its own"
            }
            ancestor = ancestor.deletingLastPathComponent()
        }
        return nil
    }

    /// Whether `url` is `folder` or inside it.
    private static func isInside(_ url: URL, _ folder: URL) -> Bool {
        url.path == folder.path || url.path.hasPrefix(folder.path + "/")
    }

    /// The path with symbolic links resolved in the part of it that exists.
    private static func resolvingExistingPart(_ url: URL) -> URL {
        var existing = url
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path) && existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        return rest.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }
    }
}

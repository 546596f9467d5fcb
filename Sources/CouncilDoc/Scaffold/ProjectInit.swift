import Foundation

/// `councildoc init DIR`: writes the starter project into an empty or new folder.
public enum ProjectInit {
    /// Why a folder cannot take a new project.
    public struct Refusal: Error, CustomStringConvertible {
        /// What is wrong, and what to do.
        public let description: String
    }

    /// Writes the starter project into `folder` (created when missing); the paths written,
    /// relative to it. Refuses a folder that holds anything (nothing is overwritten).
    @discardableResult
    public static func create(in folder: URL, year: Int = BuildDate.currentYear) throws -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Refusal(description: "'\(folder.path)' is a file: give a new or empty folder")
            }
            let entries = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            guard entries.isEmpty else {
                throw Refusal(description: "'\(folder.path)' is not empty (it holds \(entries.sorted().prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", …" : "")): give a new or empty folder, such as `councildoc init my-project`")
            }
        }
        var written: [String] = []
        for (path, text) in StarterProject.files(year: year) {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if let failure = FileOutput.write(Data(text.utf8), to: url.path) {
                throw Refusal(description: failure.description)
            }
            written.append(path)
        }
        return written
    }
}

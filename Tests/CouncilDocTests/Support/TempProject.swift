import Foundation

/// A project written to a fresh temporary folder, removed when the test ends.
final class TempProject {
    let root: URL

    /// Writes `files` (project-relative path → text) into a new folder.
    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("councildoc-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    /// Writes one file.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes bytes.
    func write(_ path: String, data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Reads a file of the project (or of its output).
    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Whether a path exists.
    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// Every regular file under a folder, relative to it, sorted (links followed).
    func files(under path: String) -> [String] {
        let base = root.appendingPathComponent(path).resolvingSymlinksInPath()
        guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var out: [String] = []
        for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            out.append(String(url.resolvingSymlinksInPath().path.dropFirst(base.path.count + 1)))
        }
        return out.sorted()
    }

    /// Every file under `path`, as text, by its path under `path`.
    func texts(under path: String) throws -> [String: String] {
        var files: [String: String] = [:]
        for file in self.files(under: path) { files[file] = try read("\(path)/\(file)") }
        return files
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}

/// Minimal valid sources to build fixtures from.
enum Sources {
    static let config = """
    title: Test documents
    working-party: Law Enforcement Working Party (Customs)
    language: en

    """

    static let strategy = """
    ---
    kind: strategy
    id: s-2023
    title: Test strategy
    number: 8617/23
    date: 2023-04-27
    objectives:
      - id: "1"
        text: to strengthen capacity
        sub:
          - {id: i, text: knowledge of threats}
          - {id: ii, text: legislative instruments}
      - id: "2"
        text: to improve cooperation
    ---

    The strategy's text.

    ::: objectives
    :::

    """

    static func plan(id: String = "13", state: String = "draft", extra: String = "", body: String = "The plan.") -> String {
        """
        ---
        kind: plan
        id: "\(id)"
        title: Plan \(id)
        strategy: s-2023
        state: \(state)
        number: 11809/1/25 REV 1
        date: 2025-09-01
        classification: limite
        public-release: 2026-02-16
        \(extra)
        ---

        \(body)

        """
    }

    static func action(_ id: String, leader: String = "FR", extra: String = "", body: String = "## Objective\n\nTo act.") -> String {
        """
        ---
        kind: action
        id: "\(id)"
        title: Action \(id)
        status: agreed
        leader: \(leader)
        participants: [DE, Europol]
        objectives: ["1.i", "2"]
        contact: contact-\(id)@example.invalid
        \(extra)
        ---

        \(body)

        """
    }

    /// A valid project: config, strategy, plan 13 with one action.
    static func minimal(extra: [String: String] = [:]) -> [String: String] {
        var files = [
            "councildoc.yml": config,
            "content/strategies/s-2023.md": strategy,
            "content/plans/13/plan.md": plan(),
            "content/plans/13/actions/13.1.md": action("13.1"),
        ]
        for (k, v) in extra { files[k] = v }
        return files
    }
}

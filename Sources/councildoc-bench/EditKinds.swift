import Foundation

/// The kinds of edit the benchmark times on the synthetic corpus. Every edit carries a
/// marker word of its own, so that each build really rebuilds and the preview's page can be
/// watched for it.
enum EditKind: String, CaseIterable {
    /// The body text of an action.
    case action
    /// The `text:` of objective 1 in the strategy's front matter (the objective and its
    /// sub-objectives are cited by many actions).
    case objective
    /// A LIMITE part of an action's body: a sentence wrapped in `[…]{.limite}` and a
    /// paragraph put in a `::: limite` block, alternately, so that both editions change at
    /// every edit.
    case limite
    /// The body text of a note.
    case note

    /// The name in the tables.
    var label: String {
        switch self {
        case .action: "action body"
        case .objective: "strategy objective"
        case .limite: "LIMITE marker"
        case .note: "note body"
        }
    }
}

/// The file one kind of edit changes in a corpus: its original text, and the page of the
/// LIMITE edition that shows the edit.
struct EditTarget {
    let kind: EditKind
    let file: URL
    let original: String
    /// The page's path in the LIMITE edition, as the preview serves it under `/limite/`.
    let page: String

    /// Writes edit number `index` (which shows `marker`) over the file.
    func write(index: Int, marker: String) throws {
        try Data(edited(index: index, marker: marker).utf8).write(to: file)
    }

    /// Writes the original text back.
    func restore() throws {
        try Data(original.utf8).write(to: file)
    }

    /// The file's text with edit number `index`, which shows `marker`.
    func edited(index: Int, marker: String) -> String {
        switch kind {
        case .action:
            return Self.appending(" Edited for the benchmark: \(marker).", toParagraphAfter: "## Objective\n\n", in: original)
        case .objective:
            return Self.replacing(Self.objectiveLine, with: Self.objectiveLine + " " + marker, in: original)
        case .limite:
            return index % 2 == 0
                ? Self.wrappingSentence(index / 2, in: Self.rationale, of: original, marker: marker)
                : Self.wrappingParagraph(Self.rationale, of: original, marker: marker)
        case .note:
            return Self.appending(" Edited for the benchmark: \(marker).", toParagraphAfter: "\n---\n\n", in: original)
        }
    }

    /// The line of the strategy's front matter whose objective the `objective` edit changes.
    static let objectiveLine = "text: objective 1 of the synthetic strategy"
    /// The heading before the paragraph the `limite` edit marks.
    static let rationale = "## Rationale\n\n"

    /// The first paragraph after `anchor` in `text`: its range.
    static func paragraph(after anchor: String, in text: String) -> Range<String.Index> {
        guard let start = text.range(of: anchor)?.upperBound else { fatalError("the synthetic corpus has no '\(anchor)'") }
        let end = text.range(of: "\n\n", range: start..<text.endIndex)?.lowerBound ?? text.endIndex
        return start..<end
    }

    static func appending(_ sentence: String, toParagraphAfter anchor: String, in text: String) -> String {
        var text = text
        text.insert(contentsOf: sentence, at: paragraph(after: anchor, in: text).upperBound)
        return text
    }

    static func replacing(_ old: String, with new: String, in text: String) -> String {
        guard text.contains(old) else { fatalError("the synthetic corpus has no '\(old)'") }
        return text.replacingOccurrences(of: old, with: new)
    }

    /// Sentence `number` (modulo their count) of the paragraph after `anchor`, with the
    /// marker, in an inline LIMITE span: `[Sentence. marker]{.limite}`.
    static func wrappingSentence(_ number: Int, in anchor: String, of text: String, marker: String) -> String {
        let range = paragraph(after: anchor, in: text)
        var sentences = text[range].components(separatedBy: ". ")
        for i in sentences.indices.dropLast() { sentences[i] += "." }
        let chosen = number % sentences.count
        sentences[chosen] = "[\(sentences[chosen]) \(marker)]{.limite}"
        return text.replacingCharacters(in: range, with: sentences.joined(separator: " "))
    }

    /// The paragraph after `anchor`, with the marker, in a `::: limite` block.
    static func wrappingParagraph(_ anchor: String, of text: String, marker: String) -> String {
        let range = paragraph(after: anchor, in: text)
        return text.replacingCharacters(in: range, with: "::: limite\n\(text[range]) \(marker)\n:::")
    }
}

extension EditTarget {
    /// The target of each kind in a synthetic corpus written to `project` (`bodies`: its
    /// Markdown files, in the order written): the first public action for `action`, the
    /// second for `limite`, the strategy, the first note. A kind the corpus is too small
    /// for is left out.
    static func all(project: URL, bodies: [URL]) throws -> [EditTarget] {
        let publicActions = try bodies.filter { $0.path.contains("/actions/") }
            .filter { try !String(contentsOf: $0, encoding: .utf8).contains("classification: limite") }
        let note = bodies.first { $0.path.contains("/content/notes/") }
        let strategy = project.appendingPathComponent("content/strategies/s.md")
        var targets = [try target(.objective, strategy, page: "objectives/s/1.html")]
        if publicActions.count >= 1 { targets.append(try target(.action, publicActions[0], page: actionPage(publicActions[0]))) }
        if publicActions.count >= 2 { targets.append(try target(.limite, publicActions[1], page: actionPage(publicActions[1]))) }
        if let note { targets.append(try target(.note, note, page: "notes/\(note.deletingPathExtension().lastPathComponent).html")) }
        return targets
    }

    private static func target(_ kind: EditKind, _ file: URL, page: String) throws -> EditTarget {
        EditTarget(kind: kind, file: file, original: try String(contentsOf: file, encoding: .utf8), page: page)
    }

    /// `content/plans/21/actions/21.1.md` is the page `plans/21/21.1.html`.
    private static func actionPage(_ file: URL) -> String {
        let plan = file.deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
        return "plans/\(plan)/\(file.deletingPathExtension().lastPathComponent).html"
    }
}

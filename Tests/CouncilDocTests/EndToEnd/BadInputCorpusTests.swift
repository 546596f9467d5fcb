import Foundation
import Testing

/// A corpus of bad inputs, each run through the built executable: the exact diagnostics,
/// exit status 1 (never a signal), the previous output intact, nothing written outside the
/// output folder.
@Suite(.serialized) struct BadInputCorpusTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        /// Files added to the minimal valid project (text or bytes).
        let files: [String: Data]
        /// The expected standard error, or nil when the build succeeds.
        let diagnostics: String?
        /// Extra set-up in the project folder (symbolic links).
        var prepare: (@Sendable (URL) throws -> Void)? = nil
        /// The files `prepare` makes.
        var prepared: [String] = []

        var description: String { name }
    }

    static func text(_ s: String) -> Data { Data(s.utf8) }

    static let aliasBomb = """
    kind: empact
    cycle: 2026-2027
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    oaps: [*i]

    """

    static let cases: [Case] = [
        Case(name: "invalid UTF-8", files: ["content/notes/latin1.md": Data("---\nkind: note\nsubject: R".utf8) + Data([0xE9, 0x75]) + Data("nion\n---\n".utf8)],
             diagnostics: "content/notes/latin1.md:3:11: error: file is not valid UTF-8 (save it as UTF-8) [invalid-utf8]\n1 error\n"),
        Case(name: "byte-order mark and CRLF", files: ["content/notes/windows.md": text("\u{FEFF}---\r\nkind: note\r\nsubject: From Word\r\n---\r\n\r\nText.\r\n")],
             diagnostics: nil),
        Case(name: "empty file", files: ["content/notes/empty.md": Data()],
             diagnostics: "content/notes/empty.md:1:1: error: file is empty: a source starts with front matter between two lines '---' [missing-front-matter]\n1 error\n"),
        Case(name: "front matter never closed", files: ["content/notes/open.md": text("---\nkind: note\nsubject: x\n\nBody.\n")],
             diagnostics: "content/notes/open.md:1:1: error: front matter is never closed: add a line '---' after its YAML [unclosed-front-matter]\ncontent/notes/open.md:1:1: note: the front matter opens here\n1 error\n"),
        Case(name: "YAML syntax error", files: ["content/notes/bad.md": text("---\nkind: note\nsubject: x\n  bad: indentation\n---\n")],
             diagnostics: "content/notes/bad.md:4:6: error: this key is indented more than the key above it, whose value is already given, so YAML cannot place it [yaml-syntax]\ncontent/notes/bad.md:4:6: note: indent it as the keys beside it; if the line continues the value above, put that value in quotes\n1 error\n"),
        Case(name: "YAML alias bomb", files: ["content/empact/bomb.yml": text(aliasBomb)],
             diagnostics: "content/empact/bomb.yml:3:4: error: YAML anchors and aliases (&name, *name) are not used in councildoc sources: write the value out [yaml-alias]\n1 error\n"),
        Case(name: "binary file", files: ["content/notes/picture.md": Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])],
             diagnostics: "content/notes/picture.md:3:1: error: file holds binary data (a NUL byte), not text [binary-file]\n1 error\n"),
        Case(name: "symbolic link outside the project", files: [:],
             diagnostics: "content/notes/passwd.md:1:1: error: symbolic link to '/etc/passwd', outside the project: councildoc reads only the project's own files [refused-file]\n1 error\n",
             prepare: { root in
                 try FileManager.default.createDirectory(at: root.appendingPathComponent("content/notes"),
                                                         withIntermediateDirectories: true)
                 try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/notes/passwd.md").path,
                                                            withDestinationPath: "/etc/passwd")
             }),
        Case(name: "file names with spaces and accents", files: ["content/notes/Réunion du 4 mai.md": text("---\nkind: note\nsubject: Réunion\n---\n\nTexte.\n")],
             diagnostics: nil),
        Case(name: "ids that try to leave the output folder", files: [
            "content/strategies/escape.md": text("---\nkind: strategy\nid: ../../x\ntitle: T\nobjectives: [{id: \"1\", text: t}]\n---\n"),
            "content/empact/2026-2027.yml": text("kind: empact\ncycle: 2026-2027\noaps: [{id: /etc/passwd, title: T}]\n"),
            "content/plans/13/actions/13.9.md": text("---\nkind: action\nid: \"13.9/../../../x\"\ntitle: T\nstatus: dropped\n---\n"),
        ], diagnostics: """
        content/empact/2026-2027.yml:3:13: error: OAP id '/etc/passwd' must be lower-case letters, digits and dashes [malformed-id]
        content/plans/13/actions/13.9.md:3:5: error: action id '13.9/../../../x' must be <plan>.<number> such as "13.4" [malformed-id]
        content/strategies/escape.md:3:5: error: strategy id '../../x' must be lower-case letters, digits and dashes [malformed-id]
        3 errors

        """),
        Case(name: "output paths that differ only by case", files: [
            "content/notes/Minutes.md": text("---\nkind: note\nsubject: A\n---\n"),
            "content/notes/minutes.md": text("---\nkind: note\nsubject: B\n---\n"),
        ], diagnostics: "content/notes/minutes.md:1:1: error: duplicate note 'minutes' [duplicate-id]\ncontent/notes/Minutes.md:1:1: note: first declared here\n1 error\n"),
        Case(name: "duplicate ids across files", files: [
            "content/plans/13/actions/13.1-again.md": text("---\nkind: action\nid: \"13.1\"\ntitle: Again\nstatus: dropped\n---\n"),
        ], diagnostics: "content/plans/13/actions/13.1.md:3:5: error: duplicate action '13.1' [duplicate-id]\ncontent/plans/13/actions/13.1-again.md:3:5: note: first declared here\n1 error\n"),
        Case(name: "deeply nested quotes and lists", files: [
            "content/notes/deep.md": text("---\nkind: note\nsubject: Deep\n---\n\n" + String(repeating: ">", count: 20_000) + " quoted\n\n"
                                          + (0..<2_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n") + "\n"),
        ], diagnostics: "content/notes/deep.md:6:48: error: lists, quotes or emphasis nested more than 48 levels deep; flatten the structure [nesting-too-deep]\n1 error\n"),
        Case(name: "a 50 MB Markdown file", files: [
            "content/notes/huge.md": text("---\nkind: note\nsubject: Huge\n---\n\n" + String(repeating: "A paragraph of forty-nine characters, repeated.\n\n", count: 1_050_000)),
        ], diagnostics: "content/notes/huge.md:1:1: error: file is 51 MB; a source may have at most 16 MB [file-too-large]\n1 error\n"),
        Case(name: "a 6 GB sparse file is refused before it is read", files: [:],
             diagnostics: "content/notes/sparse.md:1:1: error: file is 6000 MB; a source may have at most 16 MB [file-too-large]\n1 error\n",
             prepare: { root in
                 let url = root.appendingPathComponent("content/notes/sparse.md")
                 try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                 FileManager.default.createFile(atPath: url.path, contents: Data("---\n".utf8))
                 #expect(truncate(url.path, 6_000_000_000) == 0)
             }, prepared: ["content/notes/sparse.md"]),
        Case(name: "80,000 fence lines inside a code block", files: [
            "content/notes/fences.md": text("---\nkind: note\nsubject: F\n---\n\n```\n" + String(repeating: ":::\n", count: 80_000) + "```\n"),
        ], diagnostics: nil),
        Case(name: "60,000 footnotes", files: [
            "content/notes/notes.md": text("---\nkind: note\nsubject: N\n---\n\n" + (0..<60_000).map { "x[^\($0)]" }.joined(separator: " ")
                                           + "\n\n" + (0..<60_000).map { "[^\($0)]: n\($0)\n" }.joined(separator: "\n")),
        ], diagnostics: nil),
        Case(name: "10,000 LIMITE spans and blocks with their own footnotes", files: [
            "content/notes/limite.md": text("---\nkind: note\nsubject: L\n---\n\n" + (0..<10_000).map {
                "Para \($0) with [secret \($0)]{.limite} and [a link](https://x.eu/\($0)).\n\n::: limite\nBlock \($0)[^b\($0)].\n\n[^b\($0)]: note \($0)\n:::\n"
            }.joined(separator: "\n")),
        ], diagnostics: nil),
        Case(name: "no content folder", files: [:],
             diagnostics: "councildoc: error: no documents found under content/: councildoc builds nothing rather than an empty site (is content/ where councildoc.yml is?) [no-documents]\n1 error\n",
             prepare: { root in try FileManager.default.removeItem(at: root.appendingPathComponent("content")) }),
        Case(name: "content is a symbolic-link loop", files: [:],
             diagnostics: "councildoc: error: cannot list the project's files: cannot read the folder content/ (Too many levels of symbolic links): councildoc does not build a project with documents it cannot see [unreadable-file]\n1 error\n",
             prepare: { root in
                 let content = root.appendingPathComponent("content")
                 try FileManager.default.removeItem(at: content)
                 try FileManager.default.createSymbolicLink(atPath: content.path, withDestinationPath: "content")
             }),
        Case(name: "a template that includes itself", files: [
            "templates/page.mustache": text("<html>\n<body>{{> page}}</body>\n</html>\n"),
        ], diagnostics: "templates/page.mustache:2:7: error: template includes itself through partials (page → page): Mustache would recurse until it crashes; remove the '{{> page}}' [template-error]\n1 error\n"),
    ]

    @Test(arguments: cases)
    func badInput(_ c: Case) throws {
        let project = try TempProject(Sources.minimal())
        let first = try CLI.run(["build"], in: project.root)
        #expect(first.status == 0, "\(first.stderr)")
        let before = project.files(under: "output/limite")
        let index = try project.read("output/limite/index.html")
        let projectFiles = Set(project.files(under: "."))

        for (path, data) in c.files { try project.write(path, data: data) }
        try c.prepare?(project.root)
        let started = Date()
        let run = try CLI.run(["build"], in: project.root)
        #expect(Date().timeIntervalSince(started) < 60, "\(c) took too long")

        if let diagnostics = c.diagnostics {
            #expect(run.status == 1, "\(c): status \(run.status)")
            #expect(run.stderr == diagnostics, "\(c)")
            #expect(project.files(under: "output/limite") == before)
            #expect(try project.read("output/limite/index.html") == index)
        } else {
            #expect(run.status == 0, "\(c): \(run.stderr)")
        }
        // `check` runs every stage a build runs: it says what the build says.
        let check = try CLI.run(["check"], in: project.root)
        #expect(check.status == run.status, "\(c): check \(check.status), build \(run.status)")
        #expect(check.stdout == (c.diagnostics ?? "no problems\n"), "\(c)")
        // Nothing new outside output/.
        let added = Set(project.files(under: ".")).subtracting(projectFiles).subtracting(c.files.keys).subtracting(c.prepared)
        #expect(added.allSatisfy { $0.hasPrefix("output/") }, "\(c): wrote \(added.filter { !$0.hasPrefix("output/") })")
    }
}
